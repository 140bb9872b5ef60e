"""Opening the alert database only to read it, wherever it lies: a read-only file, folder or mount too.

SQLite's read-only mode still wants to create the write-ahead log's index (`-shm`) beside the file, so
in a folder it cannot write, a WAL database copied or mounted without its `-shm` fails with "unable to
open database file". No `-shm` means no connection has the file open (every WAL connection holds it),
so the files are at rest and these fallbacks are safe:

- no `-wal`, or an empty one: everything is in the main file, which is opened `immutable` (no locks, no
  `-shm`) and read exactly as it is;
- a `-wal` that holds commits: reading the main file alone would show an older database, so (when the
  caller allows it, as `upheaval query` does) both files are copied into a private temporary folder and
  read there, where SQLite can replay the log; otherwise the caller gets a clear error.

Anything that is not a SQLite database, or cannot be read at all, is a DatabaseUnavailable naming the path.
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from pathlib import Path

import sqlite_utils

from pipeline import store

_CANNOT_WRITE_BESIDE = (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY)


DatabaseUnavailable = store.DatabaseUnavailable  # one kind of error for a file that cannot be opened


def open_for_reading(path: str | Path, allow_copy: bool = False) -> sqlite_utils.Database:
    path = Path(path)
    store.refuse_folder(path)
    if not path.is_file():
        raise DatabaseUnavailable(missing_file(path))
    db = store.open_db(path, readonly=True)
    try:
        return _probed(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF not in _CANNOT_WRITE_BESIDE:
            raise DatabaseUnavailable(describe(path, exc)) from None
    if _log_holds_commits(path):
        if not allow_copy:
            raise DatabaseUnavailable(
                f"{path}: cannot be read in place: its folder is read-only and {path.name}-wal holds commits not "
                "yet in the file (open it once where it can be written, or copy both files somewhere writable)")
        return _probed(_open_private_copy(path))
    conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only = 1")
    return _probed(sqlite_utils.Database(conn))


def missing_file(path: Path | str) -> str:
    """Only `crawl` and `run` create the database: a reader that made one would answer from an empty file
    as if it were the real one, and a mistyped UPHEAVAL_DB would go unnoticed."""
    return (f"{path}: no such database file (is UPHEAVAL_DB right? `upheaval crawl` or `upheaval run` "
            "creates it)")


def describe(path: Path | str, exc: sqlite3.Error) -> str:
    """One line for an operator: the path and what SQLite said, in words."""
    reason = str(exc)
    if "file is not a database" in reason:
        reason = "not a SQLite database (wrong file, or damaged beyond its header)"
    elif "malformed" in reason:
        reason = "the database is damaged (database disk image is malformed)"
    return f"{path}: {reason}"


def _probed(db: sqlite_utils.Database) -> sqlite_utils.Database:
    """Connecting reads nothing; the schema read here is what finds a garbage or unreadable file."""
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        db.close()
        raise
    return db


def _log_holds_commits(path: Path) -> bool:
    log = path.with_name(path.name + "-wal")  # the alert database is always in WAL mode (store.open_db)
    return log.exists() and log.stat().st_size > 0


def _open_private_copy(path: Path) -> sqlite_utils.Database:
    folder = tempfile.mkdtemp(prefix="upheaval-read-")  # mode 0700: the copy is as private as the user
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    copy = Path(folder) / path.name
    shutil.copyfile(path, copy)
    shutil.copyfile(path.with_name(path.name + "-wal"), copy.with_name(copy.name + "-wal"))
    return store.open_db(copy, readonly=True)
