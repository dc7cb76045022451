#!/usr/bin/env bash
# Starts the whole platform on this machine: everything prepare.sh sets up, migrations, a build,
# and the five services in the background (logs in .run/logs). `npm stop` stops them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/prepare.sh
source scripts/ensure-node.sh
source scripts/services.sh
mkdir -p "$ACCORD_RUN_DIR/logs" "$ACCORD_RUN_DIR/pids"

printf '\n\033[1m== Migrations\033[0m\n'
for service in "${ACCORD_SERVICES[@]}"; do
  DATABASE_URL="$(accord_database_url "$service")" node tools/prisma/cli.mjs deploy "apps/$service"
done

printf '\n\033[1m== Build\033[0m\n'
npx nx run-many -t build --projects="$(IFS=,; echo "${ACCORD_SERVICES[*]}")" --output-style=static >/dev/null

bash scripts/stop.sh --quiet
# Capture's admin endpoints (API keys) need an admin key; one is made once per machine unless given.
admin_key_file="$ACCORD_RUN_DIR/capture-admin-key"
[ -s "$admin_key_file" ] || node -p "require('node:crypto').randomBytes(24).toString('hex')" >"$admin_key_file"
export ADMIN_API_KEY="${ADMIN_API_KEY:-$(cat "$admin_key_file")}"

printf '\n\033[1m== Services\033[0m\n'
for service in "${ACCORD_SERVICES[@]}"; do
  PORT="$(accord_port "$service")" \
  DATABASE_URL="$(accord_database_url "$service")" \
  KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}" \
    nohup node --enable-source-maps "dist/apps/$service/src/main.js" >"$ACCORD_RUN_DIR/logs/$service.log" 2>&1 &
  echo $! >"$ACCORD_RUN_DIR/pids/$service.pid"
done

for service in "${ACCORD_SERVICES[@]}"; do
  url="http://127.0.0.1:$(accord_port "$service")"
  for _ in $(seq 1 120); do
    if curl -fs "$url/health" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$(cat "$ACCORD_RUN_DIR/pids/$service.pid")" 2>/dev/null; then
      echo "$service exited during start-up; last lines of $ACCORD_RUN_DIR/logs/$service.log:" >&2
      tail -n 20 "$ACCORD_RUN_DIR/logs/$service.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  curl -fs "$url/health" >/dev/null || { echo "$service did not become ready; see $ACCORD_RUN_DIR/logs/$service.log" >&2; exit 1; }
  printf '%-11s ready  %s   (health %s/health, metrics %s/metrics)\n' "$service" "$url" "$url" "$url"
done
api_key="$(curl -fs -XPOST http://127.0.0.1:3101/v1/admin/api-keys -H "authorization: Bearer $ADMIN_API_KEY" \
  -H 'content-type: application/json' -d '{"name":"local website","source":"website"}' | node -p 'JSON.parse(require("fs").readFileSync(0,"utf8")).key')"
echo
echo "Kafka 127.0.0.1:9092 · logs in .run/logs · capture admin key in $admin_key_file"
echo "Send a lead (API key for source 'website' just created):"
echo "  curl -s -XPOST http://127.0.0.1:3101/v1/leads -H 'authorization: Bearer $api_key' -H 'content-type: application/json' -d '{\"email\":\"ada@example.com\",\"jobTitle\":\"CTO\",\"company\":\"Example\",\"country\":\"NL\"}'"
echo "Shared funnel: curl -s http://127.0.0.1:3105/v1/kpis · API docs: http://127.0.0.1:3101/docs"
echo "Stop with: npm stop"
