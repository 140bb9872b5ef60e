"""Rate limiting per client (flask-limiter), with a counter store that every gunicorn worker shares.

Why a shared SQLite file: gunicorn runs several worker processes, and flask-limiter's memory storage
counts per process, so "600/minute" would really mean 600 times the number of workers, or, with the
limit divided by the worker count, a client whose connections land unevenly would be refused early.
A small SQLite file (WAL, no fsync: counters may be lost in a power cut, which only forgives some
requests) gives one count per client across workers for about one row update per request, with no
server to run. It is a separate file from the alert database, which the API opens read-only.
Several machines behind a load balancer would each count alone: point UPHEAVAL_RATE_LIMIT_STORAGE at
Redis or memcached there (flask-limiter's own storages), e.g. redis://host:6379.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

from flask import current_app
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from limits.storage import Storage

SCHEME = "upheaval-sqlite"
PRUNE_EVERY = 1000  # on average, once per this many hits a process deletes expired counters


class SQLiteStorage(Storage):
    """A fixed-window counter store in one SQLite file: `upheaval-sqlite:///path/to/file.db`."""

    STORAGE_SCHEME = [SCHEME]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self.path = (uri or "").split("://", 1)[1] if uri and "://" in uri else ""
        if not self.path:
            raise ValueError(f"{SCHEME} needs a file path: {SCHEME}:///tmp/upheaval-ratelimit.db")
        self._local = threading.local()

    @property
    def base_exceptions(self):
        return sqlite3.Error

    def _conn(self) -> sqlite3.Connection:
        held = getattr(self._local, "held", None)
        if held is None or held[0] != os.getpid():  # never use a connection across fork
            conn = sqlite3.connect(self.path, timeout=5, isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("CREATE TABLE IF NOT EXISTS counters (key TEXT PRIMARY KEY, "
                         "count INTEGER NOT NULL, expires_at REAL NOT NULL) WITHOUT ROWID")
            held = self._local.held = (os.getpid(), conn)
        return held[1]

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        conn = self._conn()
        if random.randrange(PRUNE_EVERY) == 0:
            conn.execute("DELETE FROM counters WHERE expires_at <= ?", [now])
        # One statement, so two workers counting the same client at once cannot lose a hit.
        return conn.execute(
            "INSERT INTO counters (key, count, expires_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
            "count = CASE WHEN expires_at <= ? THEN excluded.count ELSE count + excluded.count END, "
            "expires_at = CASE WHEN expires_at <= ? THEN excluded.expires_at ELSE expires_at END "
            "RETURNING count",
            [key, amount, now + expiry, now, now],
        ).fetchone()[0]

    def get(self, key: str) -> int:
        row = self._conn().execute("SELECT count FROM counters WHERE key = ? AND expires_at > ?",
                                   [key, time.time()]).fetchone()
        return row[0] if row else 0

    def get_expiry(self, key: str) -> float:
        row = self._conn().execute("SELECT expires_at FROM counters WHERE key = ?", [key]).fetchone()
        return row[0] if row and row[0] > time.time() else time.time()

    def check(self) -> bool:
        return self._conn().execute("SELECT 1").fetchone() is not None

    def reset(self) -> int | None:
        return self._conn().execute("DELETE FROM counters").rowcount

    def clear(self, key: str) -> None:
        self._conn().execute("DELETE FROM counters WHERE key = ?", [key])


def default_storage_uri(database: str) -> str:
    """One counter file per alert database, in the system's temporary directory."""
    tag = hashlib.sha1(str(Path(database).resolve()).encode("utf-8")).hexdigest()[:12]
    return f"{SCHEME}:///{Path(tempfile.gettempdir()) / f'upheaval-ratelimit-{tag}.db'}"


def init_app(app, exempt=()) -> Limiter:
    limit = (app.config["RATE_LIMIT"] or "").strip()
    storage = app.config["RATE_LIMIT_STORAGE"] or (
        "memory://" if app.config.get("TESTING") else default_storage_uri(app.config["DATABASE"]))
    limiter = Limiter(
        get_remote_address,
        application_limits=[limit] if limit and limit != "off" else [],
        storage_uri=storage,
        strategy="fixed-window",
        headers_enabled=False,  # Retry-After goes on the 429 itself (server/errors.py)
        swallow_errors=True,  # a broken counter file must not take the alerts down with it
        enabled=bool(limit) and limit != "off",
    )
    limiter.init_app(app)
    for blueprint in exempt:
        limiter.exempt(blueprint)
    app.extensions["upheaval_limiter"] = limiter
    return limiter


def current_limiter() -> Limiter:
    return current_app.extensions["upheaval_limiter"]
