# Run inside the project's virtual environment (see README.md).
PYTHON ?= python
CHECK_DATABASE_URL ?= postgresql://root@127.0.0.1:5432/orchestrator_check

.PHONY: test lint typecheck migrations-check pytest format

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
	$(PYTHON) -m pytest --cov --cov-report=term -p no:cacheprovider

format:
	$(PYTHON) -m ruff format .
	$(PYTHON) -m ruff check --fix .
