"""/api/v1/corrections: a user's "wrong company?" report, sent by the extension only with consent."""

from __future__ import annotations

from flask import Blueprint, current_app, request

from pipeline import store
from server import validate

bp = Blueprint("corrections", __name__, url_prefix="/api/v1")


@bp.post("/corrections")
def post_correction():
    correction = validate.correction(request.get_json(force=True, silent=True))
    store.record_correction(current_app.config["CORRECTIONS_DB"], correction)
    return {"status": "recorded"}, 202
