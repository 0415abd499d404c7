"""API keys: create, list, revoke, verify, and their webhook secrets.

A key reads ``orc_<id>_<secret>``. ``id`` is public (it names the key in listings and
logs); only the SHA-256 of the whole key is stored. Each key also has a webhook secret
(``whsec_…``, kept in clear: signing needs it), made with the key and shown once, then
again only by a rotation. Callers own the transaction: these functions flush, the caller
commits.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from shared.db import Database
from shared.models import ApiKey, utcnow
from shared.webhooks import new_secret

PREFIX = "orc"
NAME_MAX = 100
# The most ``max_in_flight`` accepts (a limit above any cluster's worker slots).
MAX_IN_FLIGHT_MAX = 100_000


def hash_key(raw_key: str) -> str:
    """SHA-256 hex digest of a whole key, as stored in ``ApiKey.key_hash``."""
    return hashlib.sha256(raw_key.encode()).hexdigest()


def parse_key_id(raw_key: str) -> str | None:
    """The public id inside a key, or None when the key is not shaped like ours."""
    parts = raw_key.split("_", 2)
    if len(parts) != 3 or parts[0] != PREFIX or not parts[1] or not parts[2]:
        return None
    return parts[1]


def create_key(
    session: Session, name: str, *, max_in_flight: int | None = None
) -> tuple[ApiKey, str]:
    """Store a new key named ``name`` (at most ``max_in_flight`` of its tasks processing at
    once; None: no limit); return the row and the key, which is never shown again."""
    name = name.strip()
    if not name or len(name) > NAME_MAX:
        raise ValueError(f"a key name must be 1 to {NAME_MAX} characters")
    _check_max_in_flight(max_in_flight)
    key_id = secrets.token_hex(6)
    raw_key = f"{PREFIX}_{key_id}_{secrets.token_hex(24)}"
    api_key = ApiKey(
        id=key_id,
        name=name,
        key_hash=hash_key(raw_key),
        created_at=utcnow(),
        max_in_flight=max_in_flight,
        webhook_secret=new_secret(),
    )
    session.add(api_key)
    session.flush()
    return api_key, raw_key


def _check_max_in_flight(max_in_flight: int | None) -> None:
    if max_in_flight is not None and not 1 <= max_in_flight <= MAX_IN_FLIGHT_MAX:
        raise ValueError(f"max_in_flight must be 1 to {MAX_IN_FLIGHT_MAX}, or none for no limit")


def set_max_in_flight(session: Session, key_id: str, max_in_flight: int | None) -> bool:
    """Limit how many of the key's tasks are processing at once (None: no limit), from the
    next claim on; tasks already processing finish. False when no key has this id."""
    _check_max_in_flight(max_in_flight)
    result = session.execute(
        update(ApiKey)
        .where(ApiKey.id == key_id)
        .values(max_in_flight=max_in_flight)
        .execution_options(synchronize_session=False)
    )
    session.flush()
    return bool(result.rowcount)  # type: ignore[attr-defined]


def list_keys(session: Session) -> list[ApiKey]:
    """Every key, revoked ones included, oldest first."""
    return list(session.scalars(select(ApiKey).order_by(ApiKey.created_at, ApiKey.id)))


def revoke_key(session: Session, key_id: str) -> bool:
    """Revoke a key at once. False when no active key has this id."""
    result = session.execute(
        update(ApiKey)
        .where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
        .values(revoked_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    session.flush()
    return bool(result.rowcount)  # type: ignore[attr-defined]


def rotate_webhook_secret(session: Session, key_id: str) -> str | None:
    """Give the active key ``key_id`` a new webhook secret (also the way to give one to a
    key made before webhooks existed) and return it; None when no active key has this id.
    Deliveries signed from then on use the new secret."""
    secret = new_secret()
    result = session.execute(
        update(ApiKey)
        .where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
        .values(webhook_secret=secret)
        .execution_options(synchronize_session=False)
    )
    session.flush()
    return secret if result.rowcount else None  # type: ignore[attr-defined]


_KEY_BY_ID = select(ApiKey.id, ApiKey.key_hash, ApiKey.revoked_at).where(
    ApiKey.id == bindparam("key_id")
)


def verify_key(database: Database, raw_key: str) -> str | None:
    """The id of the active key matching ``raw_key``, or None (unknown, malformed, revoked)."""
    key_id = parse_key_id(raw_key)
    if key_id is None or len(key_id) > 16:
        return None
    # Two columns by primary key, no identity map: this runs on every authenticated request.
    rows = database.statement(_KEY_BY_ID, {"key_id": key_id}, idempotent=True)
    row = rows[0] if rows else None
    if row is None or row.revoked_at is not None:
        return None
    if not hmac.compare_digest(row.key_hash, hash_key(raw_key)):
        return None
    return key_id
