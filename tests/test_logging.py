"""The log line formats: one JSON object (or key=value line) per record, context ids included."""

from __future__ import annotations

import json
import logging
import sys

from shared import logs as shared_logs


def record(
    msg: str = "task finished status=%s", *args: object, **extra: object
) -> logging.LogRecord:
    made = logging.LogRecord("orchestrator_worker.pipeline", logging.INFO, __file__, 1, msg,
                             args or ("completed",) * msg.count("%s"), None)  # fmt: skip
    made.__dict__.update(extra)
    return made


def test_a_json_line_has_the_time_in_utc_level_logger_message_and_extras() -> None:
    line = record(task_id="t-1", attempt=2)
    line.created, line.msecs = 1_700_000_000.25, 250.0  # 2023-11-14 22:13:20.250 UTC

    payload = json.loads(shared_logs.JsonFormatter().format(line))

    assert payload == {
        "ts": "2023-11-14T22:13:20.250Z",
        "level": "info",
        "logger": "orchestrator_worker.pipeline",
        "msg": "task finished status=completed",
        "attempt": 2,
        "task_id": "t-1",
    }


def test_each_second_gets_its_own_time_text() -> None:
    formatter = shared_logs.JsonFormatter()
    stamps = []
    for created in (1_700_000_000.5, 1_700_000_001.5, 1_700_000_001.75):
        line = record()
        line.created, line.msecs = created, (created % 1) * 1000
        stamps.append(json.loads(formatter.format(line))["ts"])
    assert stamps == [
        "2023-11-14T22:13:20.500Z",
        "2023-11-14T22:13:21.500Z",
        "2023-11-14T22:13:21.750Z",
    ]


def test_values_json_cannot_hold_are_written_as_text() -> None:
    huge = 2**70
    payload = json.loads(shared_logs.JsonFormatter().format(record(size=huge, path=shared_logs)))
    assert payload["size"] == huge
    assert payload["path"].startswith("<module 'shared.logs'")


def test_an_exception_is_logged_with_its_traceback() -> None:
    try:
        raise ValueError("bad arm answer")
    except ValueError:
        line = record("call failed")
        line.exc_info = sys.exc_info()
    payload = json.loads(shared_logs.JsonFormatter().format(line))
    assert payload["msg"] == "call failed"
    assert "ValueError: bad arm answer" in payload["exc"]


def test_bound_ids_reach_every_record_logged_inside_the_block() -> None:
    context = shared_logs.ContextFilter()
    with shared_logs.bind(task_id="t-9"):
        inside = record()
        context.filter(inside)
    outside = record()
    context.filter(outside)
    formatter = shared_logs.JsonFormatter()
    assert json.loads(formatter.format(inside))["task_id"] == "t-9"
    assert "task_id" not in json.loads(formatter.format(outside))
    assert (
        shared_logs.TextFormatter()
        .format(inside)
        .endswith("task finished status=completed task_id=t-9")
    )


def test_a_text_line_escapes_newlines_and_control_characters_of_client_data() -> None:
    forged = "/x\r\n2026-01-01 00:00:00,000 INFO    orchestrator_api.access: GET / 200\x1b[2J"
    line = record("%s %s", "GET", forged, path=forged, note="a\u2028b\x00")

    text = shared_logs.TextFormatter().format(line)

    assert "\n" not in text and "\r" not in text and "\x1b" not in text
    assert "\u2028" not in text and "\x00" not in text
    assert "/x\\r\\n2026-01-01" in text
    assert "note=a\\u2028b\\x00" in text


def test_a_text_traceback_follows_on_indented_lines_that_cannot_pass_for_a_record() -> None:
    try:
        raise ValueError("bad\n2026-01-01 00:00:00,000 INFO    forged: line")
    except ValueError:
        line = record("failed", exc_info=sys.exc_info())
        line.exc_info = line.__dict__.pop("exc_info")

    first, *rest = shared_logs.TextFormatter().format(line).split("\n")

    assert first.endswith("orchestrator_worker.pipeline: failed")
    assert rest and all(part.startswith("\t") for part in rest)
    assert any("forged: line" in part for part in rest)
