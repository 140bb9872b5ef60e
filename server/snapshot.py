"""/api/v1/snapshot: every company at watch or warning, for clients that match names locally and so
never send the server what their user browses. Built once per database change, day and freshness state,
per worker. `freshness` says whether a name missing from it may be read as "nothing found": only when it
is `fresh` (pipeline/freshness.py); flagged companies stay flagged however old the data is."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, current_app

from pipeline import company_alert, store
from pipeline.alerts import current_freshness
from pipeline.constants import LAYOFF_FIELDS, LEVEL_WARNING, LEVEL_WATCH
from server.db import connection_cache, get_db
from server.responses import _dumps, etag_of, json_response

bp = Blueprint("snapshot", __name__, url_prefix="/api/v1")
FLAGGED = (LEVEL_WARNING, LEVEL_WATCH)
MAX_EVIDENCE = 3  # per event: enough to show where it came from, small enough to download often


def build_snapshot(db, today: date, window_days: int, freshness: dict | None = None) -> dict:
    flagged = company_alert.flagged(db, today, window_days, FLAGGED)  # stored alerts, when they are for today
    keys = store.company_keys(db, [company["company_id"] for company in flagged])
    flagged.sort(key=lambda company: (-company["score"], company["company_id"]))
    ordered = [{"company_id": company["company_id"], "name": company["name"],
                "keys": keys.get(company["company_id"], []), "level": company["level"], "score": company["score"],
                "events": [_snapshot_event(event) for event in company["events"]]}
               for company in flagged]
    return {"generated_at": store.utc_now(), "window_days": window_days,
            "freshness": freshness or current_freshness(db), "companies": ordered}


def _snapshot_event(event: dict) -> dict:
    """The alert's event, cut to what a client matching locally shows."""
    return {"kind": event["kind"], "role": event["role"], "stage": event["stage"], "summary": event["summary"],
            "date": event["date"], "abrupt": event["abrupt"], "evidence": event["evidence"][:MAX_EVIDENCE],
            **{key: event[key] for key in LAYOFF_FIELDS if key in event}}  # layoffs only


@bp.get("/snapshot")
def get_snapshot():
    db = get_db()
    today = company_alert.utc_today()
    window_days = current_app.config["WINDOW_DAYS"]
    freshness = current_freshness(db)  # turns stale with time alone, without any change to the file
    version = (store.data_version(db), today, window_days, freshness["state"])
    cache = connection_cache()
    if cache.get("snapshot_version") != version:
        payload = build_snapshot(db, today, window_days, freshness)
        body = _dumps(payload)
        cache["snapshot"] = (payload, etag_of(body), body)
        cache["snapshot_version"] = version
    payload, etag, body = cache["snapshot"]
    return json_response(payload, etag=etag, body=body)
