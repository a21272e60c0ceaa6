# DSR Desk: `make test` builds what it needs and runs every test against real servers.
#
#   make test                      venv + pip install (when pyproject changed) + system
#                                  packages (scripts/bootstrap.sh) + the whole test suite
#   make test PYTEST_ARGS="-k imap"   extra pytest arguments
#   make demo                      the end-to-end demo (dsr demo)
#
# CI runs `bash .ci/run`, which is `make test`: any failure, error or "no tests
# collected" (pytest exit code 5) fails the run.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test

PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-dev
PYTEST_ARGS ?=

.PHONY: test demo bootstrap install clean-artifacts

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when pyproject.toml is newer than the stamp (or the venv is new).
$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]'
	touch $@

install: $(STAMP)

bootstrap:
	bash scripts/bootstrap.sh

test: bootstrap $(STAMP)
	$(VENV)/bin/pytest -q -p no:cacheprovider --durations=10 $(PYTEST_ARGS)

demo: bootstrap $(STAMP)
	$(VENV)/bin/dsr demo

clean-artifacts:
	rm -rf test-artifacts
