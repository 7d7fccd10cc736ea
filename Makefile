# Incident Radar: every set-up step a fresh machine needs, behind a few targets.
PYTHON ?= $(shell sh scripts/python.sh)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: help install compile kafka-fetch kafka-start kafka-stop demo test test-unit lint bench bench-extract compose-check clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed -e 's/:.*##/\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) compile  ## create .venv, install the project with its dev tools, compile the core

compile: $(STAMP)  ## mypyc build of the extraction core into .cache/compiled (skipped when up to date)
	$(BIN)/python scripts/compile_core.py

kafka-fetch:  ## resolve the Apache Kafka jars from Maven Central into .cache/ (once)
	bash scripts/kafka.sh fetch

kafka-start:  ## start the local single-node Kafka (KRaft) on 127.0.0.1:9092
	bash scripts/kafka.sh start

kafka-stop:  ## stop the local Kafka
	bash scripts/kafka.sh stop

demo: $(STAMP) compile  ## broker + worker + seed replay; prints the alerts that arrive over Kafka; stops what it started
	$(BIN)/radar demo

test: $(STAMP) compile  ## the whole suite: unit tests and integration tests on a real broker
	$(BIN)/pytest

test-unit: $(STAMP) compile  ## unit tests only (no broker)
	$(BIN)/pytest -m "not integration"

lint: $(STAMP)  ## ruff and mypy
	$(BIN)/ruff check .
	$(BIN)/mypy streams agents alerts radar

bench: $(STAMP) compile  ## end-to-end benchmark on the real broker; figures go to BENCHMARKS.md
	$(BIN)/python -m benchmarks.e2e
	$(BIN)/python -m benchmarks.delivery
	$(BIN)/python -m agents.rules.bench

bench-extract: $(STAMP) compile  ## extraction speed on one core and peak memory
	$(BIN)/python -m benchmarks.extract

compose-check:  ## validate docker-compose.yml (needs the docker compose plugin, not an engine)
	docker compose -f docker-compose.yml config --quiet

clean:  ## remove local state (not the venv or the Kafka jars)
	rm -rf var .pytest_cache
