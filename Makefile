# The two commands: `make serve` (build the page, serve it on 127.0.0.1:8080) and `make test`
# (everything). Both install what they need on a fresh machine.
SHELL := /bin/bash
PORT ?= 8080

.PHONY: serve test tools build

serve: build
	node tests/e2e/serve.mjs dist $(PORT)

build: tools
	source scripts/env.sh && trunk build --release --offline

tools:
	scripts/tools.sh

test:
	scripts/test.sh
