"""Rate limiting per client, with a counter store that every gunicorn worker shares.

The limits, their syntax, the fixed-window strategy and the storage interface are flask-limiter's own
(its `limits` library, which it installs and is built on); requests are checked from the app's one
before_request hook (server/__init__.py). flask-limiter's per-request hook resolves exemptions, scopes and
decorators on every request and cost about 100 us of CPU per request in bench/api.py, as much as the whole
alert lookup; this check costs about 5 us with the shared SQLite store. The SQLite store is a flask-limiter
storage, so `Limiter(storage_uri="upheaval-sqlite:///...")` works too.

Why a shared SQLite file: gunicorn runs several worker processes, and a memory store counts per
process, so "600/minute" would really mean 600 times the number of workers, or, with the limit divided
by the worker count, a client whose connections land unevenly would be refused early. A small SQLite
file (WAL, no fsync: counters may be lost in a power cut, which only forgives some requests) gives one
count per client across workers for one row update per request, with no server to run. It is a separate
file from the alert database, which the API opens read-only. Several machines behind a load balancer
would each count alone: point UPHEAVAL_RATE_LIMIT_STORAGE at Redis or memcached there (storages that
`limits` ships), e.g. redis://host:6379.

Reservations: a row update per request in a file every worker writes was the largest cost left in the
API's hot path (~30 us and a write lock per request). With the SQLite store each worker now takes hits
from the shared counter in small reservations: one update adds up to RESERVE_MAX hits to the shared
count, and the worker admits that many requests from memory before asking again, until the window ends.
A reservation is never more than 1/RESERVE_SHARE of what was left of the limit when it was taken, so
near the limit every reservation is a single hit, exactly as before. The error bound, per client and
window: never more requests admitted than the limit (a reservation counts before it is spent); a client
may be refused early by at most the unspent reservations of the other workers, each at most
min(RESERVE_MAX, limit / RESERVE_SHARE), e.g. 37 of "600/minute" per other worker, and only while that
worker had no more of the client's requests to spend them on. Once refused, a worker answers that
client's further requests with 429 from memory until the window's shared expiry (the same Retry-After
as the store's). A `clear`/`reset` of the store is seen by a worker at its next reservation.
"""

from __future__ import annotations

import logging
import math
import os
import random
import sqlite3
import stat
import tempfile
import threading
import time
from pathlib import Path

from limits import parse_many
from limits.storage import Storage, storage_from_string
from limits.strategies import FixedWindowRateLimiter

from server.errors import Refused, TooManyRequests

log = logging.getLogger(__name__)

SCHEME = "upheaval-sqlite"
PRUNE_EVERY = 1000  # on average, once per this many counter updates a process deletes expired counters
RESERVE_MAX = 64  # most hits one worker takes from the shared count in one update
RESERVE_SHARE = 16  # and never more than this fraction of what was left of the limit


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
        return self.incr_window(key, expiry, amount)[0]

    def incr_window(self, key: str, expiry: int, amount: int = 1) -> tuple[int, float]:
        """Add `amount` hits; the new count and when its window ends, in one statement."""
        now = time.time()
        conn = self._conn()
        if random.randrange(PRUNE_EVERY) == 0:
            conn.execute("DELETE FROM counters WHERE expires_at <= ?", [now])
        # One statement, so two workers counting the same client at once cannot lose a hit.
        return tuple(conn.execute(
            "INSERT INTO counters (key, count, expires_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
            "count = CASE WHEN expires_at <= ? THEN excluded.count ELSE count + excluded.count END, "
            "expires_at = CASE WHEN expires_at <= ? THEN excluded.expires_at ELSE expires_at END "
            "RETURNING count, expires_at",
            [key, amount, now + expiry, now, now],
        ).fetchone())

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
    """One counter file per alert database: beside it when its folder can be written, else in a temporary
    folder private to this user. Never at a fixed path in the shared temporary directory, where another
    user could plant a file first (garbage there once turned the limit off)."""
    database_path = Path(database).resolve()
    folder = database_path.parent
    if not os.access(folder, os.W_OK):  # a read-only folder or mount: the server still serves it
        folder = private_temp_dir()
    return f"{SCHEME}:///{folder / f'{database_path.stem}-ratelimit.db'}"


def private_temp_dir() -> Path:
    """`<temp>/upheaval-<uid>`, mode 0700 and ours, the same for every worker; anything else there is refused."""
    folder = Path(tempfile.gettempdir()) / f"upheaval-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise RuntimeError(f"{folder} is not a private folder of this user (mode 0700); remove it, or set "
                           "UPHEAVAL_RATE_LIMIT_STORAGE")
    return folder


class RateLimit:
    """The configured limits, checked per client; `check` returns None, or how long to wait."""

    def __init__(self, limits_text: str, storage_uri: str):
        self.items = parse_many(limits_text)
        self.storage = storage_from_string(storage_uri)
        self.strategy = FixedWindowRateLimiter(self.storage)
        # With the shared SQLite file, hits are reserved in small batches (see the module's docstring);
        # other stores (memory, Redis) keep limits' own per-request counting.
        self._reserves = isinstance(self.storage, SQLiteStorage)
        # counter key -> [hits reserved but not yet admitted, window end, refused, pid, shared count seen]
        self._held: dict[str, list] = {}
        self._lock = threading.Lock()
        # Each limit's counter key around the client, worked out once: limits' key_for joins five parts
        # on every call, and this runs on every request.
        marker = "\x00"
        self._keyed = [(item, *item.key_for(marker).split(marker)) for item in self.items]

    def check(self, client: str) -> tuple[int, str] | None:
        if not self._reserves:
            for item in self.items:
                if not self.strategy.hit(item, client):
                    reset_time, _ = self.strategy.get_window_stats(item, client)
                    return retry_after_seconds(reset_time), str(item)
            return None
        now = time.time()
        pid = _pid
        with self._lock:
            for item, before, after in self._keyed:
                key = before + client + after  # item.key_for(client)
                held = self._held.get(key)
                if held is not None and now < held[1] and held[3] == pid:
                    if held[0] > 0:
                        held[0] -= 1
                        continue
                    if held[2]:
                        return retry_after_seconds(held[1]), str(item)
                if not self._reserve(item, key, now, pid):
                    return retry_after_seconds(self._held[key][1]), str(item)
        return None

    def _reserve(self, item, key: str, now: float, pid: int) -> bool:
        """Take hits for `key` from the shared count: True and one of them spent, or False (refused)."""
        held = self._held.get(key)
        seen = held[4] if held is not None and now < held[1] and held[3] == pid else 0
        amount = max(1, min(RESERVE_MAX, (item.amount - seen) // RESERVE_SHARE))
        count, expires_at = self.storage.incr_window(key, item.get_expiry(), amount)
        granted = min(amount, item.amount - (count - amount))
        if len(self._held) > 10000:  # clients come and go: forget the windows that ended
            for stale in [k for k, v in self._held.items() if v[1] <= now]:
                del self._held[stale]
        if granted >= 1:
            self._held[key] = [granted - 1, expires_at, False, pid, count]
            return True
        self._held[key] = [0, expires_at, True, pid, count]
        return False


# This process's id, for the reservations that must not cross a fork: os.getpid() is a system call, and
# the check asked on every request.
_pid = os.getpid()


def _forked() -> None:
    global _pid
    _pid = os.getpid()


os.register_at_fork(after_in_child=_forked)


def retry_after_seconds(reset_at: float) -> int:
    return max(1, math.ceil(reset_at - time.time()))


def request_check(app, exempt=()):
    """The check server/__init__.py runs before every request, after the guard's (a refused request is
    not counted): raises TooManyRequests or Refused(503), else returns None. None when limits are off."""
    limit = (app.config["RATE_LIMIT"] or "").strip()
    if not limit or limit == "off":
        return None
    storage = app.config["RATE_LIMIT_STORAGE"] or (
        "memory://" if app.config.get("TESTING") else default_storage_uri(app.config["DATABASE"]))
    rate_limit = RateLimit(limit, storage)
    exempt_blueprints = {blueprint.name for blueprint in exempt}
    failing: list[bool] = []  # non-empty while the store fails, so the failure is logged once

    def limit_client(req) -> None:
        if req.method == "OPTIONS" or req.blueprint in exempt_blueprints:
            return  # preflights and monitoring are never refused
        try:
            refused = rate_limit.check(req.remote_addr or "unknown")
        except Exception as exc:
            # Fail closed: a store anyone could break must not switch the limit off. One line per failing
            # worker, not one per request, until the store answers again.
            if not failing:
                log.error("rate limit store %s failed (%s); refusing requests until it answers",
                          type(rate_limit.storage).__name__, exc)
                failing.append(True)
            raise Refused(503, "the rate limiter is not available; try again shortly") from None
        failing.clear()
        if refused:
            seconds, limit_text = refused
            raise TooManyRequests(limit_text, seconds)

    app.extensions["upheaval_rate_limit"] = rate_limit
    return limit_client
