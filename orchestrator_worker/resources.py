"""Per-process resources of a worker: settings, the database's engines, Redis.

Created lazily on first use and dropped after fork (``reset()``), so every pool process
opens its own connections instead of sharing its parent's sockets.
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass, field

import redis

from shared.db import Database
from shared.settings import Settings


@dataclass
class Resources:
    settings: Settings
    # Tasks this process runs at once (threads of the pool): it sizes the connection pools.
    concurrency: int = 1
    _database: Database | None = None
    _redis: redis.Redis | None = None
    _lock: threading.RLock = field(default_factory=threading.RLock)

    @property
    def database(self) -> Database:
        """The database's engines; each pool keeps a connection for each thread of the pool,
        the heartbeat and the sweeper, or ``DB_POOL_SIZE`` if that is more."""
        with self._lock:
            if self._database is None:
                size = max(self.settings.db_pool_size, self.concurrency + 2)
                self._database = Database.from_settings(
                    dataclasses.replace(self.settings, db_pool_size=size)
                )
            return self._database

    @property
    def redis(self) -> redis.Redis:
        """Raw-bytes client: pybreaker's Redis storage needs ``decode_responses=False``."""
        with self._lock:
            if self._redis is None:
                self._redis = redis.Redis.from_url(
                    self.settings.redis_url, socket_timeout=3, socket_connect_timeout=3
                )
            return self._redis

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
        if self._redis is not None:
            self._redis.close()
        self._database = self._redis = None


_current: Resources | None = None


def get() -> Resources:
    global _current
    if _current is None:
        _current = Resources(Settings.from_env())
    return _current


def install(resources: Resources) -> None:
    """Use ``resources`` in this process (tests, and the worker's start-up)."""
    global _current
    if _current is not None and _current is not resources:
        _current.close()
    _current = resources


def reset_after_fork() -> None:
    """Forget the parent's connections without closing them: they belong to the parent."""
    global _current
    if _current is not None:
        if _current._database is not None:
            _current._database.dispose(close=False)
        _current = Resources(_current.settings, _current.concurrency)
