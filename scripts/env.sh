# Sourced by the scripts: tools live in ~/.cargo/bin and node_modules/.bin.
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never
