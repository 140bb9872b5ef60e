"""SEC EDGAR: the current-filings feeds (8-K, 425, DEFM14A, PREM14A, SC TO-T, SC 14D9), or, for a
backfill, the daily form indexes. Every URL is built on UPHEAVAL_SEC_BASE; pipeline.edgar decides what a
filing means; SecFairAccessMiddleware keeps us under SEC's request rate."""

from __future__ import annotations

from datetime import date

import scrapy

from pipeline.backfill import MISSING_STATUSES, BackfillWalk
from pipeline.constants import SOURCE_EDGAR
from pipeline.edgar import (
    daily_index_url,
    document_events,
    document_text,
    event_dicts,
    filing_article,
    filing_events,
    merge_index,
    parse_current_feed,
    parse_daily_index,
    parse_filing_index,
    sec_url,
)
from pipeline.feeds import FeedError
from pipeline.items import ArticleItem, SourceResultItem
from pipeline.sources import Source, spider_sources
from pipeline.spiders._common import one_line, validators

CONTACT_MISSING = ("SEC requires a contact in the User-Agent: set UPHEAVAL_CONTACT (e.g. "
                   "UPHEAVAL_CONTACT=\"Jane Roe jane@example.com\"); EDGAR sources skipped")
BACKFILL_SOURCE = "edgar-backfill"


class EdgarSpider(scrapy.Spider):
    name = "edgar"
    source_kind = SOURCE_EDGAR

    def __init__(self, sources_file=None, source=None, since=None, until=None, *args, **kwargs):
        """`-a since=2026-01-01 [-a until=2026-02-01]` walks the daily indexes instead of the live feeds."""
        super().__init__(*args, **kwargs)
        self.sources_file = sources_file
        self.source_names = [n for n in (source or "").split(",") if n]
        self.since, self.until = since, until
        self.walk: BackfillWalk | None = None
        self.sources: list[Source] = []
        self.base = ""
        self.contact = ""

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.base = crawler.settings.get("UPHEAVAL_SEC_BASE")
        spider.contact = crawler.settings.get("UPHEAVAL_CONTACT")
        if spider.since:
            spider.sources = [Source(BACKFILL_SOURCE, SOURCE_EDGAR, spider.base + "/Archives/edgar/daily-index/", "1d")]
            spider.walk = BackfillWalk(date.fromisoformat(spider.since),
                                       date.fromisoformat(spider.until) if spider.until else date.today())
        else:
            path = spider.sources_file or crawler.settings.get("UPHEAVAL_SOURCES")
            spider.sources = spider_sources(path, spider.source_names, cls.source_kind,
                                            crawler.settings.get("UPHEAVAL_SHARD"))
        return spider

    async def start(self):
        if not self.contact:
            self.logger.error(CONTACT_MISSING)
            for source in self.sources:
                yield SourceResultItem(source.name, "error", error=CONTACT_MISSING)
            return
        if self.walk is not None and not self.walk.days:
            yield SourceResultItem(BACKFILL_SOURCE, "error", error=self.walk.failure())
            return
        for request in (self._backfill_requests() if self.walk else self._feed_requests()):
            yield request

    def _feed_requests(self):
        for source in self.sources:
            yield scrapy.Request(sec_url(source.url, self.base), callback=self.parse, errback=self.on_error,
                                 dont_filter=True, meta={"source": source.name, "conditional": True,
                                                         "handle_httpstatus_list": [304]})

    def _backfill_requests(self):
        self.logger.info(self.walk.start_line())
        for day in self.walk.days:
            yield scrapy.Request(daily_index_url(day.isoformat(), self.base), callback=self.parse_daily_index,
                                 errback=self.on_missing_day, meta={"source": BACKFILL_SOURCE, "day": day})

    def parse(self, response):
        source = response.meta["source"]
        if response.status == 304:
            yield SourceResultItem(source, "not_modified")
            return
        try:
            filings = parse_current_feed(response.body, self.base)
        except FeedError as exc:
            yield SourceResultItem(source, "error", error=str(exc))
            return
        # The source's outcome first: a filing document that fails later reports after it.
        etag, last_modified = validators(response)
        yield SourceResultItem(source, "ok", entries=len(filings), etag=etag, last_modified=last_modified)
        for filing in filings:
            yield from self._follow(filing, source, from_feed=True)

    def parse_daily_index(self, response):
        filings = parse_daily_index(response.text, self.base)
        self.walk.index_read(len(filings))
        self.logger.info(self.walk.progress_line(response.meta["day"], f"{len(filings)} filings"))
        yield SourceResultItem(BACKFILL_SOURCE, "ok", entries=len(filings))
        for filing in filings:
            yield response.follow(filing.index_url, callback=self.parse_index, errback=self.on_document_error,
                                  meta={"source": BACKFILL_SOURCE, "filing": filing})
        yield from self._backfill_end()

    def parse_index(self, response):
        index = parse_filing_index(response.body, self.base)
        filing = merge_index(response.meta["filing"], index)
        yield from self._follow(filing, response.meta["source"], primary=index.primary_url)

    def _follow(self, filing, source, primary=None, from_feed=False):
        """Yield the filing's item now, or the request that reads what it still needs."""
        if not filing.is_tracked:
            return
        if filing.needs_document and (primary or from_feed):
            url, callback = (primary, self.parse_document) if primary else (filing.index_url, self.parse_index)
            yield scrapy.Request(url, callback=callback, errback=self.on_document_error,
                                 meta={"source": source, "filing": filing})
            return
        yield from _filing_item(filing, filing_events(filing), source)

    def parse_document(self, response):
        filing = response.meta["filing"]
        events = filing_events(filing) + document_events(filing, document_text(response.body))
        yield from _filing_item(filing, events, response.meta["source"])

    def on_document_error(self, failure):
        """An index or document that cannot be read: keep what the feed alone shows, count the error."""
        filing, source = failure.request.meta["filing"], failure.request.meta["source"]
        yield from _filing_item(filing, filing_events(filing), source)
        yield SourceResultItem(source, "error", error=one_line(failure))

    def on_missing_day(self, failure):
        day, response = failure.request.meta["day"], getattr(failure.value, "response", None)
        if response is not None and response.status in MISSING_STATUSES:  # a holiday has no index
            self.walk.index_missing(day, response.status)
            outcome = f"no index, HTTP {response.status}"
        else:
            self.walk.index_failed(day, one_line(failure))
            outcome = f"failed: {one_line(failure)}"
        self.logger.info(self.walk.progress_line(day, outcome))
        yield from self._backfill_end()

    def _backfill_end(self):
        """Once every day has answered: the walk's outcome if no index was read (else the first index's
        `ok` stands), then the days that failed, so they count as failed items and not as the whole run."""
        if not self.walk.finished:
            return
        self.logger.info(self.walk.end_line())
        if self.walk.failure():
            yield SourceResultItem(BACKFILL_SOURCE, "error", error=self.walk.failure())
            return
        for day, reason in self.walk.failed.items():
            yield SourceResultItem(BACKFILL_SOURCE, "error", error=f"daily index of {day.isoformat()}: {reason}")

    def on_error(self, failure):
        yield SourceResultItem(failure.request.meta["source"], "error", error=one_line(failure))


def _filing_item(filing, events, source):
    if events:
        yield ArticleItem(source=source, events=event_dicts(events), **filing_article(filing, events))

