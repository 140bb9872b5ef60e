"""gunicorn settings for the API (`upheaval serve` and `upheaval run` load them with --config).

gunicorn answers a request it cannot parse before the app sees it: a request line longer than
limit_request_line (414), a header longer than limit_request_field_size or too many headers (431), a
malformed request (400). It writes those answers itself, as HTML, through gunicorn.util.write_error.
The API promises `{"code", "message"}` on every error (docs/api.md), so that function is replaced here,
before the workers fork, with one that writes the same answer as JSON. It never echoes what the client
sent (gunicorn's own messages quote the bad line).
"""

from __future__ import annotations

import json

from gunicorn import util

# gunicorn's defaults, named here because docs/api.md and server/openapi.json promise them.
limit_request_line = 4094  # bytes of "GET /path?query HTTP/1.1"; a batch of names goes in a POST body
limit_request_field_size = 8190
limit_request_fields = 100

MESSAGES = {
    400: "malformed HTTP request",
    403: "request refused",
    414: f"request line too long: at most {limit_request_line} bytes; send many names in POST /api/v1/alerts/batch",
    417: "expectation failed",
    431: f"request headers too large: at most {limit_request_fields} headers of {limit_request_field_size} bytes",
    500: "internal error",
    501: "not implemented",
}


def write_json_error(sock, status_int: int, reason: str, mesg: str) -> None:
    body = json.dumps({"code": status_int, "message": MESSAGES.get(status_int, reason.lower())},
                      separators=(",", ":")).encode("utf-8")
    head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\nContent-Type: application/json\r\n"
            f"Cache-Control: no-store\r\nContent-Length: {len(body)}\r\n\r\n")
    util.write_nonblock(sock, head.encode("latin-1") + body)


util.write_error = write_json_error
