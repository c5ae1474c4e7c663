# Two commands matter on a fresh machine: `make run` and `make test` (README). Both set up the venv first.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench ui

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/nabd run --input fixtures/articles

test: $(STAMP)
	bash scripts/services.sh
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest -q

bench: $(STAMP)
	$(VENV)/bin/nabd bench

ui: $(STAMP)
	$(VENV)/bin/dagster dev -m pipelines.definitions
