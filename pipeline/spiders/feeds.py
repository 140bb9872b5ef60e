"""RSS/Atom/RDF sources from sources.toml: Scrapy downloads, feedparser (via pipeline.feeds) parses."""

from __future__ import annotations

import scrapy

from pipeline.constants import SOURCE_FEED
from pipeline.feeds import FeedError, parse_feed
from pipeline.items import ArticleItem, SourceResultItem
from pipeline.sources import load_sources, select_sources


class FeedsSpider(scrapy.Spider):
    name = "feeds"
    source_kind = SOURCE_FEED

    def __init__(self, sources_file: str | None = None, source: str | None = None, *args, **kwargs):
        """`scrapy crawl feeds -a sources_file=my.toml -a source=a,b` picks the file and sources."""
        super().__init__(*args, **kwargs)
        self.sources_file = sources_file
        self.source_names = [n for n in (source or "").split(",") if n]
        self.sources = []

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        path = spider.sources_file or crawler.settings.get("UPHEAVAL_SOURCES")
        spider.sources = select_sources(load_sources(path), spider.source_names, cls.source_kind)
        return spider

    async def start(self):
        for request in self.start_requests():
            yield request

    def start_requests(self):
        for source in self.sources:
            yield scrapy.Request(source.url, callback=self.parse, errback=self.on_error,
                                 meta={"source": source.name}, dont_filter=True)

    def parse(self, response):
        source = response.meta["source"]
        try:
            content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
            feed = parse_feed(response.body, response.url, content_type)
        except FeedError as exc:
            yield SourceResultItem(source, "error", error=str(exc))
            return
        for entry in feed.entries:
            yield ArticleItem(source=source, title=entry.title, url=entry.url, summary=entry.summary,
                              published_at=entry.published_at, publisher=entry.publisher)
        yield SourceResultItem(source, "ok", entries=len(feed.entries), error=feed.warning)

    def on_error(self, failure):
        source = failure.request.meta["source"]
        yield SourceResultItem(source, "error", error=_one_line(failure))


def _one_line(failure) -> str:
    response = getattr(failure.value, "response", None)
    if response is not None:
        return f"HTTP {response.status} from {response.url}"
    text = failure.getErrorMessage() or failure.type.__name__
    return f"{failure.type.__name__}: {' '.join(text.split())[:200]}"
