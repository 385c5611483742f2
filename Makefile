# SupportLoop — `make help` lists the targets. Everything installs itself into the repo:
# .venv (Python), .tools (helm, promtool), .cache/kafka (broker jars).
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV := $(CURDIR)/.venv
PY := $(VENV)/bin/python
SL := $(VENV)/bin/supportloop
TOOLS_BIN := $(CURDIR)/.tools/bin
KAFKA_LIB := $(CURDIR)/.cache/kafka/lib
export PATH := $(TOOLS_BIN):$(VENV)/bin:$(PATH)
export SUPPORTLOOP_TOOLS_BIN := $(TOOLS_BIN)
export SUPPORTLOOP_KAFKA_LIB := $(KAFKA_LIB)
# mk/*.mk add their tools to TOOLS_DEPS and their checks to TEST_EXTRA.
TOOLS_DEPS :=
TEST_EXTRA :=

-include mk/*.mk

.PHONY: help
help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z0-9_.-]+:.*## / {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found — install Python 3.11+"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q -U pip
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $@

.PHONY: venv
venv: $(VENV)/.installed ## Create .venv and install SupportLoop with its dev tools

$(KAFKA_LIB)/.resolved: deploy/kafka/pom.xml
	@command -v java >/dev/null || { echo "error: java not found — install a Java 17+ runtime (apt-get install openjdk-17-jre-headless)"; exit 1; }
	@command -v mvn >/dev/null || { echo "error: mvn not found — install Maven (apt-get install maven)"; exit 1; }
	mvn -B -q -f deploy/kafka/pom.xml org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
	  -DincludeScope=runtime -DoutputDirectory=$(KAFKA_LIB)
	touch $@

.PHONY: kafka-jars
kafka-jars: $(KAFKA_LIB)/.resolved ## Resolve the Apache Kafka broker jars from Maven Central

.PHONY: kafka-up
kafka-up: venv kafka-jars ## Start a local single-node KRaft broker on 127.0.0.1:9092
	$(SL) kafka up

.PHONY: kafka-down
kafka-down: venv ## Stop the local broker started by kafka-up
	$(SL) kafka down

.PHONY: tools
tools: venv kafka-jars $(TOOLS_DEPS) ## Install every tool the tests need

.PHONY: test
test: tools ## Everything: unit, integration (real broker), e2e with restarts and a SIGKILL, helm, promtool
	$(PY) -m pytest -m "e2e or not e2e" -q $(PYTEST_ARGS)
	$(foreach t,$(TEST_EXTRA),$(MAKE) --no-print-directory $(t) &&) true

.PHONY: test-e2e
test-e2e: tools ## Only the end-to-end tests: 1,200 tickets, restarts mid-run (graceful and SIGKILL)
	$(PY) -m pytest -m e2e -q $(PYTEST_ARGS)

.PHONY: test-chaos
test-chaos: tools ## Only the e2e test that SIGKILLs the resolver mid-run
	$(PY) -m pytest -m chaos -q $(PYTEST_ARGS)

.PHONY: test-hostile
test-hostile: tools ## Only the hostile-input suite: forged/replayed signatures, forged approvals, poison on every topic
	$(PY) -m pytest -m hostile -q $(PYTEST_ARGS)

.PHONY: test-fast
test-fast: venv ## Run only the fast unit tests
	$(PY) -m pytest -q $(PYTEST_ARGS)

.PHONY: check
check: venv ## ruff format --check, ruff lint, mypy
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

.PHONY: fmt
fmt: venv ## Format and auto-fix lint
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

.PHONY: demo
demo: venv kafka-jars shopify-schema ## Start Kafka, the demo store and the services; replay bundled tickets; print results
	$(SL) demo $(if $(KEEP),--keep,)

.PHONY: bench
bench: venv kafka-jars shopify-schema ## Benchmark (docs/benchmark.md): pipeline vs plain and Faust relays, burst and steady latency, CPU, RSS
	$(SL) bench

.PHONY: clean
clean: ## Remove run state (keeps .venv, .tools, .cache)
	rm -rf .run
