"""The alerts API: a Flask app factory with small views over the pipeline's read functions."""

from __future__ import annotations

from flask import Flask


def create_app(test_config: dict | None = None) -> Flask:
    from pipeline import settings

    app = Flask(__name__)
    app.config.from_mapping(DATABASE=settings.UPHEAVAL_DB, WINDOW_DAYS=settings.UPHEAVAL_WINDOW_DAYS,
                            JSON_SORT_KEYS=False)
    if test_config:
        app.config.update(test_config)
    app.json.sort_keys = False

    from server import api, db, errors

    db.init_app(app)
    errors.init_app(app)
    app.register_blueprint(api.bp)
    return app
