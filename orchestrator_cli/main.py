"""``orchestrator`` — the command group. Subcommands load their module only when run."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from shared.settings import Settings, SettingsError

# command name -> "module:attribute" of a click command; imported on use, so `orchestrator
# keys list` never imports Celery or gunicorn.
COMMANDS: dict[str, str] = {
    "api": "orchestrator_cli.servers:api",
    "worker": "orchestrator_cli.workers:worker",
    "flower": "orchestrator_cli.workers:flower",
    "reflex": "orchestrator_cli.reflex:reflex",
    "arms": "orchestrator_cli.arms:arms",
    "db": "orchestrator_cli.admin:db",
    "keys": "orchestrator_cli.admin:keys",
    "up": "orchestrator_cli.up:up",
    "submit": "orchestrator_cli.client:submit",
    "status": "orchestrator_cli.client:status",
    "watch": "orchestrator_cli.client:watch",
    "bench": "orchestrator_cli.bench:bench",
    "reflex-eval": "orchestrator_cli.reflex_eval:reflex_eval",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, _, attr = target.partition(":")
        command: click.Command = getattr(importlib.import_module(module_name), attr)
        return command


@click.group(cls=LazyGroup)
def cli() -> None:
    """Task orchestrator for LLM systems: API, workers, Reflex Layer, arms."""


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment; a bad value ends the command with its message."""
    try:
        return Settings.from_env(**overrides)
    except SettingsError as exc:
        raise click.ClickException(f"configuration error: {exc}") from None


def patch_for_gevent() -> None:
    """Make the standard library cooperative, for a command served by gevent workers.

    Called first by such a command, before anything imports ``ssl`` (gunicorn does):
    modules imported before the patch keep blocking calls.
    """
    from gevent import monkey

    monkey.patch_all()


def main() -> None:
    sys.exit(cli.main(prog_name="orchestrator", standalone_mode=True))
