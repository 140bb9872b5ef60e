"""Turn untrusted text and links from the web into safe plain values. Pure functions."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TAG = re.compile(r"<[^>]*>")
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE = re.compile(r"\s+")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
# Query parameters that only track the click; dropping them lets one story dedupe across feeds.
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|cmpid|ncid|ocid|taid|yptr|__source|cid|ref|src)$", re.I)


def plain_text(value: str | None, limit: int) -> str:
    """Strip markup and entities (also double-escaped ones), control characters and runs of space."""
    if not value:
        return ""
    text = _SCRIPT_OR_STYLE.sub(" ", value)
    # Feeds double-escape: "&amp;lt;b&amp;gt;" is "<b>" once unescaped twice.
    for _ in range(3):
        text = _TAG.sub(" ", text)
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    text = _TAG.sub(" ", text)
    text = _CONTROL.sub("", text)
    text = _SPACE.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "\u2026"
    return text


def safe_url(value: str | None) -> str | None:
    """The URL if it is http(s), else None: a javascript: or data: link never reaches a page."""
    if not value:
        return None
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if _CONTROL.search(value) or " " in value or len(value) > 2048:
        return None
    return value


def canonical_url(value: str) -> str:
    """The URL one story has however a feed links it: lower-case host, no fragment, no tracking params."""
    parts = urlsplit(value.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)]
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path[:-1]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(query), ""))
