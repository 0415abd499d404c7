"""Run a Flask (WSGI) app under gunicorn, the production server, from our own CLI."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gunicorn.app.base import BaseApplication


class GunicornServer(BaseApplication):  # type: ignore[misc]
    """gunicorn with options given in code; each worker builds its own app after fork."""

    def __init__(self, app_factory: Callable[[], Any], options: dict[str, Any]) -> None:
        self._factory = app_factory
        self._options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self._options.items():
            if value is not None and key in self.cfg.settings:
                self.cfg.set(key, value)

    def load(self) -> Any:
        return self._factory()


def serve(
    app_factory: Callable[[], Any],
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: int = 2,
    threads: int = 1,
    worker_class: str = "sync",
    timeout: int = 60,
    **options: Any,
) -> None:
    """Serve until SIGINT/SIGTERM. ``app_factory`` runs in each worker process."""
    GunicornServer(
        app_factory,
        {
            "bind": f"{host}:{port}",
            "workers": workers,
            "threads": threads,
            "worker_class": worker_class,
            "timeout": timeout,
            "graceful_timeout": 10,
            "keepalive": 5,
            "accesslog": None,
            "loglevel": "warning",
            **options,
        },
    ).run()
