#!/usr/bin/env bash
# Provides Prometheus and promtool without a root install: Debian's `prometheus` package is
# downloaded once with `apt-get download` and unpacked with `dpkg-deb -x` into a cache directory.
# A `prometheus` already on PATH is used as it is.
#
#   prometheus.sh path           prints the directory holding `prometheus` and `promtool`
#   prometheus.sh prometheus|promtool [args…]   runs that binary
#
# Environment: ACCORD_CACHE_DIR (<repo>/.cache), PROMETHEUS_DEB_VERSION (the candidate apt offers).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
CACHE_DIR="${ACCORD_CACHE_DIR:-$REPO_ROOT/.cache}/prometheus"
BIN_DIR="$CACHE_DIR/root/usr/bin"
LOCK_FILE="$CACHE_DIR/.lock"

fail() {
  echo "prometheus: $*" >&2
  exit 1
}

on_path() {
  command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1
}

fetch() {
  [ -x "$BIN_DIR/prometheus" ] && [ -x "$BIN_DIR/promtool" ] && return 0
  command -v apt-get >/dev/null 2>&1 || fail "neither prometheus on PATH nor apt-get to fetch Debian's package"
  mkdir -p "$CACHE_DIR"
  # Parallel test runs share the cache; only one downloads.
  exec 9>"$LOCK_FILE"
  flock -w 300 9 || fail "another fetch is still busy (lock $LOCK_FILE)"
  [ -x "$BIN_DIR/prometheus" ] && [ -x "$BIN_DIR/promtool" ] && return 0
  local work="$CACHE_DIR/download.$$"
  rm -rf "$work"
  mkdir -p "$work"
  echo "prometheus: fetching Debian's prometheus package into $CACHE_DIR" >&2
  (cd "$work" && apt-get download "prometheus${PROMETHEUS_DEB_VERSION:+=$PROMETHEUS_DEB_VERSION}" >&2) \
    || fail "apt-get download prometheus failed (run 'apt-get update' once if the package lists are empty)"
  rm -rf "$CACHE_DIR/root.partial"
  dpkg-deb -x "$work"/prometheus_*.deb "$CACHE_DIR/root.partial"
  rm -rf "$CACHE_DIR/root" "$work"
  mv "$CACHE_DIR/root.partial" "$CACHE_DIR/root"
  [ -x "$BIN_DIR/prometheus" ] && [ -x "$BIN_DIR/promtool" ] || fail "the package holds no prometheus or promtool binary"
}

bin_dir() {
  if on_path; then
    dirname "$(command -v prometheus)"
  else
    fetch
    echo "$BIN_DIR"
  fi
}

case "${1:-}" in
  path) bin_dir ;;
  prometheus | promtool)
    dir="$(bin_dir)"
    tool="$1"
    shift
    exec "$dir/$tool" "$@"
    ;;
  *)
    echo "usage: $(basename "$0") path | prometheus [args…] | promtool [args…]" >&2
    exit 64
    ;;
esac
