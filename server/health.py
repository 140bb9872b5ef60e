"""/healthz (is the database reachable, how old is the newest crawl) and the OpenAPI document."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources

from flask import Blueprint, current_app

from pipeline import store
from server.db import get_db
from server.responses import json_response

bp = Blueprint("health", __name__)


@lru_cache(maxsize=1)
def openapi_document() -> dict:
    return json.loads(resources.files("server").joinpath("openapi.json").read_text("utf-8"))


def age_seconds(stamp: str | None) -> int | None:
    if not stamp:
        return None
    then = datetime.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    return max(0, int((datetime.now(timezone.utc) - then).total_seconds()))


@bp.get("/healthz")
def healthz():
    newest = store.newest_crawl(get_db())  # raises, and so answers 503, when the file is unreadable
    response = current_app.json.response({"status": "ok", "database": True, "newest_crawl": newest,
                                          "newest_crawl_age_seconds": age_seconds(newest)})
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/api/v1/openapi.json")
def openapi():
    return json_response(openapi_document(), max_age=3600)
