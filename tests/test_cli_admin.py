"""``orchestrator db upgrade|downgrade`` and ``orchestrator keys create|list|revoke``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from click.testing import CliRunner, Result
from sqlalchemy import inspect, text

from migrations import alembic_config
from orchestrator_cli.main import EXIT_USAGE, cli
from shared.db import Database, make_engine
from shared.keys import verify_key
from shared.models import ApiKey
from shared.ports import free_port
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
    revisions = ScriptDirectory.from_config(alembic_config(Settings.from_env({}).database_url))
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


def test_keys_max_in_flight_is_set_listed_changed_and_removed(
    invoke: Callable[..., Result], scratch_url: str
) -> None:
    assert invoke("db", "upgrade", "head").exit_code == 0
    created = invoke("keys", "create", "batch-jobs", "--max-in-flight", "3")
    assert created.exit_code == 0, created.output
    key_id = created.output.split()[-1].split("_")[1]
    plain = invoke("keys", "create", "interactive").output.split()[-1].split("_")[1]

    def limit_of(listed_id: str) -> str:
        lines = invoke("keys", "list").output.splitlines()
        header = lines[0].split()
        row = next(line for line in lines if line.startswith(listed_id)).split()
        return row[header.index("MAX_IN_FLIGHT") + 1]  # CREATED is two words

    assert limit_of(key_id) == "3" and limit_of(plain) == "-"
    changed = invoke("keys", "set", key_id, "--max-in-flight", "1")
    assert changed.exit_code == 0 and "max in flight 1" in changed.output
    assert limit_of(key_id) == "1"
    removed = invoke("keys", "set", key_id, "--max-in-flight", "none")
    assert removed.exit_code == 0 and "no limit" in removed.output
    assert limit_of(key_id) == "-"

    for bad in ("0", "-2", "many"):
        refused = invoke("keys", "set", key_id, "--max-in-flight", bad)
        assert refused.exit_code == 64, refused.output
        assert "--max-in-flight" in refused.output
    assert invoke("keys", "create", "x", "--max-in-flight", "0").exit_code == 64
    nothing = invoke("keys", "set", key_id)
    assert nothing.exit_code == 64 and "nothing to change" in nothing.output
    unknown = invoke("keys", "set", "ffffffffffff", "--max-in-flight", "2")
    assert unknown.exit_code == 1 and "no API key with id" in unknown.output
    assert limit_of(key_id) == "-"


def test_keys_create_refuses_a_blank_name(invoke: Callable[..., Result]) -> None:
    assert invoke("db", "upgrade").exit_code == 0

    result = invoke("keys", "create", "   ")

    assert result.exit_code == EXIT_USAGE == 64
    assert "NAME" in result.output


def test_a_usage_error_has_its_own_exit_code_not_blocked() -> None:
    result = CliRunner().invoke(cli, ["keys", "lis"])

    assert result.exit_code == 64
    assert "No such command 'lis'" in result.output


def _sqlite_env(tmp_path: Path) -> dict[str, str | None]:
    return {"DATABASE_URL": None, "ORCHESTRATOR_DATA_DIR": None}


def test_keys_find_the_database_of_the_data_dir_up_uses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without DATABASE_URL, ``keys`` reads the SQLite file of --data-dir (or
    ORCHESTRATOR_DATA_DIR), the one ``up --data-dir`` migrates and keeps its key in."""
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "stack-data"
    runner = CliRunner()
    env = _sqlite_env(tmp_path)
    assert runner.invoke(cli, ["db", "upgrade", "--data-dir", str(data)], env=env).exit_code == 0
    assert (data / "orchestrator.db").is_file()

    created = runner.invoke(cli, ["keys", "create", "ci", "--data-dir", str(data)], env=env)
    assert created.exit_code == 0, created.output
    by_env = runner.invoke(cli, ["keys", "list"], env={**env, "ORCHESTRATOR_DATA_DIR": str(data)})
    assert by_env.exit_code == 0, by_env.output
    assert created.output.split()[-1].split("_")[1] in by_env.output
    assert not (tmp_path / "orchestrator-data").exists()


def test_keys_without_a_database_is_one_line_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    result = CliRunner().invoke(cli, ["keys", "list"], env=_sqlite_env(tmp_path))

    assert result.exit_code == 1
    assert result.output.count("\n") == 1, result.output
    assert "no database at" in result.output
    assert str(tmp_path / "orchestrator-data" / "orchestrator.db") in result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_keys_on_a_database_without_schema_is_one_line(scratch_url: str) -> None:
    recreate_database(scratch_url)

    result = CliRunner().invoke(cli, ["keys", "create", "x"], env={"DATABASE_URL": scratch_url})

    assert result.exit_code == 1
    assert result.output.count("\n") == 1, result.output
    assert "has no schema: run `orchestrator db upgrade`" in result.output


def test_keys_on_an_unreachable_database_is_one_line() -> None:
    url = f"postgresql://root@127.0.0.1:{free_port()}/nothing"

    result = CliRunner().invoke(cli, ["keys", "list"], env={"DATABASE_URL": url})

    assert result.exit_code == 1
    assert result.output.count("\n") == 1, result.output
    assert "cannot reach the database postgresql://root@127.0.0.1:" in result.output


def test_keys_list_aligns_its_columns(invoke: Callable[..., Result]) -> None:
    assert invoke("db", "upgrade").exit_code == 0
    short = invoke("keys", "create", "a").output.split()[-1].split("_")[1]
    assert invoke("keys", "create", "a much longer key name").exit_code == 0
    assert invoke("keys", "revoke", short).exit_code == 0

    lines = invoke("keys", "list").output.splitlines()

    assert len(lines) >= 3
    for column in ("STATUS", "CREATED", "NAME"):
        start = lines[0].index(column)
        # Every row has a cell starting exactly under the heading.
        assert all(line[start - 2 : start] == "  " and line[start] != " " for line in lines), lines


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


def test_keys_create_prints_the_webhook_secret_before_the_key(
    invoke: Callable[..., Result], scratch_url: str
) -> None:
    assert invoke("db", "upgrade").exit_code == 0
    created = invoke("keys", "create", "hooks")
    assert created.exit_code == 0, created.output
    lines = created.output.splitlines()
    assert lines[-1] == created.output.split()[-1]  # the key is still the last word
    assert lines[-2].startswith("webhook secret: whsec_")
    secret = lines[-2].removeprefix("webhook secret: ")
    assert len(secret) > len("whsec_") + 40
    key_id = lines[-1].split("_")[1]

    rotated = invoke("keys", "rotate-webhook-secret", key_id)
    assert rotated.exit_code == 0, rotated.output
    (line,) = rotated.output.splitlines()
    new_secret = line.removeprefix("webhook secret: ")
    assert new_secret.startswith("whsec_") and new_secret != secret
    engine = make_engine(Settings.from_env({}, database_url=scratch_url))
    try:
        with Database(engine).session() as session:
            stored = session.get(ApiKey, key_id)
            assert stored is not None and stored.webhook_secret == new_secret
    finally:
        engine.dispose()

    assert invoke("keys", "revoke", key_id).exit_code == 0
    refused = invoke("keys", "rotate-webhook-secret", key_id)
    assert refused.exit_code == 1 and "no active API key" in refused.output
