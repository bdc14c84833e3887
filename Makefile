# franchisekg — the two commands of the README are `make run` and `make test`.
SHELL := /bin/bash
GO ?= go
BIN := bin/franchisekg

# The test suite gets its own local Neo4j (port and data apart from `make run`'s),
# unless NEO4J_URI names a server to use.
TEST_DB_PORT ?= 7688
TEST_DATA_DIR ?= $(CURDIR)/.data/neo4j-test

.PHONY: run build test test-go bench generate check-generated fuzz clean db-start db-stop

build:
	$(GO) build -o $(BIN) ./cmd/franchisekg

## run: start the local Neo4j (unless NEO4J_URI is set), load seeds/, serve GraphQL + playground on :8080
run: build
	@if [ -z "$$NEO4J_URI" ]; then ./$(BIN) db start; fi
	./$(BIN) load seeds/
	./$(BIN) serve

## test: start a test Neo4j (unless NEO4J_URI is set) and run every test against it
## (-timeout 60m per package: loaders scores the whole 1171-article test pool under
## -race, 12-13 min alone, and over 30 min on a machine busy with other work)
test: build check-generated
	@set -e; \
	if [ -z "$$NEO4J_URI" ]; then \
	  export FRANCHISEKG_DB_PORT=$(TEST_DB_PORT) FRANCHISEKG_DATA_DIR=$(TEST_DATA_DIR); \
	  ./$(BIN) db start >/dev/null; \
	  trap 'env -u NEO4J_URI ./$(BIN) db stop >/dev/null || true' EXIT; \
	  export NEO4J_URI=bolt://127.0.0.1:$(TEST_DB_PORT) NEO4J_USER=neo4j NEO4J_PASSWORD=$${NEO4J_PASSWORD:-franchisekg-dev}; \
	fi; \
	$(GO) test -race -p 1 -timeout 60m ./...

## bench: API benchmark over HTTP vs the same Cypher through the driver, on a
## generated graph in its own local Neo4j (port 7699 unless NEO4J_URI is set);
## prints the Markdown table of the README's "API benchmarks"
BENCH_DB_PORT ?= 7699
BENCH_DATA_DIR ?= .data/neo4j-apibench
BENCH_FLAGS ?= -duration 10s
bench: build
	@set -e; \
	if [ -z "$$NEO4J_URI" ]; then \
	  export FRANCHISEKG_DB_PORT=$(BENCH_DB_PORT) FRANCHISEKG_DATA_DIR=$(BENCH_DATA_DIR); \
	  ./$(BIN) db start >/dev/null; \
	  export NEO4J_URI=bolt://127.0.0.1:$(BENCH_DB_PORT) NEO4J_USER=neo4j NEO4J_PASSWORD=$${NEO4J_PASSWORD:-franchisekg-dev}; \
	fi; \
	$(GO) run ./internal/apibench/cmd/apibench -bin ./$(BIN) $(BENCH_FLAGS)

## check-generated: fail when gqlgen output is stale
check-generated:
	@if [ -f graph/generate.go ]; then \
	  $(GO) generate ./graph/... && git diff --exit-code --stat -- graph/ || { echo "generated code in graph/ is stale: run 'go generate ./graph/...' and commit" >&2; exit 1; }; \
	fi

generate:
	$(GO) generate ./...

db-start: build
	./$(BIN) db start

db-stop: build
	./$(BIN) db stop

clean:
	rm -rf bin
