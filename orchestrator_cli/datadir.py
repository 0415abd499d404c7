"""The data folder that ``up`` and the admin commands share.

``up`` keeps the embedded SQLite database, the Redis snapshot, the children's logs, its lock
and the development key there; ``keys …`` and ``db …`` find the same database by the same
rules: ``DATABASE_URL`` when set, else the SQLite file in ``--data-dir`` (default
``./orchestrator-data``, or ``ORCHESTRATOR_DATA_DIR``).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any, TypeVar

import click
from sqlalchemy import inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from orchestrator_cli.embedded import DATABASE_FILE, redact, sqlite_url
from shared.settings import Settings, SettingsError

DEFAULT_DATA_DIR = "orchestrator-data"
DATA_DIR_ENV = "ORCHESTRATOR_DATA_DIR"
LOCK_FILE = "up.lock"
DEV_KEY_FILE = "dev-api-key"
LOG_FOLDER = "logs"
DEV_KEY_NAME = "dev"

F = TypeVar("F", bound=Callable[..., Any])


def data_dir_option(command: F) -> F:
    """``--data-dir``, the same option (and default) on ``up`` and the admin commands."""
    return click.option(
        "--data-dir",
        envvar=DATA_DIR_ENV,
        default=DEFAULT_DATA_DIR,
        show_default=True,
        type=click.Path(file_okay=False, path_type=Path),
        help="Folder of the embedded database, Redis, logs and development key "
        f"(env {DATA_DIR_ENV}); unused for the database when DATABASE_URL is set.",
    )(command)


def database_url_for(data_dir: Path, environ: Mapping[str, str]) -> str:
    """``DATABASE_URL`` when set, else the embedded SQLite file of ``data_dir``."""
    return environ.get("DATABASE_URL") or sqlite_url(data_dir)


def admin_settings(data_dir: Path, *, create: bool = False) -> Settings:
    """Settings of an admin command, pointed at the database ``up --data-dir`` uses.

    Unless ``create``, a missing SQLite file is a one-line error instead of an empty
    database made in the working directory.
    """
    url = database_url_for(data_dir, os.environ)
    try:
        settings = Settings.from_env(database_url=url)
    except SettingsError as exc:
        raise click.ClickException(f"configuration error: {exc}") from None
    if not os.environ.get("DATABASE_URL"):
        database = data_dir.resolve() / DATABASE_FILE
        if create:
            data_dir.mkdir(parents=True, exist_ok=True)
        elif not database.is_file():
            raise click.ClickException(
                f"no database at {database}: start `orchestrator up --data-dir {data_dir}` "
                "once, or set DATABASE_URL"
            )
    return settings


def require_schema(engine: Engine, database_url: str) -> None:
    """Fail with one line when the database cannot be reached or was never migrated."""
    where = redact(database_url)
    try:
        migrated = inspect(engine).has_table("api_keys")
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise click.ClickException(f"cannot reach the database {where}: {reason}") from None
    if not migrated:
        raise click.ClickException(
            f"the database {where} has no schema: run `orchestrator db upgrade` "
            "(with the same --data-dir or DATABASE_URL)"
        )


class DataDirLocked(Exception):
    """Another ``up`` holds the lock of the data folder."""


def lock(data_dir: Path) -> IO[str]:
    """Take the exclusive lock of ``data_dir``, held while the returned file stays open.

    The lock file names our pid for the next comer. The kernel drops the lock when the
    process ends, however it ends, so a stale file never blocks the next run; children
    started with ``close_fds`` (``subprocess``'s default) do not hold it.
    """
    handle: IO[str] = (data_dir / LOCK_FILE).open("a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise DataDirLocked(
            f"another `orchestrator up` (pid {holder}) is using {data_dir}; "
            "stop it first, or choose another --data-dir"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` readable by its owner only (0600), replacing it atomically."""
    staging = path.with_name(f".{path.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
    os.replace(staging, path)


def development_key(settings: Settings, data_dir: Path) -> tuple[str, bool]:
    """The development key of ``data_dir`` and whether it is the one of an earlier run.

    The key is kept in ``data_dir/dev-api-key`` (0600) and, like every key, stored hashed in
    the database. It is reused while that database still accepts it (same data folder, not
    revoked); otherwise a new one replaces the file.
    """
    from shared.db import Database, make_engine
    from shared.keys import create_key, verify_key

    path = data_dir / DEV_KEY_FILE
    kept = path.read_text().strip() if path.is_file() else ""
    engine = make_engine(settings)
    try:
        database = Database(engine)
        if kept and verify_key(database, kept) is not None:
            return kept, True
        with database.session() as session:
            _, raw_key = create_key(session, DEV_KEY_NAME)
    finally:
        engine.dispose()
    write_private(path, raw_key + "\n")
    return raw_key, False


def webhook_secret(settings: Settings, raw_key: str) -> str | None:
    """The webhook secret of the key ``raw_key`` (None for a key made before webhooks)."""
    from sqlalchemy import select

    from shared.db import Database, make_engine
    from shared.keys import parse_key_id
    from shared.models import ApiKey

    engine = make_engine(settings)
    try:
        rows = Database(engine).statement(
            select(ApiKey.webhook_secret).where(ApiKey.id == parse_key_id(raw_key)),
            idempotent=True,
        )
    finally:
        engine.dispose()
    return rows[0].webhook_secret if rows else None
