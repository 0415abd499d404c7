# Run inside the project's virtual environment (see README.md).
PYTHON ?= python
CHECK_DATABASE_URL ?= postgresql://root@127.0.0.1:5432/orchestrator_check

# Parallel test processes of `make pytest` (pytest-xdist; each has its own databases and
# Redis dbs, see tests/conftest.py); `auto` is one per CPU.
PYTEST_WORKERS ?= auto

.PHONY: test test-fast lint typecheck migrations-check pytest format

test: lint typecheck migrations-check pytest

lint:
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .

typecheck:
	$(PYTHON) -m mypy

migrations-check:
	$(PYTHON) -m tests.support.recreate_db "$(CHECK_DATABASE_URL)"
	DATABASE_URL="$(CHECK_DATABASE_URL)" $(PYTHON) -m alembic upgrade head
	DATABASE_URL="$(CHECK_DATABASE_URL)" $(PYTHON) -m alembic check

pytest:
	$(PYTHON) -m pytest --cov --cov-report=term -p no:cacheprovider -n $(PYTEST_WORKERS) --dist loadfile

# The unit tier: no child processes, a few seconds.
test-fast:
	$(PYTHON) -m pytest -p no:cacheprovider -q -m "not slow and not e2e"

format:
	$(PYTHON) -m ruff format .
	$(PYTHON) -m ruff check --fix .
