"""JSON responses with Cache-Control and an ETag, answering a matching If-None-Match with 304.

The ETag hashes the body without its `generated_at` stamps, so the same answer keeps the same tag
from one request (and one worker) to the next, and a client's conditional request can hit. This runs
on every response, so it serialises once and skips Werkzeug's general-purpose conditional machinery.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import threading
from functools import lru_cache

from flask import current_app, request

from pipeline.company_alert import EventsJSON

_STAMP = re.compile(r'"generated_at":"[^"]*"')
# Stored JSON (company_alert.EventsJSON) is encoded as this placeholder string, then swapped for its text.
# A NUL is encoded as the six characters \u0000 (a backslash typed in a string is itself escaped), and the
# random part is this process's own, so no string in a payload can pass for the placeholder.
_SPLICE = f"\u0000stored-{secrets.token_hex(8)}:"
_SPLICED = re.compile(re.escape(json.dumps(_SPLICE)[:-1]) + r'(\d+)"')
_stored = threading.local()  # this thread's texts to splice while it encodes a payload


def _placeholder(value):
    if isinstance(value, EventsJSON):
        _stored.texts.append(value.text)
        return f"{_SPLICE}{len(_stored.texts) - 1}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# One encoder for every response (json.dumps with options builds a new one per call). Our payloads are
# trees of dicts and lists, never cyclic, so the encoder skips its cycle bookkeeping.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False, default=_placeholder)


def _dumps(payload) -> str:
    _stored.texts = texts = []
    body = _ENCODER.encode(payload)
    if texts:
        body = _SPLICED.sub(lambda match: texts[int(match.group(1))], body)
    return body


def etag_of(body: str) -> str:
    return hashlib.blake2b(_STAMP.sub("", body).encode("utf-8"), digest_size=16).hexdigest()


def json_response(payload, max_age: int | None = None, etag: str | None = None, body: str | None = None,
                  public: bool = True):
    """`etag` and `body` let a caller that caches its answer skip serialising and hashing again."""
    body = body if body is not None else _dumps(payload)
    return cached_response(body, _JSON, etag or etag_of(body), max_age, public)


def cached_response(body, mimetype: str, etag: str, max_age: int | None = None, public: bool = True):
    """`body` with its ETag and Cache-Control, or a bodiless 304 when the client already holds it."""
    app = current_app._get_current_object()  # one proxy lookup, not one per use
    seconds = app.config["CACHE_SECONDS"] if max_age is None else max_age
    # Parse If-None-Match only when the request has one (most do not).
    environ = request.environ
    if (environ.get("HTTP_IF_NONE_MATCH") and environ["REQUEST_METHOD"] in ("GET", "HEAD")
            and etag in request.if_none_match):
        return app.response_class(status=304, headers={"ETag": f'"{etag}"',
                                                       "Cache-Control": _cache_control(public, seconds)})
    response = app.response_class(body, mimetype=mimetype)
    headers = response.headers  # a new response has neither header: add, without looking for one to replace
    headers.add("ETag", f'"{etag}"')
    headers.add("Cache-Control", _cache_control(public, seconds))
    return response


_JSON = "application/json"
@lru_cache(maxsize=16)  # a handful of (public, max-age) pairs, the same on every response
def _cache_control(public: bool, seconds: int) -> str:
    return f"{'public' if public else 'private'}, max-age={seconds}"
