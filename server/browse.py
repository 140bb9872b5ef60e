"""/api/v1/companies/<id> and /api/v1/events: the database's contents, for people and tools."""

from __future__ import annotations

from datetime import date, datetime, timezone

from flask import Blueprint, current_app, request

from pipeline import freshness as data_freshness
from pipeline import company_alert, store
from pipeline.alerts import current_freshness
from pipeline.constants import LAYOFF_FIELDS
from server import validate
from server.db import get_db
from server.errors import NotFound
from server.responses import json_response

bp = Blueprint("browse", __name__, url_prefix="/api/v1")
_HISTORY_START = "0000-01-01"


def public_event(event: dict) -> dict:
    public = {key: event[key] for key in ("id", "kind", "role", "stage", "counterparty", "person", "title",
                                          "seniority", "summary", "date", "abrupt", "reason", "evidence")}
    public.update({key: event[key] for key in LAYOFF_FIELDS if key in event})  # layoffs only
    return public


def today() -> date:
    return datetime.now(timezone.utc).date()


@bp.get("/companies/<company_id>")
def get_company(company_id: str):
    number = validate.company_id(company_id)
    company = store.company_profile(get_db(), number) if number is not None else None
    if company is None:
        raise NotFound(f"no company with id {company_id}")
    events = store.company_events(get_db(), number, _HISTORY_START)
    window_days = current_app.config["WINDOW_DAYS"]
    alert = company_alert.current(get_db(), number, today(), window_days)  # the alert's own level and score
    freshness = current_freshness(get_db())
    level, reason = data_freshness.apply(alert.level, freshness)  # the same rule as the alert's
    return json_response({**company, "level": level, **({"reason": reason} if reason else {}), "score": alert.score,
                          "window_days": window_days, "events": [public_event(e) for e in events],
                          "freshness": freshness, "generated_at": store.utc_now()})


@bp.get("/events")
def list_events():
    args = request.args
    window_days = current_app.config["WINDOW_DAYS"]
    since = (validate.iso_date(args["since"], "since") if "since" in args
             else company_alert.window_start(today(), window_days))
    kind, limit = validate.event_kind(args.get("kind")), validate.page_limit(args.get("limit"))
    events = store.events_page(get_db(), since, kind, limit + 1, validate.cursor(args.get("cursor")))
    page = events[:limit]
    next_cursor = f"{page[-1]['date']}~{page[-1]['id']}" if len(events) > limit else None
    return json_response({
        "events": [{"company": {"company_id": e["company_id"], "name": e["company_name"]}, **public_event(e)}
                   for e in page],
        "next_cursor": next_cursor, "generated_at": store.utc_now()})
