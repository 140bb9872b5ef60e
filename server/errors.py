"""Every error as JSON {"code", "message"}: never a stack trace, never SQL text."""

from __future__ import annotations

import logging
import sqlite3

from flask import jsonify
from werkzeug.exceptions import HTTPException

from pipeline.readonly import DatabaseUnavailable

log = logging.getLogger(__name__)

# Plain words for the statuses a client can cause, instead of Werkzeug's HTML-flavoured descriptions.
MESSAGES = {
    404: "no such resource; see /api/v1/openapi.json for the endpoints",
    405: "method not allowed on this endpoint",
    413: "request body too large",
}
_PASSED_HEADERS = ("Allow", "Retry-After")


class BadRequest(Exception):
    """A client mistake, with a message meant for the client."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class TooManyRequests(Exception):
    """A client over its rate limit; `retry_after` in whole seconds."""

    def __init__(self, limit: str, retry_after: int):
        super().__init__(limit)
        self.limit = limit
        self.retry_after = retry_after


class Refused(Exception):
    """A request this server will not serve as sent (wrong host, foreign origin, not JSON): `code` says which."""

    def __init__(self, code: int, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


class NotFound(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def error_response(code: int, message: str, headers: dict | None = None):
    response = jsonify({"code": code, "message": message})
    response.status_code = code
    response.headers["Cache-Control"] = "no-store"
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def init_app(app):
    @app.errorhandler(BadRequest)
    def bad_request(exc):
        return error_response(400, exc.message)

    @app.errorhandler(TooManyRequests)
    def too_many_requests(exc):
        return error_response(429, f"too many requests: the limit is {exc.limit}; retry in {exc.retry_after} s",
                              {"Retry-After": str(exc.retry_after)})

    @app.errorhandler(NotFound)
    def not_found(exc):
        return error_response(404, exc.message)

    @app.errorhandler(Refused)
    def refused(exc):
        return error_response(exc.code, exc.message)

    @app.errorhandler(DatabaseUnavailable)
    def database_unavailable(exc):
        log.error("database unavailable: %s", exc)
        return error_response(503, "the alert database is not available")

    @app.errorhandler(HTTPException)
    def http_error(exc):
        code = exc.code or 500
        headers = {name: value for name, value in exc.get_headers() if name in _PASSED_HEADERS}
        message = MESSAGES.get(code) or (exc.description if code < 500 else "internal error")
        return error_response(code, message, headers)

    @app.errorhandler(sqlite3.Error)
    def database_error(exc):
        from server import db

        log.error("database error: %s", exc)
        db.forget()
        return error_response(503, "the alert database is not available")

    @app.errorhandler(Exception)
    def unexpected(exc):
        log.exception("unhandled error")
        return error_response(500, "internal error")
