"""/api/v1/corrections: a user's "wrong company?" report, sent by the extension only with consent.

Reports go to a SQLite file of their own (the alert database stays read-only for the API), written here
like the rate limiter's counters. Anything that passes server/guard.py may post one, so the file is
bounded: reports older than CORRECTIONS_KEEP_DAYS go, and only the newest CORRECTIONS_KEEP are kept.
Each report keeps where it came from (the sender's Origin and address), so an operator can tell one
user's reports from a flood.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import sqlite_utils
from flask import Blueprint, current_app, request

from pipeline import store
from server import validate

bp = Blueprint("corrections", __name__, url_prefix="/api/v1")


@bp.post("/corrections")
def post_correction():
    correction = validate.correction(validate.json_body(request))
    config = current_app.config
    source = {"origin": request.headers.get("Origin"), "client": request.remote_addr}
    record_correction(config["CORRECTIONS_DB"], {**correction, **source},
                      keep=config["CORRECTIONS_KEEP"], keep_days=config["CORRECTIONS_KEEP_DAYS"])
    return {"status": "recorded"}, 202


def record_correction(path: str | Path, correction: dict, keep: int, keep_days: int) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    try:
        db.execute("PRAGMA busy_timeout = 5000")
        cutoff = (datetime.now(timezone.utc) - timedelta(days=keep_days)).strftime("%Y-%m-%dT%H:%M:%SZ")
        with db.atomic():
            db["corrections"].insert({"received_at": store.utc_now(), **correction}, alter=True)
            db.execute("DELETE FROM corrections WHERE received_at < ?", [cutoff])
            # rowids grow with each insert, so the newest `keep` are the top of the rowid range
            db.execute("DELETE FROM corrections WHERE rowid <= (SELECT max(rowid) FROM corrections) - ?", [keep])
    finally:
        db.close()
