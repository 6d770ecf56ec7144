# Entry points for a newcomer on a fresh machine (Debian/Ubuntu, Python >= 3.11, Node.js + npm):
#   make serve   set everything up, then preview the site on the bundled data (mkdocs serve)
#   make test    set everything up, then run every test with pytest
#   make build   strict build into site/
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
# Address of `make serve`.
ADDR ?= 127.0.0.1:8000
# Extra pytest arguments, e.g. make test PYTEST_ARGS="-k feed -x".
PYTEST_ARGS ?=

VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
# Run a command with the project venv first on PATH (mkdocs, pytest, thidua, pagefind).
RUN := PATH="$(BIN):$$PATH" VIRTUAL_ENV="$(CURDIR)/$(VENV)"
# apt-get needs root: use sudo only when we are not root already.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

export PIP_DISABLE_PIP_VERSION_CHECK := 1
export DEBIAN_FRONTEND := noninteractive

.PHONY: help setup venv serve test build

help:
	@echo "make serve   set up, then preview the site at http://$(ADDR)/thidua/ (the path of site_url)"
	@echo "make test    set up, then run all tests"
	@echo "make build   strict build into site/"

setup: $(CHROMIUM) $(VENV)/.installed node_modules/.installed

# Python environment only (enough for `make build`).
venv: $(VENV)/.installed

serve: setup
	$(RUN) mkdocs serve --dev-addr "$(ADDR)"

test: setup
	$(RUN) python -m pytest $(PYTEST_ARGS)

build: $(VENV)/.installed
	$(RUN) mkdocs build --strict --site-dir site

# Debian's Chromium, installed only when the browser is missing (a file target with no
# prerequisites: once it exists, make never runs this again).
$(CHROMIUM):
	@echo "==> $(CHROMIUM) is missing: installing chromium with apt-get"
	$(SUDO) apt-get update
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
	@test -x "$(CHROMIUM)" || { echo "error: $(CHROMIUM) still missing after apt-get install chromium" >&2; exit 1; }

# Python venv with the pinned packages of pyproject.toml; redone when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	@test -x "$(VENV)/bin/python" || $(PYTHON) -m venv "$(VENV)"
	"$(VENV)/bin/python" -m pip install --quiet -e ".[test]"
	@touch "$@"

# Exact npm packages from package-lock.json (axe-core); redone when either file changes.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch "$@"
