"""/healthz (is the database readable and sound, how old is the newest successful crawl) and the OpenAPI
document.

Stale or missing news answers 200 with `"status": "degraded"`, not 503: the server works and answers
honestly (`unknown`, never a false `none`), and a load balancer or supervisor that restarted it on 503
would not bring the news back. Monitors read the `status` field (docs/api.md, "Health").

Being able to open the file proves little: a damaged file opens, and small tables (the crawl log) may
still read while the events do not. So each worker runs SQLite's `quick_check` over the whole file, on a
connection of its own so that lookups do not wait behind it, at most once per INTEGRITY_EVERY_SECONDS,
and answers 503 while the last check failed.
"""

from __future__ import annotations

import json
import time
from functools import lru_cache
from importlib import resources

from flask import Blueprint, current_app

from pipeline import freshness as data_freshness
from pipeline import readonly, store
from server.db import connection_cache, get_db
from server.errors import error_response
from server.responses import json_response

bp = Blueprint("health", __name__)


@lru_cache(maxsize=1)
def openapi_document() -> dict:
    return json.loads(resources.files("server").joinpath("openapi.json").read_text("utf-8"))


INTEGRITY_EVERY_SECONDS = 300  # quick_check reads every page: about a second per few hundred MB


def database_is_sound(path: str) -> bool:
    cache = connection_cache()  # dropped with the connection after a database error: checked again then
    checked = cache.get("integrity")
    now = time.monotonic()
    if checked is None or now - checked[0] > INTEGRITY_EVERY_SECONDS:
        db = readonly.open_for_reading(path)
        try:
            sound = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            db.close()
        checked = cache["integrity"] = (now, sound)
    return checked[1]


@bp.get("/healthz")
def healthz():
    db = get_db()
    newest = store.newest_successful_crawl(db)  # raises, and so answers 503, when the file is unreadable
    if not database_is_sound(current_app.config["DATABASE"]):
        return error_response(503, "the alert database is damaged (it failed SQLite's quick_check)")
    freshness = data_freshness.assess(newest)
    body = {"status": "ok" if freshness["state"] == data_freshness.FRESH else "degraded", "database": True,
            "newest_crawl": newest, "newest_crawl_age_seconds": data_freshness.age_seconds(newest),
            "stale_after_seconds": int(data_freshness.STALE_AFTER_HOURS * 3600),
            "newest_run": store.newest_crawl(db)}  # any status: runs that keep failing show here
    if body["status"] == "degraded":
        body["reason"] = freshness["state"]
        body["message"] = data_freshness.describe(freshness)
    response = current_app.json.response(body)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/api/v1/openapi.json")
def openapi():
    return json_response(openapi_document(), max_age=3600)
