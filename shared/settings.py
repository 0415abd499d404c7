"""One validated settings object, read from the environment.

Every role (API, worker, Reflex service, arms, CLI) reads the same ``Settings``. A bad value
fails at start-up with a ``SettingsError`` naming the variable, never later at first use.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from shared.states import MAX_TASK_TIME_SECONDS


class SettingsError(ValueError):
    """A configuration variable has a value the service cannot run with."""


def _url(*schemes: str) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        parsed = urlparse(raw)
        scheme = parsed.scheme.split("+", 1)[0]
        if scheme not in schemes:
            raise ValueError(f"expected a URL with scheme {' or '.join(schemes)}")
        if scheme not in ("sqlite", "unix", "redis+socket") and not parsed.netloc:
            raise ValueError("the URL has no host")
        return raw

    return parse


def _url_list(*schemes: str) -> Callable[[str], tuple[str, ...]]:
    one = _url(*schemes)

    def parse(raw: str) -> tuple[str, ...]:
        return tuple(one(part.strip()) for part in raw.split(",") if part.strip())

    return parse


def _positive_float(raw: str) -> float:
    value = float(raw)
    if not value > 0:
        raise ValueError("must be a positive number")
    return value


def _non_negative_float(raw: str) -> float:
    value = float(raw)
    if value < 0:
        raise ValueError("must be zero or more")
    return value


def _positive_int(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise ValueError("must be a positive integer")
    return value


def _non_negative_int(raw: str) -> int:
    value = int(raw)
    if value < 0:
        raise ValueError("must be zero or a positive integer")
    return value


def _bool(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off", ""):
        return False
    raise ValueError("expected true or false")


def _str_list(raw: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in raw.split(",") if part.strip())


def _choice(*choices: str) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        value = raw.strip().lower()
        if value not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}")
        return value

    return parse


def _optional_str(raw: str) -> str | None:
    return raw or None


def _cost_tier(raw: str) -> int:
    value = int(raw)
    if not 1 <= value <= 5:
        raise ValueError("must be a cost tier from 1 (cheapest) to 5")
    return value


def _env(name: str, parse: Callable[[str], Any], default: Any, *, secret: bool = False) -> Any:
    return field(default=default, metadata={"env": name, "parse": parse}, repr=not secret)


def _arm_tokens(raw: str) -> tuple[str, ...]:
    """``ARM_TOKENS``: comma-separated ``URL=TOKEN`` pairs (``URL`` as in ``ARM_URLS``), or
    one bare ``TOKEN`` for every arm service, or both (the pairs win)."""
    entries = _str_list(raw)
    bare = 0
    for entry in entries:
        if entry.startswith(("http://", "https://")):
            url, _, token = entry.partition("=")
            _url("http", "https")(url)
        else:
            token, bare = entry, bare + 1
        if not token or any(c.isspace() for c in token):
            # Never echo the value: it holds secrets.
            raise ValueError("each entry is URL=TOKEN or TOKEN, a token without spaces")
    if bare > 1:
        raise ValueError("at most one token without a URL (the one for every arm service)")
    return entries


DEFAULT_DATABASE_URL = "sqlite:///orchestrator-data/orchestrator.db"

# Threads of a worker's default pool: most of a task is spent waiting on the Reflex Layer,
# the arms and the database, so a thread waits where a process would (at 90 MiB each).
WORKER_THREADS = 8


@dataclass(frozen=True)
class Settings:
    """Configuration of every role. Field metadata names the environment variable."""

    database_url: str = _env(
        "DATABASE_URL", _url("postgresql", "postgres", "sqlite"), DEFAULT_DATABASE_URL
    )
    redis_url: str = _env("REDIS_URL", _url("redis", "rediss", "unix"), "redis://127.0.0.1:6379/0")
    reflex_url: str = _env("REFLEX_URL", _url("http", "https"), "http://127.0.0.1:8100")
    arm_urls: tuple[str, ...] = _env(
        "ARM_URLS", _url_list("http", "https"), ("http://127.0.0.1:8200",)
    )

    # HTTP edge of the API
    max_content_length: int = _env("MAX_CONTENT_LENGTH", _positive_int, 1024 * 1024)
    cors_origins: tuple[str, ...] = _env("CORS_ORIGINS", _str_list, ())
    rate_limit_per_minute: int = _env("API_RATE_LIMIT_PER_MINUTE", _non_negative_int, 6000)
    db_connect_timeout: float = _env("DB_CONNECT_TIMEOUT", _positive_float, 3.0)
    db_statement_timeout_ms: int = _env("DB_STATEMENT_TIMEOUT_MS", _non_negative_int, 10_000)
    db_pool_size: int = _env("DB_POOL_SIZE", _positive_int, 5)
    # GET /tasks/<id>/stream: a comment line this often keeps proxies from closing an idle
    # stream; the logs are read again this often even when no notification came.
    stream_heartbeat_seconds: float = _env("STREAM_HEARTBEAT_SECONDS", _positive_float, 15.0)
    stream_fallback_seconds: float = _env("STREAM_FALLBACK_SECONDS", _positive_float, 15.0)
    ready_timeout: float = _env("READY_TIMEOUT", _positive_float, 2.0)

    # Reflex client
    reflex_connect_timeout: float = _env("REFLEX_CONNECT_TIMEOUT", _positive_float, 1.0)
    reflex_read_timeout: float = _env("REFLEX_READ_TIMEOUT", _positive_float, 5.0)
    reflex_retries: int = _env("REFLEX_RETRIES", _non_negative_int, 2)
    reflex_backoff_base: float = _env("REFLEX_BACKOFF_BASE", _non_negative_float, 0.2)
    reflex_outage_window_seconds: float = _env(
        "REFLEX_OUTAGE_WINDOW_SECONDS", _positive_float, 300.0
    )
    breaker_fail_max: int = _env("BREAKER_FAIL_MAX", _positive_int, 5)
    breaker_reset_timeout: float = _env("BREAKER_RESET_TIMEOUT", _positive_float, 30.0)

    # Arms
    arm_connect_timeout: float = _env("ARM_CONNECT_TIMEOUT", _positive_float, 1.0)
    arm_read_timeout: float = _env("ARM_READ_TIMEOUT", _positive_float, 60.0)
    arm_capabilities_ttl: float = _env("ARM_CAPABILITIES_TTL", _positive_float, 30.0)
    arm_tokens: tuple[str, ...] = _env("ARM_TOKENS", _arm_tokens, (), secret=True)
    default_arm: str | None = _env("DEFAULT_ARM", _optional_str, None)

    # Worker and sweeper
    task_max_retries: int = _env("TASK_MAX_RETRIES", _non_negative_int, 8)
    retry_backoff_base: float = _env("RETRY_BACKOFF_BASE", _non_negative_float, 1.0)
    retry_backoff_max: float = _env("RETRY_BACKOFF_MAX", _positive_float, 60.0)
    republish_after_seconds: float = _env("REPUBLISH_AFTER_SECONDS", _positive_float, 30.0)
    sweep_interval_seconds: float = _env("SWEEP_INTERVAL_SECONDS", _positive_float, 15.0)
    stuck_grace_seconds: float = _env("STUCK_GRACE_SECONDS", _positive_float, 60.0)
    heartbeat_interval_seconds: float = _env("HEARTBEAT_INTERVAL_SECONDS", _positive_float, 5.0)
    lease_timeout_seconds: float = _env("LEASE_TIMEOUT_SECONDS", _positive_float, 30.0)
    task_events: bool = _env("TASK_EVENTS", _bool, False)
    # W3C trace context through OpenTelemetry (the ``otel`` extra): ``shared.tracing``.
    otel_enabled: bool = _env("OTEL_ENABLED", _bool, False)

    # Webhooks (docs/webhooks.md)
    # The API's address as its clients reach it: ``result_url`` of a delivery points there.
    public_api_url: str = _env("PUBLIC_API_URL", _url("http", "https"), "http://127.0.0.1:8000")
    # Private, loopback and link-local targets allowed (a development stack, tests).
    webhook_allow_private: bool = _env("WEBHOOK_ALLOW_PRIVATE", _bool, False)
    webhook_timeout_seconds: float = _env("WEBHOOK_TIMEOUT_SECONDS", _positive_float, 10.0)
    # Backoff between attempts (doubling from the base, at most the max, with jitter), for
    # as long as the window since the terminal transition lasts; then the delivery fails.
    webhook_backoff_base: float = _env("WEBHOOK_BACKOFF_BASE", _positive_float, 10.0)
    webhook_backoff_max: float = _env("WEBHOOK_BACKOFF_MAX", _positive_float, 3600.0)
    webhook_retry_window_seconds: float = _env(
        "WEBHOOK_RETRY_WINDOW_SECONDS", _positive_float, 25 * 3600.0
    )

    # Reflex reference service
    reflex_cache_ttl: int = _env("REFLEX_CACHE_TTL", _non_negative_int, 300)
    reflex_rate_limit_per_minute: int = _env("REFLEX_RATE_LIMIT_PER_MINUTE", _non_negative_int, 0)
    reflex_block_injection_severities: tuple[str, ...] = _env(
        "REFLEX_BLOCK_INJECTION_SEVERITIES", _str_list, ("critical", "high")
    )
    reflex_block_pii_types: tuple[str, ...] = _env(
        "REFLEX_BLOCK_PII_TYPES",
        _str_list,
        ("ssn", "credit_card", "iban", "aws_access_key", "api_token", "private_key", "password"),
    )
    reflex_injection_min_confidence: float = _env(
        "REFLEX_INJECTION_MIN_CONFIDENCE", _non_negative_float, 0.5
    )

    # Dashboard and operations
    flower_user: str | None = _env("FLOWER_USER", _optional_str, None)
    flower_password: str | None = _env("FLOWER_PASSWORD", _optional_str, None)
    log_level: str = _env(
        "LOG_LEVEL", _choice("debug", "info", "warning", "error", "critical"), "info"
    )
    log_format: str = _env("LOG_FORMAT", _choice("json", "text"), "json")
    # Requests with a wrong API key allowed per client address and minute, across the API's
    # processes; then 429 without a key lookup until the minute ends (0: no limit).
    auth_failures_per_minute: int = _env("API_AUTH_FAILURES_PER_MINUTE", _non_negative_int, 60)
    # Bearer tokens the Reflex reference service and the reference arms require of every
    # request but GET /health (unset: no authentication). The worker sends REFLEX_TOKEN to
    # the Reflex Layer and ARM_TOKENS to arm services.
    reflex_token: str | None = _env("REFLEX_TOKEN", _optional_str, None, secret=True)
    arms_token: str | None = _env("ARMS_TOKEN", _optional_str, None, secret=True)

    # LLM arm (``orchestrator llm-arm``); LLM_MODEL is required by that command alone.
    llm_base_url: str = _env("LLM_BASE_URL", _url("http", "https"), "https://api.openai.com/v1")
    llm_api_key: str | None = _env("LLM_API_KEY", _optional_str, None, secret=True)
    llm_model: str | None = _env("LLM_MODEL", _optional_str, None)
    llm_role: str = _env("LLM_ROLE", _choice("worker", "planner", "judge"), "worker")
    llm_capabilities: tuple[str, ...] = _env("LLM_CAPABILITIES", _str_list, ())
    llm_price_input_per_1k: float = _env("LLM_PRICE_INPUT_PER_1K", _non_negative_float, 0.0)
    llm_price_output_per_1k: float = _env("LLM_PRICE_OUTPUT_PER_1K", _non_negative_float, 0.0)
    llm_cost_tier: int = _env("LLM_COST_TIER", _cost_tier, 3)
    llm_timeout: float = _env("LLM_TIMEOUT_SECONDS", _positive_float, 60.0)
    llm_max_retries: int = _env("LLM_MAX_RETRIES", _non_negative_int, 2)
    llm_max_output_tokens: int = _env("LLM_MAX_OUTPUT_TOKENS", _positive_int, 1024)
    llm_structured_output: str = _env(
        "LLM_STRUCTURED_OUTPUT",
        _choice("json_schema", "json_object", "json_object_schema", "off"),
        "json_schema",
    )
    llm_arm_id: str | None = _env("LLM_ARM_ID", _optional_str, None)
    llm_arm_name: str | None = _env("LLM_ARM_NAME", _optional_str, None)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then the environment, then ``overrides``; ``SettingsError`` on a bad value."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for spec in dataclasses.fields(cls):
            name = spec.metadata["env"]
            raw = environ.get(name)
            if raw is None:
                continue
            try:
                values[spec.name] = spec.metadata["parse"](raw.strip())
            except ValueError as exc:
                shown = "<hidden>" if not spec.repr else repr(raw)
                raise SettingsError(f"{name}={shown} is invalid: {exc}") from None
        values.update(overrides)
        settings = cls(**values)
        settings.check()
        return settings

    def check(self) -> None:
        """Cross-field rules the single-variable parsers cannot see."""
        if not self.arm_urls:
            raise SettingsError("ARM_URLS is empty: at least one arm service is needed")
        known = {url.rstrip("/") for url in self.arm_urls}
        for entry in self.arm_tokens:
            url = entry.partition("=")[0] if entry.startswith(("http://", "https://")) else None
            if url is not None and url.rstrip("/") not in known:
                raise SettingsError(f"ARM_TOKENS names {url}, which is not one of ARM_URLS")
        if bool(self.flower_user) != bool(self.flower_password):
            raise SettingsError("FLOWER_USER and FLOWER_PASSWORD must be set together")

    def arm_token(self, service_url: str) -> str | None:
        """The bearer token for the arm service at ``service_url``: its ``ARM_TOKENS`` entry,
        else the one token of ``ARM_TOKENS`` for all, else ``ARMS_TOKEN`` (the token the
        reference arms require, so one variable secures both sides under ``up``)."""
        shared = self.arms_token
        for entry in self.arm_tokens:
            if entry.startswith(("http://", "https://")):
                url, _, token = entry.partition("=")
                if url.rstrip("/") == service_url.rstrip("/"):
                    return token
            else:
                shared = entry
        return shared

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def visibility_timeout(self) -> int:
        """Seconds before Redis redelivers an unacked message: above the longest task time."""
        return MAX_TASK_TIME_SECONDS + int(self.retry_backoff_max) + 300

    def env(self) -> dict[str, str]:
        """These settings as environment variables, for child processes."""
        out: dict[str, str] = {}
        for spec in dataclasses.fields(self):
            value = getattr(self, spec.name)
            if value is None:
                continue
            if isinstance(value, tuple):
                value = ",".join(value)
            elif isinstance(value, bool):
                value = "true" if value else "false"
            out[spec.metadata["env"]] = str(value)
        return out


def env_names() -> list[str]:
    """Every environment variable ``Settings`` reads, for documentation and checks."""
    return [spec.metadata["env"] for spec in dataclasses.fields(Settings)]
