"""pipeline/exports.py: when a crawl leaves its items to the feed exports, how a callback's failure still
reaches the export, and how exported lines become items again."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.settings import Settings

from pipeline import store
from pipeline.exports import FailuresAsItemsMiddleware, StoreModeError, read_record, writes_database
from pipeline.items import FAILED, ArticleItem, SourceResultItem
from pipeline.pipelines import StorePipeline
from pipeline.sources import Source

FEEDS = {"items.jsonl": {"format": "jsonlines"}}


@pytest.mark.parametrize("store_mode, feeds, expected", [
    ("auto", {}, True),          # `upheaval crawl`, `scrapy crawl feeds`: the database, as always
    ("auto", FEEDS, False),      # `scrapy crawl feeds -O items.jsonl`, Scrapyd with items_dir or FEEDS
    ("auto", '{"file:///srv/exports/%(name)s.jsonl": {"format": "jsonlines"}}', False),  # -s FEEDS=JSON
    ("feed", {}, False),
    ("sqlite", FEEDS, True),     # both: the database, and an export beside it
    (" Feed ", {}, False),
])
def test_feed_exports_take_the_place_of_the_database(store_mode, feeds, expected):
    assert writes_database(Settings({"UPHEAVAL_STORE": store_mode, "FEEDS": feeds})) is expected


def test_upheaval_crawl_always_stores():
    from pipeline.crawl import scrapy_settings

    assert writes_database(scrapy_settings("x.db", "sources.toml", {"FEEDS": FEEDS}))


def test_an_unknown_store_mode_is_an_error_not_a_guess():
    with pytest.raises(StoreModeError, match="UPHEAVAL_STORE must be one of auto, sqlite, feed, not 'sqlit'"):
        writes_database(Settings({"UPHEAVAL_STORE": "sqlit"}))


def crawler(feeds):
    return SimpleNamespace(settings=Settings({"UPHEAVAL_STORE": "auto", "FEEDS": feeds}))


def test_the_store_pipeline_and_the_failure_middleware_take_turns():
    with pytest.raises(NotConfigured):
        StorePipeline.from_crawler(crawler(FEEDS))
    with pytest.raises(NotConfigured):
        FailuresAsItemsMiddleware.from_crawler(crawler({}))
    assert isinstance(FailuresAsItemsMiddleware.from_crawler(crawler(FEEDS)), FailuresAsItemsMiddleware)


def test_a_callback_that_raised_becomes_a_failed_item_of_its_source():
    middleware = FailuresAsItemsMiddleware()
    item = ArticleItem(source="thin-pages", title="Acme CEO steps down", url="https://x.example.com/a")
    response = SimpleNamespace(url="https://x.example.com/a", meta={"item": item})
    [failed] = middleware.process_spider_exception(response, ValueError("no   article\nhere"), spider=None)
    assert failed == SourceResultItem("thin-pages", FAILED, error="ValueError: no article here (https://x.example.com/a)")
    spider = SimpleNamespace(sources=[Source("only", "feed", "https://x.example.com/feed")])
    [failed] = middleware.process_spider_exception(SimpleNamespace(url="u", meta={}), KeyError("k"), spider)
    assert failed.source == "only"
    two = SimpleNamespace(sources=spider.sources * 2)
    assert middleware.process_spider_exception(SimpleNamespace(url="u", meta={}), KeyError("k"), two) is None


def test_a_failed_item_makes_the_run_partial_as_a_local_crawl_records_it(db_path):
    store.open_db(db_path).close()
    pipeline = StorePipeline(str(db_path))
    pipeline.open_spider(SimpleNamespace(sources=[Source("wire", "feed", "https://x.example.com/feed")]))
    pipeline.process_item(SourceResultItem("wire", FAILED, error="ValueError: bad page"))  # before the outcome
    pipeline.process_item(SourceResultItem("wire", "ok", entries=1))
    pipeline.process_item(ArticleItem(source="wire", title="Markets note", url="https://x.example.com/1"))
    pipeline.close_spider()
    [outcome] = pipeline.outcomes
    assert (outcome["status"], outcome["failed"], outcome["error"]) == ("partial", 1, "1 items failed: ValueError: bad page")


@pytest.mark.parametrize("line, expected", [
    (b'{"source": "s", "status": "ok", "entries": 2, "error": null, "etag": "\\"e\\"", "last_modified": null}',
     SourceResultItem("s", "ok", entries=2, etag='"e"')),
    (b'{"source": "s", "title": "T", "url": "https://x.example.com/", "summary": "S", "published_at": null, '
     b'"publisher": "P", "events": null}',
     ArticleItem(source="s", title="T", url="https://x.example.com/", summary="S", publisher="P")),
    (b'{"source": "s", "title": "T", "url": "u", "events": [{"cik": 1, "company": "C", "kind": "layoffs"}]}',
     ArticleItem(source="s", title="T", url="u", events=[{"cik": 1, "company": "C", "kind": "layoffs"}])),
    (b"\xef\xbb\xbf" + b'{"source": "s", "status": "skipped", "error": "refused"}',
     SourceResultItem("s", "skipped", error="refused")),
])
def test_exported_lines_become_the_items_the_spider_yielded(line, expected):
    assert read_record(line, first_line=True) == (expected, None)


@pytest.mark.parametrize("line, why", [
    (b'{"source": "s", "title": "cut sh', "not JSON"),
    (b"\xff{}", "not UTF-8 text (byte 0xFF at column 1)"),
    (b"[1, 2]", "expected a JSON object"),
    (b'{"title": "T", "url": "u"}', 'no "source"'),
    (b'{"source": "s", "status": "done"}', "status 'done' is not one of"),
    (b'{"source": "s", "status": "ok", "entries": "3"}', '"entries" must be a whole number'),
    (b'{"source": "s", "title": "", "url": "u"}', 'needs a non-empty "title" and "url"'),
    (b'{"source": "s", "title": "T", "url": "u", "events": "none"}', '"events" must be null or a list'),
    (b'{"source": "s", "title": "T", "url": "u", "summary": 5}', '"summary" must be text or null'),
    (b'{"source": "s", "name": "x"}', "neither an article"),
])
def test_lines_that_are_no_item_say_why(line, why):
    item, reason = read_record(line)
    assert item is None and why in reason


def test_blank_lines_are_nothing_at_all():
    assert read_record(b"  \n") == (None, None)
