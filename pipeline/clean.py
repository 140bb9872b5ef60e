"""Turn untrusted text and links from the web into safe plain values. Pure functions."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# A tag runs from "<" to the next ">" and holds no "<": each attempt stops at the next "<", so a text of
# ten thousand "<" (a feed of "&lt;") is read once, not once per "<" as "<[^>]*>" did.
_TAG = re.compile(r"<[^<>]*>")
_SCRIPT_OR_STYLE_OPEN = re.compile(r"<(script|style)\b", re.IGNORECASE)
_SCRIPT_OR_STYLE_CLOSE = {"script": re.compile(r"</script\s*>", re.IGNORECASE),
                          "style": re.compile(r"</style\s*>", re.IGNORECASE)}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Embeddings, overrides and isolates reorder what the popover shows ("\u202egnp.exe" reads "exe.png").
_BIDI_FORMATTING = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# Direction marks steer neutral characters in right-to-left text; in text without any they only spoof.
_BIDI_MARK = re.compile(r"[\u200e\u200f\u061c]")
_RIGHT_TO_LEFT_LETTER = re.compile(r"[\u0590-\u061b\u061d-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_SPACE = re.compile(r"\s+")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
# Query parameters that only track the click; dropping them lets one story dedupe across feeds.
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|cmpid|ncid|ocid|taid|yptr|__source|cid|ref|src)$", re.I)
# Markup is cut to this many times the kept length before it is read: generous for tag-heavy pages
# (a 5,000-character summary may come wrapped in 100 KB of HTML), and a 5 MB field costs no more.
MARKUP_PER_TEXT_CHAR = 24
MIN_MARKUP_CHARS = 65_536


def plain_text(value: str | None, limit: int) -> str:
    """Strip markup and entities (also double-escaped ones), control and bidi characters and runs of space."""
    if not value:
        return ""
    text = _drop_scripts_and_styles(_cut_markup(value, max(MIN_MARKUP_CHARS, limit * MARKUP_PER_TEXT_CHAR)))
    # Feeds double-escape: "&amp;lt;b&amp;gt;" is "<b>" once unescaped twice.
    for _ in range(3):
        text = _TAG.sub(" ", text)
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    text = _TAG.sub(" ", text)
    text = _CONTROL.sub("", text)
    text = _BIDI_FORMATTING.sub("", text)
    if not _RIGHT_TO_LEFT_LETTER.search(text):
        text = _BIDI_MARK.sub("", text)
    text = _SPACE.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "\u2026"
    return text


def _cut_markup(value: str, bound: int) -> str:
    """The first `bound` characters, without a tag the cut left open (it would show as text)."""
    if len(value) <= bound:
        return value
    cut = value[:bound]
    last_open = cut.rfind("<")
    return cut[:last_open] if last_open > cut.rfind(">") else cut


def _drop_scripts_and_styles(text: str) -> str:
    """Remove <script>/<style> elements with their content, in one pass.

    `<(script|style)\b.*?</\1>` tried every opening against the rest of the text; here each opening looks
    for its closing tag once, and an element never closed runs to the end, as it does in a browser.
    """
    pieces, position = [], 0
    while (opening := _SCRIPT_OR_STYLE_OPEN.search(text, position)) is not None:
        pieces.append(text[position:opening.start()])
        closing = _SCRIPT_OR_STYLE_CLOSE[opening.group(1).lower()].search(text, opening.end())
        if closing is None:
            return "".join(pieces)
        pieces.append(" ")
        position = closing.end()
    pieces.append(text[position:])
    return "".join(pieces)


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
