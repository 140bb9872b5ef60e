"""JSON responses with Cache-Control and an ETag, answering a matching If-None-Match with 304.

The ETag hashes the body without its `generated_at` stamps, so the same answer keeps the same tag
from one request (and one worker) to the next, and a client's conditional request can hit.
"""

from __future__ import annotations

import hashlib
import json

from flask import current_app, request

VOLATILE = "generated_at"


def _dumps(payload) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def _stable(payload):
    """The payload minus its generation stamps (top level, and inside `results`)."""
    if not isinstance(payload, dict):
        return payload
    stable = {key: value for key, value in payload.items() if key != VOLATILE}
    if isinstance(stable.get("results"), list):
        stable["results"] = [_stable(item) for item in stable["results"]]
    return stable


def etag_of(payload) -> str:
    return hashlib.blake2b(_dumps(_stable(payload)).encode("utf-8"), digest_size=16).hexdigest()


def json_response(payload, max_age: int | None = None, etag: str | None = None, body: str | None = None,
                  public: bool = True):
    """`etag` and `body` let a caller that caches its answer skip hashing and serialising again."""
    response = current_app.response_class(body if body is not None else _dumps(payload),
                                          mimetype="application/json")
    response.set_etag(etag or etag_of(payload))
    seconds = current_app.config["CACHE_SECONDS"] if max_age is None else max_age
    response.headers["Cache-Control"] = f"{'public' if public else 'private'}, max-age={seconds}"
    return response.make_conditional(request)
