"""/api/v1/alerts and /api/v1/alerts/batch: company names in, alerts (docs/interfaces.md, "Alert contract") out."""

from __future__ import annotations

from flask import Blueprint, current_app, request

from pipeline import identity, store
from pipeline.alerts import alert_for, alerts_for, current_freshness
from server import validate
from server.db import get_db
from server.responses import json_response

bp = Blueprint("alerts", __name__, url_prefix="/api/v1")


def lookup(name: str, hints: dict, index=None, freshness=None, app=None) -> dict:
    """The company index may lag the catalog by identity.SERVER_LAG_SECONDS (docs/api.md); the alert and
    the newest crawl are always read live. Stored events stay the JSON text they are stored as: the
    response splices them in (server/responses.py)."""
    if app is None:
        app = current_app._get_current_object()  # one proxy lookup for both reads of the config
    return alert_for(get_db(app), name, window_days=app.config["WINDOW_DAYS"], hints=hints, index=index,
                     lag=identity.SERVER_LAG_SECONDS, freshness=freshness, events_as_json=True)


def asked(args) -> tuple[str, dict]:
    """The name and hints a GET /api/v1/alerts asks about (its query's parameters); raises BadRequest."""
    name = validate.company_name(args.get("company"))
    # Most lookups send no hints, and MultiDict.get raises and catches a KeyError for each absent name:
    # with `company` the only parameter, there are none.
    hints = validate.hints(args.get("domain"), args.get("ats")) if len(args) > 1 else {}
    return name, hints


def answer(app, req):
    """GET /api/v1/alerts's whole answer to a request that passed the app's checks: the view's, and
    server/fast_path.py's, which calls it outside Flask's contexts."""
    name, hints = asked(req.args)
    return json_response(lookup(name, hints, app=app), app=app, req=req)


@bp.get("/alerts")
def get_alert():
    return answer(current_app._get_current_object(), request._get_current_object())


@bp.post("/alerts/batch")
def post_batch():
    asked = validate.batch(validate.json_body(request))
    app = current_app._get_current_object()
    db = get_db(app)
    # The same name twice in a page is looked up once; the page's companies' alerts are read in one statement.
    distinct: dict[tuple, tuple[str, dict]] = {}
    for name, hints in asked:
        distinct.setdefault((name, hints.get("domain"), hints.get("ats")), (name, hints))
    index = identity.company_index(db, recheck_after=identity.SERVER_LAG_SECONDS)  # one look per page
    freshness = current_freshness(db, identity.SERVER_LAG_SECONDS)  # and one answer for the whole page: every name is as fresh
    answered = alerts_for(db, list(distinct.values()),
                          window_days=app.config["WINDOW_DAYS"], index=index, lag=identity.SERVER_LAG_SECONDS,
                          freshness=freshness, events_as_json=True)
    answers = dict(zip(distinct, answered))
    results = [answers[(name, hints.get("domain"), hints.get("ats"))] for name, hints in asked]
    return json_response({"results": results, "generated_at": store.utc_now()}, public=False,
                         conditional=False)

