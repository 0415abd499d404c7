"""Prometheus metrics of the API, single-process or gunicorn multiprocess.

With ``PROMETHEUS_MULTIPROC_DIR`` set (``orchestrator api`` sets it), every gunicorn worker
writes its samples to files there and a scrape reads them all; otherwise each app has its
own registry, so several apps in one process (tests) never collide.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector

StatusCounts = Callable[[], dict[str, int] | None]
QueueDepths = Callable[[], dict[str, int] | None]


def multiprocess_enabled() -> bool:
    return bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))


class _Forward:
    """Collect from another registry: a per-app registry exposed in a per-scrape one."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self._registry = registry

    def collect(self) -> Iterator[Metric]:
        yield from self._registry.collect()


class _TaskStatuses:
    """``orchestrator_tasks{status}`` read from the database at scrape time."""

    def __init__(self, counts: StatusCounts) -> None:
        self._counts = counts

    def collect(self) -> Iterator[Metric]:
        counts = self._counts()
        if counts is None:
            return
        gauge = GaugeMetricFamily(
            "orchestrator_tasks", "Tasks in each status, from the database.", labels=["status"]
        )
        for status, count in sorted(counts.items()):
            gauge.add_metric([status], count)
        yield gauge


class _QueueDepths:
    """``orchestrator_queue_depth{priority}`` read from the broker at scrape time."""

    def __init__(self, depths: QueueDepths) -> None:
        self._depths = depths

    def collect(self) -> Iterator[Metric]:
        depths = self._depths()
        if depths is None:
            return
        gauge = GaugeMetricFamily(
            "orchestrator_queue_depth",
            "Task messages waiting in the broker, by priority queue (not yet taken by a worker).",
            labels=["priority"],
        )
        for priority, depth in depths.items():
            gauge.add_metric([priority], depth)
        yield gauge


class ApiMetrics:
    """The API's counters and histograms."""

    def __init__(self) -> None:
        self.multiprocess = multiprocess_enabled()
        self.registry: CollectorRegistry | None = None if self.multiprocess else CollectorRegistry()
        self.submissions = Counter(
            "orchestrator_tasks_submitted",
            "Tasks accepted by POST /submit, by priority.",
            ["priority"],
            registry=self.registry,
        )
        self.requests = Counter(
            "orchestrator_http_requests",
            "HTTP requests answered, by method, endpoint and status.",
            ["method", "endpoint", "status"],
            registry=self.registry,
        )
        self.publish_failures = Counter(
            "orchestrator_publish_failures",
            "Publishes of a task id that failed (attempt: first, retry on a fresh connection, "
            "or broker_down: not tried while the broker is taken as down).",
            ["attempt"],
            registry=self.registry,
        )
        self.publish_retries = Counter(
            "orchestrator_publish_retries",
            "Failed publishes settled by the API process (sent, or left_to_sweeper when its "
            "retry list was full).",
            ["outcome"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "orchestrator_http_request_duration_seconds",
            "Time to answer an HTTP request, by method and endpoint.",
            ["method", "endpoint"],
            registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
        )

    def observe(self, method: str, endpoint: str, status: int, seconds: float) -> None:
        self.requests.labels(method, endpoint, str(status)).inc()
        self.latency.labels(method, endpoint).observe(seconds)

    def render(
        self, status_counts: StatusCounts, queue_depths: QueueDepths | None = None
    ) -> tuple[bytes, str]:
        """The Prometheus text exposition and its content type."""
        scrape = CollectorRegistry()
        if self.registry is None:
            MultiProcessCollector(scrape)  # type: ignore[no-untyped-call]
        else:
            scrape.register(_Forward(self.registry))
        scrape.register(_TaskStatuses(status_counts))
        if queue_depths is not None:
            scrape.register(_QueueDepths(queue_depths))
        return generate_latest(scrape), CONTENT_TYPE_LATEST
