"""Alembic environment: the URL comes from the settings, or from ``config.attributes``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from shared.db import make_engine, normalize_url
from shared.models import Base
from shared.settings import Settings

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_migrations_offline() -> None:
    url = config.attributes.get("database_url") or Settings.from_env().database_url
    context.configure(url=normalize_url(url), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.attributes.get("database_url") or Settings.from_env().database_url
    engine = make_engine(Settings.from_env(database_url=url))
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
