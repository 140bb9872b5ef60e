"""/api/v1/alerts and /api/v1/alerts/batch: company names in, alerts (DESIGN.md's contract) out."""

from __future__ import annotations

import functools
import inspect

from flask import Blueprint, current_app, request

from pipeline import store
from pipeline.alerts import alert_for
from server import validate
from server.db import get_db
from server.responses import json_response

bp = Blueprint("alerts", __name__, url_prefix="/api/v1")

# The detection engineer's alert_for takes page hints (domain, ATS slug) once it can use them.
_TAKES_HINTS = "hints" in inspect.signature(alert_for).parameters


@functools.lru_cache(maxsize=8)
def _takes_index(function) -> bool:
    """Whether this alert_for (the one in use now) accepts a precomputed company index."""
    return "index" in inspect.signature(function).parameters


def lookup(name: str, hints: dict, index=None) -> dict:
    window_days = current_app.config["WINDOW_DAYS"]
    options = {"index": index} if index is not None and _takes_index(alert_for) else {}
    if _TAKES_HINTS:
        return alert_for(get_db(), name, window_days=window_days, hints=hints, **options)
    return alert_for(get_db(), name, window_days=window_days, **options)


@bp.get("/alerts")
def get_alert():
    name = validate.company_name(request.args.get("company"))
    hints = validate.hints(request.args.get("domain"), request.args.get("ats"))
    return json_response(lookup(name, hints))


@bp.post("/alerts/batch")
def post_batch():
    asked = validate.batch(request.get_json(force=True, silent=True))
    answers: dict[tuple, dict] = {}  # the same name twice in a page is looked up once
    index = store.company_index(get_db())  # one look at the company index for the whole page
    for name, hints in asked:
        key = (name, hints.get("domain"), hints.get("ats"))
        if key not in answers:
            answers[key] = lookup(name, hints, index)
    results = [answers[(name, hints.get("domain"), hints.get("ats"))] for name, hints in asked]
    return json_response({"results": results, "generated_at": store.utc_now()}, public=False)
