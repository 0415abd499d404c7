"""Every command and option of ``orchestrator`` explains itself in ``--help``."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from orchestrator_cli.main import cli


def _commands() -> list[tuple[str, click.Command]]:
    context = click.Context(cli)
    found: list[tuple[str, click.Command]] = []

    def walk(group: click.Group, prefix: str) -> None:
        for name in group.list_commands(context):
            command = group.get_command(context, name)
            assert command is not None
            if isinstance(command, click.Group):
                walk(command, f"{prefix}{name} ")
            else:
                found.append((f"{prefix}{name}", command))

    walk(cli, "")
    return found


@pytest.mark.parametrize(("name", "command"), _commands(), ids=lambda v: str(v))
def test_every_option_has_help(name: str, command: click.Command) -> None:
    assert command.help, f"`orchestrator {name}` has no help text"
    missing = [
        option.opts[0]
        for option in command.params
        if isinstance(option, click.Option) and not option.hidden and not option.help
    ]
    assert not missing, f"`orchestrator {name}`: options without help: {missing}"
    shown = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert shown.exit_code == 0, shown.output


def test_up_workers_is_a_deprecated_alias_of_concurrency() -> None:
    result = CliRunner().invoke(cli, ["up", "--workers", "3", "--port", "5", "--flower-port", "5"])

    assert "`up --workers` is deprecated, use --concurrency" in result.output
    # The run then stops at the next check, before starting anything.
    assert result.exit_code == 64
    assert "--workers" not in CliRunner().invoke(cli, ["up", "--help"]).output
