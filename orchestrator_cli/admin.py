"""``orchestrator db …`` (Alembic migrations) and ``orchestrator keys …`` (API keys)."""

from __future__ import annotations

from pathlib import Path

import click
from alembic.config import Config

from orchestrator_cli.main import load_settings
from shared.settings import Settings


def alembic_config(settings: Settings) -> Config:
    """An Alembic config for the packaged migrations and the configured database."""
    import migrations

    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    config.set_main_option("path_separator", "os")
    config.attributes["database_url"] = settings.database_url
    return config


@click.group()
def db() -> None:
    """Database schema migrations (Alembic)."""


@db.command()
@click.argument("revision", default="head")
def upgrade(revision: str) -> None:
    """Upgrade the schema to REVISION (default: head)."""
    from alembic import command

    command.upgrade(alembic_config(load_settings()), revision)
    click.echo(f"database upgraded to {revision}")


@db.command()
@click.argument("revision", default="-1")
def downgrade(revision: str) -> None:
    """Downgrade the schema to REVISION (default: one step back, -1)."""
    from alembic import command

    command.downgrade(alembic_config(load_settings()), revision)
    click.echo(f"database downgraded to {revision}")


@click.group()
def keys() -> None:
    """API keys: create, list, revoke."""


@keys.command()
@click.argument("name")
def create(name: str) -> None:
    """Create a key named NAME and print it (the key is the last word; it is not stored)."""
    from shared.db import Database, make_engine
    from shared.keys import create_key

    engine = make_engine(load_settings())
    try:
        with Database(engine).session() as session:
            try:
                api_key, raw_key = create_key(session, name)
            except ValueError as exc:
                raise click.BadParameter(str(exc), param_hint="NAME") from None
            key_id = api_key.id
    finally:
        engine.dispose()
    click.echo(f"Created API key id={key_id} name={name.strip()}. It is shown only once:")
    click.echo(raw_key)


@keys.command(name="list")
def list_() -> None:
    """List keys: id, name, created, status."""
    from shared.db import Database, make_engine
    from shared.keys import list_keys

    engine = make_engine(load_settings())
    try:
        with Database(engine).session() as session:
            rows = [
                (k.id, k.name, k.created_at, "revoked" if k.revoked_at else "active")
                for k in list_keys(session)
            ]
    finally:
        engine.dispose()
    if not rows:
        click.echo("no API keys")
        return
    click.echo(f"{'ID':<14} {'STATUS':<8} {'CREATED':<20} NAME")
    for key_id, name, created_at, status in rows:
        click.echo(f"{key_id:<14} {status:<8} {created_at:%Y-%m-%d %H:%M:%S} {name}")


@keys.command()
@click.argument("key_id", metavar="ID")
def revoke(key_id: str) -> None:
    """Revoke the key with this ID; requests with it are refused at once."""
    from shared.db import Database, make_engine
    from shared.keys import revoke_key

    engine = make_engine(load_settings())
    try:
        with Database(engine).session() as session:
            revoked = revoke_key(session, key_id)
    finally:
        engine.dispose()
    if not revoked:
        raise click.ClickException(f"no active API key with id {key_id}")
    click.echo(f"revoked API key {key_id}")
