# Entry points for a newcomer on a fresh machine (Debian/Ubuntu, Python >= 3.11, Node.js + npm):
#   make serve   set everything up, then preview the site on the bundled data (mkdocs serve)
#   make test    set everything up, then run every test with pytest
#   make build   strict build into site/
#   make lock    re-pin requirements.txt after a change to pyproject.toml (needs PyPI)
# Set-up is idempotent: stamp files make repeated runs skip work already done.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Overridable settings (make VAR=value or environment). No trailing comments here:
# make would keep the spaces before them in the value.
# Interpreter used to create .venv (needs >= 3.11).
PYTHON ?= python3
# Browser the tests drive; tests/conftest.py reads the same CHROMIUM variable.
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM
# Font of the preview cards (hooks/thidua/cards.py: every Vietnamese letter), from Debian's fonts-dejavu-core.
CARD_FONT := /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
# Address of `make serve`.
ADDR ?= 127.0.0.1:8000
# Extra pytest arguments, e.g. make test PYTEST_ARGS="-k feed -x".
PYTEST_ARGS ?=
# The project's Python environment.
VENV ?= .venv

BIN := $(abspath $(VENV))/bin
# Run a command with the project venv first on PATH (mkdocs, pytest, thidua, pagefind).
RUN := PATH="$(BIN):$$PATH" VIRTUAL_ENV="$(abspath $(VENV))"
# Every Python package (transitive ones and the build backend included), pinned with the hashes of
# its files on PyPI. Written by pip-compile (`make lock`); the command is in the file's header.
LOCK := requirements.txt
# pip-compile in a venv of its own; pip's local settings (mirrors, find-links) are ignored so that
# the lock is resolved against PyPI alone.
LOCK_TOOLS := .cache/pip-tools
PYPI_ONLY := env -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null
# apt-get needs root: use sudo only when we are not root already.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

export PIP_DISABLE_PIP_VERSION_CHECK := 1
export DEBIAN_FRONTEND := noninteractive

.PHONY: help setup venv fonts serve test build lock

help:
	@echo "make serve   set up, then preview the site at http://$(ADDR)/thidua/ (the path of site_url)"
	@echo "make test    set up, then run all tests"
	@echo "make build   strict build into site/"
	@echo "make lock    re-pin $(LOCK) after a change to pyproject.toml (needs PyPI)"

setup: $(CHROMIUM) $(CARD_FONT) $(VENV)/.installed node_modules/.installed

# The font of the preview cards only.
fonts: $(CARD_FONT)

# Python environment only (with `make fonts`, enough for `make build`).
venv: $(VENV)/.installed

serve: setup
	$(RUN) mkdocs serve --dirty --dev-addr "$(ADDR)"

test: setup
	$(RUN) python -m pytest $(PYTEST_ARGS)

build: $(CARD_FONT) $(VENV)/.installed
	$(RUN) mkdocs build --strict --site-dir site

# Debian's Chromium, installed only when the browser is missing (a file target with no
# prerequisites: once it exists, make never runs this again).
$(CHROMIUM):
	@echo "==> $(CHROMIUM) is missing: installing chromium with apt-get"
	$(SUDO) apt-get update
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
	@test -x "$(CHROMIUM)" || { echo "error: $(CHROMIUM) still missing after apt-get install chromium" >&2; exit 1; }

# DejaVu Sans (Debian fonts-dejavu-core), installed only when missing, like Chromium.
$(CARD_FONT):
	@echo "==> $(CARD_FONT) is missing: installing fonts-dejavu-core with apt-get"
	$(SUDO) apt-get update
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-dejavu-core
	@test -f "$(CARD_FONT)" || { echo "error: $(CARD_FONT) still missing after apt-get install fonts-dejavu-core" >&2; exit 1; }

# Python venv with exactly the packages of the lock, each checked against its hash, then the project
# itself (editable, built with the locked setuptools); redone when the lock or pyproject.toml changes.
$(VENV)/.installed: $(LOCK) pyproject.toml
	@test -x "$(VENV)/bin/python" || $(PYTHON) -m venv "$(VENV)"
	"$(VENV)/bin/python" -m pip install --quiet --require-hashes -r $(LOCK)
	"$(VENV)/bin/python" -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch "$@"

lock:
	@test -x "$(LOCK_TOOLS)/bin/pip-compile" || { $(PYTHON) -m venv "$(LOCK_TOOLS)" && $(PYPI_ONLY) "$(LOCK_TOOLS)/bin/python" -m pip install --quiet pip-tools==7.6.2; }
	$(PYPI_ONLY) "$(LOCK_TOOLS)/bin/pip-compile" --quiet --generate-hashes --allow-unsafe --strip-extras --all-build-deps --extra=test --output-file=$(LOCK) pyproject.toml

# Exact npm packages from package-lock.json (axe-core); redone when either file changes.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch "$@"
