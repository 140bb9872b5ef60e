"""One read-only database connection per worker process, opened on first use and kept.

Opening a connection costs more than most lookups, so a worker keeps its own for its lifetime and its
threads share it (SQLite serialises calls on one connection; Python's GIL would anyway), which also
lets per-connection caches (the company index, the snapshot) serve every thread. A forked worker never
inherits its parent's connection. The file is in WAL mode, so these readers see a consistent snapshot
while a crawl writes.
"""

from __future__ import annotations

import os
import threading

from flask import current_app

from pipeline import identity, readonly

_held: dict[str, tuple[int, object, dict]] = {}  # database path -> (pid, connection, cache)
_opening = threading.Lock()


def _entry(path: str):
    held = _held.get(path)
    if held is None or held[0] != os.getpid():
        with _opening:
            held = _held.get(path)
            if held is None or held[0] != os.getpid():
                db = readonly.open_for_reading(path)  # a read-only folder or mount works too
                _map(db)
                _warm(db)
                held = _held[path] = (os.getpid(), db, {})
                _close_oldest()
    return held


def _close_oldest(keep: int = 4) -> None:
    """A server reads one file; a process that makes many apps (the tests) must not pile up handles."""
    for path in list(_held)[:-keep]:
        pid, db, _ = _held.pop(path)
        if pid == os.getpid():
            db.close()


# How much of the file a worker's connection reads through a memory map. SQLite's page cache (2 MB by
# default) holds a fraction of the stored alerts, so most lookups copied their pages in with a read call,
# and in WAL mode every commit by a crawl empties that cache anyway; mapped pages come straight from the
# operating system's file cache, shared by every worker. Address space only: nothing is read in advance.
MMAP_BYTES = 1 << 30


def _map(db) -> None:
    db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")


def _warm(db) -> None:
    """The in-memory company index, built before any request uses the connection: once, under the lock,
    not by every thread at once."""
    identity.warm(db)


def get_db(app=None):
    """This worker's connection; `app` (the current one) saves a hot path a proxy lookup."""
    return _entry((app or current_app).config["DATABASE"])[1]


def connection_cache() -> dict:
    """A dict that lives as long as this worker's connection, for answers worth keeping between
    requests (check `store.data_version` before trusting one)."""
    return _entry(current_app.config["DATABASE"])[2]


def forget() -> None:
    """Drop this worker's connection after a database error; the next request opens a fresh one."""
    held = _held.pop(current_app.config["DATABASE"], None)
    if held is not None and held[0] == os.getpid():
        try:
            held[1].close()
        except Exception:  # closing a broken connection must not mask the error being handled
            pass


def init_app(app):
    """Nothing to close per request: the connection outlives requests on purpose."""
