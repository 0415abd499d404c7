"""The worker's own Prometheus metrics (``orchestrator worker --metrics-port``)."""

from __future__ import annotations

from prometheus_client import Histogram

# Hatchet's ``queued_to_assigned``: from submission to the first claim, waits for a slot of
# a key's concurrency limit included. Later attempts are left out: their wait is a backoff
# chosen by the retry policy, not queueing.
QUEUE_TO_START = Histogram(
    "orchestrator_queue_to_start_seconds",
    "Seconds from a task's submission to its first claim by a worker.",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0),
)


def observe_queue_to_start(seconds: float | None) -> None:
    if seconds is not None:
        QUEUE_TO_START.observe(max(seconds, 0.0))
