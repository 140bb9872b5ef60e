"""The alert contract (docs/interfaces.md): a company name in, level, score and evidenced events out; for a
company that owns others, their events as `related` context (docs/api.md). The level, score and events
are pipeline/company_alert.py's (stored when events change); this module resolves the name, applies
freshness and shapes the answer."""

from __future__ import annotations

import time
from datetime import date, datetime, timezone

import sqlite_utils

from pipeline import freshness as data_freshness
from pipeline import company_alert, identity, scoring, store
from pipeline.constants import LEVEL_UNKNOWN, REASON_NOT_FOUND


_clock: tuple = (None, "", None)  # (whole second, its utc_now() stamp, its UTC date), shared by threads


def _now() -> tuple[str, date]:
    """`store.utc_now()` and today's UTC date, formatted once per second rather than once per lookup."""
    global _clock
    second = int(time.time())
    clock = _clock
    if clock[0] != second:
        moment = datetime.fromtimestamp(second, timezone.utc)
        clock = _clock = (second, moment.strftime("%Y-%m-%dT%H:%M:%SZ"), moment.date())
    return clock[1], clock[2]


def alert_for(db: sqlite_utils.Database, query: str, today: date | None = None,
              window_days: int = company_alert.WINDOW_DAYS, hints: dict | None = None,
              half_life_days: float = scoring.HALF_LIFE_DAYS, index=None, lag: float = 0.0,
              freshness: dict | None = None, events_as_json: bool = False) -> dict:
    """The alert for a name as a person reads it. `hints` ({"domain": "gitlab.com", "ats": "greenhouse:gitlab"})
    only help choose between candidates; they never turn an unknown name into a match on their own
    unless they name a company exactly. `index` (identity.company_index(db)) lets a caller answering many
    names at once look it up once; `lag` lets the company index lag the catalog that long
    (identity.resolve). `freshness` (`current_freshness(db)`) likewise: how fresh the news we hold is
    decides whether "nothing found" may be said (pipeline/freshness.py). `events_as_json`: the events may
    come as company_alert.EventsJSON, the stored text, for a caller that encodes the alert with
    server/responses.py and nothing else."""
    stamp, now_date = _now()
    today = today or now_date
    freshness = freshness or current_freshness(db, lag)
    resolution, answered_by = identity.lookup(db, query, hints=hints, lag=lag, index=index)
    company = resolution.company
    stored = {company.id: company_alert.current(db, company.id, today, window_days, half_life_days, events_as_json)
              } if company is not None else {}
    return _shaped(query, resolution, answered_by, stored, db, today, window_days, freshness, stamp)


def alerts_for(db: sqlite_utils.Database, asked: list[tuple[str, dict | None]], today: date | None = None,
               window_days: int = company_alert.WINDOW_DAYS, half_life_days: float = scoring.HALF_LIFE_DAYS,
               index=None, lag: float = 0.0, freshness: dict | None = None,
               events_as_json: bool = False) -> list[dict]:
    """`alert_for` each (name, hints) pair, in order: the names resolved one by one, their companies' stored
    alerts read in one statement (a page's batch, a publish of every flagged company)."""
    stamp, now_date = _now()
    today = today or now_date
    freshness = freshness or current_freshness(db, lag)
    looked_up = identity.lookup_many(db, asked, lag=lag, index=index)
    found = [resolution.company.id for resolution, _ in looked_up if resolution.company is not None]
    stored = company_alert.current_many(db, found, today, window_days, half_life_days, events_as_json) if found else {}
    return [_shaped(query, resolution, answered_by, stored, db, today, window_days, freshness, stamp)
            for (query, _), (resolution, answered_by) in zip(asked, looked_up)]


def _shaped(query: str, resolution, index, stored: dict, db: sqlite_utils.Database, today: date, window_days: int,
            freshness: dict, stamp: str) -> dict:
    """One name's alert in the contract's shape, from its resolution and its company's current alert."""
    company = resolution.company
    if company is None:
        alert = {"query": query, "match": None, "level": LEVEL_UNKNOWN, "reason": REASON_NOT_FOUND, "score": 0.0,
                 "window_days": window_days, "events": []}
        if resolution.candidates:
            alert["candidates"] = [{"company_id": c.id, "name": c.name} for c in resolution.candidates[:10]]
        alert["freshness"] = freshness
        alert["generated_at"] = stamp
        return alert
    alert_now = stored[company.id]
    level, reason = data_freshness.apply(alert_now.level, freshness)
    match = {"company_id": company.id, "name": company.name, "matched_on": resolution.matched_on,
             "confidence": resolution.confidence}
    parent = index.parent_of(company)
    if parent is not None:
        match["parent"] = {"company_id": parent.id, "name": parent.name}
    alert = {"query": query, "match": match, "level": level}
    if reason:
        alert["reason"] = reason
    alert["score"] = alert_now.score
    alert["window_days"] = window_days
    alert["events"] = alert_now.events
    subsidiaries = index.subsidiaries_of(company.id)
    if subsidiaries:  # context, read live: a subsidiary's events never change the parent's stored alert
        related = _subsidiaries_events(db, subsidiaries, company_alert.window_start(today, window_days))
        if related:
            alert["related"] = related
    alert["freshness"] = freshness
    alert["generated_at"] = stamp
    return alert


def current_freshness(db: sqlite_utils.Database, lag: float = 0.0) -> dict:
    """How fresh the news in this database is now (pipeline/freshness.py); once per request is enough. A
    reader allowed to `lag` (the API: identity.SERVER_LAG_SECONDS, as for the company index) reads the crawl
    log at most that often: at thousands of lookups a second the one statement was a third of a lookup."""
    if not lag:
        return data_freshness.assess(store.newest_successful_crawl(db))
    path = store.database_file(db)
    now = time.monotonic()
    cached = _FRESHNESS.get(path)
    if cached is None or now - cached[0] >= lag:
        cached = _FRESHNESS[path] = (now, data_freshness.assess(store.newest_successful_crawl(db)))
    return cached[1]


# {database file: (when read, its freshness)} for readers that may lag (current_freshness)
_FRESHNESS: dict[str, tuple[float, dict]] = {}


def _subsidiaries_events(db: sqlite_utils.Database, subsidiaries: list, since: str) -> list[dict]:
    """The window's events of the companies this one owns, newest first, each saying whose it is. They
    are context for the parent's alert: never in its score or level, never shown as its own."""
    if not subsidiaries:
        return []
    names = {subsidiary.id: subsidiary.name for subsidiary in subsidiaries}
    related = []
    for event in store.companies_events(db, list(names), since):
        del event["id"]
        company_id = event.pop("company_id")
        related.append({"company_id": company_id, "company": names[company_id], "relation": "subsidiary", **event})
    return related

