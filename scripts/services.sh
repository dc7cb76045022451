# Shared by start.sh and stop.sh: the services, their ports and their databases.
ACCORD_SERVICES=(capture enrichment scoring hand-off rewards)

accord_port() {
  case "$1" in
    capture) echo 3101 ;; enrichment) echo 3102 ;; scoring) echo 3103 ;; hand-off) echo 3104 ;; rewards) echo 3105 ;;
  esac
}

accord_database_url() {
  echo "postgres://${PGUSER:-postgres}@${PGHOST:-127.0.0.1}:${PGPORT:-5432}/accord_${1//-/_}"
}

ACCORD_RUN_DIR="${ACCORD_RUN_DIR:-$ROOT/.run}"
