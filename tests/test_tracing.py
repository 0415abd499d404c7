"""``shared.tracing``: off by default and inert; on, it continues a caller's traceparent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from shared import tracing
from shared.settings import Settings

TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


@pytest.fixture
def tracing_on() -> Iterator[None]:
    assert tracing.configure(Settings.from_env({"OTEL_ENABLED": "true"}), "tests")
    yield
    tracing.reset()


def test_tracing_is_off_by_default_and_touches_nothing() -> None:
    assert not tracing.configure(Settings.from_env({}), "tests")
    assert not tracing.enabled()
    headers = {"User-Agent": "x"}
    with tracing.span_from({"traceparent": TRACEPARENT}, "span"):
        tracing.inject(headers)
        assert tracing.carrier() is None
    assert headers == {"User-Agent": "x"}


def test_a_span_continues_the_callers_trace_into_outgoing_headers(tracing_on: None) -> None:
    with tracing.span_from({"Traceparent": TRACEPARENT}, "span"):
        headers: dict[str, str] = {}
        tracing.inject(headers)
        carried = tracing.carrier()
    assert headers["traceparent"].split("-")[1] == TRACEPARENT.split("-")[1]
    assert carried == headers
    assert headers["traceparent"] != TRACEPARENT  # a span of ours, child of the caller's
    with tracing.span_from(None, "new trace"):
        fresh = tracing.carrier()
    assert fresh and fresh["traceparent"].split("-")[1] != TRACEPARENT.split("-")[1]
