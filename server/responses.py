"""JSON responses with Cache-Control and an ETag, answering a matching If-None-Match with 304.

The ETag hashes the body without its `generated_at` stamps, so the same answer keeps the same tag
from one request (and one worker) to the next, and a client's conditional request can hit. This runs
on every response, so it serialises once and skips Werkzeug's general-purpose conditional machinery.

Bodies are encoded with orjson: on the API's hot path the standard library's encoder was, with the
ETag, the largest cost after Flask itself (about 50 us for a batch of 25 alerts, against 6 us). Stored
events (company_alert.EventsJSON) go in as the JSON text they are stored as (`orjson.Fragment`),
never parsed and encoded again.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import orjson
from flask import current_app, request

from pipeline.company_alert import EventsJSON

_STAMP = re.compile(rb'"generated_at":"[^"]*"')


def _stored_json(value):
    if isinstance(value, EventsJSON):
        return orjson.Fragment(value.text)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _dumps(payload) -> bytes:
    """UTF-8 JSON, compact, keys in the payload's order (as the standard library with ensure_ascii=False)."""
    return orjson.dumps(payload, default=_stored_json)


_STAMP_KEY = b'"generated_at":"'


def etag_of(body: bytes) -> str:
    """The hash of `body` without its stamps. A body with one stamp (an alert: its last key) is hashed around
    it, neither searched by the pattern nor copied without it; the same tag as the pattern's."""
    start = body.find(_STAMP_KEY)
    end = body.find(b'"', start + len(_STAMP_KEY)) if start >= 0 else -1
    if end < 0:  # no stamp (or no end to it, which the pattern leaves too)
        return hashlib.blake2b(body, digest_size=16).hexdigest()
    if body.find(_STAMP_KEY, end) >= 0:
        return hashlib.blake2b(_STAMP.sub(b"", body), digest_size=16).hexdigest()
    digest = hashlib.blake2b(body[:start], digest_size=16)
    digest.update(body[end + 1:])
    return digest.hexdigest()


def json_response(payload, max_age: int | None = None, etag: str | None = None, body: bytes | None = None,
                  public: bool = True, conditional: bool = True, app=None, req=None):
    """`etag` and `body` let a caller that caches its answer skip serialising and hashing again. An answer
    to a POST is never `conditional` (no request can make it one): it gets no ETag to hash. `app` and
    `req` default to the current ones; server/fast_path.py, which answers outside Flask's contexts, passes
    them."""
    body = body if body is not None else _dumps(payload)
    return cached_response(body, _JSON, (etag or etag_of(body)) if conditional else None, max_age, public, app, req)


def cached_response(body, mimetype: str, etag: str | None, max_age: int | None = None, public: bool = True,
                    app=None, req=None):
    """`body` with its ETag (when it has one) and Cache-Control, or a bodiless 304 when the client already
    holds it."""
    if app is None:
        app = current_app._get_current_object()  # one proxy lookup, not one per use
    seconds = app.config["CACHE_SECONDS"] if max_age is None else max_age
    if req is None:
        req = request._get_current_object()
    # Parse If-None-Match only when the request has one (most do not).
    environ = req.environ
    if (etag and environ.get("HTTP_IF_NONE_MATCH") and environ["REQUEST_METHOD"] in ("GET", "HEAD")
            and etag in req.if_none_match):
        return app.response_class(status=304, headers={"ETag": f'"{etag}"',
                                                       "Cache-Control": _cache_control(public, seconds)})
    response = app.response_class(body, mimetype=mimetype)
    headers = response.headers  # a new response has neither header: add, without looking for one to replace
    if etag:
        headers.add("ETag", f'"{etag}"')
    headers.add("Cache-Control", _cache_control(public, seconds))
    return response


_JSON = "application/json"


@lru_cache(maxsize=16)  # a handful of (public, max-age) pairs, the same on every response
def _cache_control(public: bool, seconds: int) -> str:
    return f"{'public' if public else 'private'}, max-age={seconds}"
