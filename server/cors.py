"""CORS for the configured extension origins only (UPHEAVAL_CORS_ORIGINS: exact origins such as
chrome-extension://<id> or moz-extension://<uuid>, comma-separated). Any other origin gets no CORS
headers, so a web page cannot read the API through its visitors' browsers."""

from __future__ import annotations

from flask import request

ALLOWED_METHODS = "GET, POST, OPTIONS"
ALLOWED_HEADERS = "Content-Type, If-None-Match"
EXPOSED_HEADERS = "ETag, Retry-After"
PREFLIGHT_MAX_AGE = "86400"


def parse_origins(value) -> frozenset[str]:
    if isinstance(value, str):
        value = value.split(",")
    return frozenset(origin.strip().rstrip("/") for origin in value or () if origin.strip())


def response_headers(app):
    """What every response gets for CORS, as a function (response, request) -> response, or None when no
    origin is configured. The app's after_request hook calls it, and so does server/fast_path.py."""
    origins = parse_origins(app.config["CORS_ORIGINS"])
    if not origins:
        return None

    def add_cors_headers(response, req):
        response.vary.add("Origin")
        origin = req.headers.get("Origin")
        if origin in origins:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
            if req.method == "OPTIONS":
                response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
                response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
                response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
        return response

    return add_cors_headers


def init_app(app):
    """Returns the hook's work (response_headers), or None when there is none."""
    add_cors_headers = response_headers(app)
    if add_cors_headers is None:
        return None  # no hook at all: it would run on every response to add nothing

    @app.after_request
    def cors_headers(response):
        return add_cors_headers(response, request._get_current_object())

    return add_cors_headers
