# Run inside the project's virtual environment (see README.md).
PYTHON ?= python
CHECK_DATABASE_URL ?= postgresql://root@127.0.0.1:5432/orchestrator_check

# llama.cpp's default build tunes for the build machine (-march=native), and such a build
# dies with a general-protection fault at the first completion on some VMs: portable flags.
MODEL_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON

.PHONY: test lint typecheck migrations-check pytest format test-model

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

# The real-model end-to-end test (Gemma 3 270M on llama.cpp's server); `make test` leaves it out.
test-model:
	CMAKE_ARGS="$(MODEL_CMAKE_ARGS)" $(PYTHON) -m pip install -e ".[model]"
	$(PYTHON) -m pytest -m model -p no:cacheprovider tests/e2e/test_model_gemma.py

format:
	$(PYTHON) -m ruff format .
	$(PYTHON) -m ruff check --fix .
