"""The one module that writes SQL. Everything else asks it for data or hands it data to keep.

Articles are the source of truth; events are derived from them (and can be recomputed). Every write
that belongs together happens in one transaction, so a crawl killed at any point leaves no half batch.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from itertools import groupby
from typing import Iterable, Iterator

import sqlite_utils

from pipeline.companies import Company, normalize_name
from pipeline.constants import (
    BANKRUPTCY,
    BANKRUPTCY_EMERGED,
    BANKRUPTCY_FILED,
    BANKRUPTCY_WARNING,
    LAYOFFS,
    MERGER_ACQUISITION,
    ROLE_ACQUIRER,
)

SCHEMA_VERSION = 1

# How long a writer waits for another writer's transaction to end before it gives up. A crawl's batch is
# well under a second; a writer still waiting after this long is stuck behind something else.
WRITE_LOCK_TIMEOUT_SECONDS = 10.0


class DatabaseUnavailable(Exception):
    """The database cannot be opened; the message names the path and says why, in one line."""


def refuse_folder(path: str | Path) -> None:
    """A folder in UPHEAVAL_DB is a slip worth naming: SQLite would only say "unable to open"."""
    if Path(path).is_dir():
        raise DatabaseUnavailable(f"{path}: is a folder, not a database file (UPHEAVAL_DB names the file, "
                                  f"e.g. {Path(path) / 'upheaval.db'})")


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def open_db(path: str | Path, readonly: bool = False,
            lock_timeout: float = WRITE_LOCK_TIMEOUT_SECONDS) -> sqlite_utils.Database:
    """Open the database file. Writers create it with its schema; readers open it read-only. A writer
    waits up to `lock_timeout` seconds for another writer's transaction (write_transaction)."""
    if readonly:
        uri = f"file:{Path(path).resolve()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = 1")
        return sqlite_utils.Database(conn)
    refuse_folder(path)
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = "a file is in the way" if isinstance(exc, FileExistsError) else exc.strerror or exc
        raise DatabaseUnavailable(f"{path}: cannot create its folder: {reason}") from None
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute(f"PRAGMA busy_timeout = {int(lock_timeout * 1000)}")
    db.execute("PRAGMA foreign_keys = ON")
    ensure_schema(db)
    # A file whose stored alerts are for another day, window or formula (an upgrade, a day with no
    # refresh yet) is brought up to date by its first writer: no manual step. A read when nothing is due.
    from pipeline import company_alert

    company_alert.refresh(db, only_if_outdated=True)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS companies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            norm_key TEXT NOT NULL,
            cik INTEGER UNIQUE,
            ticker TEXT,
            origin TEXT NOT NULL DEFAULT 'sec',
            parent_id INTEGER REFERENCES companies(id)
        );
        CREATE INDEX IF NOT EXISTS idx_companies_norm_key ON companies(norm_key);
        CREATE TABLE IF NOT EXISTS aliases (
            alias_key TEXT NOT NULL,
            company_id INTEGER NOT NULL REFERENCES companies(id),
            alias TEXT NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (alias_key, company_id)
        );
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            published_at TEXT,
            publisher TEXT NOT NULL DEFAULT '',
            first_seen TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS sightings (
            article_id TEXT NOT NULL REFERENCES articles(id),
            source_name TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            PRIMARY KEY (article_id, source_name)
        );
        CREATE TABLE IF NOT EXISTS events (
            id TEXT PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES companies(id),
            kind TEXT NOT NULL,
            role TEXT,
            stage TEXT,
            counterparty TEXT,
            person TEXT,
            title TEXT,
            seniority TEXT,
            abrupt INTEGER NOT NULL DEFAULT 0,
            jobs INTEGER,
            share REAL,
            site TEXT,
            summary TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL,
            first_seen TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_events_company ON events(company_id, date);
        CREATE TABLE IF NOT EXISTS event_evidence (
            event_id TEXT NOT NULL REFERENCES events(id),
            article_id TEXT NOT NULL REFERENCES articles(id),
            PRIMARY KEY (event_id, article_id)
        );
        CREATE TABLE IF NOT EXISTS sources (
            name TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            url TEXT NOT NULL,
            last_crawl TEXT,
            last_status TEXT,
            last_error TEXT,
            last_failed INTEGER NOT NULL DEFAULT 0,
            consecutive_errors INTEGER NOT NULL DEFAULT 0,
            items_seen INTEGER NOT NULL DEFAULT 0,
            etag TEXT,
            last_modified TEXT
        );
        CREATE TABLE IF NOT EXISTS meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS crawl_runs (
            id INTEGER PRIMARY KEY,
            source_name TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            items INTEGER NOT NULL DEFAULT 0,
            new_articles INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            error TEXT
        );
        """
    )
    ensure_catalog_version(db)
    ensure_detection_schema(db)
    ensure_run_schema(db)
    # The catalogue's contents (SEC's list, the brand table) are pipeline.identity's; it calls this module
    # for its SQL, so this module reaches it from inside the function.
    from pipeline import identity

    identity.ensure_catalog(db)
    ensure_query_helpers(db)
    ensure_company_alerts(db)


# ---------------------------------------------------------------- companies


def has_companies(db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM companies LIMIT 1").fetchone() is not None


def has_brand_aliases(db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM aliases WHERE kind = 'brand' LIMIT 1").fetchone() is not None


def write_catalog(db: sqlite_utils.Database, companies: Iterable[dict], aliases: Iterable[dict],
                  drop_aliases: Iterable[tuple[str, int]] = (), parents: Iterable[tuple[int, int]] = (),
                  meta: dict[str, str] | None = None) -> None:
    """Change the catalogue in one transaction: drop (alias key, company id) aliases, upsert company rows
    (by id) and alias rows (by key and company), set (company id, parent id) links, and note `meta`
    values. Columns a company row leaves out keep their stored values."""
    companies, aliases = list(companies), list(aliases)
    with write_transaction(db):
        db.conn.executemany("DELETE FROM aliases WHERE alias_key = ? AND company_id = ?", list(drop_aliases))
        if companies:
            db["companies"].upsert_all(companies, pk="id")
        if aliases:
            db["aliases"].upsert_all(aliases, pk=("alias_key", "company_id"))
        db.conn.executemany("UPDATE companies SET parent_id = ? WHERE id = ? AND parent_id IS NOT ?",
                            [(parent, company, parent) for company, parent in parents])
        for key, value in (meta or {}).items():
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])


def company_ids_by_key(db: sqlite_utils.Database, keys: Iterable[str]) -> dict[str, list[int]]:
    """The companies whose normalised name is each key, lowest id first."""
    found: dict[str, list[int]] = {}
    keys = list(dict.fromkeys(keys))
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        for key, company_id in db.execute(
                f"SELECT norm_key, id FROM companies WHERE norm_key IN ({','.join('?' * len(chunk))}) ORDER BY id",
                chunk):
            found.setdefault(key, []).append(company_id)
    return found


def taken_ids(db: sqlite_utils.Database, low: int, high: int) -> set[int]:
    """Company ids in use within [low, high)."""
    return {row[0] for row in db.execute("SELECT id FROM companies WHERE id >= ? AND id < ?", [low, high])}


def aliases_of_kind(db: sqlite_utils.Database, kind: str) -> set[tuple[str, int]]:
    """Every (alias key, company id) of one kind of alias."""
    return {(row[0], row[1]) for row in db.execute("SELECT alias_key, company_id FROM aliases WHERE kind = ?", [kind])}


def get_meta(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def aliases_of(db: sqlite_utils.Database, company_id: int) -> list[dict]:
    """A company's aliases (alias, key, kind)."""
    return [{"alias": row[0], "key": row[1], "kind": row[2]} for row in db.execute(
        "SELECT alias, alias_key, kind FROM aliases WHERE company_id = ? ORDER BY kind, alias", [company_id])]


def insert_news_company(db: sqlite_utils.Database, name: str, key: str) -> Company:
    """A company row for a name first met in the news, its id above every CIK (SEC's ids)."""
    next_id = db.execute("SELECT max(max(id) + 1, 1000000000) FROM companies").fetchone()[0]
    db["companies"].insert({"id": next_id, "name": name, "norm_key": key, "cik": None, "ticker": None,
                            "origin": "news"})
    return Company(id=next_id, name=name)


def insert_sec_company(db: sqlite_utils.Database, cik: int, name: str, key: str) -> None:
    db.execute("INSERT INTO companies (id, name, norm_key, cik, ticker, origin) VALUES (?, ?, ?, ?, NULL, 'sec')",
               [cik, name, key, cik])


def _company(row) -> Company:
    return Company(id=row[0], name=row[1], cik=row[2], ticker=row[3], parent_id=row[4])


def _parent_column(db: sqlite_utils.Database) -> str:
    """`parent_id`, or NULL on a file no writer has opened since the column came (readers open read-only,
    so they cannot add it): such a file simply has no subsidiaries yet."""
    if getattr(db, "_upheaval_parents", False):
        return "parent_id"
    if any(row[1] == "parent_id" for row in db.execute("PRAGMA table_info(companies)")):
        db._upheaval_parents = True
        return "parent_id"
    return "NULL"


class CompanyStore:
    """The lookups that `companies.resolve_company` needs, answered by SQL (see `identity.company_index` for the
    in-memory index that adds compact, ticker and fuzzy matching)."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def by_key(self, key: str) -> list[Company]:
        rows = self.db.execute(
            f"SELECT id, name, cik, ticker, {_parent_column(self.db)} FROM companies WHERE norm_key = ? ORDER BY id",
            [key]).fetchall()
        return [_company(row) for row in rows]

    def by_alias(self, key: str) -> list[Company]:
        rows = self.db.execute(
            f"SELECT c.id, c.name, c.cik, c.ticker, {_parent_column(self.db).replace('parent_id', 'c.parent_id')} "
            "FROM aliases a JOIN companies c ON c.id = a.company_id WHERE a.alias_key = ? ORDER BY c.id",
            [key],
        ).fetchall()
        return [_company(row) for row in rows]


def database_file(db: sqlite_utils.Database) -> str:
    """The file behind a connection (a per-connection name for an in-memory database): the key of
    per-database caches."""
    # Remembered on the Database object: the API asks on every request, and a connection's file never changes.
    path = getattr(db, "_upheaval_file", None)
    if path is None:
        row = db.execute("PRAGMA database_list").fetchone()
        path = (row[2] or f":memory:{id(db.conn)}") if row else f":memory:{id(db.conn)}"
        db._upheaval_file = path
    return path


_DATA_VERSION = "PRAGMA data_version"


def commit_stamp(db: sqlite_utils.Database) -> tuple:
    """Moves whenever anyone commits (data_version: other connections; total_changes: this one). The API
    asks on every request, so this is one cached statement on the bare connection, and total_changes an
    attribute rather than SQL."""
    conn = db.conn
    return (id(conn), conn.total_changes, conn.execute(_DATA_VERSION).fetchone()[0])


def catalog_rows(db: sqlite_utils.Database) -> tuple[list[tuple[Company, str]], list[tuple]]:
    """Every company with its normalised key, and every alias as (key, company id, kind): an index's input."""
    companies = [(_company(r), r[5]) for r in db.execute(
        f"SELECT id, name, cik, ticker, {_parent_column(db)}, norm_key FROM companies")]
    return companies, db.execute("SELECT alias_key, company_id, kind FROM aliases").fetchall()


def ensure_catalog_version(db: sqlite_utils.Database) -> None:
    """A counter that triggers move on every change to companies or aliases, by any connection or process.
    Readers compare it, one row, after each commit anyone makes: counting the companies instead cost
    0.6 ms at 100,000 of them, on the request that came after every crawl commit."""
    statements = ["CREATE TABLE IF NOT EXISTS catalog_version (id INTEGER PRIMARY KEY CHECK (id = 1), "
                  "version INTEGER NOT NULL)"]
    # Only when missing: an INSERT OR IGNORE still takes the write lock, and opening an up-to-date file
    # must not wait behind another writer.
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'catalog_version'").fetchone() or \
            not db.execute("SELECT 1 FROM catalog_version").fetchone():
        statements.append("INSERT OR IGNORE INTO catalog_version (id, version) VALUES (1, 0)")
    for table in ("companies", "aliases"):
        for change in ("INSERT", "UPDATE", "DELETE"):
            statements.append(f"CREATE TRIGGER IF NOT EXISTS {table}_{change.lower()}_moves_catalog AFTER {change} "
                              f"ON {table} BEGIN UPDATE catalog_version SET version = version + 1; END")
    db.executescript(";\n".join(statements) + ";")


def catalog_signature(db: sqlite_utils.Database) -> tuple:
    """Moves on every change to companies or aliases, by anyone."""
    # One row, whatever the size of the catalog; every insert, update or delete of a company or an alias
    # moves it (ensure_catalog_version's triggers). A database from before the counter falls back to counts.
    try:
        return tuple(db.execute(_CATALOG_VERSION).fetchone())
    except sqlite3.OperationalError:
        return tuple(db.execute(
            "SELECT (SELECT count(*) FROM companies), (SELECT max(id) FROM companies), "
            "(SELECT count(*) FROM aliases), (SELECT max(rowid) FROM aliases)").fetchone())


_CATALOG_VERSION = "SELECT version FROM catalog_version WHERE id = 1"


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database):
    """All or nothing, holding the write lock from the start (BEGIN IMMEDIATE), waiting for it up to the
    connection's busy timeout. sqlite-utils' atomic() begins a deferred transaction: its first read takes
    a snapshot, and turning that snapshot into a write while another process writes fails at once with
    "database is locked", with no waiting. Nested, it is a savepoint of the outer transaction."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
        _settle_company_alerts(db)
    except BaseException:
        db.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


def _settle_company_alerts(db: sqlite_utils.Database) -> None:
    """Recompute the stored alerts of the companies whose events this transaction changed, before it
    commits: readers never see new events beside an old alert, and two writers cannot interleave (each
    holds the write lock from BEGIN IMMEDIATE). The alert is pipeline.company_alert's; it calls this module
    for its SQL, so this module reaches it from inside the function."""
    from pipeline import company_alert

    company_alert.settle(db)


def write_failure(exc: BaseException, db: sqlite_utils.Database | None = None) -> str:
    """Why a write did not happen, in one line an operator can act on."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        waited = WRITE_LOCK_TIMEOUT_SECONDS
        with contextlib.suppress(sqlite3.Error, AttributeError):
            waited = db.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
        return f"the database is locked by another writer (waited {waited:g} s for it)"
    if code == sqlite3.SQLITE_FULL:
        return "the disk is full (database or disk is full)"
    if code is not None and code & 0xFF == sqlite3.SQLITE_CANTOPEN:
        return "cannot open or create the database file here (is its folder writable?)"
    if code is not None and code & 0xFF == sqlite3.SQLITE_READONLY:
        return "the database cannot be written here (a read-only file, folder or mount)"
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"


def database_unavailable(exc: BaseException) -> bool:
    """The database could not take a write (locked, full, read-only, I/O error): the data is fine and
    worth keeping for another try, unlike an error that the data itself causes."""
    return isinstance(exc, sqlite3.OperationalError)


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database):
    """All or nothing (write_transaction). On rollback the cached company index may hold companies that
    were never stored, so it is dropped too."""
    try:
        with write_transaction(db):
            yield db
    except BaseException:
        from pipeline import identity  # the index is identity's; it calls this module, so reach it here

        identity.forget_index(db)
        raise


def get_company(db: sqlite_utils.Database, company_id: int) -> Company | None:
    row = db.execute(f"SELECT id, name, cik, ticker, {_parent_column(db)} FROM companies WHERE id = ?",
                     [company_id]).fetchone()
    return _company(row) if row else None


# ---------------------------------------------------------------- articles and events


def article_id(canonical: str) -> str:
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:20]


@dataclass
class StoredArticle:
    id: str
    is_new: bool


def save_article(db: sqlite_utils.Database, article: dict, source_name: str) -> StoredArticle:
    """Keep an article once per canonical URL; every source that saw it gets a sighting."""
    now = utc_now()
    aid = article_id(article["url"])
    is_new = db.execute("SELECT 1 FROM articles WHERE id = ?", [aid]).fetchone() is None
    if is_new:
        db["articles"].insert({
            "id": aid, "url": article["url"], "title": article["title"],
            "summary": article.get("summary") or "", "published_at": article.get("published_at"),
            "publisher": article.get("publisher") or "", "first_seen": now,
        })
    db.execute(
        "INSERT OR IGNORE INTO sightings (article_id, source_name, first_seen) VALUES (?, ?, ?)",
        [aid, source_name, now],
    )
    return StoredArticle(aid, is_new)


def event_id(company_id: int, kind: str, role: str | None, counterparty: str | None, person: str | None) -> str:
    """One event however many stories report it: its identity leaves out the wording and the outlet."""
    parts = [str(company_id), kind, role or "", normalize_name(counterparty or ""), normalize_name(person or "")]
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:20]


# How far apart two reports of one event may be: a deal runs from rumour to completion over months; a
# departure is news for weeks. Measured from the event's nearest evidence, so a story chain extends it.
# Layoffs: one round is reported for a few weeks, and a second round months later is news of its own (scoring
# counts repeats); a bankruptcy runs from warning through filing to emergence over a year or more.
CLUSTER_WINDOW_DAYS = {"merger_acquisition": 180, "executive_departure": 60, LAYOFFS: 30, BANKRUPTCY: 365}
_STAGE_ORDER = {"rumored": 0, "announced": 1, "terminated": 2, "completed": 2,
                BANKRUPTCY_WARNING: 0, BANKRUPTCY_FILED: 1, BANKRUPTCY_EMERGED: 2}


def _same_party(a: str | None, b: str | None, person: bool) -> bool:
    """"Activision" and "Activision Blizzard Inc." are one counterparty; "Jane Roe" and "Roe" one person."""
    if not a or not b:
        return True
    ka, kb = normalize_name(a).split(), normalize_name(b).split()
    if not ka or not kb:
        return True
    if person:
        return ka[-1] == kb[-1]
    return ka[0] == kb[0] or set(ka) <= set(kb) or set(kb) <= set(ka)


def _matching_event(db: sqlite_utils.Database, event: dict) -> dict | None:
    window = CLUSTER_WINDOW_DAYS.get(event["kind"], 90)
    rows = db.execute(
        "SELECT id, date, coalesce(last_date, date), counterparty, person, stage, jobs, share, site FROM events "
        "WHERE company_id = ? AND kind = ? AND coalesce(role, '') = ? "
        "AND date <= date(?, '+' || ? || ' days') AND coalesce(last_date, date) >= date(?, '-' || ? || ' days') "
        "ORDER BY date",
        [event["company_id"], event["kind"], event.get("role") or "", event["date"], window, event["date"], window],
    ).fetchall()
    for row in rows:
        # Two WARN notices of one employer at different sites are two layoffs; news without a site joins either.
        if _same_party(row[3], event.get("counterparty"), person=False) and \
                _same_party(row[4], event.get("person"), person=True) and \
                (not row[8] or not event.get("site") or row[8] == event["site"]):
            return dict(zip(("id", "date", "last_date", "counterparty", "person", "stage", "jobs", "share", "site"),
                            row))
    return None


def _names_company(db: sqlite_utils.Database, name: str | None, company_id: int) -> bool:
    """Whether a name is this company's own: its normalised name, or an alias other than a ticker."""
    key = normalize_name(name or "")
    return bool(key) and db.execute(
        "SELECT 1 FROM companies WHERE id = ? AND norm_key = ? UNION ALL "
        "SELECT 1 FROM aliases WHERE company_id = ? AND alias_key = ? AND kind != 'ticker' LIMIT 1",
        [company_id, key, company_id, key]).fetchone() is not None


def _one_side_per_company(db: sqlite_utils.Database, event: dict) -> dict:
    """A deal whose other side is the company itself ("Facebook to buy Instagram": both Meta) is one
    event with one role: the company buys or folds in a unit of its own, so it is never the target (or a
    merger of equals), and with no counterparty both sides' reports cluster into that one event. A
    subsidiary is a company of its own, so "Google to acquire YouTube" keeps its two sides."""
    if event["kind"] != MERGER_ACQUISITION or not _names_company(db, event.get("counterparty"), event["company_id"]):
        return event
    reason = event.get("reason") or ""
    return {**event, "role": ROLE_ACQUIRER, "counterparty": None,
            "reason": f"{reason}; both sides are this company: one event, as acquirer" if reason else
            "both sides are this company: one event, as acquirer"}


def save_event(db: sqlite_utils.Database, event: dict, article_id_: str) -> str:
    """Add one piece of evidence to an event, creating it on first sight. Reports of the same company, kind,
    role and person/counterparty within the clustering window are one event: it keeps its earliest date,
    its latest stage, and fills in a person or counterparty a later report names. A deal never puts one
    company on both sides (_one_side_per_company)."""
    event = _one_side_per_company(db, event)
    existing = _matching_event(db, event)
    if existing is None:
        eid = event_id(event["company_id"], event["kind"], event.get("role"), event.get("counterparty"),
                       event.get("person"))
        if db.execute("SELECT 1 FROM events WHERE id = ?", [eid]).fetchone():
            eid = hashlib.sha1(f"{eid}|{event['date']}".encode()).hexdigest()[:20]  # the same parties, again
        db["events"].insert({**event, "id": eid, "abrupt": int(bool(event.get("abrupt"))),
                             "last_date": event["date"], "first_seen": utc_now()}, alter=True)
    else:
        eid = existing["id"]
        updates = {"date": min(existing["date"], event["date"]),
                   "last_date": max(existing["last_date"], event["date"])}
        if event["date"] >= existing["last_date"] and event.get("stage") and \
                _STAGE_ORDER.get(event["stage"], 0) >= _STAGE_ORDER.get(existing["stage"] or "", 0):
            updates["stage"] = event["stage"]
        if not existing["person"] and event.get("person"):
            updates["person"] = event["person"]
        if not existing["counterparty"] and event.get("counterparty"):
            updates["counterparty"] = event["counterparty"]
        if not existing["site"] and event.get("site"):
            updates["site"] = event["site"]
        for field in ("jobs", "share"):  # the largest figure any report of these layoffs gave
            if event.get(field) is not None and (existing.get(field) is None or event[field] > existing[field]):
                updates[field] = event[field]
        assignments = ", ".join(f"{column} = ?" for column in updates)
        db.execute(f"UPDATE events SET {assignments} WHERE id = ?", [*updates.values(), eid])
        if event.get("abrupt"):
            db.execute("UPDATE events SET abrupt = 1 WHERE id = ?", [eid])
    db.execute("INSERT OR IGNORE INTO event_evidence (event_id, article_id) VALUES (?, ?)", [eid, article_id_])
    return eid


def ensure_run_schema(db: sqlite_utils.Database) -> None:
    """Additive: how many of a run's items failed (crawl_runs.failed), and of its source's last run
    (sources.last_failed), on a file made before runs counted them."""
    for table, column in (("crawl_runs", "failed"), ("sources", "last_failed")):
        if not any(row[1] == column for row in db.execute(f"PRAGMA table_info({table})")):
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0")


def ensure_detection_schema(db: sqlite_utils.Database) -> None:
    """Additive changes to the tables, so an older database file still opens: events' last_date
    (clustering), companies' parent_id (subsidiaries). (The catalogue's rows for files seeded before the
    brand table or before it changed: identity.ensure_catalog.)"""
    columns = {row[1] for row in db.execute("PRAGMA table_info(events)")}
    if "last_date" not in columns:
        db.execute("ALTER TABLE events ADD COLUMN last_date TEXT")
    for column, sql_type in (("jobs", "INTEGER"), ("share", "REAL"), ("site", "TEXT")):  # layoffs (issue 13)
        if column not in columns:
            db.execute(f"ALTER TABLE events ADD COLUMN {column} {sql_type}")
    db.execute("CREATE INDEX IF NOT EXISTS idx_events_cluster ON events(company_id, kind, date)")
    if not any(row[1] == "parent_id" for row in db.execute("PRAGMA table_info(companies)")):
        db.execute("ALTER TABLE companies ADD COLUMN parent_id INTEGER REFERENCES companies(id)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_companies_parent ON companies(parent_id)")


_COMPANY_EVENTS = (
    "SELECT e.id, e.kind, e.role, e.stage, e.summary, e.counterparty, e.seniority, e.person, e.title, e.date, "
    "e.abrupt, e.reason, a.title, a.url, a.publisher, a.published_at, e.company_id, e.jobs, e.share, e.site "
    "FROM events e "
    "LEFT JOIN event_evidence ee ON ee.event_id = e.id LEFT JOIN articles a ON a.id = ee.article_id "
    "WHERE e.company_id = ? AND e.date >= ? "
    # Newest first, ties as the (company_id, date) index read backwards gives them, so SQLite sorts
    # nothing; one event's rows come together (its evidence is put in order below, in Python).
    "ORDER BY e.date DESC, e.rowid DESC"
)


def _evidence_order(evidence: dict) -> tuple:
    # As SQLite's ORDER BY published_at, url would: NULL first, then text by code point.
    published = evidence["published_at"]
    return (published is not None, published or "", evidence["url"])


def company_events(db: sqlite_utils.Database, company_id: int, since: str) -> list[dict]:
    """A company's events on or after `since` (ISO date), newest first, each with its evidence (oldest
    first). Keys in the alert contract's order, with the event's `id` first."""
    # One query for the events and all their evidence: this is the API's hot path.
    return _gather_events(db.conn.execute(_COMPANY_EVENTS, (company_id, since)), with_company=False)


def companies_events(db: sqlite_utils.Database, company_ids: list[int], since: str) -> list[dict]:
    """`company_events` for several companies in one query (a parent's subsidiaries), newest first; each
    event also says whose it is (`company_id`, its last key)."""
    if not company_ids:
        return []
    marks = ",".join("?" * len(company_ids[:_CHUNK]))
    sql = _COMPANY_EVENTS.replace("e.company_id = ?", f"e.company_id IN ({marks})")
    return _gather_events(db.conn.execute(sql, (*company_ids[:_CHUNK], since)), with_company=True)


def _gather_events(rows, with_company: bool) -> list[dict]:
    events: list[dict] = []
    current = None
    for (event_id, kind, role, stage, summary, counterparty, seniority, person, title, day, abrupt, reason,
         a_title, a_url, a_publisher, a_published, company_id, jobs, share, site) in rows:
        if current is None or current["id"] != event_id:
            current = {"id": event_id, "kind": kind, "role": role, "stage": stage, "summary": summary,
                       "counterparty": counterparty, "seniority": seniority, "person": person, "title": title,
                       "date": day, "abrupt": bool(abrupt), "reason": reason, "evidence": []}
            if kind == LAYOFFS:  # how big the cuts are, where a report said (docs/contracts.md)
                current["jobs"], current["share"], current["site"] = jobs, share, site
            if with_company:
                current["company_id"] = company_id
            events.append(current)
        if a_url is not None:  # articles.url is NOT NULL: None means no article joined
            current["evidence"].append(
                {"title": a_title, "url": a_url, "publisher": a_publisher, "published_at": a_published})
    for event in events:
        if len(event["evidence"]) > 1:
            event["evidence"].sort(key=_evidence_order)
    return events


# ---------------------------------------------------------------- sources and crawl runs


def sync_sources(db: sqlite_utils.Database, sources: Iterable[dict]) -> None:
    """Make every configured source known, keeping the health it already has."""
    with write_transaction(db):
        for source in sources:
            db.execute(
                "INSERT INTO sources (name, kind, url) VALUES (?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, url = excluded.url",
                [source["name"], source["kind"], source["url"]],
            )


def start_crawl_runs(db: sqlite_utils.Database, source_names: Iterable[str]) -> dict[str, int]:
    """Open a run per source, in one transaction; a run of the same source left 'running' by a killed
    crawl is closed as interrupted."""
    run_ids = {}
    with write_transaction(db):
        for name in source_names:
            db.execute("UPDATE crawl_runs SET status = 'interrupted', finished_at = ? "
                       "WHERE source_name = ? AND status = 'running'", [utc_now(), name])
            run_ids[name] = db.execute(
                "INSERT INTO crawl_runs (source_name, started_at, status) VALUES (?, ?, 'running')",
                [name, utc_now()],
            ).lastrowid
    return run_ids


def record_run_progress(db: sqlite_utils.Database, run_id: int, items: int, new_articles: int) -> None:
    """Count a stored batch on its run. Called inside the batch's transaction, so counts match rows."""
    db.execute("UPDATE crawl_runs SET items = items + ?, new_articles = new_articles + ? WHERE id = ?",
               [items, new_articles, run_id])


def finish_crawl_runs(db: sqlite_utils.Database, outcomes: list[dict]) -> None:
    """Close a crawl's runs and update their sources' health, in one transaction (one wait for the write
    lock, however many sources). Each outcome: run_id, source, status, items and new_articles (the run's
    totals), failed (items that could not be read or stored), error, etag, last_modified. Validators
    are kept only after an `ok` run, once the content they vouch for is all stored: a run that lost
    anything (`error`, `partial`) fetches it all again next time."""
    now = utc_now()
    with write_transaction(db):
        for run in outcomes:
            status = run["status"]
            db.execute(
                "UPDATE crawl_runs SET finished_at = ?, status = ?, items = ?, new_articles = ?, failed = ?, "
                "error = ? WHERE id = ?",
                [now, status, run["items"], run["new_articles"], run.get("failed", 0), run.get("error"),
                 run["run_id"]],
            )
            # Only `error` counts towards backing off: a `partial` source answered.
            db.execute(
                "UPDATE sources SET last_crawl = ?, last_status = ?, last_error = ?, last_failed = ?, "
                "consecutive_errors = CASE WHEN ? THEN consecutive_errors + 1 ELSE 0 END, "
                "items_seen = items_seen + ? WHERE name = ?",
                [now, status, run.get("error"), run.get("failed", 0), status == "error", run["items"],
                 run["source"]],
            )
            if status == "ok" and (run.get("etag") or run.get("last_modified")):
                db.execute("UPDATE sources SET etag = ?, last_modified = ? WHERE name = ?",
                           [run.get("etag"), run.get("last_modified"), run["source"]])


def source_validators(db: sqlite_utils.Database) -> dict[str, tuple[str | None, str | None]]:
    """Each source's stored (ETag, Last-Modified), for conditional GETs."""
    return {row[0]: (row[1], row[2]) for row in
            db.execute("SELECT name, etag, last_modified FROM sources WHERE etag IS NOT NULL OR last_modified IS NOT NULL")}


def source_health(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT name, kind, last_crawl, last_status, consecutive_errors, items_seen, last_error, "
                         "last_failed FROM sources ORDER BY name"))



def newest_crawl(db: sqlite_utils.Database) -> str | None:
    """When the newest run of any status finished: an attempt, not proof that anything was read."""
    return db.execute("SELECT max(finished_at) FROM crawl_runs").fetchone()[0]


# Runs in which the source answered: `partial` lost some items but read the rest, `not_modified` read
# that nothing changed. `error`, `interrupted` and `running` read nothing we can vouch for.
SUCCESSFUL_RUN_STATUSES = ("ok", "partial", "not_modified")


def newest_successful_crawl(db: sqlite_utils.Database) -> str | None:
    """When the newest run in which a source answered finished (pipeline/freshness.py). Walks the
    finished_at index from the newest run back, so it costs one step unless many runs failed since."""
    row = db.execute(
        "SELECT finished_at FROM crawl_runs "
        f"WHERE finished_at IS NOT NULL AND status IN ({', '.join('?' * len(SUCCESSFUL_RUN_STATUSES))}) "
        "ORDER BY finished_at DESC LIMIT 1", SUCCESSFUL_RUN_STATUSES).fetchone()
    return row[0] if row else None


def all_articles(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT id, url, title, summary, published_at, publisher FROM articles ORDER BY first_seen"))


def clear_events(db: sqlite_utils.Database) -> None:
    """Events are derived data; `reprocess` drops them before detecting again. News-only companies stay."""
    db.execute("DELETE FROM event_evidence")
    db.execute("DELETE FROM events")


# ---------------------------------------------------------------- API reads
# Owned by the API (server/, `upheaval query`): the reads it needs, and the indexes and full-text search
# that make the file pleasant for sqlite-utils and Datasette too. Nothing here writes rows.

QUERY_INDEXES = (
    "CREATE INDEX IF NOT EXISTS idx_events_date ON events(date, id)",
    "CREATE INDEX IF NOT EXISTS idx_events_kind_date ON events(kind, date, id)",
    "CREATE INDEX IF NOT EXISTS idx_event_evidence_article ON event_evidence(article_id)",
    "CREATE INDEX IF NOT EXISTS idx_aliases_company ON aliases(company_id)",
    "CREATE INDEX IF NOT EXISTS idx_articles_published ON articles(published_at)",
    "CREATE INDEX IF NOT EXISTS idx_crawl_runs_finished ON crawl_runs(finished_at)",
)
_EVENT_FIELDS = ("id", "company_id", "company_name", "kind", "role", "stage", "counterparty", "person", "title",
                 "seniority", "abrupt", "summary", "reason", "date", "jobs", "share", "site")
_EVENT_SELECT = ("SELECT e.id, e.company_id, c.name, e.kind, e.role, e.stage, e.counterparty, e.person, e.title, "
                 "e.seniority, e.abrupt, e.summary, e.reason, e.date, e.jobs, e.share, e.site FROM events e "
                 "JOIN companies c ON c.id = e.company_id ")
_CHUNK = 500  # bound on host parameters per IN (...) list


def ensure_query_helpers(db: sqlite_utils.Database) -> None:
    """Indexes for the API's reads and people's queries, and full-text search on articles kept in sync
    by triggers (after a VACUUM, `sqlite-utils rebuild-fts FILE articles`)."""
    for statement in QUERY_INDEXES:
        db.execute(statement)
    if db["articles"].detect_fts() is None:
        db["articles"].enable_fts(["title", "summary"], create_triggers=True)


def data_version(db: sqlite_utils.Database) -> int:
    """Changes whenever another connection commits: lets a reader know its cached answers went stale."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def company_profile(db: sqlite_utils.Database, company_id: int) -> dict | None:
    """A company, its aliases, the company that owns it (`parent`, or null) and those it owns directly."""
    parent = _parent_column(db)
    row = db.execute(f"SELECT id, name, norm_key, cik, ticker, origin, {parent} FROM companies WHERE id = ?",
                     [company_id]).fetchone()
    if row is None:
        return None
    aliases = db.execute("SELECT alias, kind FROM aliases WHERE company_id = ? ORDER BY kind, alias",
                         [company_id]).fetchall()
    owner = db.execute("SELECT id, name FROM companies WHERE id = ?", [row[6]]).fetchone() if row[6] else None
    owned = db.execute("SELECT id, name FROM companies WHERE parent_id = ? ORDER BY name, id",
                       [company_id]).fetchall() if parent == "parent_id" else []
    return {"company_id": row[0], "name": row[1], "key": row[2], "cik": row[3], "ticker": row[4],
            "origin": row[5], "aliases": [{"alias": alias, "kind": kind} for alias, kind in aliases],
            "parent": {"company_id": owner[0], "name": owner[1]} if owner else None,
            "subsidiaries": [{"company_id": i, "name": name} for i, name in owned]}


def _event_rows(db: sqlite_utils.Database, where: str, params: list) -> list[dict]:
    events = [dict(zip(_EVENT_FIELDS, row)) for row in db.execute(_EVENT_SELECT + where, params).fetchall()]
    for event in events:
        event["abrupt"] = bool(event["abrupt"])
        if event["kind"] != LAYOFFS:  # only layoffs carry a size (docs/contracts.md)
            del event["jobs"], event["share"], event["site"]
    return events


def events_page(db: sqlite_utils.Database, since: str, kind: str | None = None, limit: int = 50,
                before: tuple[str, str] | None = None) -> list[dict]:
    """Events dated on or after `since`, newest first; `before` (date, id) continues after a page."""
    clauses, params = ["e.date >= ?"], [since]
    if kind:
        clauses.append("e.kind = ?")
        params.append(kind)
    if before:
        clauses.append("(e.date, e.id) < (?, ?)")
        params += list(before)
    events = _event_rows(db, "WHERE " + " AND ".join(clauses) + " ORDER BY e.date DESC, e.id DESC LIMIT ?",
                         params + [limit])
    evidence = evidence_for(db, [event["id"] for event in events])
    for event in events:
        event["evidence"] = evidence.get(event["id"], [])
    return events


def events_since(db: sqlite_utils.Database, since: str) -> list[dict]:
    """Every event dated on or after `since`, grouped by company (no evidence: see `evidence_for`)."""
    return _event_rows(db, "WHERE e.date >= ? ORDER BY e.company_id, e.date DESC, e.id", [since])


def evidence_for(db: sqlite_utils.Database, event_ids: list[str]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for start in range(0, len(event_ids), _CHUNK):
        chunk = event_ids[start:start + _CHUNK]
        rows = db.execute(
            "SELECT ee.event_id, a.title, a.url, a.publisher, a.published_at FROM event_evidence ee "
            f"JOIN articles a ON a.id = ee.article_id WHERE ee.event_id IN ({','.join('?' * len(chunk))}) "
            "ORDER BY ee.event_id, a.published_at, a.url",
            chunk,
        ).fetchall()
        for event_id, title, url, publisher, published_at in rows:
            found.setdefault(event_id, []).append(
                {"title": title, "url": url, "publisher": publisher, "published_at": published_at})
    return found


def company_keys(db: sqlite_utils.Database, company_ids: list[int]) -> dict[int, list[str]]:
    """Each company's normalised name and alias keys, for clients that match names locally."""
    keys: dict[int, list[str]] = {}
    for start in range(0, len(company_ids), _CHUNK):
        chunk = company_ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT id, norm_key FROM companies WHERE id IN ({marks}) "
            # Tickers are left out: the server takes a ticker only when written like one ("AAPL", not
            # "Now"), and a local matcher comparing lower-cased keys cannot tell, so "Key" would be KeyCorp.
            f"UNION SELECT company_id, alias_key FROM aliases WHERE company_id IN ({marks}) AND kind != 'ticker' "
            "ORDER BY 1, 2",
            chunk + chunk,
        ).fetchall()
        for company_id, key in rows:
            if key:
                keys.setdefault(company_id, []).append(key)
    return keys


def run_readonly_sql(db: sqlite_utils.Database, sql: str, params: dict | Iterable = ()) -> tuple[list[str], list[tuple]]:
    """One statement a person typed, on a read-only connection: column names and rows. `params` fill
    `?` (a sequence) or `:name` (a dict) placeholders."""
    cursor = db.execute(sql, params if isinstance(params, dict) else list(params))
    columns = [description[0] for description in cursor.description or []]
    return columns, cursor.fetchall()


# ---------------------------------------------------------------- exports loaded by `upheaval ingest`
# Each export file loaded whole is remembered by its content's hash, so loading a folder again (a cron
# beside the nodes) loads only what is new: the items would be stored once anyway, but their runs would
# be recorded again, as new crawls. Created on first use: a database that never ingests never has it.


def _ensure_exports_table(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS ingested_exports (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, "
               "lines INTEGER NOT NULL, ingested_at TEXT NOT NULL)")


def export_ingested(db: sqlite_utils.Database, sha256: str) -> str | None:
    """When the export with this content was loaded whole, or None."""
    if not db["ingested_exports"].exists():
        return None
    row = db.execute("SELECT ingested_at FROM ingested_exports WHERE sha256 = ?", [sha256]).fetchone()
    return row[0] if row else None


def record_ingested_export(db: sqlite_utils.Database, sha256: str, name: str, lines: int) -> None:
    with write_transaction(db):
        _ensure_exports_table(db)
        db.execute("INSERT OR IGNORE INTO ingested_exports (sha256, name, lines, ingested_at) VALUES (?, ?, ?, ?)",
                   [sha256, name, lines, utc_now()])


# ---------------------------------------------------------------- stored alerts (pipeline/company_alert.py)
# One row per company with events in the window: its alert as pipeline.company_alert computed it, and the
# `basis` it was computed for (day, window, formula). A row whose basis is NULL is out of date: the
# triggers below mark it whenever the company's events or their evidence change, whoever writes them, and
# the next write transaction of this module recomputes it before committing (_settle_company_alerts).
# meta `company_alerts_basis` says which basis the whole table was last computed for: a company without a
# row then has no events in that window.

COMPANY_ALERTS_BASIS = "company_alerts_basis"
_MARK_OUTDATED = ("UPDATE company_alerts SET basis = NULL WHERE company_id = {id}; "
                  "INSERT OR IGNORE INTO company_alerts (company_id) SELECT {id} WHERE {id} IS NOT NULL;")
# Two statements, not INSERT OR REPLACE: a trigger's statements take the conflict policy of the statement
# that fired it, and save_event's INSERT OR IGNORE into event_evidence would turn a REPLACE into IGNORE.
_ALERT_TRIGGERS = {
    "events_insert_outdates_alert": "AFTER INSERT ON events BEGIN " + _MARK_OUTDATED.format(id="NEW.company_id"),
    "events_update_outdates_alert": "AFTER UPDATE ON events BEGIN " + _MARK_OUTDATED.format(id="OLD.company_id")
                                    + " " + _MARK_OUTDATED.format(id="NEW.company_id"),
    "events_delete_outdates_alert": "AFTER DELETE ON events BEGIN " + _MARK_OUTDATED.format(id="OLD.company_id"),
    "evidence_insert_outdates_alert": "AFTER INSERT ON event_evidence BEGIN " + _MARK_OUTDATED.format(
        id="(SELECT company_id FROM events WHERE id = NEW.event_id)"),
    "evidence_delete_outdates_alert": "AFTER DELETE ON event_evidence BEGIN " + _MARK_OUTDATED.format(
        id="(SELECT company_id FROM events WHERE id = OLD.event_id)"),
    # Articles are never rewritten here, but an alert quotes their titles: an edit elsewhere must show.
    "articles_update_outdates_alert": "AFTER UPDATE ON articles BEGIN "
        "UPDATE company_alerts SET basis = NULL WHERE company_id IN (SELECT e.company_id FROM event_evidence ee "
        "JOIN events e ON e.id = ee.event_id WHERE ee.article_id = NEW.id); "
        "INSERT OR IGNORE INTO company_alerts (company_id) SELECT e.company_id FROM event_evidence ee "
        "JOIN events e ON e.id = ee.event_id WHERE ee.article_id = NEW.id;",
}


def ensure_company_alerts(db: sqlite_utils.Database) -> None:
    """The stored alerts' table and the triggers that mark them out of date. On a file from before it, the
    table starts empty with no basis: every reader computes alerts from the events until the first writer
    to open it fills the table (company_alert.refresh, from open_db)."""
    statements = [
        "CREATE TABLE IF NOT EXISTS company_alerts (company_id INTEGER PRIMARY KEY, basis TEXT, score REAL, "
        "level TEXT, events TEXT)",
        "CREATE INDEX IF NOT EXISTS idx_company_alerts_outdated ON company_alerts(company_id) WHERE basis IS NULL",
    ]
    statements += [f"CREATE TRIGGER IF NOT EXISTS {name} {body} END" for name, body in _ALERT_TRIGGERS.items()]
    db.executescript(";\n".join(statements) + ";")


def stored_company_alert(db: sqlite_utils.Database, company_id: int) -> tuple[str | None, tuple | None]:
    """(the table's basis, the company's row as (basis, score, level, events JSON) or None), in one
    statement: this is the API's hot path. (None, None) on a file from before the table."""
    try:
        table_basis, present, *row = db.conn.execute(_STORED_ALERT, (company_id,)).fetchone()
    except sqlite3.OperationalError:  # no such table: a file no writer of this version has opened yet
        return None, None
    return table_basis, (tuple(row) if present is not None else None)


_STORED_ALERT = (
    f"SELECT (SELECT value FROM meta WHERE key = '{COMPANY_ALERTS_BASIS}'), a.company_id, a.basis, a.score, "
    "a.level, a.events FROM (SELECT ? AS id) q LEFT JOIN company_alerts a ON a.company_id = q.id")


def stored_company_alerts_of(db: sqlite_utils.Database, company_ids: list[int]) -> tuple[str | None, dict[int, tuple]]:
    """(the table's basis, {company id: (basis, score, level, events JSON)} for those of `company_ids` that
    have a row), in one statement however many are asked (a page's batch of names reads its alerts at once).
    (None, {}) on a file from before the table."""
    ids = list(dict.fromkeys(company_ids))
    rows: dict[int, tuple] = {}
    table_basis = None
    for start in range(0, max(len(ids), 1), _IDS_PER_STATEMENT):
        chunk = ids[start:start + _IDS_PER_STATEMENT]
        try:
            found = db.conn.execute(_STORED_ALERTS.format(marks=",".join("?" * len(chunk))),
                                    (COMPANY_ALERTS_BASIS, *chunk)).fetchall()
        except sqlite3.OperationalError:  # no such table: a file no writer of this version has opened yet
            return None, {}
        for company_id, *row in found:
            if company_id is None:
                table_basis = row[0]
            else:
                rows[company_id] = tuple(row)
    return table_basis, rows


_IDS_PER_STATEMENT = 500
# The table's basis rides in the first row (its company id NULL), so one statement answers both questions.
_STORED_ALERTS = ("SELECT NULL, value, NULL, NULL, NULL FROM meta WHERE key = ? UNION ALL "
                  "SELECT company_id, basis, score, level, events FROM company_alerts WHERE company_id IN ({marks})")


def company_alerts_basis(db: sqlite_utils.Database) -> str | None:
    """What the whole stored table was last computed for (None: never, or a file from before it)."""
    try:
        return get_meta(db, COMPANY_ALERTS_BASIS) if db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'company_alerts'").fetchone() else None
    except sqlite3.OperationalError:
        return None


def stored_company_alerts(db: sqlite_utils.Database, basis: str, levels: tuple[str, ...]) -> list[tuple]:
    """(company_id, name, basis, score, level, events JSON) of the stored alerts at one of `levels`, and of
    every row not computed for `basis` (out of date: the caller computes those)."""
    marks = ",".join("?" * len(levels))
    return db.execute(
        "SELECT a.company_id, c.name, a.basis, a.score, a.level, a.events FROM company_alerts a "
        "JOIN companies c ON c.id = a.company_id "
        f"WHERE a.basis IS NOT ? OR a.level IN ({marks})", [basis, *levels]).fetchall()


def outdated_company_alerts(db: sqlite_utils.Database) -> list[int]:
    """The companies whose stored alert the triggers marked out of date."""
    try:
        return [row[0] for row in db.conn.execute(_OUTDATED_ALERTS)]
    except sqlite3.OperationalError:  # a connection on a file from before the table
        return []


# Named: statistics taken while every row was out of date (an ANALYZE after a bulk load) make the planner
# scan the whole table, its alerts' text included, on every commit: 22 ms at 37,000 rows, not 20 us.
_OUTDATED_ALERTS = "SELECT company_id FROM company_alerts INDEXED BY idx_company_alerts_outdated WHERE basis IS NULL"


def write_company_alerts(db: sqlite_utils.Database, rows: list[tuple], cleared: list[int]) -> None:
    """Store recomputed alerts ((company_id, basis, score, level, events JSON)) and drop the rows of
    companies left with no events in the window. Inside the caller's transaction."""
    db.conn.executemany("INSERT OR REPLACE INTO company_alerts (company_id, basis, score, level, events) "
                        "VALUES (?, ?, ?, ?, ?)", rows)
    db.conn.executemany("DELETE FROM company_alerts WHERE company_id = ?", [(company_id,) for company_id in cleared])


def replace_company_alerts(db: sqlite_utils.Database, rows: list[tuple], basis: str) -> None:
    """Every stored alert at once, computed for `basis` (the daily refresh). Inside the caller's transaction."""
    db.conn.execute("DELETE FROM company_alerts")
    write_company_alerts(db, rows, [])
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [COMPANY_ALERTS_BASIS, basis])


def window_events_by_company(db: sqlite_utils.Database, since: str,
                             company_ids: list[int] | None = None) -> Iterator[tuple[int, str, list[dict]]]:
    """(company_id, company name, its events on or after `since`) for every company with any (or those of
    `company_ids` that have any), each company's events newest first with their evidence, in the order
    and shape of `company_events`."""
    if company_ids is None:
        yield from _events_by_company(db.conn.execute(_WINDOW_EVENTS.format(which=""), (since,)))
        return
    for start in range(0, len(company_ids), _CHUNK):
        chunk = company_ids[start:start + _CHUNK]
        which = f"AND e.company_id IN ({','.join('?' * len(chunk))}) "
        yield from _events_by_company(db.conn.execute(_WINDOW_EVENTS.format(which=which), (since, *chunk)))


_WINDOW_EVENTS = _COMPANY_EVENTS.replace(
    "FROM events e ", "FROM events e JOIN companies c ON c.id = e.company_id ").replace(
    "e.company_id = ? AND e.date >= ? ", "e.date >= ? {which}").replace(
    "ORDER BY e.date DESC", "ORDER BY e.company_id, e.date DESC").replace(
    "e.jobs, e.share, e.site FROM", "e.jobs, e.share, e.site, c.name FROM")


def _events_by_company(rows) -> Iterator[tuple[int, str, list[dict]]]:
    """One company at a time, so a refresh over the whole window never holds every event at once."""
    for company_id, company_rows in groupby(rows, key=lambda row: row[16]):
        company_rows = list(company_rows)
        yield company_id, company_rows[0][20], _gather_events((row[:20] for row in company_rows), with_company=False)


# ---------------------------------------------------------------- corrections (their own file)


def record_correction(path: str | Path, correction: dict) -> None:
    """Keep a user's "wrong company?" report. A file apart from the alert database, which the API only
    reads; an operator reviews them and teaches aliases with `upheaval companies alias`."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    try:
        db.execute("PRAGMA busy_timeout = 5000")
        with db.atomic():
            db["corrections"].insert({"received_at": utc_now(), **correction}, alter=True)
    finally:
        db.close()
