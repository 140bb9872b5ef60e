"""One crawl now: every selected source through Scrapy, then a per-source summary from the database."""

from __future__ import annotations

import logging
import sqlite3

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from pipeline import settings as project_settings
from pipeline import store
from pipeline.sources import Source
from pipeline.pipelines import RUNS_STAT
from pipeline.spiders.edgar import BACKFILL_SOURCE, EdgarSpider
from pipeline.spiders.feeds import FeedsSpider
from pipeline.spiders.pages import PagesSpider

SPIDERS_BY_KIND = {spider.source_kind: spider for spider in (FeedsSpider, EdgarSpider, PagesSpider)}

# Scrapy's start-up listings and per-request retry tracebacks drown the one line per source that matters
# (each source's outcome is recorded and printed in the summary). UPHEAVAL_LOG_LEVEL=DEBUG shows them all.
# Filters, not levels: Scrapy sets its logging up anew for every crawler, and filters survive that.
_CHATTY_LOGGERS = {
    "scrapy.utils.log": logging.WARNING,
    "scrapy.addons": logging.WARNING,
    "scrapy.middleware": logging.WARNING,
    "scrapy.crawler": logging.WARNING,
    "scrapy.extensions.logstats": logging.WARNING,
    "scrapy.extensions.remote_control": logging.WARNING,
    "scrapy.extensions.telnet": logging.WARNING,
    "scrapy.statscollectors": logging.WARNING,
    "scrapy.core.engine": logging.WARNING,
    "scrapy.downloadermiddlewares.retry": logging.CRITICAL,
    "scrapy.downloadermiddlewares.robotstxt": logging.CRITICAL,
}


class _AtLeast(logging.Filter):
    def __init__(self, level: int):
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= self.level


def _quiet_scrapy_logging() -> None:
    if project_settings.LOG_LEVEL == "DEBUG":
        return
    for name, level in _CHATTY_LOGGERS.items():
        logger = logging.getLogger(name)
        if not any(isinstance(f, _AtLeast) for f in logger.filters):
            logger.addFilter(_AtLeast(level))


def scrapy_settings(db_path: str, sources_file: str, overrides: dict | None = None) -> Settings:
    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    settings.set("UPHEAVAL_DB", db_path, priority="cmdline")
    settings.set("UPHEAVAL_SOURCES", sources_file, priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def run_crawl(sources: list[Source], db_path: str, sources_file: str, overrides: dict | None = None) -> list[dict]:
    """Crawl the given sources once; return one summary row per source (status, items, new_articles,
    failed, error)."""
    jobs = [(spider, {"sources_file": sources_file, "source": ",".join(names)}, names)
            for kind, spider in SPIDERS_BY_KIND.items()
            if (names := [s.name for s in sources if s.kind == kind])]
    return _run(jobs, db_path, sources_file, overrides)


def run_backfill(since: str, until: str | None, db_path: str, sources_file: str,
                 overrides: dict | None = None) -> list[dict]:
    """Walk EDGAR's daily indexes from `since` (YYYY-MM-DD) to `until` (default today), once."""
    jobs = [(EdgarSpider, {"sources_file": sources_file, "since": since, "until": until}, [BACKFILL_SOURCE])]
    return _run(jobs, db_path, sources_file, overrides)


def _run(jobs: list[tuple], db_path: str, sources_file: str, overrides: dict | None) -> list[dict]:
    """Run the spiders in one Scrapy process. The summary is what each crawl's StorePipeline saw, not
    what the file says afterwards: a run the database could not record still reports its failure."""
    try:
        store.open_db(db_path).close()  # create the file and its schema before several crawlers open it
    except sqlite3.Error as exc:
        reason = f"not crawled: {store.write_failure(exc)}"
        return [_not_run(name, reason) for _, _, names in jobs for name in names]
    _quiet_scrapy_logging()
    process = CrawlerProcess(scrapy_settings(db_path, sources_file, overrides))
    crawlers = []
    for spider, arguments, names in jobs:
        crawler = process.create_crawler(spider)
        process.crawl(crawler, **arguments)
        crawlers.append((crawler, names))
    process.start()
    rows = []
    for crawler, names in crawlers:
        reported = {row["source"]: row for row in crawler.stats.get_value(RUNS_STAT) or []}
        rows += [reported.get(name) or _not_run(name, "not crawled: the crawl stopped before it began (see the log)")
                 for name in names]
    return rows


def _not_run(name: str, reason: str) -> dict:
    return {"source": name, "status": "error", "items": 0, "new_articles": 0, "failed": 0, "error": reason}
