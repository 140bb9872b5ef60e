"""StorePipeline's bookkeeping, driven directly on a real SQLite file: a batch leaves memory only after its
commit, a batch the database cannot take makes the run `error` with no validators saved, and items that
failed make it `partial`, never `ok`."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest
from scrapy.exceptions import CloseSpider

from pipeline import store
from pipeline.items import ArticleItem, SourceResultItem
from pipeline.pipelines import StorePipeline
from pipeline.sources import Source


def article(n: int, source: str = "wire") -> ArticleItem:
    return ArticleItem(source=source, title=f"Markets note {n}", url=f"https://news.example.com/{n}",
                       summary=f"Story {n}.")


def crawler_keeping(stats: dict) -> SimpleNamespace:
    """Just enough of a Scrapy crawler for the pipeline to report each source's outcome in its stats."""
    return SimpleNamespace(stats=SimpleNamespace(set_value=stats.__setitem__))


@pytest.fixture
def reported():
    return {}


@pytest.fixture
def pipeline(db_path, reported):
    store.open_db(db_path).close()
    spider = SimpleNamespace(sources=[Source("wire", "feed", "https://news.example.com/feed")])
    made = StorePipeline(str(db_path), batch_size=2, crawler=crawler_keeping(reported), lock_timeout=0.2)
    made.open_spider(spider)
    return made


def fetched_ok(source: str = "wire") -> SourceResultItem:
    return SourceResultItem(source, "ok", entries=3, last_modified="Wed, 18 Nov 2026 09:30:00 GMT")


def health(db_path):
    conn = sqlite3.connect(db_path)
    try:
        run = conn.execute("SELECT status, items, failed, error FROM crawl_runs").fetchone()
        source = conn.execute("SELECT last_status, last_failed, last_modified FROM sources").fetchone()
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        return run, source, articles
    finally:
        conn.close()


def test_a_clean_run_is_ok_and_keeps_its_validators(pipeline, db_path):
    for n in range(3):
        pipeline.process_item(article(n))
    pipeline.process_item(fetched_ok())
    pipeline.close_spider()
    assert health(db_path) == (("ok", 3, 0, None), ("ok", 0, "Wed, 18 Nov 2026 09:30:00 GMT"), 3)


def test_a_batch_the_database_cannot_take_stays_pending_and_the_run_is_error(pipeline, db_path):
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock past our timeout
    for n in range(3):
        pipeline.process_item(article(n))
    assert len(pipeline.pending) == 3  # the failed batch of two, and the third item after it
    holder.execute("COMMIT")
    pipeline.process_item(fetched_ok())
    pipeline.close_spider()
    (status, items, failed, error), (last_status, _, last_modified), articles = health(db_path)
    assert articles == 3 and items == 3 and failed == 0  # stored on the later try
    assert status == last_status == "error" and "locked by another writer" in error
    assert last_modified is None  # so the next crawl fetches the feed again


def test_items_still_unstored_at_the_end_are_counted_and_the_validators_are_not_saved(pipeline, db_path, reported):
    holder = sqlite3.connect(db_path, isolation_level=None)
    for n in range(2):
        pipeline.process_item(article(n))
    holder.execute("BEGIN IMMEDIATE")
    pipeline.process_item(article(2))
    pipeline.process_item(fetched_ok())
    pipeline.close_spider()  # can neither store the last item nor record the run
    holder.execute("COMMIT")
    (status, items, _, _), (_, _, last_modified), articles = health(db_path)
    assert articles == 2 and status == "running" and last_modified is None  # the next crawl marks it interrupted
    [outcome] = reported["upheaval/runs"]  # what `upheaval crawl` prints and exits on
    assert (outcome["status"], outcome["items"], outcome["failed"]) == ("error", 2, 1)
    assert "1 items not stored" in outcome["error"] and "the run could not be recorded" in outcome["error"]


def test_failed_items_make_the_run_partial_and_say_why(pipeline, db_path):
    pipeline.process_item(article(0))
    pipeline.process_item(fetched_ok())
    pipeline.process_item(SourceResultItem("wire", "error", error="HTTP 404 from https://sec.example/0001-index.htm"))
    pipeline.spider_failed(SimpleNamespace(type=ValueError, value=ValueError("no primary document")),
                           SimpleNamespace(meta={"source": "wire"}, url="https://sec.example/0002-index.htm"))
    pipeline.close_spider()
    (status, items, failed, error), (last_status, last_failed, last_modified), _ = health(db_path)
    assert (status, last_status, items, failed, last_failed) == ("partial", "partial", 1, 2, 2)
    assert "HTTP 404 from https://sec.example/0001-index.htm" in error and "ValueError: no primary document" in error
    assert last_modified is None  # the next crawl tries the failed items again


def test_an_item_the_data_breaks_is_counted_and_the_rest_of_its_batch_is_stored(pipeline, db_path):
    pipeline.process_item(article(0))
    pipeline.process_item(ArticleItem(source="wire", title=None, url="https://news.example.com/broken"))
    pipeline.process_item(article(2))
    pipeline.process_item(fetched_ok())
    pipeline.close_spider()
    (status, items, failed, error), _, articles = health(db_path)
    assert (status, items, failed, articles) == ("partial", 2, 1, 2)
    assert "https://news.example.com/broken" in error


def test_a_crawl_that_cannot_start_its_runs_stops_without_losing_anything(db_path, reported):
    store.open_db(db_path).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    made = StorePipeline(str(db_path), crawler=crawler_keeping(reported), lock_timeout=0.2)
    with pytest.raises(CloseSpider) as stopped:
        made.open_spider(SimpleNamespace(sources=[Source("wire", "feed", "https://news.example.com/feed")]))
    assert stopped.value.reason == "database_unavailable"
    holder.execute("COMMIT")
    [row] = reported["upheaval/runs"]
    assert row["status"] == "error" and row["error"].startswith("not crawled: the database is locked")
    made.close_spider()  # nothing to do, and no error
