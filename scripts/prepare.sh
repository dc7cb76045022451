#!/usr/bin/env bash
# Brings a fresh machine to the point where Accord can run: Node 24, dependencies, generated
# Prisma clients, a Kafka broker and the per-service PostgreSQL databases. Safe to run again.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/ensure-node.sh
source scripts/ensure-node.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

lock_stamp() { sha256sum "$1/package-lock.json" | cut -d' ' -f1; }
install_once() { # dir
  local dir=$1 stamp="$1/node_modules/.accord-lock-stamp"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$(lock_stamp "$dir")" ]; then
    step "npm ci in ${dir}"
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
    lock_stamp "$dir" > "$stamp"
  fi
}

step "Node.js $(node --version) ($(command -v node))"
install_once .
install_once tools/prisma

step "Prisma clients"
node tools/prisma/cli.mjs generate-all

step "Kafka"
if [ -n "${KAFKA_BROKERS:-}" ]; then
  echo "using KAFKA_BROKERS=$KAFKA_BROKERS"
else
  bash infra/kafka/kafka.sh start
fi

step "PostgreSQL databases"
bash infra/postgres/create-databases.sh
