#!/bin/sh
# Starts the service named by the first argument, or by ACCORD_SERVICE (the SERVICE build
# argument) when there is none; any other command runs as given.
set -eu

# Without a schema engine fetched at build time the native migration route would try to
# download one into node_modules, which this user cannot write.
if [ -z "${ACCORD_PRISMA_ROUTE:-}" ] && ! ls node_modules/@prisma/engines/schema-engine-* >/dev/null 2>&1; then
  export ACCORD_PRISMA_ROUTE=offline
fi

service="${1:-${ACCORD_SERVICE:-}}"
case "$service" in
  capture | enrichment | scoring | hand-off | rewards)
    exec node --max-semi-space-size=16 "dist/apps/$service/src/main.js"
    ;;
esac

if [ "$#" -eq 0 ]; then
  echo "accord: name a service (capture, enrichment, scoring, hand-off, rewards) or a command" >&2
  exit 64
fi
exec "$@"
