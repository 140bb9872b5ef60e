"""/api/v1/alerts and /api/v1/alerts/batch: company names in, alerts (DESIGN.md's contract) out."""

from __future__ import annotations

from flask import Blueprint, current_app, request

from pipeline import store
from pipeline.alerts import alert_for
from server import validate
from server.db import get_db
from server.responses import json_response

bp = Blueprint("alerts", __name__, url_prefix="/api/v1")

# The company index is checked for catalog changes at most this often per worker, so requests in between
# do no SQL for it (docs/api.md); a name it does not find makes it look again at once. Events are always
# read live.
INDEX_RECHECK_SECONDS = 0.05


def lookup(name: str, hints: dict, index=None) -> dict:
    app = current_app._get_current_object()  # one proxy lookup for both reads of the config
    db = get_db(app)
    if index is None:
        index = store.company_index(db, recheck_after=INDEX_RECHECK_SECONDS)
    alert = alert_for(db, name, window_days=app.config["WINDOW_DAYS"], hints=hints, index=index)
    if alert["match"] is None:
        # Not found may only mean "added since the last look" (a crawl just met the company): look again
        # now, so the lag never turns a company we know into "unknown".
        current = store.company_index(db)
        if current is not index:
            alert = alert_for(db, name, window_days=app.config["WINDOW_DAYS"], hints=hints, index=current)
    return alert


@bp.get("/alerts")
def get_alert():
    args = request.args
    name = validate.company_name(args.get("company"))
    hints = validate.hints(args.get("domain"), args.get("ats"))
    return json_response(lookup(name, hints))


@bp.post("/alerts/batch")
def post_batch():
    asked = validate.batch(request.get_json(force=True, silent=True))
    answers: dict[tuple, dict] = {}  # the same name twice in a page is looked up once
    index = store.company_index(get_db(), recheck_after=INDEX_RECHECK_SECONDS)  # one look for the whole page
    for name, hints in asked:
        key = (name, hints.get("domain"), hints.get("ats"))
        if key not in answers:
            answers[key] = lookup(name, hints, index)
    results = [answers[(name, hints.get("domain"), hints.get("ats"))] for name, hints in asked]
    return json_response({"results": results, "generated_at": store.utc_now()}, public=False)
