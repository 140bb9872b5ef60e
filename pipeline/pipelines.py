"""Item pipelines: thin classes that hand items to the pure functions and the store."""

from __future__ import annotations

import logging
import sqlite3

from scrapy import signals
from scrapy.exceptions import CloseSpider, NotConfigured

from pipeline import detection, store
from pipeline.exports import writes_database
from pipeline.ingest import ingest_batch
from pipeline.items import FAILED, ArticleItem, SourceResultItem
from pipeline.progress import Progress

log = logging.getLogger(__name__)

RUNS_STAT = "upheaval/runs"  # each source's outcome, for the command that started the crawl (crawl.py)
REASONS_SHOWN = 3  # a run's error names its first few failed items; the count says how many more


class StorePipeline:
    """Stores articles with their events in batches, and each source's outcome as a crawl run.

    A batch (articles, sightings, events and the run counters that count them) is one transaction:
    a crawl killed at any moment leaves whole batches or none, and the next crawl stores the rest.
    A batch leaves memory only once it is committed. One the database cannot take (locked by another
    writer past the timeout, a full disk) stays pending for the next flush and makes its sources' runs
    `error`, so their validators are not saved and the next crawl fetches everything again.
    Items a source led to but that could not be read (a filing index answering 404, a callback that
    raised) are counted on its run, which is then `partial`, not `ok`.
    """

    def __init__(self, db_path: str, batch_size: int = 500, crawler=None,
                 lock_timeout: float = store.WRITE_LOCK_TIMEOUT_SECONDS):
        self.db_path = db_path
        self.lock_timeout = lock_timeout
        self.batch_size = max(1, batch_size)
        self.crawler = crawler
        self.db = None
        self.runs: dict[str, dict] = {}
        self.pending: list[dict] = []
        self.retry_at = self.batch_size  # pending items that trigger a flush; grows after a failed one
        self.last_failure: str | None = None
        self.progress = Progress()
        self.outcomes: list[dict] = []  # each source's outcome, once the crawl closed (or could not start)

    @classmethod
    def from_crawler(cls, crawler):
        if not writes_database(crawler.settings):
            # A Scrapyd node: its items go to the feed exports, and `upheaval ingest` brings them here later.
            raise NotConfigured()  # no message: Scrapy logs a message as a warning
        pipeline = cls(crawler.settings.get("UPHEAVAL_DB"), crawler.settings.getint("UPHEAVAL_BATCH_SIZE", 500),
                       crawler)
        crawler.signals.connect(pipeline.spider_failed, signal=signals.spider_error)
        return pipeline

    def open_spider(self, spider=None):
        # Scrapy 2.14+ no longer passes the spider; the crawler always knows it.
        spider = spider or getattr(self.crawler, "spider", None)
        sources = getattr(spider, "sources", [])
        try:
            self.db = store.open_db(self.db_path, lock_timeout=self.lock_timeout)
            store.sync_sources(self.db, [s.as_dict() for s in sources])
            run_ids = store.start_crawl_runs(self.db, [source.name for source in sources])
        except sqlite3.Error as exc:
            # Nothing fetched yet, so nothing lost: say why in one line and stop the crawl (CloseSpider:
            # Scrapy stops it without a traceback, and still calls close_spider).
            reason = f"not crawled: {store.write_failure(exc, self.db)}"
            log.error("%s: %s", ", ".join(source.name for source in sources) or "crawl", reason)
            self._publish([{"source": source.name, "status": "error", "items": 0, "new_articles": 0, "failed": 0,
                            "error": reason} for source in sources])
            if self.db is not None:
                self.db.close()
                self.db = None
            raise CloseSpider("database_unavailable") from None
        detection.warm()  # while the first downloads are under way, not in the first batch's transaction
        for name, run_id in run_ids.items():
            self.runs[name] = {"id": run_id, "items": 0, "new": 0, "events": 0, "status": "running", "error": None,
                               "etag": None, "last_modified": None, "failures": [], "skipped": [], "unstored": None}
        if sources:
            log.info("crawl started: %s", ", ".join(source.name for source in sources))

    def process_item(self, item, spider=None):
        if isinstance(item, SourceResultItem):
            run = self.runs.get(item.source)
            if run is not None:
                # The first outcome is the source's (its feed); later ones are pages or documents it led to.
                if item.status == FAILED:  # a callback that raised on a node, exported (pipeline.exports)
                    run["failures"].append(item.error or "unknown error")
                elif run["status"] == "running":
                    run["status"], run["error"] = item.status, item.error
                    run["etag"], run["last_modified"] = item.etag, item.last_modified
                elif item.status == "error":
                    run["failures"].append(item.error or "unknown error")
                elif item.status == "skipped":
                    # Refused by policy (a link to an internal address): recorded, not a failure.
                    run["skipped"].append(item.error or "skipped")
            self.progress.add(item.source, errors=int(item.status in ("error", FAILED)), reason=item.error)
            return item
        if isinstance(item, ArticleItem):
            self.pending.append({
                "article": {"title": item.title, "url": item.url, "summary": item.summary,
                            "published_at": item.published_at, "publisher": item.publisher},
                "source": item.source, "events": item.events,
            })
            if len(self.pending) >= self.retry_at:
                self.flush()
        return item

    def spider_failed(self, failure, response, spider=None):
        """A callback raised (a page or filing that would not parse): the item it was reading is lost."""
        meta = getattr(response, "meta", None) or {}
        source = meta.get("source") or getattr(meta.get("item"), "source", None)
        run = self.runs.get(source)
        if run is None and len(self.runs) == 1:
            run = next(iter(self.runs.values()))
        reason = f"{failure.type.__name__}: {' '.join(str(failure.value).split())[:160]} ({response.url})"
        if run is None:
            log.error("item failed, source unknown: %s", reason)
            return
        run["failures"].append(reason)
        self.progress.add(source or next(iter(self.runs)), errors=1, reason=reason)

    def flush(self) -> None:
        """Commit what is pending, a batch per transaction, oldest first. A batch the database cannot take
        stays pending, and so does everything after it; the next try waits until a batch more has come."""
        while self.pending and self.db is not None:  # no database: open_spider said so, and the crawl stops
            batch = self.pending[:self.batch_size]
            try:
                self._commit(batch)
            except Exception as exc:  # noqa: BLE001: sorted below into "try later" and "the data is at fault"
                if store.database_unavailable(exc):
                    self._keep_pending(exc)
                    return
                log.warning("a batch of %d items failed (%s); storing them one at a time",
                            len(batch), store.write_failure(exc))
                if not self._commit_one_at_a_time(len(batch)):
                    return
                continue
            del self.pending[:len(batch)]
        self.retry_at = self.batch_size

    def _commit_one_at_a_time(self, count: int) -> bool:
        """Commit the first `count` pending items one by one; an item the data breaks is counted as failed
        and dropped (it would fail again). False if the database stopped taking writes."""
        for _ in range(count):
            entry = self.pending[0]
            try:
                self._commit([entry])
            except Exception as exc:  # noqa: BLE001
                if store.database_unavailable(exc):
                    self._keep_pending(exc)
                    return False
                reason = f"not stored: {store.write_failure(exc)} ({entry['article']['url']})"
                run = self.runs.get(entry["source"])
                if run is not None:
                    run["failures"].append(reason)
                self.progress.add(entry["source"], errors=1, reason=reason)
            del self.pending[0]
        return True

    def _commit(self, batch: list[dict]) -> None:
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

    def _keep_pending(self, exc: Exception) -> None:
        reason = store.write_failure(exc, self.db)
        names = sorted({entry["source"] for entry in self.pending})
        for name in names:
            if name in self.runs:
                self.runs[name]["unstored"] = reason
        # One error line per cause, not one per retry of a disk that stays full.
        level = logging.INFO if reason == self.last_failure else logging.ERROR
        self.last_failure = reason
        log.log(level, "%d items of %s not stored: %s; kept to try again, and the next crawl fetches them again",
                len(self.pending), ", ".join(names), reason)
        self.retry_at = len(self.pending) + self.batch_size

    def close_spider(self, spider=None):
        if self.db is None:  # open_spider could not start the runs, and said so
            return
        self.flush()
        if self.pending:
            self.flush()  # one more wait: the other writer may be done, or space freed, by now
        outcomes = [self._outcome(name, run) for name, run in self.runs.items()]
        try:
            store.finish_crawl_runs(self.db, [
                {**outcome, "run_id": self.runs[outcome["source"]]["id"],
                 "etag": self.runs[outcome["source"]]["etag"],
                 "last_modified": self.runs[outcome["source"]]["last_modified"]} for outcome in outcomes])
        except sqlite3.Error as exc:
            # The runs stay `running` in the file (the next crawl marks them interrupted, and their
            # validators were not saved); this crawl's summary still says what happened.
            reason = f"the run could not be recorded: {store.write_failure(exc, self.db)}"
            log.error("%s: %s", ", ".join(self.runs), reason)
            for outcome in outcomes:
                outcome["status"] = "error"
                outcome["error"] = f"{outcome['error']}; {reason}" if outcome["error"] else reason
        self._publish(outcomes)
        self.progress.close()
        self.db.close()

    def _outcome(self, name: str, run: dict) -> dict:
        """The run's final status and one-line error: `error` if the source failed or any of its items
        could not be stored, `partial` if it answered but some items it led to failed, else as it answered."""
        status, errors = run["status"], [run["error"]] if run["error"] else []
        if status == "running":
            status, errors = "error", ["the crawl ended before this source answered"]
        unstored = sum(entry["source"] == name for entry in self.pending)
        if run["unstored"]:
            status = "error"
            errors.append(f"{unstored} items not stored ({run['unstored']}); the next crawl fetches them again"
                          if unstored else f"a batch waited ({run['unstored']}) and was stored on a later try; "
                          "the next crawl fetches the source again")
        failures = run["failures"]
        if failures:
            if status == "ok":
                status = "partial"
            more = f" (+{len(failures) - REASONS_SHOWN} more)" if len(failures) > REASONS_SHOWN else ""
            errors.append(f"{len(failures)} items failed: {'; '.join(failures[:REASONS_SHOWN])}{more}")
        skipped = run["skipped"]
        if skipped:
            more = f" (+{len(skipped) - REASONS_SHOWN} more)" if len(skipped) > REASONS_SHOWN else ""
            errors.append(f"{len(skipped)} links not fetched: {'; '.join(skipped[:REASONS_SHOWN])}{more}")
        return {"source": name, "status": status, "items": run["items"], "new_articles": run["new"],
                "failed": len(failures) + unstored, "error": "; ".join(errors) or None}

    def _publish(self, outcomes: list[dict]) -> None:
        self.outcomes = outcomes  # for `upheaval ingest`, which drives this pipeline without a crawler
        if self.crawler is not None and getattr(self.crawler, "stats", None) is not None:
            self.crawler.stats.set_value(RUNS_STAT, outcomes)
