"""The embedded default: the pipeline's state changes on SQLite behave as on Postgres."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from orchestrator_worker import pipeline
from shared.db import Database, make_engine
from shared.settings import Settings
from shared.states import Status
from tests.conftest import alembic_config
from tests.worker.conftest import history, make_task


def test_claim_and_finish_on_sqlite_keep_timestamps_aware(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'orchestrator.db'}"
    command.upgrade(alembic_config(url), "head")
    engine = make_engine(Settings.from_env({}, database_url=url))
    database = Database(engine)
    try:
        task_id = make_task(database)
        claim = pipeline.claim(database, task_id)
        assert claim is not None
        assert claim.started_at.tzinfo is not None
        assert 0 <= claim.elapsed() < 60 and claim.remaining() > 0
        assert pipeline.claim(database, task_id) is None
        assert pipeline.finish(database, claim, Status.COMPLETED, result={"answer": 42})
        assert history(database, task_id) == ["pending", "processing", "completed"]
    finally:
        engine.dispose()
