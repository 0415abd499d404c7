"""HTTP plumbing shared by the Reflex and arm clients: retries with backoff and jitter."""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

import orjson
import requests
from requests.adapters import HTTPAdapter
from requests.utils import get_environ_proxies
from urllib3.util.retry import Retry

RETRY_STATUSES = frozenset({500, 502, 503, 504})


class ServiceSession(requests.Session):
    """A session for the few services a worker calls, again and again.

    requests reads the proxy variables, ``NO_PROXY`` and the CA bundle variables from the
    environment on every call (about 0.3 ms of CPU each); here they are read once per
    origin and kept. Credentials from ``~/.netrc`` are not used. ``post_json`` is the lean
    path of the clients.
    """

    def __init__(self) -> None:
        super().__init__()
        self.trust_env = False
        self._environment: dict[tuple[str, str], tuple[dict[str, str], str | None]] = {}
        self._templates: dict[str, requests.PreparedRequest] = {}

    def _environment_for(self, url: str) -> tuple[dict[str, str], str | None]:
        origin = urlsplit(url)[:2]
        found = self._environment.get(origin)
        if found is None:
            ca_bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
            found = self._environment[origin] = (get_environ_proxies(url), ca_bundle)
        return found

    def merge_environment_settings(
        self, url: str | bytes | None, proxies: Any, stream: Any, verify: Any, cert: Any
    ) -> Any:
        target = url.decode() if isinstance(url, bytes) else str(url)
        env_proxies, ca_bundle = self._environment_for(target)
        if verify is True or verify is None:
            verify = ca_bundle or verify
        return super().merge_environment_settings(
            url, {**env_proxies, **(proxies or {})}, stream, verify, cert
        )

    def post_json(self, url: str, body: Any, *, timeout: Any) -> requests.Response:
        """POST ``body`` as JSON through the adapter mounted for ``url`` (its connection pool
        and retries), with the session's headers.

        ``Session.request`` would also merge cookies, hooks and settings and follow
        redirects on every call (about 0.4 ms of CPU), none of which these services use.
        """
        template = self._templates.get(url)
        if template is None:
            headers = {**self.headers, "Content-Type": "application/json"}
            template = self._templates[url] = requests.Request(
                "POST", url, headers=headers
            ).prepare()
        request = template.copy()
        data = orjson.dumps(body)
        request.body = data
        request.headers["Content-Length"] = str(len(data))
        proxies, ca_bundle = self._environment_for(url)
        return self.get_adapter(url).send(
            request, timeout=timeout, proxies=proxies, verify=ca_bundle or True
        )


def retrying_session(retries: int, backoff: float, connections: int = 8) -> ServiceSession:
    """A session that retries connection errors, timeouts and 5xx, never 4xx, and keeps up
    to ``connections`` open connections per service (one per thread calling it at once).

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
    session = ServiceSession()
    adapter = HTTPAdapter(max_retries=retry, pool_connections=8, pool_maxsize=connections)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
