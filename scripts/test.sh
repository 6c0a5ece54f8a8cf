#!/usr/bin/env bash
# `make test`: every tier, each timed — tools, native tests, the web-crate check, the bench
# check, the release wasm build, the page's size against its budget, and the browser
# end-to-end test.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TIMES=()
tier() {
  local name=$1; shift
  local start; start=$(date +%s)
  echo "==> $name"
  "$@"
  local took=$(( $(date +%s) - start ))
  echo "<== $name: ${took}s"
  TIMES+=("$(printf '%-16s %5ss' "$name" "$took")")
}

# getrandom is not listed: natively it is ring's OS random source (kubeplay serve's TLS keys);
# the page's getrandom, with its `js` feature, would bring js-sys and wasm-bindgen, listed here.
native_deps_have_no_web_crates() {
  local host; host=$(rustc -vV | sed -n 's/^host: //p')
  local web
  web=$(cargo tree --locked -e normal --target "$host" --prefix none | awk '{print $1}' | sort -u \
        | grep -xE 'yew|yew-macro|web-sys|js-sys|wasm-bindgen|gloo|gloo-.*' || true)
  if [ -n "$web" ]; then
    echo "web crates in the native dependency tree: $web" >&2
    return 1
  fi
  echo "no web crates in the native ($host) dependency tree"
}

tier tools scripts/tools.sh --browser
# --show-output: the property tests print their seeds, the corpus test its counts.
tier native cargo test --locked -- --show-output
tier native-deps native_deps_have_no_web_crates
# The benchmark is not a test; checking it keeps it building as the code changes.
tier bench-check cargo check --locked --benches
tier wasm trunk build --release --offline
tier size python3 scripts/size.py dist
browser_tests() { node tests/e2e/smoke.mjs dist && node tests/e2e/lesson.mjs dist && node tests/e2e/widgets.mjs dist; }
tier browser browser_tests

echo
echo "tier times:"
printf '  %s\n' "${TIMES[@]}"
