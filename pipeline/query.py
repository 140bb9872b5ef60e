"""`upheaval query`: one company's alert, recent events, or read-only SQL, as a table, JSON or CSV.

Reads through a read-only connection, so nothing typed here can change the database. `--sql` is held
tighter still: an authorizer refuses ATTACH, DETACH and VACUUM INTO (each would open or create a file at
any path), and a statement that runs longer than SQL_TIME_LIMIT_SECONDS (a runaway recursive CTE) is
stopped.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta, timezone

from pipeline import atom, freshness, readonly, store
from pipeline.constants import REASON_NO_DATA, REASON_STALE

_AGE = re.compile(r"(\d+)\s*([dwmy])")
_DAYS_PER_UNIT = {"d": 1, "w": 7, "m": 30, "y": 365}
DEFAULT_SINCE = "30d"
DEFAULT_EVENTS_LIMIT = 500
MAX_CELL = 70  # table cells are cut here; --json and --csv keep every character
SQL_TIME_LIMIT_SECONDS = 5.0
_PROGRESS_EVERY = 10_000  # SQLite instructions between clock checks: microseconds apart
# VACUUM INTO attaches its target file, so refusing ATTACH refuses it too.
_REFUSED_ACTIONS = {sqlite3.SQLITE_ATTACH: "ATTACH (or VACUUM INTO)", sqlite3.SQLITE_DETACH: "DETACH"}


class QueryError(Exception):
    pass


def parse_since(value: str, today: date | None = None) -> str:
    """'30d', '12w', '6m', '1y' (an age) or 'YYYY-MM-DD' to an ISO date."""
    today = today or datetime.now(timezone.utc).date()
    value = value.strip().lower()
    age = _AGE.fullmatch(value)
    if age:
        try:
            return (today - timedelta(days=int(age.group(1)) * _DAYS_PER_UNIT[age.group(2)])).isoformat()
        except OverflowError:  # before year 1, or past what timedelta holds
            raise QueryError(f"--since {value} reaches back before the year 1; give a smaller age or a date") from None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"--since takes an age such as 30d, 12w, 6m, 1y or a date YYYY-MM-DD, not {value!r}") from None


def open_readonly(path: str):
    """Never creates the file (readonly.missing_file says why)."""
    try:
        return readonly.open_for_reading(path, allow_copy=True)  # a read-only folder or mount works too
    except readonly.DatabaseUnavailable as exc:
        raise QueryError(str(exc)) from None


def run_limited_sql(db, sql: str, time_limit: float = SQL_TIME_LIMIT_SECONDS) -> tuple[list[str], list[tuple]]:
    """One statement a person typed, refused if it would reach another file, stopped if it runs too long."""
    refused: list[str] = []
    deadline = time.monotonic() + time_limit

    def authorize(action, *_):
        if action in _REFUSED_ACTIONS:
            refused.append(_REFUSED_ACTIONS[action])
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    conn = db.conn
    conn.set_authorizer(authorize)
    conn.set_progress_handler(lambda: time.monotonic() > deadline, _PROGRESS_EVERY)
    try:
        return store.run_readonly_sql(db, sql)
    except sqlite3.DatabaseError as exc:
        if refused:
            raise QueryError(f"--sql reads this database only: {refused[0]} is refused") from None
        if time.monotonic() > deadline and "interrupted" in str(exc):
            raise QueryError(f"the statement ran longer than {time_limit:g} s and was stopped") from None
        raise
    finally:
        conn.set_authorizer(None)
        conn.set_progress_handler(None, 0)


def run(args, database: str, out=None) -> int:
    out = out or sys.stdout
    fmt = "json" if args.json else "csv" if args.csv else "table"
    db = open_readonly(database)
    try:
        if args.sql:
            columns, rows = run_limited_sql(db, args.sql, SQL_TIME_LIMIT_SECONDS)
            emit(columns, [list(row) for row in rows], fmt, out)
        elif args.events and args.atom:
            companies, unknown = atom.gather(db, args.company, parse_since(args.since or DEFAULT_SINCE))
            out.write(atom.events_feed(companies, unknown,
                                       limit=atom.MAX_ENTRIES if args.limit is None else args.limit).decode("utf-8"))
        elif args.events:
            events = (companies_events(db, args.company, args.since, args.kind, args.limit)
                      if args.company else
                      store.events_page(db, parse_since(args.since or DEFAULT_SINCE), args.kind,
                                        DEFAULT_EVENTS_LIMIT if args.limit is None else args.limit))
            if fmt == "json":
                print(json.dumps(events, indent=2, ensure_ascii=False), file=out)
            else:
                columns = ["date", "company", "kind", "role", "person", "title", "abrupt", "summary", "url"]
                emit(columns, [[e["date"], e["company_name"], e["kind"], e["role"], e["person"], e["title"],
                                e["abrupt"], e["summary"], e["evidence"][0]["url"] if e["evidence"] else ""]
                               for e in events], fmt, out)
        else:
            print_alert(db, args.name, fmt, out)
    except sqlite3.Error as exc:
        raise QueryError(f"SQL error: {exc}") from None
    finally:
        db.close()
    return 0


def companies_events(db, names: list[str], since: str | None, kind: str | None, limit: int | None) -> list[dict]:
    """`--events --company NAME ...`: those companies' events, newest first, shaped like events_page's."""
    companies, _ = atom.gather(db, names, parse_since(since or DEFAULT_SINCE))
    events = [{**event, "company_id": company["company_id"], "company_name": company["name"]}
              for company in companies for event in company["events"] if not kind or event["kind"] == kind]
    events.sort(key=lambda e: (e["date"], e["id"]), reverse=True)
    return events[:DEFAULT_EVENTS_LIMIT if limit is None else limit]


_UNKNOWN_BECAUSE = {
    REASON_NO_DATA: "no news has been crawled yet, so 'nothing found' cannot be said (run `upheaval crawl`)",
    REASON_STALE: "the newest crawl is too old to say 'nothing found' (is `upheaval run` running?)",
}


def print_alert(db, name: str, fmt: str, out) -> None:
    from pipeline.alerts import alert_for

    alert = alert_for(db, name)
    if fmt == "json":
        print(json.dumps(alert, indent=2, ensure_ascii=False), file=out)
        return
    match = alert["match"] or {}
    columns = ["company", "level", "score", "date", "kind", "role", "person", "abrupt", "summary", "url"]
    rows = [[match.get("name"), alert["level"], alert["score"], e["date"], e["kind"], e["role"], e["person"],
             e["abrupt"], e["summary"], e["evidence"][0]["url"] if e["evidence"] else ""] for e in alert["events"]]
    if fmt == "csv":
        emit(columns, rows, fmt, out)
        return
    print(f"query:   {alert['query']}", file=out)
    if alert["match"]:
        print(f"company: {match['name']} (id {match['company_id']}, matched on {match['matched_on']})", file=out)
    elif alert.get("candidates"):
        print("company: ambiguous; candidates: " + "; ".join(c["name"] for c in alert["candidates"]), file=out)
    else:
        print("company: not recognised", file=out)
    print(f"level:   {alert['level']} (score {alert['score']}, last {alert['window_days']} days)", file=out)
    if alert.get("reason") in _UNKNOWN_BECAUSE:
        print(f"why:     {_UNKNOWN_BECAUSE[alert['reason']]}", file=out)
    print(f"data:    {freshness.describe(alert['freshness'])}", file=out)
    if rows:
        print(file=out)
        emit(columns[3:], [row[3:] for row in rows], "table", out)


def emit(columns: list[str], rows: list[list], fmt: str, out) -> None:
    if fmt == "json":
        print(json.dumps([dict(zip(columns, row)) for row in rows], indent=2, ensure_ascii=False, default=str),
              file=out)
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows(["" if cell is None else cell for cell in row] for row in rows)
    else:
        print_table(columns, rows, out)


def print_table(columns: list[str], rows: list[list], out) -> None:
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max([len(column)] + [len(row[i]) for row in cells]) for i, column in enumerate(columns)]
    print("  ".join(column.ljust(width) for column, width in zip(columns, widths)).rstrip(), file=out)
    print("  ".join("-" * width for width in widths), file=out)
    for row in cells:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip(), file=out)
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", file=out)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"
