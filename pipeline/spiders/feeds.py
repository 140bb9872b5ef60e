"""RSS/Atom/RDF sources from sources.toml: Scrapy downloads, pipeline.feeds parses.

An entry whose summary is too thin to classify, under a headline that may be news of upheaval, is
completed from its article page (same politeness; a page that fails leaves the entry as the feed gave it).
"""

from __future__ import annotations

import scrapy

from pipeline.articles import extract_article, page_worth_fetching, summary_is_thin
from pipeline.constants import SOURCE_FEED
from pipeline.feeds import FeedError, parse_feed
from pipeline.items import ArticleItem, SourceResultItem
from pipeline.middlewares import RefusedAddress
from pipeline.sources import spider_sources
from pipeline.spiders._common import content_type, one_line, validators


class FeedsSpider(scrapy.Spider):
    name = "feeds"
    source_kind = SOURCE_FEED

    def __init__(self, sources_file: str | None = None, source: str | None = None, *args, **kwargs):
        """`scrapy crawl feeds -a sources_file=my.toml -a source=a,b` picks the file and sources."""
        super().__init__(*args, **kwargs)
        self.sources_file = sources_file
        self.source_names = [n for n in (source or "").split(",") if n]
        self.sources = []
        self.max_pages = 20

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        path = spider.sources_file or crawler.settings.get("UPHEAVAL_SOURCES")
        spider.sources = spider_sources(path, spider.source_names, cls.source_kind,
                                        crawler.settings.get("UPHEAVAL_SHARD"))
        spider.max_pages = crawler.settings.getint("UPHEAVAL_MAX_PAGES_PER_SOURCE", 20)
        return spider

    async def start(self):
        for request in self.start_requests():
            yield request

    def start_requests(self):
        for source in self.sources:
            yield scrapy.Request(source.url, callback=self.parse, errback=self.on_error, dont_filter=True,
                                 meta={"source": source.name, "conditional": True, "handle_httpstatus_list": [304],
                                       "fetch_pages": source.fetch_pages})

    def parse(self, response):
        source = response.meta["source"]
        if response.status == 304:
            yield SourceResultItem(source, "not_modified")
            return
        try:
            feed = parse_feed(response.body, response.url, content_type(response))
        except FeedError as exc:
            yield SourceResultItem(source, "error", error=str(exc))
            return
        # The source's outcome first: what its entries lead to (a refused or failed page) reports after it.
        etag, last_modified = validators(response)
        yield SourceResultItem(source, "ok", entries=len(feed.entries), error=feed.warning, etag=etag,
                               last_modified=last_modified)
        pages = 0 if response.meta.get("fetch_pages") else self.max_pages
        for entry in feed.entries:
            item = ArticleItem(source=source, title=entry.title, url=entry.url, summary=entry.summary,
                               published_at=entry.published_at, publisher=entry.publisher)
            if pages < self.max_pages and summary_is_thin(entry.title, entry.summary) and page_worth_fetching(entry.url):
                pages += 1
                yield scrapy.Request(entry.url, callback=self.parse_article, errback=self.article_failed,
                                     meta={"item": item})
            else:
                yield item

    def parse_article(self, response):
        item = response.meta["item"]
        if "html" in content_type(response).lower():
            article = extract_article(response.body, response.url)
            if len(article.text) > len(item.summary):
                item.summary = article.text
            item.published_at = item.published_at or article.published_at
        yield item

    def article_failed(self, failure):
        item = failure.request.meta["item"]
        if failure.check(RefusedAddress):  # the middleware has logged it, once per host
            yield SourceResultItem(item.source, "skipped", error=f"{failure.value} ({failure.request.url})")
        else:
            self.logger.info("article page not read (%s); keeping the feed's entry", one_line(failure))
        yield item

    def on_error(self, failure):
        source = failure.request.meta["source"]
        yield SourceResultItem(source, "error", error=one_line(failure))
