"""The embedded default: the pipeline's state changes on SQLite behave as on Postgres."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from alembic import command

from orchestrator_worker import pipeline
from shared.db import Database, make_engine
from shared.settings import Settings
from shared.states import Status
from tests.conftest import alembic_config
from tests.support.http_stub import Stub
from tests.worker.conftest import history, make_task
from tests.worker.test_plans import Broker, broker, mock_arms, start, steps_of, task_of

__all__ = ["broker"]  # the fixture, shared with the plans tests


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


def test_a_plan_runs_on_sqlite(
    tmp_path: Path, services: pipeline.Services, broker: Broker, arms_stub: Stub,
    reflex_stub: Stub,
) -> None:  # fmt: skip
    url = f"sqlite:///{tmp_path / 'orchestrator.db'}"
    command.upgrade(alembic_config(url), "head")
    engine = make_engine(Settings.from_env({}, database_url=url))
    database = Database(engine)
    embedded = dataclasses.replace(services, database=database)
    try:
        mock_arms(arms_stub, reflex_stub)
        task_id = start(embedded, database)
        broker.drain(embedded)
        task, result = task_of(database, task_id)
        assert task.status == "completed", task.error_message
        assert result["answer"] == {"by": "summarizer", "step": "d", "inputs": ["b", "c"]}
        assert all(s.attempts == 1 for s in steps_of(database, task_id).values())
    finally:
        engine.dispose()
