"""Every error as JSON {"code", "message"}: never a stack trace, never SQL text."""

from __future__ import annotations

import logging
import sqlite3

from flask import jsonify
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)


class BadRequest(Exception):
    """A client mistake, with a message meant for the client."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def error_response(code: int, message: str):
    response = jsonify({"code": code, "message": message})
    response.status_code = code
    return response


def init_app(app):
    @app.errorhandler(BadRequest)
    def bad_request(exc):
        return error_response(400, exc.message)

    @app.errorhandler(HTTPException)
    def http_error(exc):
        return error_response(exc.code or 500, exc.description or exc.name)

    @app.errorhandler(sqlite3.Error)
    def database_error(exc):
        log.error("database error: %s", exc)
        return error_response(503, "the alert database is not available")

    @app.errorhandler(Exception)
    def unexpected(exc):
        log.exception("unhandled error")
        return error_response(500, "internal error")
