"""``GET /tasks/<id>/stream`` and ``POST /tasks/<id>/retry`` end to end: the API under
gunicorn (gevent), a worker node, Reflex, the reference arms and a scripted arm service, on
real Postgres and Redis; the stream is read by real HTTP clients (urllib3, the client
library, the CLI).

The scripted ``echo`` arm refuses a step (HTTP 422, no retry) while the test keeps its
``metadata.case`` in ``Switch.refusing``, and sleeps while the token is in
``Switch.slow``: a test makes a task fail or run slowly, then lets it through.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson
import pytest
import redis
import requests
import urllib3
from click.testing import CliRunner
from sqlalchemy.orm import Session

from orchestrator_cli.client import watch
from orchestrator_client import Client
from shared.db import make_engine
from shared.keys import create_key
from shared.ports import free_port
from shared.settings import Settings
from tests.conftest import truncate_all
from tests.e2e.conftest import E2E_REDIS_URL, FAST, Stack
from tests.support.http_stub import JsonHandler, serving, url_of
from tests.support.processes import wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]

HEARTBEAT_SECONDS = 1.0


class Switch:
    """Tokens (``metadata.refuse`` / ``metadata.slow``) the scripted arm acts on, and its
    calls per (token, step)."""

    refusing: set[str] = set()
    slow: set[str] = set()
    calls: dict[tuple[str, str], int] = {}
    lock = threading.Lock()

    @classmethod
    def called(cls, token: str, step_id: str) -> None:
        with cls.lock:
            cls.calls[(token, step_id)] = cls.calls.get((token, step_id), 0) + 1

    @classmethod
    def count(cls, token: str, step_id: str) -> int:
        with cls.lock:
            return cls.calls.get((token, step_id), 0)


class ScriptedArm(JsonHandler):
    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.send_json(200, [{"arm_id": "echo", "name": "Echo", "capabilities": ["echo"],
                              "cost_tier": 1, "endpoint": f"{base}/echo"}])  # fmt: skip

    def do_POST(self) -> None:
        body = orjson.loads(self.rfile.read(int(self.headers["Content-Length"])))
        meta, step = body.get("metadata") or {}, body.get("step") or {}
        token, step_id = str(meta.get("case")), str(step.get("id", "task"))
        Switch.called(token, step_id)
        while token in Switch.slow:
            time.sleep(0.05)
        if step_id in (meta.get("refuse") or [step_id]) and token in Switch.refusing:
            self.send_json(422, {"error": {"code": "refused", "message": "not today"}})
            return
        self.send_json(200, {"output": {"text": f"{step_id} done"}, "confidence": 0.9,
                             "tokens_used": 5, "cost_usd": 0.0})  # fmt: skip


@pytest.fixture(scope="module")
def stream_stack(e2e_database: str) -> Iterator[Stack]:
    redis_client = redis.Redis.from_url(E2E_REDIS_URL)
    redis_client.flushdb()
    with serving(ScriptedArm) as scripted:
        env = {
            **FAST,
            "DATABASE_URL": e2e_database,
            "REDIS_URL": E2E_REDIS_URL,
            "REFLEX_URL": f"http://127.0.0.1:{free_port()}",
            "ARM_URLS": f"http://127.0.0.1:{free_port()},{url_of(scripted)}",
            "STREAM_HEARTBEAT_SECONDS": str(HEARTBEAT_SECONDS),
            # Long: a stream that gets its events promptly was woken by a notification.
            "STREAM_FALLBACK_SECONDS": "60",
        }
        engine = make_engine(Settings.from_env(env))
        truncate_all(engine)
        stack = Stack(env=env, engine=engine, redis=redis_client)
        try:
            stack.start_reflex()
            arms_url = env["ARM_URLS"].split(",")[0]
            stack.start("arms", ["arms", "--port", arms_url.rsplit(":", 1)[1]],
                        f"{arms_url}/health")  # fmt: skip
            api_port = free_port()
            stack.api_url = f"http://127.0.0.1:{api_port}"
            stack.start("api", ["api", "--port", str(api_port), "--workers", "1"],
                        f"{stack.api_url}/health")  # fmt: skip
            stack.start_worker("worker", concurrency=4)
            with engine.begin() as conn, Session(bind=conn) as session:
                stack.key = create_key(session, "stream")[1]
                stack.env["OTHER_KEY"] = create_key(session, "other")[1]
                session.commit()
            yield stack
        finally:
            stack.stop_all()
            engine.dispose()
            redis_client.close()


_token = iter(range(1, 1_000_000))


def token() -> str:
    return f"case{next(_token)}"


@dataclass
class Received:
    kind: str
    id: str | None
    data: dict[str, Any]
    at: float


@dataclass
class SseReader:
    """A raw SSE client on urllib3: every event with the time it arrived, and comments."""

    response: Any
    events: list[Received] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    closed: bool = False

    def __iter__(self) -> Iterator[Received]:
        kind, event_id, data = "message", None, []
        buffer = b""
        for chunk in self.response.stream(1024, decode_content=True):
            buffer += chunk
            while b"\n" in buffer:
                raw, buffer = buffer.split(b"\n", 1)
                line = raw.decode()
                if not line:
                    if data:
                        event = Received(kind, event_id, orjson.loads("\n".join(data)),
                                         time.monotonic())  # fmt: skip
                        self.events.append(event)
                        yield event
                    kind, data = "message", []
                elif line.startswith(":"):
                    self.comments.append(line)
                else:
                    name, _, value = line.partition(": ")
                    if name == "event":
                        kind = value
                    elif name == "data":
                        data.append(value)
                    elif name == "id":
                        event_id = value
        self.closed = True

    def read_all(self) -> list[Received]:
        for _ in self:
            pass
        return self.events


def open_stream(
    stack: Stack,
    task_id: str,
    last_event_id: str | None = None,
    *,
    http: urllib3.PoolManager | None = None,
    key: str | None = None,
) -> SseReader:
    headers = {"Authorization": f"Bearer {key or stack.key}", "Accept": "text/event-stream"}
    if last_event_id is not None:
        headers["Last-Event-ID"] = last_event_id
    response = (http or urllib3.PoolManager()).request(
        "GET", f"{stack.api_url}/tasks/{task_id}/stream", headers=headers,
        preload_content=False, timeout=urllib3.Timeout(connect=10, read=60),
    )  # fmt: skip
    assert response.status == 200, response.data
    assert response.headers["Content-Type"].startswith("text/event-stream")
    return SseReader(response)


def retry(stack: Stack, task_id: str) -> requests.Response:
    return requests.post(f"{stack.api_url}/tasks/{task_id}/retry", headers=stack.auth,
                         timeout=10)  # fmt: skip


def steps(stack: Stack, task_id: str) -> dict[str, dict[str, Any]]:
    response = requests.get(f"{stack.api_url}/tasks/{task_id}/steps", headers=stack.auth,
                            timeout=10)  # fmt: skip
    return {step["id"]: step for step in response.json()["steps"]}


def echo(step_id: str, *depends_on: str) -> dict[str, Any]:
    return {"id": step_id, "instruction": f"say {step_id}", "capabilities": ["echo"],
            "depends_on": list(depends_on)}  # fmt: skip


# ---------------------------------------------------------------- the stream


def test_events_arrive_as_they_happen_with_heartbeats_and_the_stream_closes_after_the_end(
    stream_stack: Stack,
) -> None:
    mark = token()
    Switch.slow.add(mark)
    task_id = stream_stack.submit(goal="Echo slowly", assigned_arm="echo",
                                  metadata={"case": mark})  # fmt: skip
    reader = open_stream(stream_stack, task_id)
    received = iter(reader)
    assert next(received).data["to_status"] == "pending"
    processing = next(received)
    assert processing.kind == "status" and processing.data["to_status"] == "processing"

    # The task is held by the arm: the stream stays open, kept alive by comments.
    wait_for(lambda: Switch.count(mark, "task") == 1, 30, "the arm call")
    time.sleep(HEARTBEAT_SECONDS * 2.5)
    released = time.monotonic()
    Switch.slow.discard(mark)
    rest = list(received)

    assert reader.comments and set(reader.comments) == {": keep-alive"}
    assert [e.data["to_status"] for e in rest] == ["completed"]
    # Pushed when written (the stream's fallback re-read is a minute away).
    assert rest[0].at - released < 10
    assert processing.at < released
    assert reader.closed
    ids = [e.id for e in reader.events]
    assert len(set(ids)) == 3 and all(i and re.fullmatch(r"\d+-\d+(-[\d.]+)?", i) for i in ids)
    assert [e.data["id"] for e in reader.events] == sorted(e.data["id"] for e in reader.events)


def test_a_finished_task_replays_its_history_and_resume_sends_exactly_the_rest(
    stream_stack: Stack,
) -> None:
    task_id = stream_stack.submit(goal="Summarize the benefits of testing")
    stream_stack.wait_terminal(task_id)
    history = stream_stack.events(task_id)

    full = open_stream(stream_stack, task_id).read_all()
    assert [e.data["to_status"] for e in full] == history == ["pending", "processing",
                                                               "completed"]  # fmt: skip
    for index, event in enumerate(full):
        rest = open_stream(stream_stack, task_id, event.id).read_all()
        assert [e.data["id"] for e in rest] == [e.data["id"] for e in full[index + 1 :]]
    # The query parameter does the same, for browsers' EventSource.
    response = requests.get(
        f"{stream_stack.api_url}/tasks/{task_id}/stream",
        params={"last_event_id": full[0].id}, headers=stream_stack.auth, timeout=10,
    )  # fmt: skip
    assert response.text.count("event: status") == 2


def test_a_dropped_plan_stream_resumed_with_last_event_id_loses_and_repeats_nothing(
    stream_stack: Stack,
) -> None:
    mark = token()
    Switch.slow.add(mark)
    plan = [echo("a"), echo("b", "a"), echo("c", "a"), echo("d", "b", "c")]
    task_id = stream_stack.submit(goal="Diamond", plan=plan, metadata={"case": mark})
    reader = open_stream(stream_stack, task_id)
    first: list[Received] = []
    for event in reader:
        first.append(event)
        if event.kind == "step" and event.data["to_status"] == "running":
            break
    reader.response.release_conn()  # the connection drops mid-plan
    Switch.slow.discard(mark)

    rest = open_stream(stream_stack, task_id, first[-1].id).read_all()
    stream_stack.wait_terminal(task_id)
    full = open_stream(stream_stack, task_id).read_all()

    def keys(events: list[Received]) -> list[tuple[str, int]]:
        return [(e.kind, e.data["id"]) for e in events]

    assert sorted(keys(first + rest)) == sorted(keys(full))
    assert len(set(keys(first + rest))) == len(first + rest)
    assert rest[-1].data["to_status"] == "completed" and rest[-1].kind == "status"
    finished = [e.data["step_id"] for e in full
                if e.kind == "step" and e.data["to_status"] == "completed"]  # fmt: skip
    assert finished[0] == "a" and finished[-1] == "d" and sorted(finished[1:3]) == ["b", "c"]


def test_many_streams_at_once_each_get_their_task_to_the_end_while_submissions_go_on(
    stream_stack: Stack,
) -> None:
    mark = token()
    Switch.slow.add(mark)
    count = 60
    task_ids = [
        stream_stack.submit(goal=f"Echo {n}", assigned_arm="echo", metadata={"case": mark})
        for n in range(count)
    ]
    http = urllib3.PoolManager(maxsize=count)
    readers = [open_stream(stream_stack, t, http=http) for t in task_ids]
    results: dict[int, list[str]] = {}

    def read(n: int) -> None:
        results[n] = [e.data["to_status"] for e in readers[n].read_all()]

    threads = [threading.Thread(target=read, args=(n,), daemon=True) for n in range(count)]
    for thread in threads:
        thread.start()
    # With every stream open, a submission is answered as usual.
    started = time.monotonic()
    other = stream_stack.submit(goal="Summarize the benefits of testing")
    assert time.monotonic() - started < 5
    Switch.slow.discard(mark)
    for thread in threads:
        thread.join(120)

    assert len(results) == count
    assert all(r[0] == "pending" and r[-1] == "completed" for r in results.values()), results
    assert stream_stack.wait_terminal(other)["status"] == "completed"


def test_stream_refuses_unknown_tasks_other_owners_and_foreign_ids(stream_stack: Stack) -> None:
    task_id = stream_stack.submit(goal="Summarize the benefits of testing")
    url = f"{stream_stack.api_url}/tasks/{{}}/stream"
    other = {"Authorization": f"Bearer {stream_stack.env['OTHER_KEY']}"}

    unknown = requests.get(url.format("00000000-0000-4000-8000-000000000000"),
                           headers=stream_stack.auth, timeout=10)  # fmt: skip
    foreign = requests.get(url.format(task_id), headers=other, timeout=10)
    bad_id = requests.get(
        url.format(task_id), headers={**stream_stack.auth, "Last-Event-ID": "tomorrow"}, timeout=10
    )
    anonymous = requests.get(url.format(task_id), timeout=10)

    assert unknown.status_code == foreign.status_code == 404
    assert foreign.json()["error"]["code"] == "not_found"
    assert bad_id.status_code == 400 and bad_id.json()["error"]["code"] == "invalid_last_event_id"
    assert anonymous.status_code == 401


def test_the_client_and_watch_follow_the_stream_showing_steps_as_they_finish(
    stream_stack: Stack,
) -> None:
    client = Client(stream_stack.api_url, stream_stack.key)
    task_id = client.submit({"goal": "Two steps", "plan": [echo("a"), echo("b", "a")],
                             "metadata": {"case": token()}})["task_id"]  # fmt: skip
    events = list(client.stream(task_id, timeout=60, steps=True))
    assert [e["to_status"] for e in events if e["event"] == "status"] == [
        "pending", "processing", "completed",
    ]  # fmt: skip
    assert [e["step_id"] for e in events
            if e["event"] == "step" and e["to_status"] == "completed"] == ["a", "b"]  # fmt: skip
    assert client.wait(task_id, timeout=30)["status"] == "completed"

    result = CliRunner().invoke(
        watch, [task_id],
        env={"ORCHESTRATOR_URL": stream_stack.api_url, "ORCHESTRATOR_API_KEY": stream_stack.key},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = re.findall(r"^\d\d:\d\d:\d\d  (.+)$", result.output, re.MULTILINE)
    assert [line.split("  ")[0] for line in lines] == [
        "pending", "processing", "step a completed", "step b completed", "completed",
    ]  # fmt: skip


# ---------------------------------------------------------------- retry


def test_retry_of_a_failed_task_runs_it_again_keeping_its_history(stream_stack: Stack) -> None:
    mark = token()
    Switch.refusing.add(mark)
    task_id = stream_stack.submit(goal="Echo once refused", assigned_arm="echo",
                                  metadata={"case": mark})  # fmt: skip
    failed = stream_stack.wait_terminal(task_id)
    assert failed["status"] == "failed" and failed["error"]
    Switch.refusing.discard(mark)

    answer = retry(stream_stack, task_id)
    assert answer.status_code == 200, answer.text
    assert answer.json()["status"] == "pending"
    done = stream_stack.wait_terminal(task_id)

    assert done["status"] == "completed" and done["error"] is None, done
    assert done["attempts"] == 2
    assert stream_stack.events(task_id) == [
        "pending", "processing", "failed", "pending", "processing", "completed",
    ]  # fmt: skip
    streamed = open_stream(stream_stack, task_id).read_all()
    assert [e.data["reason"] for e in streamed][3] == "retry requested"
    again = retry(stream_stack, task_id)
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "task_not_retryable"
    assert again.json()["error"]["details"] == {"status": "completed"}


def test_retry_of_a_cancelled_task_completes_it(stream_stack: Stack) -> None:
    mark = token()
    Switch.slow.add(mark)
    task_id = stream_stack.submit(goal="Echo, then cancelled", assigned_arm="echo",
                                  metadata={"case": mark})  # fmt: skip
    wait_for(lambda: Switch.count(mark, "task") == 1, 30, "the arm call")
    cancel = requests.post(f"{stream_stack.api_url}/tasks/{task_id}/cancel",
                           headers=stream_stack.auth, timeout=10)  # fmt: skip
    assert cancel.status_code == 202
    Switch.slow.discard(mark)
    assert stream_stack.wait_terminal(task_id)["status"] == "cancelled"

    assert retry(stream_stack, task_id).status_code == 200
    done = stream_stack.wait_terminal(task_id)

    assert done["status"] == "completed" and done["cancel_requested"] is False, done
    history = stream_stack.events(task_id)
    assert history[:3] == ["pending", "processing", "cancelled"]
    assert history[3:] == ["pending", "processing", "completed"]


def test_retry_refuses_blocked_and_unknown_tasks(stream_stack: Stack) -> None:
    blocked = stream_stack.submit(goal="My SSN is 123-45-6789, remember it")
    assert stream_stack.wait_terminal(blocked)["status"] == "blocked"

    answer = retry(stream_stack, blocked)
    unknown = retry(stream_stack, "00000000-0000-4000-8000-000000000000")
    foreign = requests.post(
        f"{stream_stack.api_url}/tasks/{blocked}/retry",
        headers={"Authorization": f"Bearer {stream_stack.env['OTHER_KEY']}"}, timeout=10,
    )  # fmt: skip

    assert answer.status_code == 409 and answer.json()["error"]["details"]["status"] == "blocked"
    assert unknown.status_code == foreign.status_code == 404


def test_retry_of_a_failed_plan_runs_only_its_unfinished_steps(stream_stack: Stack) -> None:
    mark = token()
    Switch.refusing.add(mark)
    plan = [echo("a"), echo("b", "a"), echo("c", "b")]
    task_id = stream_stack.submit(goal="Three steps", plan=plan,
                                  metadata={"case": mark, "refuse": ["b"]})  # fmt: skip
    assert stream_stack.wait_terminal(task_id)["status"] == "failed"
    before = steps(stream_stack, task_id)
    assert [before[s]["status"] for s in "abc"] == ["completed", "failed", "skipped"]
    Switch.refusing.discard(mark)

    assert retry(stream_stack, task_id).status_code == 200
    done = stream_stack.wait_terminal(task_id)

    assert done["status"] == "completed", done
    after = steps(stream_stack, task_id)
    assert [after[s]["status"] for s in "abc"] == ["completed"] * 3
    assert after["a"]["attempts"] == 1 and Switch.count(mark, "a") == 1
    assert after["a"]["output"] == before["a"]["output"]
    assert Switch.count(mark, "b") == 2 and Switch.count(mark, "c") == 1
    assert done["progress"] == {"completed_steps": 3, "total_steps": 3}
