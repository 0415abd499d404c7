"""``python -m tests.support.recreate_db URL``: drop and create a Postgres database."""

from __future__ import annotations

import sys

from shared.db import normalize_url
from tests.conftest import recreate_database

if __name__ == "__main__":
    recreate_database(normalize_url(sys.argv[1]))
