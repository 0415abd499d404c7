"""The embedded default: the pipeline's state changes on SQLite behave as on Postgres."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import responses
from alembic import command

from orchestrator_worker import pipeline
from shared.db import make_engine, make_session_factory
from shared.settings import Settings
from shared.states import Status
from tests.conftest import alembic_config
from tests.worker.conftest import history, make_task
from tests.worker.test_plans import Broker, broker, mock_arms, start, steps_of, task_of

__all__ = ["broker"]  # the fixture, shared with the plans tests


def test_claim_and_finish_on_sqlite_keep_timestamps_aware(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'orchestrator.db'}"
    command.upgrade(alembic_config(url), "head")
    engine = make_engine(Settings.from_env({}, database_url=url))
    sessions = make_session_factory(engine)
    try:
        task_id = make_task(sessions)
        claim = pipeline.claim(sessions, task_id)
        assert claim is not None
        assert claim.started_at.tzinfo is not None
        assert 0 <= claim.elapsed() < 60 and claim.remaining() > 0
        assert pipeline.claim(sessions, task_id) is None
        assert pipeline.finish(sessions, claim, Status.COMPLETED, result={"answer": 42})
        assert history(sessions, task_id) == ["pending", "processing", "completed"]
    finally:
        engine.dispose()


@responses.activate
def test_a_plan_runs_on_sqlite(tmp_path: Path, services: pipeline.Services, broker: Broker) -> None:
    url = f"sqlite:///{tmp_path / 'orchestrator.db'}"
    command.upgrade(alembic_config(url), "head")
    engine = make_engine(Settings.from_env({}, database_url=url))
    sessions = make_session_factory(engine)
    embedded = dataclasses.replace(services, sessions=sessions)
    try:
        mock_arms()
        task_id = start(embedded, sessions)
        broker.drain(embedded)
        task, result = task_of(sessions, task_id)
        assert task.status == "completed", task.error_message
        assert result["answer"] == {"by": "summarizer", "step": "d", "inputs": ["b", "c"]}
        assert all(s.attempts == 1 for s in steps_of(sessions, task_id).values())
    finally:
        engine.dispose()
