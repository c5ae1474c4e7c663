# Two commands matter on a fresh machine: `make run` and `make test` (README). Both set up the venv first.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup build run test lint bench ui

$(STAMP): pyproject.toml setup.py
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

# The install compiles the readers (setup.py) in place; this recompiles those edited since, and only
# those (building into `.` compares each source with the compiled module beside it).
build: $(STAMP)
	$(PY) setup.py --quiet build_ext --build-lib .

run: build
	$(VENV)/bin/nabd run --input fixtures/articles

test: build
	bash scripts/services.sh
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest -q

bench: build
	$(VENV)/bin/nabd bench

ui: $(STAMP)
	$(VENV)/bin/dagster dev -m pipelines.definitions
