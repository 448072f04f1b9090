# victimsdb: `make demo` serves the demo, `make test` runs every test.
# Everything is installed by these targets; nothing needs installing by hand.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export VICTIMSDB_DATA_DIR ?= $(CURDIR)/var

.PHONY: install demo test test-sqlite test-postgres lint format bench messages clean

$(STAMP): pyproject.toml requirements/constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements/constraints.txt -e ".[test,lint]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/victimsdb migrate --noinput
	$(BIN)/victimsdb demo
	STATIC_FROM_APPS=0 $(BIN)/victimsdb collectstatic --noinput --verbosity 0
	@echo "serving the demo at http://127.0.0.1:8000 (curator login above; Ctrl-C stops)"
	STATIC_FROM_APPS=0 $(BIN)/victimsdb runserver 127.0.0.1:8000

# Lint first: a style or type error fails CI in seconds, as a failing test does.
test: install
	scripts/install-system-deps
	$(MAKE) --no-print-directory lint test-sqlite test-postgres

test-sqlite: install
	@echo "== tests on SQLite"
	env -u DATABASE_URL $(BIN)/pytest

test-postgres: install
	@echo "== tests on PostgreSQL"
	scripts/with-postgres $(BIN)/pytest -m "not browser"

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

# Extract the site's strings into the .po files (needs GNU gettext, for developers
# only), then compile every .po into its committed .mo (pure Python).
LANGUAGES := ru kk ky ug zh_Hans
messages: install
	cd src/victimsdb/web && $(CURDIR)/$(BIN)/victimsdb makemessages --no-location --no-obsolete $(addprefix -l ,$(LANGUAGES))
	$(BIN)/python scripts/compile-messages

bench: install
	scripts/install-system-deps postgres
	$(BIN)/python -m victimsdb.bench $(if $(SIZES),--sizes $(SIZES)) $(if $(DATABASES),--databases $(DATABASES)) $(if $(DISTRACTORS),--distractors $(DISTRACTORS))

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
