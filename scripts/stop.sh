#!/usr/bin/env bash
# Stops the services started by start.sh (SIGTERM: they finish in-flight work and flush their outbox).
# `npm stop -- --all` also stops the local Kafka broker.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/services.sh
quiet=false; all=false
for arg in "$@"; do
  case "$arg" in --quiet) quiet=true ;; --all) all=true ;; esac
done

for service in "${ACCORD_SERVICES[@]}"; do
  pid_file="$ACCORD_RUN_DIR/pids/$service.pid"
  [ -f "$pid_file" ] || continue
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    $quiet || echo "$service stopped"
  fi
  rm -f "$pid_file"
done
if $all; then bash infra/kafka/kafka.sh stop; fi
