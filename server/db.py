"""One read-only database connection per worker thread, opened on first use and kept.

Opening a connection costs more than most lookups, so a worker keeps its own for its lifetime
(a forked worker never inherits its parent's). The file is in WAL mode, so these readers see a
consistent snapshot while a crawl writes.
"""

from __future__ import annotations

import os
import threading

from flask import current_app

from pipeline import store

_local = threading.local()


def get_db():
    path = current_app.config["DATABASE"]
    held = getattr(_local, "held", None)
    if held is None or held[0] != path or held[1] != os.getpid():
        forget()
        _local.held = (path, os.getpid(), store.open_db(path, readonly=True), {})
    return _local.held[2]


def connection_cache() -> dict:
    """A dict that lives as long as this thread's connection, for answers worth keeping between
    requests (check `store.data_version` before trusting one)."""
    get_db()
    return _local.held[3]


def forget() -> None:
    """Drop this thread's connection (after a database error, or on a change of file); the next
    request opens a fresh one."""
    held = getattr(_local, "held", None)
    _local.held = None
    if held is not None and held[1] == os.getpid():
        try:
            held[2].close()
        except Exception:  # closing a broken connection must not mask the error being handled
            pass


def init_app(app):
    """Nothing to close per request: the connection outlives requests on purpose."""
