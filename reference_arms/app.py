"""HTTP edge of the reference arms: ``/capabilities``, one execute endpoint per arm, health.

Every answer is JSON, errors included: ``{"error": {"code", "message", "details"},
"request_id"}``. ``metadata.simulate_seconds`` and ``metadata.simulate_failure`` in a task
contract make an arm slow or failing on purpose, so callers can test their timeouts, retries
and circuit breakers against a real server.
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable
from typing import Any

from flask import Blueprint, Flask, Response, current_app, g, jsonify, request, url_for
from marshmallow import ValidationError
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from reference_arms.arms import ARMS, DEFAULT_ARM, Arm, Contract, execute
from reference_arms.schemas import load_contract
from shared.http_edge import (
    HttpError,
    ServiceApp,
    error_response,
    install_json_errors,
    install_request_id,
    request_id,
    require_bearer_token,
)
from shared.settings import Settings

logger = logging.getLogger(__name__)

# Sleep in slices this long, so a closed connection or the budget ends a simulated call soon.
SIMULATION_SLICE_SECONDS = 0.05

bp = Blueprint("arms", __name__)


class ClientGone(Exception):
    """The caller closed the connection (its timeout, or a cancellation) mid-call."""


class Metrics:
    """Prometheus metrics of one app, in its own registry so apps never share collectors."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.calls = Counter(
            "arm_calls",
            "Arm executions by arm and outcome.",
            ["arm_id", "outcome"],
            registry=self.registry,
        )
        self.duration = Histogram(
            "arm_call_duration_seconds",
            "Time to answer an execute call.",
            ["arm_id"],
            registry=self.registry,
        )


def create_app(settings: Settings | None = None) -> Flask:
    """The reference arms app. ``settings`` default to ``Settings.from_env()``."""
    settings = settings or Settings.from_env()
    app = ServiceApp(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_content_length
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.extensions["reference_arms"] = {"arms": dict(ARMS), "metrics": Metrics()}
    app.register_blueprint(bp)
    install_request_id(app)
    app.before_request(_start_clock)
    # Callers of the arms already read this code for a body over the limit.
    install_json_errors(app)
    require_bearer_token(app, settings.arms_token)
    app.register_error_handler(ClientGone, _client_gone)
    return app


def _arms() -> dict[str, Arm]:
    arms: dict[str, Arm] = current_app.extensions["reference_arms"]["arms"]
    return arms


def _metrics() -> Metrics:
    metrics: Metrics = current_app.extensions["reference_arms"]["metrics"]
    return metrics


# --- routes ---------------------------------------------------------------------------------


@bp.get("/health")
def health() -> Response:
    """Liveness: the process answers. The arms have no dependencies to check."""
    return jsonify(status="healthy", arms=sorted(_arms()))


@bp.get("/ready")
def ready() -> Response:
    return jsonify(status="ready", arms=sorted(_arms()))


@bp.get("/capabilities")
def capabilities() -> Response:
    """The ArmCapability record of every arm, each with the absolute URL to execute it."""
    return jsonify(
        [
            arm.capability(url_for("arms.execute_arm", arm_id=arm.arm_id, _external=True))
            for arm in _arms().values()
        ]
    )


@bp.post("/arms/<arm_id>/execute")
def execute_arm(arm_id: str) -> Response:
    """Run one arm on the task contract in the body."""
    arm = _find_arm(arm_id)
    contract, _ = _parse_contract()
    return _run(arm, contract)


@bp.post("/execute")
def execute_default() -> Response:
    """Run the arm named by ``arm_id`` (or ``assigned_arm``), else the planner."""
    contract, fields = _parse_contract()
    arm_id = fields["arm_id"] or fields["assigned_arm"] or DEFAULT_ARM
    return _run(_find_arm(arm_id), contract)


@bp.get("/metrics")
def metrics() -> Response:
    return Response(generate_latest(_metrics().registry), mimetype=CONTENT_TYPE_LATEST)


# --- request handling -----------------------------------------------------------------------


def _find_arm(arm_id: str) -> Arm:
    arm = _arms().get(arm_id)
    if arm is None:
        raise HttpError(
            404,
            "arm_not_found",
            f"No arm with id {arm_id!r}.",
            {"arm_id": arm_id, "available": sorted(_arms())},
        )
    return arm


def _parse_contract() -> tuple[Contract, dict[str, Any]]:
    body = request.get_json(force=True, silent=True)
    if body is None:
        raise HttpError(400, "invalid_json", "The request body is not valid JSON.")
    try:
        return load_contract(body)
    except ValidationError as exc:
        raise HttpError(
            422, "validation_error", "The task contract is invalid.", {"fields": exc.messages}
        ) from None


def _run(arm: Arm, contract: Contract) -> Response:
    metrics = _metrics()
    started = g.started
    try:
        _simulate_delay(contract, started, _client_gone_probe())
        failure = contract.metadata.get("simulate_failure")
        if failure is not None:
            raise HttpError(
                int(failure),
                "simulated_failure",
                f"Simulated failure {failure} of arm {arm.arm_id}.",
            )
        body = execute(arm, contract)
    except ClientGone:
        metrics.calls.labels(arm.arm_id, "client_gone").inc()
        logger.info(
            "caller closed the connection arm_id=%s task_id=%s", arm.arm_id, contract.task_id
        )
        raise
    except HttpError as exc:
        metrics.calls.labels(arm.arm_id, exc.code).inc()
        raise
    finally:
        metrics.duration.labels(arm.arm_id).observe(time.monotonic() - started)
    metrics.calls.labels(arm.arm_id, "ok").inc()
    body["duration_ms"] = round((time.monotonic() - started) * 1000, 3)
    body["request_id"] = request_id()
    logger.info(
        "arm call done arm_id=%s task_id=%s tokens=%s duration_ms=%s",
        arm.arm_id,
        contract.task_id,
        body["tokens_used"],
        body["duration_ms"],
    )
    return jsonify(body)


def _simulate_delay(contract: Contract, started: float, client_gone: Callable[[], bool]) -> None:
    """Sleep ``metadata.simulate_seconds``, never past the task's time budget.

    The sleep is sliced so that a caller that hangs up (its read timeout, a cancellation) ends
    it within a slice, instead of holding a server thread for up to an hour.
    """
    seconds = float(contract.metadata.get("simulate_seconds") or 0.0)
    if seconds <= 0:
        return
    budget = contract.budget.max_time_seconds
    deadline = started + min(seconds, budget)
    while (remaining := deadline - time.monotonic()) > 0:
        time.sleep(min(SIMULATION_SLICE_SECONDS, remaining))
        if client_gone():
            raise ClientGone
    if seconds > budget:
        raise HttpError(
            504,
            "time_budget_exceeded",
            "The simulated work took longer than budget.max_time_seconds.",
            {"simulate_seconds": seconds, "max_time_seconds": budget},
        )


def _client_gone_probe() -> Callable[[], bool]:
    """A check that the caller is still connected, where the server exposes the socket
    (gunicorn's own workers as ``gunicorn.socket``, its gevent_pywsgi worker as
    ``gunicorn.sock``)."""
    sock = request.environ.get("gunicorn.socket") or request.environ.get("gunicorn.sock")
    if not isinstance(sock, socket.socket):
        return lambda: False

    def gone() -> bool:
        # The caller sends nothing while it waits, so a readable empty socket means EOF.
        # Timeout 0 for the peek: a gevent socket would otherwise wait for data to come.
        timeout = sock.gettimeout()
        sock.settimeout(0)
        try:
            return sock.recv(1, socket.MSG_PEEK) == b""
        except BlockingIOError:
            return False
        except OSError:
            return True
        finally:
            sock.settimeout(timeout)

    return gone


def _start_clock() -> None:
    g.started = time.monotonic()


def _client_gone(exc: ClientGone) -> Response:
    # Nobody reads this answer; 499 is what proxies log for a caller that hung up.
    return error_response(499, "client_closed_request", "The caller closed the connection.")
