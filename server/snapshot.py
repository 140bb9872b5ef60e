"""/api/v1/snapshot: every company at watch or warning, for clients that match names locally and so
never send the server what their user browses. Built once per database change, day and freshness state,
per worker. `freshness` says whether a name missing from it may be read as "nothing found": only when it
is `fresh` (pipeline/freshness.py); flagged companies stay flagged however old the data is."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from itertools import groupby

from flask import Blueprint, current_app

from pipeline import scoring, store
from pipeline.alerts import current_freshness
from pipeline.constants import LAYOFF_FIELDS, LEVEL_WARNING, LEVEL_WATCH
from server.db import connection_cache, get_db
from server.responses import _dumps, etag_of, json_response

bp = Blueprint("snapshot", __name__, url_prefix="/api/v1")
FLAGGED = (LEVEL_WARNING, LEVEL_WATCH)
MAX_EVIDENCE = 3  # per event: enough to show where it came from, small enough to download often


def build_snapshot(db, today: date, window_days: int, freshness: dict | None = None) -> dict:
    since = (today - timedelta(days=window_days)).isoformat()
    flagged = []
    for company_id, events in groupby(store.events_since(db, since), key=lambda e: e["company_id"]):
        events = list(events)
        score, level = scoring.assess(events, today)
        if level in FLAGGED:
            flagged.append({"company_id": company_id, "name": events[0]["company_name"], "level": level,
                            "score": score, "events": events})
    ids = [company["company_id"] for company in flagged]
    keys = store.company_keys(db, ids)
    evidence = store.evidence_for(db, [e["id"] for company in flagged for e in company["events"]])
    for company in flagged:
        company["keys"] = keys.get(company["company_id"], [])
        company["events"] = [
            {"kind": e["kind"], "role": e["role"], "stage": e["stage"], "summary": e["summary"],
             "date": e["date"], "abrupt": e["abrupt"], "evidence": evidence.get(e["id"], [])[:MAX_EVIDENCE],
             **{key: e[key] for key in LAYOFF_FIELDS if key in e}}  # layoffs only
            for e in company["events"]
        ]
    flagged.sort(key=lambda company: (-company["score"], company["company_id"]))
    ordered = [{key: company[key] for key in ("company_id", "name", "keys", "level", "score", "events")}
               for company in flagged]
    return {"generated_at": store.utc_now(), "window_days": window_days,
            "freshness": freshness or current_freshness(db), "companies": ordered}


@bp.get("/snapshot")
def get_snapshot():
    db = get_db()
    today = datetime.now(timezone.utc).date()
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
