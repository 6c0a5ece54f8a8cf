# The two commands: `make serve` (build the page, serve it on 127.0.0.1:8080) and `make test`
# (everything). Both install what they need on a fresh machine.
SHELL := /bin/bash
PORT ?= 8080

.PHONY: serve test tools build dist

serve: build
	node tests/e2e/serve.mjs dist $(PORT)

build: tools
	source scripts/env.sh && trunk build --release --offline

# The static site (page, widgets' kubeplay-embed.js and embed.html) in dist/, for any host and path.
dist: build

tools:
	scripts/tools.sh

test:
	scripts/test.sh
