"""Webhooks: what the API and the workers share about pushing a task's terminal status.

- the target check (SSRF): ``check_target`` at submit and again before every attempt;
- the signature: HMAC-SHA256 under the owner key's secret of ``f"{timestamp}.{body}"``;
- the outbox row: ``outbox_insert``, run by ``shared.transitions`` in the statement (on
  Postgres; the transaction on SQLite) of every terminal transition of a task with a
  ``webhook_url``;
- the message that asks a worker to send a task's due deliveries, published by name.

docs/webhooks.md is the user's side of the same.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import secrets
import socket
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import ColumnElement, Insert, String, insert, literal, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from shared.models import Base, JsonType
from shared.states import QUEUES, Status

if TYPE_CHECKING:
    from celery import Celery

log = logging.getLogger(__name__)

SECRET_PREFIX = "whsec_"  # noqa: S105 (a prefix, not a secret)
URL_MAX = 2048
# The worker task that sends a task's due deliveries; the API publishes it by name.
DELIVER_TASK = "orchestrator.deliver_webhooks"
# Deliveries are short HTTP calls with a timeout: on the second queue, ahead of the bulk of
# the work, behind what is critical.
DELIVERY_QUEUE = QUEUES[1]
PENDING, DELIVERED, FAILED = "pending", "delivered", "failed"

SIGNATURE_HEADER = "X-Orchestrator-Signature"
TIMESTAMP_HEADER = "X-Orchestrator-Timestamp"
DELIVERY_HEADER = "X-Orchestrator-Delivery"
EVENT_HEADER = "X-Orchestrator-Event"

Resolver = Callable[..., Sequence[tuple[Any, ...]]]


def new_secret() -> str:
    """A fresh webhook secret: ``whsec_`` and 32 random bytes, URL-safe base64."""
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def signature(secret: str, timestamp: int | str, body: bytes) -> str:
    """``sha256=<hex>``: HMAC-SHA256 under ``secret`` (its UTF-8 bytes, prefix included) of
    the timestamp, a dot and the raw body, so a replayed body with a new timestamp fails."""
    signed = str(timestamp).encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


class TargetRefused(ValueError):
    """A ``webhook_url`` the orchestrator will not call; ``str()`` says why."""


def check_syntax(url: str) -> str:
    """The host of ``url`` if it is an absolute ``http``/``https`` URL with a host and no
    credentials; ``TargetRefused`` otherwise."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError as exc:
        raise TargetRefused(f"not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https"):
        raise TargetRefused("only http and https URLs are allowed")
    if not parts.hostname:
        raise TargetRefused("the URL has no host")
    if parts.username is not None or parts.password is not None:
        raise TargetRefused("the URL must not carry credentials")
    return parts.hostname


def _refusal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why ``address`` is not a public one, or None when it is."""
    mapped = getattr(address, "ipv4_mapped", None)
    if mapped is not None:
        address = mapped
    # The most telling first: 169.254.x.x and 0.0.0.0 also count as private.
    for kind in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(address, f"is_{kind}"):
            article = "an" if kind[0] in "aeiou" else "a"
            return f"{address} is {article} {kind.replace('_', '-')} address"
    if not address.is_global:
        return f"{address} is not a public address"
    return None


def _resolved(host: str, resolve: Resolver) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        found = resolve(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as exc:
        raise TargetRefused(f"the host {host} does not resolve ({exc})") from None
    # An IPv6 address may carry a zone ("fe80::1%eth0").
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in found]
    if not addresses:
        raise TargetRefused(f"the host {host} does not resolve")
    return addresses


def check_target(url: str, *, allow_private: bool, resolve: Resolver = socket.getaddrinfo) -> None:
    """Refuse (``TargetRefused``) a URL the orchestrator must not call: not ``http(s)``, or a
    host that is, or resolves to, a private, loopback, link-local, multicast, reserved or
    unspecified address (every address it resolves to is checked). With ``allow_private``
    only the syntax is checked."""
    host = check_syntax(url)
    if allow_private:
        return
    named = ""
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        named = f"the host {host} resolves to "
        addresses = _resolved(host, resolve)
    for address in addresses:
        reason = _refusal(address)
        if reason is not None:
            raise TargetRefused(
                f"{named}{reason} (private targets need WEBHOOK_ALLOW_PRIVATE=true)"
            )


# ---------------------------------------------------------------- the outbox row

_DELIVERIES = Base.metadata.tables["webhook_deliveries"]
_OUTBOX_COLUMNS = (
    "task_id",
    "url",
    "event",
    "payload",
    "status",
    "attempts",
    "next_attempt_at",
    "created_at",
    "updated_at",
)


class outbox_payload(FunctionElement[Any]):
    """The frozen part of a delivery's body, as JSON built by the database from the moved
    row: ``{"error": {"code", "message"} | null, "finished_at": ISO 8601 UTC}``."""

    type = JsonType
    inherit_cache = True
    name = "outbox_payload"


@compiles(outbox_payload, "postgresql")
def _payload_postgres(element: outbox_payload, compiler: SQLCompiler, **kw: Any) -> str:
    code, message, finished = (compiler.process(c, **kw) for c in element.clauses)
    return (
        f"jsonb_build_object('error', CASE WHEN {code} IS NULL THEN NULL ELSE "
        f"jsonb_build_object('code', {code}, 'message', {message}) END, 'finished_at', "
        f"to_char({finished} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"+00:00\"'))"
    )


@compiles(outbox_payload)
def _payload_sqlite(element: outbox_payload, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite keeps the time as text, 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC.
    code, message, finished = (compiler.process(c, **kw) for c in element.clauses)
    return (
        f"json_object('error', json(CASE WHEN {code} IS NULL THEN NULL ELSE "
        f"json_object('code', {code}, 'message', {message}) END), 'finished_at', "
        f"replace({finished}, ' ', 'T') || '+00:00')"
    )


def outbox_insert(
    moved: Any, to: Status, at: ColumnElement[Any], where: ColumnElement[bool] | None = None
) -> Insert:
    """``INSERT INTO webhook_deliveries … SELECT`` from the moved task row(s) ``moved`` (the
    columns of a data-modifying CTE, or the tasks table narrowed by ``where``): one pending
    delivery, due at once, for each row that has a ``webhook_url``; none otherwise."""
    values = select(
        moved.id,
        moved.webhook_url,
        literal(to.value, String),
        outbox_payload(moved.error_code, moved.error_message, moved.finished_at),
        literal(PENDING, String),
        literal(0),
        at,
        at,
        at,
    ).where(moved.webhook_url.is_not(None))
    if where is not None:
        values = values.where(where)
    return insert(_DELIVERIES).from_select(_OUTBOX_COLUMNS, values)


def announce(publisher: Celery, task_id: uuid.UUID | str) -> bool:
    """Ask a worker to send the task's due deliveries now; call it after the commit. A lost
    message loses nothing: the sweeper sends every delivery left due."""
    try:
        publisher.send_task(DELIVER_TASK, args=(str(task_id),), queue=DELIVERY_QUEUE)
    except Exception as exc:
        log.warning("webhook announce failed, left to the sweep task_id=%s error=%s", task_id, exc)
        return False
    return True
