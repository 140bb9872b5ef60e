"""/api/v1 views and /healthz. Each view validates, asks pipeline read functions, returns a dict."""

from __future__ import annotations

from flask import Blueprint, current_app, request

from pipeline import store
from pipeline.alerts import alert_for
from server.db import get_db
from server.validate import company_name

bp = Blueprint("api", __name__)


@bp.get("/api/v1/alerts")
def get_alert():
    name = company_name(request.args.get("company"))
    return alert_for(get_db(), name, window_days=current_app.config["WINDOW_DAYS"])


@bp.get("/healthz")
def healthz():
    db = get_db()
    db.execute("SELECT 1 FROM companies LIMIT 1").fetchone()
    return {"status": "ok", "database": True, "newest_crawl": store.newest_crawl(db)}
