"""Single article pages listed in sources.toml (kind = "page"): fetch, extract the main text, store it."""

from __future__ import annotations

import scrapy

from pipeline.articles import extract_article
from pipeline.constants import SOURCE_PAGE
from pipeline.items import ArticleItem, SourceResultItem
from pipeline.sources import spider_sources
from pipeline.spiders._common import content_type, one_line, validators


class PagesSpider(scrapy.Spider):
    name = "pages"
    source_kind = SOURCE_PAGE

    def __init__(self, sources_file: str | None = None, source: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sources_file = sources_file
        self.source_names = [n for n in (source or "").split(",") if n]
        self.sources = []

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        path = spider.sources_file or crawler.settings.get("UPHEAVAL_SOURCES")
        spider.sources = spider_sources(path, spider.source_names, cls.source_kind,
                                        crawler.settings.get("UPHEAVAL_SHARD"))
        return spider

    async def start(self):
        for source in self.sources:
            yield scrapy.Request(source.url, callback=self.parse, errback=self.on_error, dont_filter=True,
                                 meta={"source": source.name, "conditional": True, "handle_httpstatus_list": [304]})

    def parse(self, response):
        source = response.meta["source"]
        if response.status == 304:
            yield SourceResultItem(source, "not_modified")
            return
        if "html" not in content_type(response).lower():
            yield SourceResultItem(source, "error", error=f"not an HTML page ({content_type(response) or 'no type'})")
            return
        article = extract_article(response.body, response.url)
        if not article.title:
            yield SourceResultItem(source, "error", error="no title found on the page")
            return
        yield ArticleItem(source=source, title=article.title, url=response.url, summary=article.text,
                          published_at=article.published_at, publisher=_parse_publisher(response))
        etag, last_modified = validators(response)
        yield SourceResultItem(source, "ok", entries=1, etag=etag, last_modified=last_modified)

    def on_error(self, failure):
        yield SourceResultItem(failure.request.meta["source"], "error", error=one_line(failure))


def _parse_publisher(response) -> str:
    site = response.xpath('//meta[@property="og:site_name"]/@content').get()
    return (site or "").strip()[:200] or response.url.split("/")[2]
