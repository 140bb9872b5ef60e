# upheaval-radar: `make run` sets everything up and runs the main job; `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
UPHEAVAL := $(VENV)/bin/upheaval

.PHONY: help venv run crawl serve test test-python test-extension test-browser browser-deps extension-deps extension extension-lint bench model guide clean

help:
	@echo "make run     set up the virtual environment and run the main job (crawl on schedule + API on :8080)"
	@echo "make test    install what the tests need and run every test (pytest, node --test, browser)"
	@echo "make crawl   one crawl of the enabled sources now"
	@echo "make serve   the API alone"
	@echo "make bench   the benchmarks in bench/ (they print their figures)"
	@echo "make model   refit the detector's model from labelled text (CORPUS=../shared/corpus/labeled)"
	@echo "make guide   retake the user guide's pictures (docs/guide/) from a real run in Chromium"

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

run: venv
	$(UPHEAVAL) run

crawl: venv
	$(UPHEAVAL) crawl

serve: venv
	$(UPHEAVAL) serve

extension-deps: extension/node_modules/.installed

extension/node_modules/.installed: extension/package.json extension/package-lock.json
	cd extension && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The zip to upload to the Chrome Web Store and addons.mozilla.org: the extension without its tests.
extension: extension-deps
	rm -f dist/upheaval-radar-extension.zip
	cd extension && npx web-ext build --source-dir . --artifacts-dir ../dist --filename upheaval-radar-extension.zip \
		--ignore-files test 'node_modules/**' package.json package-lock.json
	@echo "built dist/upheaval-radar-extension.zip"

# One warning is expected: MANIFEST_FIELD_UNSUPPORTED, "/background/service_worker" is not supported. The
# manifest names the background script twice, as background.service_worker (Chrome) and background.scripts
# (Firefox, which ignores the other); the linter checks against Firefox and flags the Chrome key.
extension-lint: extension-deps
	cd extension && npx web-ext lint --source-dir . --ignore-files test 'node_modules/**' package.json package-lock.json
	@echo "(the one expected warning, background.service_worker: Chrome's key; Firefox reads background.scripts)"

browser-deps:
	@bash scripts/ensure-chromium.sh

test: venv extension-deps browser-deps
	$(PY) -m pytest -q tests
	cd extension && node --test test/

test-python: venv
	$(PY) -m pytest -q tests --ignore=tests/browser

test-extension: extension-deps
	cd extension && node --test test/

test-browser: venv browser-deps
	$(PY) -m pytest -q tests/browser

bench: venv
	$(PY) bench/ingest.py
	$(PY) bench/quality.py
	$(PY) bench/probes.py
	$(PY) bench/api.py

# The detector's model: refit from the labelled sets (see docs/detection.md) and overwrite the committed artifact.
CORPUS ?= ../shared/corpus/labeled
model: venv
	$(PY) -m pip install --quiet -e '.[train]'
	$(UPHEAVAL) train --corpus $(CORPUS)

# The user guide's pictures come from a real run (tests/browser/test_guide.py), never drawn by hand.
guide: venv extension-deps browser-deps
	UPHEAVAL_GUIDE_DIR=$(CURDIR)/docs/guide $(PY) -m pytest -q tests/browser/test_guide.py -k pictures
	@echo "pictures written to docs/guide/"

clean:
	rm -rf $(VENV) extension/node_modules dist build *.egg-info
