"""JSON responses with Cache-Control and an ETag, answering a matching If-None-Match with 304.

The ETag hashes the body without its `generated_at` stamps, so the same answer keeps the same tag
from one request (and one worker) to the next, and a client's conditional request can hit. This runs
on every response, so it serialises once and skips Werkzeug's general-purpose conditional machinery.
"""

from __future__ import annotations

import hashlib
import json
import re

from flask import current_app, request

_STAMP = re.compile(r'"generated_at":"[^"]*"')


def _dumps(payload) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def etag_of(body: str) -> str:
    return hashlib.blake2b(_STAMP.sub("", body).encode("utf-8"), digest_size=16).hexdigest()


def json_response(payload, max_age: int | None = None, etag: str | None = None, body: str | None = None,
                  public: bool = True):
    """`etag` and `body` let a caller that caches its answer skip serialising and hashing again."""
    body = body if body is not None else _dumps(payload)
    etag = etag or etag_of(body)
    seconds = current_app.config["CACHE_SECONDS"] if max_age is None else max_age
    headers = {"ETag": f'"{etag}"', "Cache-Control": _cache_control(public, seconds)}
    # Parse If-None-Match only when the request has one (most do not).
    if (request.environ.get("HTTP_IF_NONE_MATCH") and request.method in ("GET", "HEAD")
            and etag in request.if_none_match):
        return current_app.response_class(status=304, headers=headers)
    return current_app.response_class(body, headers=headers, content_type=_JSON)


_JSON = "application/json"
_CACHE_CONTROL: dict[tuple[bool, int], str] = {}


def _cache_control(public: bool, seconds: int) -> str:
    text = _CACHE_CONTROL.get((public, seconds))
    if text is None:
        text = _CACHE_CONTROL[(public, seconds)] = f"{'public' if public else 'private'}, max-age={seconds}"
    return text
