#!/usr/bin/env bash
# npm run demo [-- flags]: realistic traffic for a fictional company against a running platform (npm start).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source scripts/ensure-node.sh >/dev/null
SWC_NODE_PROJECT="$ROOT/tsconfig.base.json" exec node -r @swc-node/register tools/demo/src/main.ts "$@"
