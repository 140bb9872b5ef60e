"""Item pipelines: thin classes that hand items to the pure functions and the store."""

from __future__ import annotations

import logging

from pipeline import detection, store
from pipeline.ingest import ingest_batch
from pipeline.items import ArticleItem, SourceResultItem
from pipeline.progress import Progress

log = logging.getLogger(__name__)


class StorePipeline:
    """Stores articles with their events in batches, and each source's outcome as a crawl run.

    A batch (articles, sightings, events and the run counters that count them) is one transaction:
    a crawl killed at any moment leaves whole batches or none, and the next crawl stores the rest.
    """

    def __init__(self, db_path: str, batch_size: int = 500, crawler=None):
        self.db_path = db_path
        self.batch_size = max(1, batch_size)
        self.crawler = crawler
        self.db = None
        self.runs: dict[str, dict] = {}
        self.pending: list[dict] = []
        self.progress = Progress()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("UPHEAVAL_DB"), crawler.settings.getint("UPHEAVAL_BATCH_SIZE", 500), crawler)

    def open_spider(self, spider=None):
        self.db = store.open_db(self.db_path)
        detection.warm()  # while the first downloads are under way, not in the first batch's transaction
        # Scrapy 2.14+ no longer passes the spider; the crawler always knows it.
        spider = spider or getattr(self.crawler, "spider", None)
        sources = getattr(spider, "sources", [])
        store.sync_sources(self.db, [s.as_dict() for s in sources])
        for source in sources:
            self.runs[source.name] = {"id": store.start_crawl_run(self.db, source.name), "items": 0, "new": 0,
                                      "events": 0, "status": "running", "error": None, "etag": None,
                                      "last_modified": None}
        if sources:
            log.info("crawl started: %s", ", ".join(source.name for source in sources))

    def process_item(self, item, spider=None):
        if isinstance(item, SourceResultItem):
            run = self.runs.get(item.source)
            if run is not None:
                # The first outcome is the source's (its feed); later ones are pages or documents it led to.
                if run["status"] == "running":
                    run["status"], run["error"] = item.status, item.error
                    run["etag"], run["last_modified"] = item.etag, item.last_modified
            self.progress.add(item.source, errors=int(item.status == "error"))
            return item
        if isinstance(item, ArticleItem):
            self.pending.append({
                "article": {"title": item.title, "url": item.url, "summary": item.summary,
                            "published_at": item.published_at, "publisher": item.publisher},
                "source": item.source, "events": item.events,
            })
            if len(self.pending) >= self.batch_size:
                self.flush()
        return item

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        counts: dict[str, list[int]] = {}
        with store.transaction(self.db):
            results = ingest_batch(self.db, batch)
            for entry, result in zip(batch, results):
                row = counts.setdefault(entry["source"], [0, 0, 0])
                row[0] += 1
                row[1] += int(result.is_new)
                row[2] += result.events
            for name, (items, new, _events) in counts.items():
                if name in self.runs:
                    store.record_run_progress(self.db, self.runs[name]["id"], items, new)
        for name, (items, new, events) in counts.items():
            run = self.runs.get(name)
            if run is not None:
                run["items"] += items
                run["new"] += new
                run["events"] += events
            self.progress.add(name, items=items)
        log.info("stored batch: %d items (%s)", len(batch),
                 ", ".join(f"{name} {row[0]}" for name, row in sorted(counts.items())))

    def close_spider(self, spider=None):
        self.flush()
        for name, run in self.runs.items():
            status = run["status"] if run["status"] != "running" else "error"
            error = run["error"] or ("the crawl ended before this source answered" if status == "error" else None)
            store.finish_crawl_run(self.db, run["id"], name, status, run["items"], run["new"], error,
                                   etag=run["etag"], last_modified=run["last_modified"])
        self.progress.close()
        self.db.close()
