"""Sending the webhook outbox: claim a due delivery, POST it signed, record the attempt.

A delivery is claimed by one guarded UPDATE (``pending`` and due), which also counts the
attempt and leases the row for the POST's time, so two nodes given the same delivery send
it once; the attempt's outcome is written only while that claim holds (the attempt number
is the fence), so exactly one success is recorded. Every failure waits an exponential
backoff with jitter (``WEBHOOK_BACKOFF_BASE`` doubling, at most ``WEBHOOK_BACKOFF_MAX``)
until ``WEBHOOK_RETRY_WINDOW_SECONDS`` after the terminal transition; then the delivery is
``failed``. Messages only say "look now": the sweeper re-announces every delivery left due
(a lost message, a worker killed mid-POST, a retry whose time has come).
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

import orjson
from celery import Celery
from sqlalchemy import Row, insert, or_, select, update

from orchestrator_worker.http import Reply, ServiceClient, ServiceError
from orchestrator_worker.retries import RetryPolicy
from shared import webhooks
from shared.db import Database
from shared.models import ApiKey, Task, WebhookAttempt, WebhookDelivery, utcnow
from shared.settings import Settings
from shared.transitions import database_now

log = logging.getLogger(__name__)

BATCH_SIZE = 500
# How long a claim holds a delivery beyond the POST's own timeouts.
LEASE_MARGIN_SECONDS = 60.0
ERROR_MAX = 500

_publisher: Celery | None = None


def use_publisher(publisher: Celery | None) -> None:
    """The publisher ``announce`` sends with in this process (the worker's own app)."""
    global _publisher
    _publisher = publisher


def announce(task_id: uuid.UUID) -> None:
    """After a terminal transition committed with a delivery: ask for it to be sent now.
    Without a publisher (or with the broker down) the sweeper sends it."""
    if _publisher is not None:
        webhooks.announce(_publisher, task_id)


def client(settings: Settings) -> ServiceClient:
    """The HTTP client for receivers: the worker's one client, without retries (the
    backoff between attempts is the outbox's) and never following a redirect."""
    return ServiceClient(
        connect_timeout=min(5.0, settings.webhook_timeout_seconds),
        read_timeout=settings.webhook_timeout_seconds,
        retries=0,
        backoff=0.0,
        headers={"User-Agent": "llm-orchestrator-webhooks"},
    )


def policy(settings: Settings) -> RetryPolicy:
    """The backoff between attempts (the task retry policy's shape; no count: a window)."""
    return RetryPolicy(
        retries=0,
        backoff_base=settings.webhook_backoff_base,
        backoff_max=settings.webhook_backoff_max,
    )


_D = WebhookDelivery


# What a claim reads back: the delivery and the database's time.
_CLAIMED = (
    _D.id,
    _D.task_id,
    _D.url,
    _D.event,
    _D.payload,
    _D.attempts,
    _D.created_at,
    database_now().label("now"),
)


def due_deliveries(database: Database, task_id: uuid.UUID) -> list[int]:
    """The ids of the task's deliveries that are pending and due."""
    rows = database.statement(
        select(_D.id)
        .where(_D.task_id == task_id, _D.status == webhooks.PENDING)
        .where(_D.next_attempt_at <= database_now())
        .order_by(_D.id),
        idempotent=True,
    )
    return [row.id for row in rows]


def deliver_due(
    database: Database, settings: Settings, http: ServiceClient, task_id: uuid.UUID
) -> list[str]:
    """Send every due delivery of the task; the outcome of each (``delivered``, ``retry``,
    ``failed``, or ``skipped`` when another attempt holds it)."""
    return [send(database, settings, http, i) for i in due_deliveries(database, task_id)]


def claim(database: Database, settings: Settings, delivery_id: int) -> Row[Any] | None:
    """Take a pending, due delivery for one attempt (None when it is not, or another
    attempt has it), leased for the POST's timeouts and a margin."""
    lease = settings.webhook_timeout_seconds * 2 + LEASE_MARGIN_SECONDS
    rows = database.statement(
        update(_D)
        .where(_D.id == delivery_id, _D.status == webhooks.PENDING)
        .where(_D.next_attempt_at <= database_now())
        .values(
            attempts=_D.attempts + 1,
            next_attempt_at=database_now(lease),
            updated_at=database_now(),
        )
        .returning(*_CLAIMED)
    )
    return rows[0] if rows else None


def secret_of(database: Database, task_id: uuid.UUID) -> str | None:
    """The webhook secret of the key that owns the task."""
    rows = database.statement(
        select(ApiKey.webhook_secret)
        .join(Task, Task.owner_id == ApiKey.id)
        .where(Task.id == task_id),
        idempotent=True,
    )
    return rows[0].webhook_secret if rows else None


def body_of(delivery: Any, settings: Settings) -> bytes:
    """The JSON body of a delivery, exactly the bytes that are signed and sent."""
    task_id = str(delivery.task_id)
    return orjson.dumps(
        {
            "delivery_id": delivery.id,
            "task_id": task_id,
            "status": delivery.event,
            "error": delivery.payload.get("error"),
            "result_url": f"{settings.public_api_url.rstrip('/')}/tasks/{task_id}",
            "finished_at": delivery.payload.get("finished_at"),
        }
    )


def headers_of(delivery: Any, body: bytes, secret: str, timestamp: int) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        webhooks.DELIVERY_HEADER: str(delivery.id),
        webhooks.EVENT_HEADER: delivery.event,
        webhooks.TIMESTAMP_HEADER: str(timestamp),
        webhooks.SIGNATURE_HEADER: webhooks.signature(secret, timestamp, body),
    }


def _post(
    settings: Settings, http: ServiceClient, delivery: Any, secret: str | None
) -> tuple[int | None, str | None]:
    """POST the delivery once: (status code, error); no error means delivered."""
    try:
        webhooks.check_target(delivery.url, allow_private=settings.webhook_allow_private)
    except webhooks.TargetRefused as exc:
        return None, f"refused: {exc}"
    if not secret:
        return None, "the API key has no webhook secret (rotate it to make one)"
    body = body_of(delivery, settings)
    headers = headers_of(delivery, body, secret, int(time.time()))
    try:
        reply: Reply = http.call(
            "POST",
            delivery.url,
            service="webhook receiver",
            parse=lambda answer: answer,
            body=body,
            headers=headers,
            idempotent=False,
            retries=0,
        )
    except ServiceError as exc:
        return getattr(exc, "status", None), str(exc)
    if 200 <= reply.status < 300:
        return reply.status, None
    # A redirect is not followed (it could lead anywhere, a private address included).
    return reply.status, f"webhook receiver answered {reply.status} (redirects are not followed)"


def send(database: Database, settings: Settings, http: ServiceClient, delivery_id: int) -> str:
    """One attempt of a delivery, if it can be claimed; the outcome (see ``deliver_due``)."""
    delivery = claim(database, settings, delivery_id)
    if delivery is None:
        return "skipped"
    secret = secret_of(database, delivery.task_id)
    started = time.perf_counter()
    status_code, error = _post(settings, http, delivery, secret)
    duration_ms = int((time.perf_counter() - started) * 1000)
    values: dict[str, Any] = {
        "last_status_code": status_code,
        "last_error": error[:ERROR_MAX] if error else None,
        "updated_at": database_now(),
    }
    if error is None:
        outcome = webhooks.DELIVERED
        values.update(status=outcome, delivered_at=database_now(), next_attempt_at=None)
    else:
        delay = policy(settings).delay(delivery.attempts)
        age = (delivery.now - delivery.created_at).total_seconds()
        if age + delay > settings.webhook_retry_window_seconds:
            outcome = webhooks.FAILED
            values.update(status=outcome, next_attempt_at=None)
        else:
            outcome = "retry"
            values.update(next_attempt_at=database_now(delay))
    with database.transaction() as connection:
        held = connection.execute(
            update(_D)
            .where(
                _D.id == delivery.id,
                _D.status == webhooks.PENDING,
                _D.attempts == delivery.attempts,
            )
            .values(values)
            .returning(_D.id)
        ).first()
        if held is None:
            log.warning(
                "webhook attempt outcome dropped: the claim was lost delivery_id=%s", delivery.id
            )
            return "skipped"
        connection.execute(
            insert(WebhookAttempt).values(
                delivery_id=delivery.id,
                attempt=delivery.attempts,
                status_code=status_code,
                error=values["last_error"],
                duration_ms=duration_ms,
                created_at=utcnow(),
            )
        )
    log.info(
        "webhook attempt delivery_id=%s task_id=%s attempt=%s outcome=%s status_code=%s",
        delivery.id,
        delivery.task_id,
        delivery.attempts,
        outcome,
        status_code,
    )
    return outcome


def republish_due(database: Database, publisher: Celery, settings: Settings) -> int:
    """Announce again every delivery left due: never announced since it became due (a
    retry whose time has come, a claim whose worker died), or announced longer than
    ``REPUBLISH_AFTER_SECONDS`` ago and still not taken (a lost message). Each announced
    row has ``updated_at`` touched. Returns how many tasks were announced."""
    cutoff = database_now(-settings.republish_after_seconds)
    with database.session() as session:
        due = session.execute(
            select(_D.id, _D.task_id)
            .where(_D.status == webhooks.PENDING, _D.next_attempt_at <= database_now())
            .where(or_(_D.updated_at < _D.next_attempt_at, _D.updated_at <= cutoff))
            .order_by(_D.next_attempt_at)
            .limit(BATCH_SIZE)
            .with_for_update(skip_locked=True)
        ).all()
        sent: list[int] = []
        announced: set[uuid.UUID] = set()
        for delivery_id, task_id in due:
            if task_id not in announced:
                if not webhooks.announce(publisher, task_id):
                    break
                announced.add(task_id)
            sent.append(delivery_id)
        if sent:
            session.execute(
                update(_D)
                .where(_D.id.in_(sent), _D.status == webhooks.PENDING)
                .values(updated_at=database_now())
                .execution_options(synchronize_session=False)
            )
    if announced:
        log.info("webhook deliveries announced again count=%s", len(announced))
    return len(announced)
