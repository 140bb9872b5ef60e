"""Feed bytes to entries. Pure functions: we decide what to keep.

Two readers, one result. Well-formed feeds (most of them) go through a strict lxml reader that is
several times faster than feedparser; anything lxml refuses (junk before the declaration, a wrong or
missing encoding declaration, truncation) goes to feedparser, whose forgiving parser recovers what it
can. Both produce the same FeedEntry values (tests/test_feeds.py compares them on every fixture).
"""

from __future__ import annotations

import calendar
import re
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import feedparser
import feedparser.datetimes
from lxml import etree

from pipeline.clean import plain_text, safe_url
from pipeline.constants import MAX_SUMMARY_CHARS, MAX_TITLE_CHARS

MAX_FEED_BYTES = 5 * 1024 * 1024  # also what a gzip body may inflate to: a decompression bomb stops here

_ATOM = "{http://www.w3.org/2005/Atom}"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_RSS1 = ("{http://purl.org/rss/1.0/}", "{http://my.netscape.com/rdf/simple/0.9/}")
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_GOOGLE_NEWS = re.compile(r"(^|\.)news\.google\.com$")


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
    reader: str = "lxml"  # which reader produced the entries: lxml | feedparser


def parse_feed(body: bytes, url: str = "", content_type: str | None = None) -> ParsedFeed:
    """Parse RSS/Atom/RDF bytes; raise FeedError when nothing usable comes out.

    `content_type` is the HTTP header, whose charset feedparser weighs against the XML declaration.
    """
    body = _maybe_gunzip(body or b"")
    if not body.strip():
        raise FeedError("empty response")
    # Internal entity declarations are how billion-laughs bombs work; no real feed needs one.
    if _ENTITY_DECL.search(body[:65536]):
        raise FeedError("the feed declares XML entities; refused (entity expansion attack)")
    feed = _parse_with_lxml(body, url)
    if feed is None:
        feed = _parse_with_feedparser(body, url, content_type)
    return feed


def parse_feed_bare(body: bytes) -> int:
    """feedparser alone, for the benchmark's baseline: the number of entries it finds."""
    return len(feedparser.parse(body).entries)


# ---------------------------------------------------------------- the strict, fast reader

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True, remove_pis=True, recover=False)


def _parse_with_lxml(body: bytes, url: str) -> ParsedFeed | None:
    """The feed read strictly, or None to let feedparser try."""
    try:
        root = etree.fromstring(body, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    tag = root.tag if isinstance(root.tag, str) else ""
    if tag == "rss":
        channel = root.find("channel")
        if channel is None:
            return None
        items = channel.findall("item") + root.findall("item")
        return _build(_text(channel.find("title")), items, _rss_entry, url)
    if tag == f"{_ATOM}feed":
        return _build(_text(root.find(f"{_ATOM}title")), root.findall(f"{_ATOM}entry"), _atom_entry, url)
    if tag == f"{_RDF}RDF":
        for ns in _RSS1:
            items = root.findall(f"{ns}item")
            if items:
                return _build(_text(root.find(f"{ns}channel/{ns}title")), items, _rdf_entry(ns), url)
        return _build(_text(root.find(f"{_RSS1[0]}channel/{_RSS1[0]}title")), [], None, url)
    return None


def _build(raw_title: str, items, read_item, url: str) -> ParsedFeed:
    feed = ParsedFeed(title=plain_text(raw_title, MAX_TITLE_CHARS))
    default_publisher = feed.title or urlsplit(url).netloc
    for item in items:
        fields = read_item(item)
        entry = _make_entry(fields, default_publisher, url)
        if entry is None:
            feed.skipped += 1
        else:
            feed.entries.append(entry)
    return feed


def _rss_entry(item) -> dict:
    guid = item.find("guid")
    link = _text(item.find("link"))
    if not link and guid is not None and guid.get("isPermaLink", "true").lower() != "false":
        link = _text(guid)
    source = item.find("source")
    return {"title": _text(item.find("title")), "link": link,
            "summary": _text(item.find("description")) or _text(item.find(_CONTENT)),
            "dates": [_text(item.find("pubDate")), _text(item.find(_DC_DATE))],
            "publisher": _text(source), "guid": _text(guid)}


def _atom_entry(entry) -> dict:
    link = ""
    for candidate in entry.findall(f"{_ATOM}link"):
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            link = candidate.get("href")
            break
    return {"title": _text(entry.find(f"{_ATOM}title")), "link": link,
            "summary": _text(entry.find(f"{_ATOM}summary")) or _text(entry.find(f"{_ATOM}content")),
            "dates": [_text(entry.find(f"{_ATOM}published")), _text(entry.find(f"{_ATOM}updated"))],
            "publisher": _text(entry.find(f"{_ATOM}source/{_ATOM}title")), "guid": _text(entry.find(f"{_ATOM}id"))}


def _rdf_entry(ns: str):
    def read(item) -> dict:
        return {"title": _text(item.find(f"{ns}title")), "link": _text(item.find(f"{ns}link")),
                "summary": _text(item.find(f"{ns}description")) or _text(item.find(_CONTENT)),
                "dates": [_text(item.find(_DC_DATE))], "publisher": "", "guid": item.get(f"{_RDF}about", "")}
    return read


def _text(element) -> str:
    if element is None:
        return ""
    if len(element):  # xhtml content or markup that was not escaped: keep its words
        return "".join(element.itertext())
    return element.text or ""


def _make_entry(fields: dict, default_publisher: str, feed_url: str) -> FeedEntry | None:
    title = plain_text(fields["title"], MAX_TITLE_CHARS)
    link = fields["link"].strip()
    if link and feed_url and not urlsplit(link).scheme:
        link = urljoin(feed_url, link)
    url = safe_url(link)
    if not title or not url:
        return None
    publisher = plain_text(fields["publisher"], 200) or default_publisher
    return FeedEntry(
        title=_drop_publisher_suffix(title, publisher, url),
        url=url,
        summary=plain_text(fields["summary"], MAX_SUMMARY_CHARS),
        published_at=_first_date(fields["dates"]),
        publisher=publisher,
        guid=plain_text(fields["guid"], 1000),
    )


def _drop_publisher_suffix(title: str, publisher: str, url: str) -> str:
    # Google News writes "Headline - Publisher"; the publisher is kept apart, the link stays Google's.
    suffix = f" - {publisher}"
    if publisher and title.endswith(suffix) and _GOOGLE_NEWS.search(urlsplit(url).netloc):
        return title[: -len(suffix)].rstrip() or title
    return title


def _first_date(values) -> str | None:
    for value in values:
        stamp = parse_date(value)
        if stamp:
            return stamp
    return None


def parse_date(value: str | None) -> str | None:
    """RFC 822, ISO 8601 or any of the dozen date dialects feedparser knows, as ISO 8601 UTC."""
    value = " ".join((value or "").split())
    if not value:
        return None
    parsed = None
    try:
        if value[:4].isdigit():
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        else:
            parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return _iso(parsed.timestamp())
    struct = feedparser.datetimes._parse_date(value)  # the slow, forgiving path for odd dialects
    return _iso(calendar.timegm(struct)) if struct else None


def _iso(stamp: float) -> str | None:
    try:
        return datetime.fromtimestamp(stamp, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, ValueError, OSError):
        return None


# ---------------------------------------------------------------- the forgiving reader


def _parse_with_feedparser(body: bytes, url: str, content_type: str | None) -> ParsedFeed:
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(body, response_headers=headers)
    feed_title = plain_text(parsed.feed.get("title"), MAX_TITLE_CHARS)
    warning = _bozo_message(parsed) if parsed.bozo else None
    if not parsed.entries:
        if warning:
            raise FeedError(f"not a readable feed: {warning}")
        if not parsed.version:
            raise FeedError("not a feed (no RSS, Atom or RDF root element)")
        return ParsedFeed(title=feed_title, reader="feedparser")
    if not parsed.version:
        raise FeedError("not a feed (no RSS, Atom or RDF root element)")
    result = ParsedFeed(title=feed_title, warning=warning, reader="feedparser")
    default_publisher = feed_title or urlsplit(url).netloc
    for raw in parsed.entries:
        source = raw.get("source") or {}
        fields = {"title": raw.get("title") or "", "link": raw.get("link") or "",
                  "summary": raw.get("summary") or raw.get("description") or "",
                  "dates": [], "publisher": (source.get("title") if hasattr(source, "get") else "") or "",
                  "guid": raw.get("id") or ""}
        entry = _make_entry(fields, default_publisher, url)
        if entry is None:
            result.skipped += 1
            continue
        entry.published_at = _feedparser_date(raw)
        result.entries.append(entry)
    if warning and not result.entries:
        raise FeedError(f"not a readable feed: {warning}")
    return result


def _feedparser_date(raw) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = raw.get(key)
        if value:
            try:
                return _iso(calendar.timegm(value))
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _bozo_message(parsed) -> str:
    exc = parsed.get("bozo_exception")
    text = str(exc) if exc else "malformed feed"
    return " ".join(text.split())[:200]


def _maybe_gunzip(body: bytes, limit: int = MAX_FEED_BYTES) -> bytes:
    """A body that is still gzip (served without Content-Encoding) is inflated, at most `limit` bytes."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, limit)
    except zlib.error as exc:
        raise FeedError(f"broken gzip body: {exc}") from None
    if inflater.unconsumed_tail:
        raise FeedError(f"gzip body inflates past {limit // (1024 * 1024)} MiB; refused (decompression bomb)")
    return out
