"""One read-only database connection per worker request context, closed on teardown."""

from __future__ import annotations

from flask import current_app, g

from pipeline import store


def get_db():
    if "db" not in g:
        g.db = store.open_db(current_app.config["DATABASE"], readonly=True)
    return g.db


def close_db(exception=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_app(app):
    app.teardown_appcontext(close_db)
