"""W3C trace context (``traceparent``) from the API through the broker to every service
call of the worker, with OpenTelemetry: the ``otel`` extra, off unless ``OTEL_ENABLED``.

Off (the default), nothing here imports OpenTelemetry and every entry point is one check of
a module global: ``carrier()`` returns None, ``inject`` leaves the headers alone,
``span_from`` is a null context.

On, the API continues the trace of an incoming ``traceparent`` (or starts one) for each
request; every message published meanwhile carries the context in its headers
(``shared.broker.publish_task``); the worker continues it around the task's run, and the
worker's HTTP client (``orchestrator_worker.http.ServiceClient``) sends it to the Reflex
Layer and the arms on every call. Spans go to the exporter named by
``OTEL_TRACES_EXPORTER`` (``console``, or ``otlp`` with ``opentelemetry-exporter-otlp``
installed), or nowhere: the ids propagate either way.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any

from shared.settings import Settings, SettingsError

TRACEPARENT = "traceparent"

_tracer: Any = None  # an OpenTelemetry tracer once ``configure`` turned tracing on
_lock = threading.Lock()


def configure(settings: Settings, service_name: str) -> bool:
    """Turn tracing on in this process when ``settings.otel_enabled`` (once; later calls
    keep the first provider). Returns whether it is on."""
    global _tracer
    if not settings.otel_enabled:
        return False
    with _lock:
        if _tracer is not None:
            return True
        try:
            from opentelemetry import trace
            from opentelemetry.sdk.resources import Resource
            from opentelemetry.sdk.trace import TracerProvider
        except ImportError:
            raise SettingsError(
                "OTEL_ENABLED=true needs OpenTelemetry: pip install 'llm-orchestrator[otel]'"
            ) from None
        name = os.environ.get("OTEL_SERVICE_NAME") or service_name
        provider = TracerProvider(resource=Resource.create({"service.name": name}))
        _add_exporter(provider)
        trace.set_tracer_provider(provider)
        _tracer = trace.get_tracer("llm-orchestrator")
    return True


def _add_exporter(provider: Any) -> None:
    from opentelemetry.sdk.trace.export import (
        BatchSpanProcessor,
        ConsoleSpanExporter,
        SpanExporter,
    )

    kind = os.environ.get("OTEL_TRACES_EXPORTER", "none").strip().lower()
    exporter: SpanExporter
    if kind == "console":
        exporter = ConsoleSpanExporter()
    elif kind == "otlp":
        try:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import (  # type: ignore[import-not-found]
                OTLPSpanExporter,
            )
        except ImportError:
            raise SettingsError(
                "OTEL_TRACES_EXPORTER=otlp needs pip install opentelemetry-exporter-otlp-proto-http"
            ) from None
        exporter = OTLPSpanExporter()
    else:
        return
    provider.add_span_processor(BatchSpanProcessor(exporter))


def enabled() -> bool:
    return _tracer is not None


def reset() -> None:
    """Tracing off again in this process (tests)."""
    global _tracer
    with _lock:
        _tracer = None


def inject(headers: MutableMapping[str, str]) -> None:
    """Add the current trace context (``traceparent``…) to outgoing ``headers``."""
    if _tracer is None:
        return
    from opentelemetry import propagate

    propagate.inject(headers)


def carrier() -> dict[str, str] | None:
    """The current trace context as message headers; None when tracing is off or no trace
    is current."""
    if _tracer is None:
        return None
    headers: dict[str, str] = {}
    inject(headers)
    return headers or None


@contextlib.contextmanager
def span_from(headers: Mapping[str, Any] | None, name: str, kind: str = "SERVER") -> Iterator[None]:
    """Run the block in a span continuing the trace of ``headers`` (an HTTP request's, or a
    message's), or in a new trace when they carry none. A null context when tracing is off."""
    if _tracer is None:
        yield
        return
    from opentelemetry import propagate, trace

    carried = {k.lower(): v for k, v in (headers or {}).items() if isinstance(v, str)}
    context = propagate.extract(carried)
    with _tracer.start_as_current_span(name, context=context, kind=getattr(trace.SpanKind, kind)):
        yield
