"""One crawl now: every selected source through Scrapy, then a per-source summary from the database."""

from __future__ import annotations

import sqlite3

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from pipeline import settings as project_settings
from pipeline import store
from pipeline.sources import Source
from pipeline.pipelines import RUNS_STAT
from pipeline.scrapy_log import quiet_scrapy_logging
from pipeline.spiders.edgar import BACKFILL_SOURCE, EdgarSpider
from pipeline.spiders.feeds import FeedsSpider
from pipeline.spiders.pages import PagesSpider
from pipeline.spiders.warn import WarnSpider

SPIDERS_BY_KIND = {spider.source_kind: spider for spider in (FeedsSpider, EdgarSpider, PagesSpider, WarnSpider)}

def scrapy_settings(db_path: str, sources_file: str, overrides: dict | None = None) -> Settings:
    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    settings.set("UPHEAVAL_DB", db_path, priority="cmdline")
    settings.set("UPHEAVAL_SOURCES", sources_file, priority="cmdline")
    # `upheaval crawl` and `run` are the one-machine crawl: they store, and their summary is what the store
    # saw, whatever UPHEAVAL_STORE says for `scrapy crawl` on this machine (docs/scale-out.md).
    settings.set("UPHEAVAL_STORE", "sqlite", priority="cmdline")
    settings.set("UPHEAVAL_SHARD", "", priority="cmdline")  # and crawl every source they are given
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
    quiet_scrapy_logging()
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
