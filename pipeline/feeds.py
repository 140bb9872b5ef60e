"""Feed bytes to entries. Pure functions: feedparser does the parsing, we decide what to keep."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urlsplit

import feedparser

from pipeline.clean import plain_text, safe_url
from pipeline.constants import MAX_SUMMARY_CHARS, MAX_TITLE_CHARS


class FeedError(ValueError):
    """The bytes are not a feed we can read; the message says why in one line."""


@dataclass
class FeedEntry:
    title: str
    url: str
    summary: str = ""
    published_at: str | None = None  # ISO 8601, UTC
    publisher: str = ""
    guid: str = ""


@dataclass
class ParsedFeed:
    title: str
    entries: list[FeedEntry] = field(default_factory=list)
    skipped: int = 0  # entries without a usable title or http(s) link
    warning: str | None = None  # the feed was malformed but entries could be recovered


def parse_feed(body: bytes, url: str = "", content_type: str | None = None) -> ParsedFeed:
    """Parse RSS/Atom/RDF bytes; raise FeedError when nothing usable comes out.

    `content_type` is the HTTP header, whose charset feedparser weighs against the XML declaration.
    """
    if not body or not body.strip():
        raise FeedError("empty response")
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(body, response_headers=headers)
    feed_title = plain_text(parsed.feed.get("title"), MAX_TITLE_CHARS)
    warning = _bozo_message(parsed) if parsed.bozo else None
    if not parsed.entries:
        if warning:
            raise FeedError(f"not a readable feed: {warning}")
        if not parsed.version:
            raise FeedError("not a feed (no RSS, Atom or RDF root element)")
        return ParsedFeed(title=feed_title)
    if not parsed.version:
        raise FeedError("not a feed (no RSS, Atom or RDF root element)")
    result = ParsedFeed(title=feed_title, warning=warning)
    default_publisher = feed_title or urlsplit(url).netloc
    for raw in parsed.entries:
        entry = _parse_entry(raw, default_publisher)
        if entry is None:
            result.skipped += 1
        else:
            result.entries.append(entry)
    if warning and not result.entries:
        raise FeedError(f"not a readable feed: {warning}")
    return result


def _parse_entry(raw, default_publisher: str) -> FeedEntry | None:
    title = plain_text(raw.get("title"), MAX_TITLE_CHARS)
    url = safe_url(raw.get("link"))
    if not title or not url:
        return None
    return FeedEntry(
        title=title,
        url=url,
        summary=plain_text(raw.get("summary") or raw.get("description"), MAX_SUMMARY_CHARS),
        published_at=_parse_published(raw),
        publisher=_parse_publisher(raw, default_publisher),
        guid=plain_text(raw.get("id"), 1000),
    )


def _parse_published(raw) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = raw.get(key)
        if value:
            try:
                stamp = calendar.timegm(value)
                return datetime.fromtimestamp(stamp, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _parse_publisher(raw, default_publisher: str) -> str:
    # Aggregators (Google News) name the real publisher per entry in <source>.
    source = raw.get("source") or {}
    name = source.get("title") if hasattr(source, "get") else None
    return plain_text(name, 200) or default_publisher


def _bozo_message(parsed) -> str:
    exc = parsed.get("bozo_exception")
    text = str(exc) if exc else "malformed feed"
    return " ".join(text.split())[:200]
