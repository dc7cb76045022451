#!/bin/sh
# Starts the service named by the first argument, or by ACCORD_SERVICE (the SERVICE build
# argument) when there is none; any other command runs as given.
set -eu

service="${1:-${ACCORD_SERVICE:-}}"
case "$service" in
  capture | enrichment | scoring | hand-off | rewards)
    exec node --enable-source-maps "dist/apps/$service/src/main.js"
    ;;
esac

if [ "$#" -eq 0 ]; then
  echo "accord: name a service (capture, enrichment, scoring, hand-off, rewards) or a command" >&2
  exit 64
fi
exec "$@"
