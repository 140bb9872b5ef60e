"""Crawls whose items go to Scrapy's feed exports instead of SQLite (a Scrapyd node), and the records
those exports hold, read back for `upheaval ingest` (docs/scale-out.md).

A node writes no database: every item a spider yields, the articles and each source's outcome alike,
is one JSON line in the export. `upheaval ingest` hands the same items to the same StorePipeline a local
crawl uses, so the database ends up as a direct crawl leaves it.
"""

from __future__ import annotations

import codecs
import json
import logging

from pipeline.items import FAILED, ArticleItem, SourceResultItem

log = logging.getLogger(__name__)

STORE_MODES = ("auto", "sqlite", "feed")
OUTCOME_STATUSES = ("ok", "not_modified", "error", "skipped", FAILED)


class StoreModeError(ValueError):
    """UPHEAVAL_STORE holds a value that is not a mode: a typo must not silently pick one."""


def writes_database(settings) -> bool:
    """Whether a crawl stores its items in SQLite (True) or leaves them to the feed exports (False).

    UPHEAVAL_STORE decides: `sqlite` always stores, `feed` never does, and `auto` (the default) stores
    unless the crawl has feed exports (FEEDS, which `scrapy crawl -o/-O` and Scrapyd's `items_dir` set):
    a crawl told where its items go is a node whose items one writer ingests later.
    """
    mode = str(settings.get("UPHEAVAL_STORE") or "auto").strip().lower()
    if mode not in STORE_MODES:
        raise StoreModeError(f"UPHEAVAL_STORE must be one of {', '.join(STORE_MODES)}, not {mode!r}")
    if mode == "auto":
        return not settings.getdict("FEEDS")
    return mode == "sqlite"


class FailuresAsItemsMiddleware:
    """On a node, a callback that raised (a page or filing that would not parse) becomes a `failed`
    outcome item in the export, so the run that ingest records is `partial` and names it, as a local
    crawl's StorePipeline records it from Scrapy's spider_error signal. Enabled only when items go to the
    feed exports; last in the chain (order 1), so it sees only what no other middleware handled, which
    is exactly what would reach spider_error."""

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy.exceptions import NotConfigured

        if writes_database(crawler.settings):
            raise NotConfigured()  # no message: Scrapy would log one on every local crawl
        log.info("items go to the feed exports (FEEDS), not to SQLite; load them with `upheaval ingest`")
        return cls()

    def process_spider_exception(self, response, exception, spider=None):
        meta = getattr(response, "meta", None) or {}
        source = meta.get("source") or getattr(meta.get("item"), "source", None)
        sources = getattr(spider, "sources", None) or []
        if source is None and len(sources) == 1:
            source = sources[0].name
        if source is None:
            return None  # nothing to charge it to: Scrapy logs it
        reason = f"{type(exception).__name__}: {' '.join(str(exception).split())[:160]} ({response.url})"
        log.warning("%s: item failed: %s", source, reason)
        return [SourceResultItem(source, FAILED, error=reason)]


# ---------------------------------------------------------------- reading exports back


def read_record(raw: bytes, first_line: bool = False) -> tuple[ArticleItem | SourceResultItem | None, str | None]:
    """One exported line as the item the spider yielded, or None and why it is not one. Blank lines are
    (None, None). Items are told apart by shape: an outcome has a `status`, an article a `title` and `url`."""
    if first_line and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 text (byte 0x{raw[exc.start]:02X} at column {exc.start + 1})"
    if not line.strip():
        return None, None
    try:
        record = json.loads(line)
    except ValueError as exc:
        return None, f"not JSON ({exc}); a file cut short while a node was still writing it?"
    if not isinstance(record, dict):
        return None, f"expected a JSON object (an exported item), got {type(record).__name__}"
    if not _is_text(record.get("source")):
        return None, 'no "source": not an item of an upheaval-radar spider'
    if "status" in record:
        return _outcome(record)
    if "title" in record or "url" in record:
        return _article(record)
    keys = ", ".join(list(record)[:6])
    return None, f"neither an article (title, url) nor a source's outcome (status); keys here: {keys}"


def _outcome(record: dict) -> tuple[SourceResultItem | None, str | None]:
    if record["status"] not in OUTCOME_STATUSES:
        return None, f"status {record['status']!r} is not one of {', '.join(OUTCOME_STATUSES)}"
    for key in ("error", "etag", "last_modified"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return None, f'"{key}" must be text or null'
    entries = record.get("entries") or 0
    if not isinstance(entries, int) or isinstance(entries, bool):
        return None, '"entries" must be a whole number'
    return SourceResultItem(record["source"], record["status"], entries=entries, error=record.get("error"),
                            etag=record.get("etag"), last_modified=record.get("last_modified")), None


def _article(record: dict) -> tuple[ArticleItem | None, str | None]:
    if not (_is_text(record.get("title")) and _is_text(record.get("url"))):
        return None, 'an article needs a non-empty "title" and "url"'
    for key in ("summary", "publisher", "published_at"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return None, f'"{key}" must be text or null'
    events = record.get("events")
    if events is not None and not (isinstance(events, list) and all(isinstance(e, dict) for e in events)):
        return None, '"events" must be null or a list of objects'
    return ArticleItem(source=record["source"], title=record["title"], url=record["url"],
                       summary=record.get("summary") or "", published_at=record.get("published_at"),
                       publisher=record.get("publisher") or "", events=events), None


def _is_text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())
