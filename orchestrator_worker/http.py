"""HTTP plumbing shared by the Reflex and arm clients: retries with backoff and jitter."""

from __future__ import annotations

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

RETRY_STATUSES = frozenset({500, 502, 503, 504})


def retrying_session(retries: int, backoff: float) -> requests.Session:
    """A session that retries connection errors, timeouts and 5xx, never 4xx.

    urllib3 waits ``backoff * 2**n`` (plus up to ``backoff`` of jitter) between tries.
    POST is retried too: the Reflex check and the built-in arms are idempotent.
    """
    retry = Retry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        other=0,
        allowed_methods=None,
        status_forcelist=RETRY_STATUSES,
        backoff_factor=backoff,
        backoff_jitter=backoff,
        backoff_max=30,
        raise_on_status=False,
        respect_retry_after_header=True,
    )
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry, pool_connections=8, pool_maxsize=8)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
