"""A typed Python client of the Orchestrator's HTTP API.

    from orchestrator_client import Client

    client = Client("http://127.0.0.1:8000", key="orc_...")
    accepted = client.submit({"goal": "Summarize the benefits of unit testing"})
    task = client.wait(accepted["task_id"], timeout=60)
    print(task["status"], task["result"])

Every failure raises an ``OrchestratorError``: ``Unreachable`` (no answer), ``Unauthorized``
(401), ``NotFound`` (404), ``Conflict`` (409), ``ApiError`` (any other error answer, with the
API's ``code``, ``message`` and ``details``), ``WaitTimeout``.
"""

from orchestrator_client.client import TERMINAL_STATUSES, Client
from orchestrator_client.errors import (
    ApiError,
    Conflict,
    InvalidUrl,
    NotFound,
    OrchestratorError,
    Unauthorized,
    Unreachable,
    WaitTimeout,
)

__all__ = [
    "TERMINAL_STATUSES",
    "ApiError",
    "Client",
    "Conflict",
    "InvalidUrl",
    "NotFound",
    "OrchestratorError",
    "Unauthorized",
    "Unreachable",
    "WaitTimeout",
]
