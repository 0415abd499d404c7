"""``orchestrator db …`` (Alembic migrations) and ``orchestrator keys …`` (API keys)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from sqlalchemy.orm import Session

from migrations import alembic_config
from orchestrator_cli.datadir import admin_settings, data_dir_option, require_schema
from orchestrator_cli.tables import aligned
from shared.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])


@click.group()
def db() -> None:
    """Database schema migrations (Alembic)."""


def _migrate(step: str, settings: Settings, revision: str) -> None:
    from alembic import command
    from sqlalchemy.exc import DBAPIError

    try:
        getattr(command, step)(alembic_config(settings.database_url), revision)
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise click.ClickException(f"cannot {step} the database: {reason}") from None


@db.command()
@click.argument("revision", default="head")
@data_dir_option
def upgrade(revision: str, data_dir: Path) -> None:
    """Upgrade the schema to REVISION (default: head); creates the SQLite file if needed."""
    _migrate("upgrade", admin_settings(data_dir, create=True), revision)
    click.echo(f"database upgraded to {revision}")


@db.command()
@click.argument("revision", default="-1")
@data_dir_option
def downgrade(revision: str, data_dir: Path) -> None:
    """Downgrade the schema to REVISION (default: one step back, -1)."""
    _migrate("downgrade", admin_settings(data_dir), revision)
    click.echo(f"database downgraded to {revision}")


@contextmanager
def _key_session(data_dir: Path) -> Iterator[Session]:
    """A committed-on-success session on the database ``up --data-dir`` uses, once it is
    known to be reachable and migrated."""
    from shared.db import Database, make_engine

    settings = admin_settings(data_dir)
    engine = make_engine(settings)
    try:
        require_schema(engine, settings.database_url)
        with Database(engine).session() as session:
            yield session
    finally:
        engine.dispose()


@click.group()
def keys() -> None:
    """API keys: create, list, set, revoke, rotate-webhook-secret."""


class MaxInFlight(click.ParamType[int | None, Any]):
    """``--max-in-flight``: a count of at least 1, or ``none`` for no limit."""

    name = "N|none"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> int | None:
        if value is None or isinstance(value, int):
            return value
        text = str(value).strip().lower()
        if text == "none":
            return None
        try:
            number = int(text)
        except ValueError:
            self.fail(f"{value!r} is not a number or 'none'", param, ctx)
        if number < 1:
            self.fail("must be at least 1 (or 'none' for no limit)", param, ctx)
        return number


def _max_in_flight_option(help_text: str) -> Callable[[F], F]:
    return click.option("--max-in-flight", "max_in_flight", type=MaxInFlight(), help=help_text)


@keys.command()
@click.argument("name")
@_max_in_flight_option(
    "At most N of the key's tasks are processing at once (the others wait pending); "
    "default: no limit."
)
@data_dir_option
def create(name: str, max_in_flight: int | None, data_dir: Path) -> None:
    """Create a key named NAME and print it (the key is the last word; it is not stored),
    with its webhook secret on the line before."""
    from shared.keys import create_key

    with _key_session(data_dir) as session:
        try:
            api_key, raw_key = create_key(session, name, max_in_flight=max_in_flight)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="NAME") from None
        key_id, secret = api_key.id, api_key.webhook_secret
    click.echo(f"Created API key id={key_id} name={name.strip()}. Both are shown only once:")
    click.echo(f"webhook secret: {secret}")
    click.echo(raw_key)


@keys.command(name="list")
@data_dir_option
def list_(data_dir: Path) -> None:
    """List keys: id, status, created, max in flight (- for no limit), name."""
    from shared.keys import list_keys

    with _key_session(data_dir) as session:
        rows = [
            (
                k.id,
                "revoked" if k.revoked_at else "active",
                f"{k.created_at:%Y-%m-%d %H:%M:%S}",
                "-" if k.max_in_flight is None else str(k.max_in_flight),
                k.name,
            )
            for k in list_keys(session)
        ]
    if not rows:
        click.echo("no API keys")
        return
    for line in aligned([("ID", "STATUS", "CREATED", "MAX_IN_FLIGHT", "NAME"), *rows]):
        click.echo(line)


@keys.command(name="set")
@click.argument("key_id", metavar="ID")
@_max_in_flight_option(
    "At most N of the key's tasks are processing at once; 'none' removes the limit."
)
@data_dir_option
def set_(key_id: str, max_in_flight: int | None, data_dir: Path) -> None:
    """Change the key with this ID: its concurrency limit (from the next claim on)."""
    from shared.keys import set_max_in_flight

    source = click.get_current_context().get_parameter_source("max_in_flight")
    if source is not click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError("nothing to change: give --max-in-flight N (or none)")
    with _key_session(data_dir) as session:
        try:
            found = set_max_in_flight(session, key_id, max_in_flight)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--max-in-flight") from None
    if not found:
        raise click.ClickException(f"no API key with id {key_id}")
    limit = "no limit" if max_in_flight is None else str(max_in_flight)
    click.echo(f"API key {key_id}: max in flight {limit}")


@keys.command()
@click.argument("key_id", metavar="ID")
@data_dir_option
def revoke(key_id: str, data_dir: Path) -> None:
    """Revoke the key with this ID; requests with it are refused at once."""
    from shared.keys import revoke_key

    with _key_session(data_dir) as session:
        revoked = revoke_key(session, key_id)
    if not revoked:
        raise click.ClickException(f"no active API key with id {key_id}")
    click.echo(f"revoked API key {key_id}")


@keys.command(name="rotate-webhook-secret")
@click.argument("key_id", metavar="ID")
@data_dir_option
def rotate_webhook_secret(key_id: str, data_dir: Path) -> None:
    """Give the key with this ID a new webhook secret and print it (shown only once);
    deliveries are signed with it from now on."""
    from shared.keys import rotate_webhook_secret as rotate

    with _key_session(data_dir) as session:
        secret = rotate(session, key_id)
    if secret is None:
        raise click.ClickException(f"no active API key with id {key_id}")
    click.echo(f"webhook secret: {secret}")
