#!/usr/bin/env bash
# Runs every test on a fresh machine: prepares it (Node 24, dependencies, Kafka, PostgreSQL), then
# schema drift, the migration tool's tests, the benchmarks' type check and lint, lint with module boundaries, type checks, unit,
# integration and end-to-end tests. Ends with one line: "tests: N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
bash scripts/prepare.sh || exit 1
source scripts/ensure-node.sh
results="$ROOT/tmp/test-results"
rm -rf "$results" && mkdir -p "$results"
status=0
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Schema drift: every schema.prisma against its committed migrations"
DATABASE_URL="postgres://${PGUSER:-postgres}@${PGHOST:-127.0.0.1}:${PGPORT:-5432}/postgres" \
  node tools/prisma/cli.mjs drift-all || status=1

step "Migration tool tests"
node --test tools/prisma/test/ 2>&1 | tee "$results/prisma-tools.tap" || status=1

step "Type check and lint of the benchmarks (they run through swc, which does not check types, and belong to no project)"
npx tsc --noEmit -p tsconfig.json || status=1
npx eslint bench || status=1

step "Lint, type checks, unit, integration and end-to-end tests"
npx nx run-many -t lint typecheck test --output-style=static || status=1

passed=0; failed=0
for file in "$results"/jest-*.json; do
  [ -f "$file" ] || continue
  passed=$((passed + $(node -p "require('$file').passed")))
  failed=$((failed + $(node -p "require('$file').failed")))
done
tap_count() { sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$results/prisma-tools.tap" | tail -1; }
passed=$((passed + $(tap_count pass || true) + 0))
failed=$((failed + $(tap_count fail || true) + 0))
[ "$failed" -gt 0 ] && status=1
echo
echo "tests: $passed passed, $failed failed"
exit $status
