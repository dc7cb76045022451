#!/usr/bin/env bash
# npm run bench [-- flags]: builds the five services into dist/ (cached by Nx) and runs the platform benchmark.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
bash scripts/prepare.sh >/dev/null
source scripts/ensure-node.sh
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
npx nx run-many -t build --projects=capture,enrichment,scoring,hand-off,rewards --output-style=static >/dev/null
exec node -r @swc-node/register bench/platform/platform.bench.ts "$@"
