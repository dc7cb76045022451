#!/usr/bin/env bash
# Creates the database of every Accord service on the local PostgreSQL server. Safe to run
# again: databases that exist are left alone.
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), and anything else libpq
# reads (PGPASSWORD, PGSSLMODE, …).
set -euo pipefail

export PGHOST="${PGHOST:-127.0.0.1}"
export PGPORT="${PGPORT:-5432}"
export PGUSER="${PGUSER:-postgres}"
export PGDATABASE=postgres
export PGCONNECT_TIMEOUT="${PGCONNECT_TIMEOUT:-5}"

DATABASES=(accord_capture accord_enrichment accord_scoring accord_hand_off accord_rewards)

say() { echo "postgres: $*"; }
fail() {
  echo "postgres: $*" >&2
  exit 1
}

command -v psql >/dev/null 2>&1 || fail "psql is not installed (Debian: apt-get install postgresql-client)"

server_answers() {
  psql -qtAc 'SELECT 1' >/dev/null 2>&1
}

# Debian's cluster does not always come back by itself (no systemd in containers and CI).
start_local_cluster() {
  command -v pg_ctlcluster >/dev/null 2>&1 || return 1
  case "$PGHOST" in 127.0.0.1 | localhost | ::1 | /*) ;; *) return 1 ;; esac
  local version
  version="$(ls /etc/postgresql 2>/dev/null | grep -E '^[0-9]+$' | sort -n | tail -n 1)"
  [ -n "$version" ] || return 1
  say "server on $PGHOST:$PGPORT is down; starting cluster $version/main"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || return 1
  local attempt
  for attempt in $(seq 1 30); do
    server_answers && return 0
    sleep 0.5
  done
  return 1
}

if ! server_answers; then
  start_local_cluster || fail "no PostgreSQL server answers on $PGHOST:$PGPORT as $PGUSER"
fi

for database in "${DATABASES[@]}"; do
  exists="$(psql -qtAc "SELECT 1 FROM pg_database WHERE datname = '$database'")"
  if [ "$exists" = "1" ]; then
    say "$database exists"
  else
    psql -qc "CREATE DATABASE \"$database\"" >/dev/null
    say "$database created"
  fi
done
