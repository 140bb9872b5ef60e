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


def init_app(app):
    origins = parse_origins(app.config["CORS_ORIGINS"])
    if not origins:
        return  # no hook at all: it would run on every response to add nothing

    @app.after_request
    def add_cors_headers(response):
        response.vary.add("Origin")
        origin = request.headers.get("Origin")
        if origin in origins:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
            if request.method == "OPTIONS":
                response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
                response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
                response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
        return response
