# Two commands: `make run` (the flow on raw/) and `make test` (the test suite).
# Both create .venv when it is missing and install exactly the tested set (constraints.txt).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install --disable-pip-version-check -q -c constraints.txt

.PHONY: run test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e '.[dev]'
	@touch $@ $(VENV)/.installed-run

# An older DuckDB beside the venv (not in it): the tests open the published dataset.duckdb
# with it, as BI tools on older releases would.
DUCKDB_OLD := 1.1.3
$(VENV)/duckdb-old/.installed-$(DUCKDB_OLD): | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -q --upgrade --target $(VENV)/duckdb-old duckdb==$(DUCKDB_OLD)
	@touch $@

# Tesseract with its Danish model, for scanned PDFs: installed where we may (root with
# apt-get); elsewhere a note, and scanned PDFs are quarantined with the install hint.
$(VENV)/.ocr-checked: | $(BIN)/python
	@if tesseract --list-langs 2>/dev/null | grep -qx dan; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing tesseract-ocr-dan (apt-get)"; \
	  { apt-get install -y -q --no-install-recommends tesseract-ocr tesseract-ocr-dan \
	    || { apt-get update -q && apt-get install -y -q --no-install-recommends tesseract-ocr tesseract-ocr-dan; }; \
	  } >/dev/null 2>&1 || echo "note: could not install tesseract-ocr-dan; scanned PDFs will be quarantined"; \
	else echo "note: tesseract-ocr-dan is not installed; scanned PDFs will be quarantined (apt-get install tesseract-ocr-dan)"; fi
	@touch $@

# Chromium, for the test that reads the auditor's report in a browser: installed where we
# may (root with apt-get); elsewhere a note, and that test is skipped.
$(VENV)/.chromium-checked: | $(BIN)/python
	@if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing chromium (apt-get)"; \
	  { apt-get install -y -q --no-install-recommends chromium \
	    || { apt-get update -q && apt-get install -y -q --no-install-recommends chromium; }; \
	  } >/dev/null 2>&1 || echo "note: could not install chromium; the report's browser test is skipped"; \
	else echo "note: chromium is not installed; the report's browser test is skipped (apt-get install chromium)"; fi
	@touch $@

run: $(VENV)/.installed-run $(VENV)/.ocr-checked
	$(BIN)/pipeline run

# The quick tier first (a couple of minutes), then the slow one (Prefect, servers, subprocesses).
test: $(VENV)/.installed-dev $(VENV)/duckdb-old/.installed-$(DUCKDB_OLD) $(VENV)/.ocr-checked $(VENV)/.chromium-checked
	$(BIN)/python -m pytest -q
	$(BIN)/python -m pytest -q -m slow

bench: $(VENV)/.installed-dev
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_pipeline.py

clean:
	rm -rf staged published reports quarantine versions .prefect
