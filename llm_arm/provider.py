"""The model endpoint: one Chat Completions call through the official ``openai`` client.

The client does the HTTP work, its timeouts and its retries (429, 5xx, timeouts, with
backoff). What comes back is either a ``Completion`` or a ``ProviderError`` that already
says how the arm protocol answers it: 503/504 for an endpoint that is down, slow, rate
limited or answering 5xx (the orchestrator retries and counts it against the breaker), 502
for an answer that is not a completion, 422 for a request the endpoint refuses (4xx: no retry
helps, and its message is kept).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
import openai
from openai.types.chat import ChatCompletion

log = logging.getLogger(__name__)

# A provider's message is kept in the task's error; this much of it is enough to act on.
MESSAGE_LIMIT = 500
PROBE_TIMEOUT_SECONDS = 3.0


@dataclass(frozen=True)
class Completion:
    """What one call produced and what it cost in tokens."""

    content: str
    finish_reason: str | None
    prompt_tokens: int
    completion_tokens: int
    model: str
    # Some OpenAI-compatible servers send no ``usage``; the counts are then estimates.
    usage_reported: bool = True


@dataclass
class ProviderError(Exception):
    """A failed call, with the status and code the arm answers it with."""

    status: int
    code: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.message


class Provider:
    """An OpenAI-compatible Chat Completions endpoint, reached with the ``openai`` client."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        *,
        timeout: float,
        max_retries: int,
        http_client: httpx.Client | None = None,
    ) -> None:
        self.base_url = base_url
        # Local servers (llama.cpp, vLLM, Ollama) take any key; the client insists on one.
        self.client = openai.OpenAI(
            base_url=base_url,
            api_key=api_key or "unused",
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
        )

    def complete(
        self,
        *,
        model: str,
        messages: Sequence[Mapping[str, str]],
        max_tokens: int,
        timeout: float,
        response_format: Mapping[str, Any] | None = None,
    ) -> Completion:
        """One completion; ``ProviderError`` for anything that is not one."""
        extra: dict[str, Any] = {}
        if response_format is not None:
            extra["response_format"] = dict(response_format)
        try:
            answer: Any = self.client.with_options(timeout=timeout).chat.completions.create(
                model=model,
                messages=[dict(m) for m in messages],  # type: ignore[misc]
                max_tokens=max_tokens,
                **extra,
            )
        except openai.APIStatusError as exc:
            raise _status_error(exc) from None
        except openai.APITimeoutError:
            raise ProviderError(
                504, "provider_timeout", f"The model endpoint did not answer within {timeout:g} s."
            ) from None
        except openai.APIConnectionError as exc:
            raise ProviderError(
                503,
                "provider_unreachable",
                f"The model endpoint cannot be reached: {_cause(exc)}.",
            ) from None
        except (openai.APIResponseValidationError, ValueError) as exc:
            # The client hands a body that is not JSON to ``json.loads`` and lets it raise.
            raise _bad_answer(f"its body is not JSON ({exc.__class__.__name__})") from None
        prompt_chars = sum(len(m.get("content") or "") for m in messages)
        return _completion(answer, model, prompt_chars)

    def probe(self) -> str | None:
        """None when the endpoint answers at all; else one line saying why it does not."""
        try:
            self.client.with_options(timeout=PROBE_TIMEOUT_SECONDS, max_retries=0).models.list()
        except openai.APIStatusError as exc:
            # Any HTTP answer below 500 (even 404 for servers without /models) means it is up.
            if exc.status_code >= 500:
                return f"{self.base_url} answered {exc.status_code}"
        except openai.APITimeoutError:
            return f"{self.base_url} did not answer within {PROBE_TIMEOUT_SECONDS:g} s"
        except openai.APIConnectionError as exc:
            return f"{self.base_url} is unreachable ({_cause(exc)})"
        except (openai.APIResponseValidationError, ValueError):
            pass  # it answered, if oddly: a completion may still work
        return None

    def close(self) -> None:
        self.client.close()


def _cause(exc: BaseException) -> str:
    cause = exc.__cause__ or exc.__context__
    return cause.__class__.__name__ if cause is not None else exc.__class__.__name__


def _provider_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, Mapping):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, Mapping) else inner
        if isinstance(message, str) and message:
            return message[:MESSAGE_LIMIT]
    text = exc.response.text.strip() if exc.response is not None else ""
    return (text or exc.message)[:MESSAGE_LIMIT]


def _status_error(exc: openai.APIStatusError) -> ProviderError:
    status = exc.status_code
    message = _provider_message(exc)
    details: dict[str, Any] = {"provider_status": status}
    if exc.code:
        details["provider_code"] = exc.code
    if status == 429:
        retry_after = exc.response.headers.get("retry-after")
        return ProviderError(
            503,
            "provider_rate_limited",
            f"The model endpoint is rate limiting: {message}",
            details,
            {"Retry-After": retry_after} if retry_after else {},
        )
    if status >= 500:
        return ProviderError(
            503, "provider_unavailable", f"The model endpoint failed ({status}): {message}", details
        )
    return ProviderError(
        422, "provider_refused", f"The model endpoint refused the request: {message}", details
    )


def _bad_answer(why: str) -> ProviderError:
    return ProviderError(
        502, "provider_bad_response", f"The model endpoint's answer failed: {why}."
    )


def _completion(answer: Any, model: str, prompt_chars: int) -> Completion:
    if not isinstance(answer, ChatCompletion) or not answer.choices:
        raise _bad_answer("it is not a chat completion")
    choice = answer.choices[0]
    message = getattr(choice, "message", None)
    if message is None:
        raise _bad_answer("it has no message")
    refusal = getattr(message, "refusal", None)
    if refusal:
        raise ProviderError(
            422, "model_refused", f"The model refused: {str(refusal)[:MESSAGE_LIMIT]}"
        )
    content = message.content or ""
    usage = answer.usage
    if usage is None:
        # Four characters a token: the usual rule of thumb, flagged as an estimate.
        return Completion(
            content,
            choice.finish_reason,
            _estimate(prompt_chars),
            _estimate(len(content)),
            answer.model or model,
            usage_reported=False,
        )
    return Completion(
        content=content,
        finish_reason=choice.finish_reason,
        prompt_tokens=int(usage.prompt_tokens or 0),
        completion_tokens=int(usage.completion_tokens or 0),
        model=answer.model or model,
    )


def _estimate(chars: int) -> int:
    return (chars + 3) // 4
