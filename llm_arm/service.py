"""The LLM arm's work: from a validated task contract to an arm answer, through the model.

``LlmArm`` holds what the settings say (model, role, prices, limits) and the ``Provider``;
``execute`` builds the prompt, caps ``max_tokens`` by what the task's budget has left, calls
the model and turns its ``usage`` into ``tokens_used`` and ``cost_usd``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from llm_arm.prompts import (
    DEFAULT_CAPABILITIES,
    Checked,
    build_messages,
    check_plan,
    check_verdict,
    response_format,
)
from llm_arm.provider import Completion, Provider, ProviderError
from shared.settings import Settings, SettingsError

log = logging.getLogger(__name__)

# How long a probe of the endpoint stands for /health and the advertised status.
HEALTH_TTL_SECONDS = 5.0
# The arm cannot measure a model's certainty; confidence only says whether the answer came
# back whole and, for planners and judges, well-formed.
CONFIDENCE_WHOLE = 0.7
CONFIDENCE_TRUNCATED = 0.3
CONFIDENCE_MALFORMED = 0.0


class BudgetExhausted(Exception):
    """The task has no tokens (or money) left for even one output token."""

    def __init__(self, message: str, details: Mapping[str, Any]) -> None:
        super().__init__(message)
        self.details = dict(details)


def require_model(settings: Settings) -> str:
    """``LLM_MODEL``, which the arm cannot run without."""
    if not settings.llm_model:
        raise SettingsError("LLM_MODEL is not set: name the model the endpoint serves")
    return settings.llm_model


@dataclass(frozen=True)
class TokenCap:
    """The ``max_tokens`` sent, and what it was derived from."""

    max_tokens: int
    tokens_left: int
    cost_left_usd: float
    prompt_tokens_estimate: int = 0


def estimate_prompt_tokens(messages: Sequence[Mapping[str, Any]]) -> int:
    """A generous count of the tokens ``messages`` will cost, before the endpoint says.

    Tokenisers give English text about four characters a token and most other scripts one
    or two; this counts three ASCII characters a token and one token for every other
    character, plus a few tokens of chat framing per message, so the real figure is
    rarely higher."""
    total = 0
    for message in messages:
        text = str(message.get("content") or "")
        ascii_chars = sum(1 for char in text if char.isascii())
        total += -(-ascii_chars // 3) + (len(text) - ascii_chars) + 4
    return total


def round_usd(value: float) -> float:
    return round(value, 6)


class LlmArm:
    """One arm (one model, one role) in front of an OpenAI-compatible endpoint."""

    def __init__(self, settings: Settings, provider: Provider | None = None) -> None:
        self.model = require_model(settings)
        self.role = settings.llm_role
        self.arm_id = settings.llm_arm_id or f"llm-{self.role}"
        self.name = settings.llm_arm_name or f"LLM {self.role} ({self.model})"
        self.capabilities = settings.llm_capabilities or DEFAULT_CAPABILITIES[self.role]
        self.cost_tier = settings.llm_cost_tier
        self.price_input_per_1k = settings.llm_price_input_per_1k
        self.price_output_per_1k = settings.llm_price_output_per_1k
        self.max_output_tokens = settings.llm_max_output_tokens
        self.timeout = settings.llm_timeout
        self.structured_output = settings.llm_structured_output
        self.provider = provider or Provider(
            settings.llm_base_url,
            settings.llm_api_key,
            timeout=settings.llm_timeout,
            max_retries=settings.llm_max_retries,
        )
        self._health: tuple[float, str | None] | None = None
        self._health_lock = threading.Lock()

    # --- health -------------------------------------------------------------------------

    def unreachable(self) -> str | None:
        """Why the endpoint cannot be used now (None when it answers), probed at most every
        ``HEALTH_TTL_SECONDS``."""
        cached = self._health
        if cached is not None and time.monotonic() - cached[0] < HEALTH_TTL_SECONDS:
            return cached[1]
        with self._health_lock:
            cached = self._health
            if cached is None or time.monotonic() - cached[0] >= HEALTH_TTL_SECONDS:
                cached = (time.monotonic(), self.provider.probe())
                self._health = cached
        return cached[1]

    def capability(self, endpoint: str) -> dict[str, Any]:
        """This arm's ArmCapability record."""
        return {
            "arm_id": self.arm_id,
            "name": self.name,
            "description": f"{self.role.capitalize()} backed by the model {self.model}.",
            "capabilities": list(self.capabilities),
            "cost_tier": self.cost_tier,
            "endpoint": endpoint,
            "status": "healthy" if self.unreachable() is None else "unavailable",
            "metadata": {
                "deterministic": False,
                "role": self.role,
                "model": self.model,
                "price_input_per_1k_usd": self.price_input_per_1k,
                "price_output_per_1k_usd": self.price_output_per_1k,
                "max_output_tokens": self.max_output_tokens,
                "version": "1",
            },
        }

    # --- execute ------------------------------------------------------------------------

    def token_cap(
        self, contract: Mapping[str, Any], messages: Sequence[Mapping[str, Any]] = ()
    ) -> TokenCap:
        """``max_tokens`` for this call: the arm's own limit, the tokens the task has left,
        and the output tokens its money left buys, whichever is least; the prompt's tokens
        (estimated) are taken off first, since the budget counts them too."""
        budget = contract["budget"]
        remaining = contract.get("budget_remaining") or {}
        tokens_left = int(remaining.get("tokens", budget["max_tokens"]))
        cost_left = float(remaining.get("cost_usd", budget["max_cost_usd"]))
        prompt = estimate_prompt_tokens(messages)
        cap = min(self.max_output_tokens, tokens_left - prompt)
        if self.price_output_per_1k > 0:
            money = cost_left - prompt / 1000 * self.price_input_per_1k
            cap = min(cap, int(money / self.price_output_per_1k * 1000))
        if cap < 1:
            raise BudgetExhausted(
                "The task's budget has nothing left for this call"
                + (" once its prompt is paid for." if prompt else "."),
                {
                    "tokens_left": tokens_left,
                    "cost_left_usd": cost_left,
                    "prompt_tokens_estimate": prompt,
                },
            )
        return TokenCap(cap, tokens_left, cost_left, prompt)

    def cost_usd(self, completion: Completion) -> float:
        return round_usd(
            completion.prompt_tokens / 1000 * self.price_input_per_1k
            + completion.completion_tokens / 1000 * self.price_output_per_1k
        )

    def execute(self, contract: Mapping[str, Any]) -> dict[str, Any]:
        """Run the model on a validated contract; the arm's answer body.

        Raises ``BudgetExhausted`` before any call when nothing is left, ``ProviderError``
        when the endpoint fails.
        """
        messages = build_messages(self.role, contract)
        cap = self.token_cap(contract, messages)
        timeout = min(self.timeout, float(contract["budget"]["max_time_seconds"]))
        completion = self.provider.complete(
            model=self.model,
            messages=messages,
            max_tokens=cap.max_tokens,
            timeout=timeout,
            response_format=response_format(self.role, self.structured_output),
        )
        checked = self._read(completion)
        truncated = completion.finish_reason == "length"
        if not checked.valid:
            confidence = CONFIDENCE_MALFORMED
        else:
            confidence = CONFIDENCE_TRUNCATED if truncated else CONFIDENCE_WHOLE
        tokens = completion.prompt_tokens + completion.completion_tokens
        body: dict[str, Any] = {
            "arm_id": self.arm_id,
            "task_id": contract.get("task_id"),
            "output": checked.output,
            "confidence": confidence,
            "tokens_used": tokens,
            "cost_usd": self.cost_usd(completion),
            "model": completion.model,
            "finish_reason": completion.finish_reason,
            "usage": {
                "prompt_tokens": completion.prompt_tokens,
                "completion_tokens": completion.completion_tokens,
                "reported": completion.usage_reported,
            },
            "max_tokens": cap.max_tokens,
            "prompt_tokens_estimate": cap.prompt_tokens_estimate,
        }
        if self.role != "worker":
            body["output_valid"] = checked.valid
            body["output_errors"] = checked.errors
        step = contract.get("step")
        if step:
            body["step_id"] = step["id"]
        return body

    def _read(self, completion: Completion) -> Checked:
        if self.role == "planner":
            return check_plan(completion.content)
        if self.role == "judge":
            return check_verdict(completion.content)
        return Checked({"text": completion.content}, True)


__all__ = [
    "BudgetExhausted",
    "LlmArm",
    "ProviderError",
    "estimate_prompt_tokens",
    "require_model",
]
