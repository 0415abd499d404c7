"""Migrations go down and up again on Postgres and on SQLite, and match the models."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from shared.db import make_engine
from shared.models import Base
from shared.settings import Settings
from tests.conftest import alembic_config, derived_database_url, recreate_database

TABLES = {"api_keys", "tasks", "task_results", "task_events"}


def _check_roundtrip(url: str) -> None:
    config = alembic_config(url)
    command.upgrade(config, "head")
    engine = make_engine(Settings.from_env({}, database_url=url))
    try:
        assert set(inspect(engine).get_table_names()) >= TABLES
        index_names = {ix["name"] for ix in inspect(engine).get_indexes("tasks")}
        assert {
            "ix_tasks_status_updated_at",
            "ix_tasks_owner_created_at",
            "uq_tasks_owner_idempotency_key",
        } <= index_names
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"models and migrations drift: {diff}"

        command.downgrade(config, "base")
        assert not TABLES & set(inspect(engine).get_table_names())

        command.upgrade(config, "head")
        assert set(inspect(engine).get_table_names()) >= TABLES
    finally:
        engine.dispose()


def test_postgres_upgrade_downgrade_upgrade() -> None:
    url = derived_database_url("migrations")
    recreate_database(url)
    _check_roundtrip(url)


def test_sqlite_upgrade_downgrade_upgrade(tmp_path: Path) -> None:
    _check_roundtrip(f"sqlite:///{tmp_path / 'orchestrator.db'}")
