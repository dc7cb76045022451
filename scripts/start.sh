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
# Every other route needs credentials: a development JWT secret (people) and a system API key with the
# admin scope (the accord CLI, the demo), each made once per machine unless given. Only the key's
# SHA-256 reaches the services.
jwt_secret_file="$ACCORD_RUN_DIR/auth-jwt-secret"
system_key_file="$ACCORD_RUN_DIR/system-api-key"
[ -s "$jwt_secret_file" ] || node -p "require('node:crypto').randomBytes(32).toString('base64url')" >"$jwt_secret_file"
[ -s "$system_key_file" ] || node -p "'accord_sk_' + require('node:crypto').randomBytes(24).toString('hex')" >"$system_key_file"
chmod 600 "$admin_key_file" "$jwt_secret_file" "$system_key_file"
export AUTH_JWT_SECRET="${AUTH_JWT_SECRET:-$(cat "$jwt_secret_file")}"
system_key_hash="$(node -p "require('node:crypto').createHash('sha256').update(require('fs').readFileSync('$system_key_file','utf8').trim()).digest('hex')")"
export SERVICE_API_KEYS="${SERVICE_API_KEYS:-local-operator:$system_key_hash:admin}"
# Hand-off encrypts its webhook subscribers' signing secrets with this key.
webhook_key_file="$ACCORD_RUN_DIR/webhook-secret-key"
[ -s "$webhook_key_file" ] || node -p "'local:' + require('node:crypto').randomBytes(32).toString('base64')" >"$webhook_key_file"
chmod 600 "$webhook_key_file"
export WEBHOOK_SECRET_KEYS="${WEBHOOK_SECRET_KEYS:-$(cat "$webhook_key_file")}"

printf '\n\033[1m== Services\033[0m\n'
for service in "${ACCORD_SERVICES[@]}"; do
  PORT="$(accord_port "$service")" \
  DATABASE_URL="$(accord_database_url "$service")" \
  KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}" \
    nohup node --max-semi-space-size=16 "dist/apps/$service/src/main.js" >"$ACCORD_RUN_DIR/logs/$service.log" 2>&1 &
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
admin_token="$(node scripts/dev-token.mjs --sub local-admin --roles admin)"
echo "$admin_token" >"$ACCORD_RUN_DIR/admin-token"
echo "Every other route needs credentials. An admin token (12 h) is in .run/admin-token; the system API key in $system_key_file:"
echo "  curl -s http://127.0.0.1:3105/v1/kpis -H \"authorization: Bearer \$(cat .run/admin-token)\""
echo "A token for a rep or a manager: node scripts/dev-token.mjs --sub rep-ada --roles rep   (--roles manager --team team-a)"
echo "API docs: http://127.0.0.1:3101/docs"
echo "Stop with: npm stop"
