#!/usr/bin/env bash
# The scale benchmark natively and in wasm, for the same sizes, in one run:
#   bash scripts/bench.sh 100:1000 1000:10000
# (nodes:pods pairs; default 100:1000). Needs the tools `make test` installs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100:1000)
cargo bench --bench scale -- "${sizes[@]}"
cargo build --release --target wasm32-unknown-unknown --example scale_wasm
wasm-bindgen --target nodejs --out-dir target/scale-wasm target/wasm32-unknown-unknown/release/examples/scale_wasm.wasm
for s in "${sizes[@]}"; do
  node --max-old-space-size=4096 -e '
    const m = require("./target/scale-wasm/scale_wasm.js");
    const [n, p] = process.argv[1].split(":").map(Number);
    console.log(m.scale(n, p));' "$s"
done
