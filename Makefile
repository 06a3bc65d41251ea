# One command each: `make serve` (live-reloading site), `make test` (the whole suite: the
# browser modules' unit tests under Node, then pytest),
# `make build` (site/ as deployed, with the PDF). Each sets up .venv itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build check figures schema bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.site-deps: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev-deps: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.site-deps

serve: $(VENV)/.site-deps
	GUIDE_SKIP_PDF=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

test: $(VENV)/.dev-deps
	node --test tests/js/
	$(BIN)/python -m pytest

build: $(VENV)/.site-deps
	$(BIN)/mkdocs build --strict

check: $(VENV)/.site-deps
	$(BIN)/python -m macros check

figures: $(VENV)/.dev-deps
	$(BIN)/python -m figures
	$(BIN)/python -m figures.flowcharts

schema: $(VENV)/.site-deps
	$(BIN)/python -m macros schema

bench: $(VENV)/.dev-deps
	$(BIN)/python -m bench

clean:
	rm -rf site $(VENV)
