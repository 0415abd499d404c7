"""Alembic migrations of the orchestrator's schema."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(database_url: str) -> Config:
    """An Alembic config for these migrations and ``database_url`` (no ``alembic.ini``
    needed: the packaged migrations work from any directory)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent))
    config.set_main_option("path_separator", "os")
    config.attributes["database_url"] = database_url
    return config
