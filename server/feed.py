"""/api/v1/feed.atom: the events of one or more companies as an Atom feed, for feed readers."""

from __future__ import annotations

from flask import Blueprint, current_app, request

from pipeline import atom, company_alert
from server import validate
from server.db import get_db
from server.responses import cached_response, etag_of

bp = Blueprint("feed", __name__, url_prefix="/api/v1")
ATOM = "application/atom+xml"


@bp.get("/feed.atom")
def get_feed():
    names = validate.company_names(request.args.getlist("company"))
    since = company_alert.window_start(company_alert.utc_today(), current_app.config["WINDOW_DAYS"])
    companies, unknown = atom.gather(get_db(), names, since)
    body = atom.events_feed(companies, unknown, self_url=request.url)
    return cached_response(body, ATOM, etag_of(body))
