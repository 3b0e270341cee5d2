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

run: $(VENV)/.installed-run $(VENV)/.ocr-checked
	$(BIN)/pipeline run

# The quick tier first (a couple of minutes), then the slow one (Prefect, servers, subprocesses).
test: $(VENV)/.installed-dev $(VENV)/.ocr-checked
	$(BIN)/python -m pytest -q
	$(BIN)/python -m pytest -q -m slow

bench: $(VENV)/.installed-dev
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_pipeline.py

clean:
	rm -rf staged published reports quarantine versions .prefect
