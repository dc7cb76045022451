#!/bin/sh
# Applies every service's migrations to its own database, named by <APP>_DATABASE_URL
# (CAPTURE_DATABASE_URL, …, HAND_OFF_DATABASE_URL), the names tools/prisma's *-all commands use.
set -eu

for app in capture enrichment scoring hand-off rewards; do
  variable="$(printf '%s' "$app" | tr '[:lower:]-' '[:upper:]_')_DATABASE_URL"
  url="$(printenv "$variable")" || {
    echo "migrate: $variable is not set" >&2
    exit 64
  }
  echo "migrate: $app"
  DATABASE_URL="$url" node tools/prisma/cli.mjs deploy "apps/$app"
done
