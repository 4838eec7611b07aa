# The interface for people and CI: `make run` serves the dashboard, `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | sha1sum | cut -c1-12)

.PHONY: setup run test lint format worker assets map screenshot

setup: $(STAMP)
	$(BIN)/python manage.py migrate --no-input -v 0
	$(BIN)/python manage.py load_reference

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	rm -f $(VENV)/.installed-* && touch $@

run: setup
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: setup
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# A Celery worker for the settings in the environment (needs CELERY_BROKER_URL).
worker: setup
	$(BIN)/celery -A coalition worker --loglevel=INFO

# Front-end packages come from the npm registry; the app serves copies from static/vendor.
assets:
	npm ci --no-audit --no-fund
	cp node_modules/htmx.org/dist/htmx.min.js static/vendor/htmx.min.js

# The map's country outlines (coalition/data/map.json, committed) from the npm package world-atlas.
map: $(STAMP)
	test -d node_modules/world-atlas || npm ci --no-audit --no-fund
	$(BIN)/python manage.py build_map
