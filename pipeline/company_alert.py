"""A company's alert, decided in one place: the window's first day, the events that count, the score and
the level (docs/scoring.md). Every reader (the alert contract, the company page, the snapshot, `upheaval
query`) asks `current`; nothing else computes a window start or calls `scoring.assess`.

The alert is computed when events change and stored per company (store: `company_alerts`), so a lookup
reads one row instead of scoring on every request:

- Triggers in the database mark a company's stored alert as out of date whenever any of its events or
  their evidence change, whoever writes them (this code, an older version, a person with sqlite-utils).
  `settle` recomputes the marked ones inside the same transaction, just before it commits
  (store.write_transaction), so no reader ever sees events without their alert.
- The window moves every day: `refresh` recomputes every company with events in the window, for the
  new day (`upheaval refresh-alerts`, the scheduler in `upheaval run`, and the first writer to open a
  database whose alerts are for another day, window or formula: an upgraded file needs no manual step).
- A stored alert says what it was computed for (its `basis`: the day, the window, the formula). A reader
  uses it only when that is what it asks for; anything else (a row marked out of date, a file from before
  this table, another day) is computed from the events, so the answer is always the same as a fresh one.

Freshness (pipeline/freshness.py) is not stored: it moves with the clock, not with events, so callers
apply it when they read.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

import sqlite_utils

from pipeline import constants, scoring, settings, store

WINDOW_DAYS = settings.UPHEAVAL_WINDOW_DAYS  # what writers store alerts for; the API asks for the same
# The score and level of a company with no events in the window, exactly as scoring gives them (the
# score is the integer 0 there, and a response must not change from 0 to 0.0 with where it was read).
_NOTHING_IN_THE_WINDOW = scoring.assess([], date(2000, 1, 1))
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


class EventsJSON:
    """A stored alert's events as the JSON text they were stored as: a JSON response splices it in as it is
    (server/responses.py), so the API's hot path neither parses nor encodes them again."""
    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def parsed(self) -> list[dict]:
        return json.loads(self.text)


@dataclass
class CompanyAlert:
    """What a company's alert says before freshness: the score, the level, and the window's events
    (newest first, in the alert contract's shape, without internal ids; EventsJSON when asked for)."""
    score: float
    level: str
    events: list[dict] | EventsJSON = field(default_factory=list)


def utc_today() -> date:
    return datetime.now(timezone.utc).date()


@lru_cache(maxsize=64)  # the same few (today, window) pairs come up on every lookup
def window_start(today: date, window_days: int = WINDOW_DAYS) -> str:
    """The window's first day, ISO: events dated on or after it count."""
    return (today - timedelta(days=window_days)).isoformat()


def assess(events: list[dict], today: date, window_days: int = WINDOW_DAYS,
           half_life_days: float = scoring.HALF_LIFE_DAYS) -> CompanyAlert:
    """Pure: a company's events (newest first, with ids, as store.company_events gives them) to its alert.
    Events before the window are left out; ids go after scoring (it tells unnamed departures apart by them)."""
    since = window_start(today, window_days)
    counted = [event for event in events if event["date"] >= since]
    score, level = scoring.assess(counted, today, half_life_days)
    return CompanyAlert(score, level, [_without_id(event) for event in counted])


def compute(db: sqlite_utils.Database, company_id: int, today: date, window_days: int = WINDOW_DAYS,
            half_life_days: float = scoring.HALF_LIFE_DAYS) -> CompanyAlert:
    """The alert from the events as they are now: what a stored alert must always equal."""
    return assess(store.company_events(db, company_id, window_start(today, window_days)), today, window_days,
                  half_life_days)


def current(db: sqlite_utils.Database, company_id: int, today: date, window_days: int = WINDOW_DAYS,
            half_life_days: float = scoring.HALF_LIFE_DAYS, events_as_json: bool = False) -> CompanyAlert:
    """The company's alert for `today`: the stored one when it was computed for this day, window and
    formula, else computed now from the events (a database an older version wrote, a row marked out of
    date, a day the refresh has not reached yet). `events_as_json`: a stored alert's events come as
    EventsJSON, for a caller that only sends them on."""
    wanted = basis(today, window_days, half_life_days)
    if wanted is not None:
        table_basis, row = store.stored_company_alert(db, company_id)
        found = _stored(row, table_basis, wanted, events_as_json)
        if found is not None:
            return found
    return compute(db, company_id, today, window_days, half_life_days)


def current_many(db: sqlite_utils.Database, company_ids: list[int], today: date, window_days: int = WINDOW_DAYS,
                 half_life_days: float = scoring.HALF_LIFE_DAYS, events_as_json: bool = False) -> dict[int, CompanyAlert]:
    """`current` for several companies, their stored alerts read in one statement (a page's batch of names)."""
    wanted = basis(today, window_days, half_life_days)
    alerts: dict[int, CompanyAlert] = {}
    if wanted is not None:
        table_basis, rows = store.stored_company_alerts_of(db, company_ids)
        for company_id in company_ids:
            found = _stored(rows.get(company_id), table_basis, wanted, events_as_json)
            if found is not None:
                alerts[company_id] = found
    for company_id in company_ids:
        if company_id not in alerts:
            alerts[company_id] = compute(db, company_id, today, window_days, half_life_days)
    return alerts


def _stored(row: tuple | None, table_basis: str | None, wanted: str, events_as_json: bool) -> CompanyAlert | None:
    """A stored row's alert when it was computed for `wanted`; None when it must be computed now."""
    if row is not None:
        row_basis, score, level, events = row
        if row_basis == wanted:
            return CompanyAlert(score, level, EventsJSON(events) if events_as_json else json.loads(events))
        return None
    if table_basis == wanted:  # every company with events in today's window has a row
        return CompanyAlert(*_NOTHING_IN_THE_WINDOW, [])
    return None


def flagged(db: sqlite_utils.Database, today: date, window_days: int = WINDOW_DAYS,
            levels: tuple[str, ...] = (constants.LEVEL_WARNING, constants.LEVEL_WATCH)) -> list[dict]:
    """Every company whose alert is at one of `levels` today: {"company_id", "name", "score", "level",
    "events"}, in no particular order. Read from the stored alerts when they are all for today; rows
    that are not (marked out of date) are computed on the spot, and a table that is not for today at all
    is bypassed: every company's alert is computed from the window's events."""
    wanted = basis(today, window_days)
    if wanted is None or store.company_alerts_basis(db) != wanted:
        found = []
        for company_id, name, events in store.window_events_by_company(db, window_start(today, window_days)):
            alert = assess(events, today, window_days)
            if alert.level in levels:
                found.append({"company_id": company_id, "name": name, "score": alert.score, "level": alert.level,
                              "events": alert.events})
        return found
    found = []
    for company_id, name, row_basis, score, level, events in store.stored_company_alerts(db, wanted, levels):
        if row_basis == wanted:
            found.append({"company_id": company_id, "name": name, "score": score, "level": level,
                          "events": json.loads(events)})
            continue
        alert = compute(db, company_id, today, window_days)
        if alert.level in levels:
            found.append({"company_id": company_id, "name": name, "score": alert.score, "level": alert.level,
                          "events": alert.events})
    return found


# ---------------------------------------------------------------- writing them


def settle(db: sqlite_utils.Database, today: date | None = None, chunk: int = 500) -> int:
    """Recompute the stored alerts that the triggers marked out of date. Called by store.write_transaction
    inside the transaction that changed the events, just before it commits; returns how many. A chunk of
    companies at a time: after `reprocess`, every company is marked."""
    company_ids = store.outdated_company_alerts(db)
    if not company_ids:
        return 0
    today = today or utc_today()
    wanted, since = basis(today, WINDOW_DAYS), window_start(today, WINDOW_DAYS)
    for start in range(0, len(company_ids), chunk):
        some = company_ids[start:start + chunk]
        events_of = {company_id: events for company_id, _, events in store.window_events_by_company(db, since, some)}
        rows = [_row(company_id, assess(events_of.get(company_id, []), today, WINDOW_DAYS), wanted)
                for company_id in some]
        store.write_company_alerts(db, [row for row in rows if row[1] is not None],
                                   [row[0] for row in rows if row[1] is None])
    return len(company_ids)


def refresh(db: sqlite_utils.Database, today: date | None = None, only_if_outdated: bool = False) -> int | None:
    """Recompute every company's stored alert for `today` (the window moved, or the formula changed), in
    one transaction; returns how many companies have events in the window. With `only_if_outdated`, a
    table already computed for today is left alone (None), and only rows marked out of date are settled:
    what opening a database and the daily scheduler do, so the second of two at once does no work twice."""
    today = today or utc_today()
    wanted = basis(today, WINDOW_DAYS)
    if only_if_outdated and not refresh_due(db, today):
        return None  # read without the write lock: opening an up-to-date file never waits for a writer
    with store.write_transaction(db):  # settles marked rows on the way out
        if only_if_outdated and store.company_alerts_basis(db) == wanted:
            return None
        rows = [_row(company_id, assess(events, today, WINDOW_DAYS), wanted)
                for company_id, _, events in store.window_events_by_company(db, window_start(today, WINDOW_DAYS))]
        rows = [row for row in rows if row[1] is not None]
        store.replace_company_alerts(db, rows, wanted)
    return len(rows)


def refresh_due(db: sqlite_utils.Database, today: date | None = None) -> bool:
    """Whether the stored alerts are for another day, window or formula, or some are marked out of date
    (written by something that does not settle them): reads only."""
    wanted = basis(today or utc_today(), WINDOW_DAYS)
    return store.company_alerts_basis(db) != wanted or bool(store.outdated_company_alerts(db))


def _row(company_id: int, alert: CompanyAlert, row_basis: str) -> tuple:
    """A stored alert, or (company_id, None, None, None, None) for a company with no events in the window:
    no row is kept for it (the table's basis vouches that such a company is `none`)."""
    if not alert.events:
        return (company_id, None, None, None, None)
    return (company_id, row_basis, alert.score, alert.level, _ENCODER.encode(alert.events))


# ---------------------------------------------------------------- what a stored alert was computed for


def _fingerprint(*modules) -> str:
    digest = hashlib.blake2b(digest_size=8)
    for module in modules:
        try:
            digest.update(inspect.getsource(module).encode("utf-8"))
        except (OSError, TypeError):  # no source at hand (a bare bytecode install): never match a stored row
            digest.update(repr(id(module)).encode())
    return digest.hexdigest()


# A fingerprint of the code that decides an alert (the scoring, its vocabulary, this module), taken at
# import, from the source this process runs: a stored alert written by other code, older or newer, does
# not match it and is computed again.
FORMULA_VERSION = _fingerprint(scoring, constants, sys.modules[__name__])


@lru_cache(maxsize=64)
def basis(today: date, window_days: int = WINDOW_DAYS, half_life_days: float = scoring.HALF_LIFE_DAYS) -> str | None:
    """What a stored alert must have been computed for to answer this question; None when no stored alert
    can (stored ones use the formula's own half-life)."""
    if half_life_days != scoring.HALF_LIFE_DAYS:
        return None
    return f"{today.isoformat()} {window_days}d {FORMULA_VERSION}"


def _without_id(event: dict) -> dict:
    event = dict(event)
    del event["id"]
    return event
