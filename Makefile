# Run inside the project's virtual environment (see README.md).
PYTHON ?= python
CHECK_DATABASE_URL ?= postgresql://root@127.0.0.1:5432/orchestrator_check

# Parallel test processes of `make pytest` (pytest-xdist; each has its own databases and
# Redis dbs, see tests/conftest.py). The tests wait on child processes more than they
# compute, so 4 processes finish sooner than one per core even on 2 cores (6, the most
# that tests/conftest.py has Redis dbs for, gains little more there: the CPU is then busy).
PYTEST_WORKERS ?= 4

# llama.cpp's default build tunes for the build machine (-march=native), and such a build
# dies with a general-protection fault at the first completion on some VMs: portable flags.
MODEL_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON

.PHONY: test test-fast lint typecheck migrations-check pytest format test-model

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
	$(PYTHON) -m pytest --cov --cov-report=term -p no:cacheprovider -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder --durations=20

# The unit tier: no child processes, a few seconds.
test-fast:
	$(PYTHON) -m pytest -p no:cacheprovider -q -m "not slow and not e2e"

# The real-model end-to-end test (Gemma 3 270M on llama.cpp's server); `make test` leaves it
# out, CI runs it after. The first install builds llama.cpp (10-40 minutes on 2 cores); pip
# keeps the built wheel in its cache, so later installs take seconds.
test-model:
	CMAKE_ARGS="$(MODEL_CMAKE_ARGS)" $(PYTHON) -m pip install --quiet -c constraints.txt -e ".[model]"
	$(PYTHON) -m pytest -m model -p no:cacheprovider tests/e2e/test_model_gemma.py

format:
	$(PYTHON) -m ruff format .
	$(PYTHON) -m ruff check --fix .
