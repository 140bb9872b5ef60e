"""/api/v1/alerts and /api/v1/alerts/batch: company names in, alerts (DESIGN.md's contract) out."""

from __future__ import annotations

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


def lookup(name: str, hints: dict) -> dict:
    window_days = current_app.config["WINDOW_DAYS"]
    if _TAKES_HINTS:
        return alert_for(get_db(), name, window_days=window_days, hints=hints)
    return alert_for(get_db(), name, window_days=window_days)


@bp.get("/alerts")
def get_alert():
    name = validate.company_name(request.args.get("company"))
    hints = validate.hints(request.args.get("domain"), request.args.get("ats"))
    return json_response(lookup(name, hints))


@bp.post("/alerts/batch")
def post_batch():
    asked = validate.batch(request.get_json(force=True, silent=True))
    answers: dict[tuple, dict] = {}  # the same name twice in a page is looked up once
    for name, hints in asked:
        key = (name, hints.get("domain"), hints.get("ats"))
        if key not in answers:
            answers[key] = lookup(name, hints)
    results = [answers[(name, hints.get("domain"), hints.get("ats"))] for name, hints in asked]
    return json_response({"results": results, "generated_at": store.utc_now()}, public=False)
