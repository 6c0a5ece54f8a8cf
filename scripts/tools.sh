#!/usr/bin/env bash
# Installs what the build and tests need, only when missing or at the wrong version.
#   scripts/tools.sh            wasm32 target, trunk, wasm-bindgen-cli, npm tools (enough for `make serve`)
#   scripts/tools.sh --browser  also Debian's Chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "tools: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

TRUNK_VERSION=0.21.14
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  echo "tools: installing trunk $TRUNK_VERSION (takes ~10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly (Cargo.toml pins it with `=`).
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ]; then
  echo "tools: installing wasm-bindgen-cli $WB_VERSION (takes ~5 minutes)"
  # --locked first; 0.2.130's lock file pins a webpki-roots release the registry no longer
  # serves, and then a fresh resolution is the way that works.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --locked \
    || cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# wasm-opt (binaryen 132; Debian's 108 cannot read rustc 1.95 output) and playwright-core.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || ! cmp -s package-lock.json node_modules/.package-lock.json 2>/dev/null; then
  echo "tools: installing npm tools (binaryen, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null; then
  echo "tools: installing Debian's chromium"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi
echo "tools: ready ($(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -1))"
