"""Prometheus metrics of the service.

One registry per app. Under gunicorn with several workers the CLI sets
``PROMETHEUS_MULTIPROC_DIR`` before prometheus-client is imported; then every worker writes
its samples there and ``/metrics`` aggregates all of them.
"""

from __future__ import annotations

import os

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)


class Metrics:
    """The counters and histogram ``/process`` updates."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "reflex_requests_total",
            "Requests to /process by outcome status.",
            ["status"],
            registry=self.registry,
        )
        self.blocked = Counter(
            "reflex_blocked_total", "Texts the policy blocked.", registry=self.registry
        )
        self.latency = Histogram(
            "reflex_request_latency_seconds",
            "Time to answer /process.",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.cache_hits = Counter(
            "reflex_cache_hits_total", "Results served from the cache.", registry=self.registry
        )
        self.cache_misses = Counter(
            "reflex_cache_misses_total", "Results computed afresh.", registry=self.registry
        )
        self.pii = Counter(
            "reflex_pii_detections_total",
            "PII matches by type.",
            ["pii_type"],
            registry=self.registry,
        )
        self.injections = Counter(
            "reflex_injection_detections_total",
            "Injection matches by type.",
            ["injection_type"],
            registry=self.registry,
        )
        self.rate_limited = Counter(
            "reflex_rate_limited_total", "Requests refused with 429.", registry=self.registry
        )

    def render(self) -> bytes:
        """The Prometheus text exposition, aggregated over workers in multiprocess mode."""
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            registry = CollectorRegistry()
            MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry)
        return generate_latest(self.registry)
