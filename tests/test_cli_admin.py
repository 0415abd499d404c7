"""``orchestrator db upgrade|downgrade`` and ``orchestrator keys create|list|revoke``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from alembic.script import ScriptDirectory
from click.testing import CliRunner, Result
from sqlalchemy import inspect, text

from orchestrator_cli.admin import alembic_config
from orchestrator_cli.main import cli
from shared.db import Database, make_engine
from shared.keys import verify_key
from shared.models import ApiKey
from shared.settings import Settings
from tests.conftest import derived_database_url, recreate_database

TABLES = {"api_keys", "tasks", "task_results", "task_events"}


@pytest.fixture(scope="module")
def scratch_url() -> str:
    url = derived_database_url("cli")
    recreate_database(url)
    return url


@pytest.fixture
def invoke(scratch_url: str) -> Callable[..., Result]:
    runner = CliRunner()

    def invoke(*args: str) -> Result:
        return runner.invoke(cli, list(args), env={"DATABASE_URL": scratch_url})

    return invoke


def _tables(url: str) -> set[str]:
    engine = make_engine(Settings.from_env({}, database_url=url))
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _version(url: str) -> str | None:
    engine = make_engine(Settings.from_env({}, database_url=url))
    try:
        with engine.connect() as conn:
            return conn.scalar(text("SELECT version_num FROM alembic_version"))
    finally:
        engine.dispose()


def test_db_upgrade_then_downgrade(invoke: Callable[..., Result], scratch_url: str) -> None:
    upgraded = invoke("db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.output
    assert _tables(scratch_url) >= TABLES
    head = _version(scratch_url)
    revisions = ScriptDirectory.from_config(alembic_config(Settings.from_env({})))
    assert head == revisions.get_current_head()

    one_back = invoke("db", "downgrade")
    assert one_back.exit_code == 0, one_back.output
    assert _version(scratch_url) == revisions.get_revision(head).down_revision

    to_base = invoke("db", "downgrade", "base")
    assert to_base.exit_code == 0, to_base.output
    assert not TABLES & _tables(scratch_url)

    again = invoke("db", "upgrade", "head")
    assert again.exit_code == 0, again.output
    assert _version(scratch_url) == head


def test_keys_create_list_revoke(invoke: Callable[..., Result], scratch_url: str) -> None:
    assert invoke("db", "upgrade", "head").exit_code == 0

    created = invoke("keys", "create", "billing-service")
    assert created.exit_code == 0, created.output
    raw_key = created.output.split()[-1]
    assert raw_key.startswith("orc_")
    key_id = raw_key.split("_")[1]

    engine = make_engine(Settings.from_env({}, database_url=scratch_url))
    database = Database(engine)
    try:
        with database.session() as session:
            assert verify_key(database, raw_key) == key_id
            stored = session.get(ApiKey, key_id)
            assert stored is not None and stored.name == "billing-service"
            assert stored.key_hash != raw_key and raw_key not in stored.key_hash

        listed = invoke("keys", "list")
        assert listed.exit_code == 0
        line = next(row for row in listed.output.splitlines() if row.startswith(key_id))
        assert "active" in line and "billing-service" in line
        assert raw_key not in listed.output

        revoked = invoke("keys", "revoke", key_id)
        assert revoked.exit_code == 0, revoked.output
        assert verify_key(database, raw_key) is None
        listed = invoke("keys", "list")
        line = next(row for row in listed.output.splitlines() if row.startswith(key_id))
        assert "revoked" in line

        twice = invoke("keys", "revoke", key_id)
        assert twice.exit_code == 1
        assert "no active API key" in twice.output
    finally:
        engine.dispose()


def test_keys_create_refuses_a_blank_name(invoke: Callable[..., Result]) -> None:
    assert invoke("db", "upgrade").exit_code == 0

    result = invoke("keys", "create", "   ")

    assert result.exit_code == 2
    assert "NAME" in result.output


def test_keys_list_on_an_empty_table(scratch_url: str) -> None:
    recreate_database(scratch_url)
    runner = CliRunner()
    env = {"DATABASE_URL": scratch_url}
    assert runner.invoke(cli, ["db", "upgrade"], env=env).exit_code == 0

    result = runner.invoke(cli, ["keys", "list"], env=env)

    assert result.exit_code == 0
    assert "no API keys" in result.output


def test_bad_setting_is_a_clean_error_naming_the_variable() -> None:
    result = CliRunner().invoke(cli, ["keys", "list"], env={"DATABASE_URL": "mysql://x/y"})

    assert result.exit_code == 1
    assert "DATABASE_URL" in result.output
    assert "Traceback" not in result.output
