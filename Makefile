# Every target creates .venv on first use and installs the pinned dependencies once
# (the stamp file is only rebuilt when pyproject.toml changes).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ADDR ?= 127.0.0.1:8000
export OMP_NUM_THREADS := 1
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build lint clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

serve: $(STAMP)
	$(BIN)/mkdocs serve --strict -a $(ADDR)

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

build: $(STAMP)
	$(BIN)/mkdocs build --strict

lint: $(STAMP)
	$(BIN)/ruff check scripts tests benchmarks
	$(BIN)/ruff format --check scripts tests benchmarks
	$(BIN)/python scripts/wiki.py check --strict

clean:
	rm -rf site .cache reports .pytest_cache
