"""Item pipelines: thin classes that hand items to the pure functions and the store."""

from __future__ import annotations

import logging

from pipeline import store
from pipeline.ingest import ingest_article
from pipeline.items import ArticleItem, SourceResultItem

log = logging.getLogger(__name__)


class StorePipeline:
    """Stores articles with their events, and each source's outcome as a crawl run."""

    def __init__(self, db_path: str, crawler=None):
        self.db_path = db_path
        self.crawler = crawler
        self.db = None
        self.runs: dict[str, dict] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("UPHEAVAL_DB"), crawler)

    def open_spider(self, spider=None):
        self.db = store.open_db(self.db_path)
        # Scrapy 2.14+ no longer passes the spider; the crawler always knows it.
        spider = spider or getattr(self.crawler, "spider", None)
        sources = getattr(spider, "sources", [])
        store.sync_sources(self.db, [s.as_dict() for s in sources])
        for source in sources:
            self.runs[source.name] = {"id": store.start_crawl_run(self.db, source.name), "items": 0, "new": 0,
                                      "events": 0, "status": "running", "error": None}

    def process_item(self, item, spider=None):
        if isinstance(item, SourceResultItem):
            run = self.runs.get(item.source)
            if run is not None:
                run["status"], run["error"] = item.status, item.error
            return item
        if isinstance(item, ArticleItem):
            result = ingest_article(self.db, {
                "title": item.title, "url": item.url, "summary": item.summary,
                "published_at": item.published_at, "publisher": item.publisher,
            }, item.source)
            run = self.runs.get(item.source)
            if run is not None:
                run["items"] += 1
                run["new"] += int(result.is_new)
                run["events"] += result.events
        return item

    def close_spider(self, spider=None):
        for name, run in self.runs.items():
            status = run["status"] if run["status"] != "running" else "error"
            error = run["error"] or ("the crawl ended before this source answered" if status == "error" else None)
            store.finish_crawl_run(self.db, run["id"], name, status, run["items"], run["new"], error)
        self.db.close()
