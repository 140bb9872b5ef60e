"""pipeline.feeds: feed bytes to entries, whatever shape the bytes arrive in."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from support import FILES
from pipeline.feeds import FeedError, _parse_with_feedparser, parse_date, parse_feed

FEEDS = FILES / "feeds"
CORPUS_FEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "feeds"


def read(name: str) -> bytes:
    return (FEEDS / name).read_bytes()


@pytest.mark.parametrize("name, count, reader, first_title", [
    ("business_news.rss", 3, "lxml", "Initech to acquire Globex Corporation in $4.2 billion deal"),
    ("no_encoding_decl_latin1.rss", 2, "feedparser", "Companhia Exemplo anuncia aquisição da Rival Ltda"),
    ("windows1251.xml", 2, "lxml", "Компания «Пример» объявила о слиянии"),
    ("nested_items.xml", 5, "lxml", "Column 1: what the week meant"),
    ("missing_dates.rdf", 2, "lxml", "Chipmaker Foo agrees to buy Bar Systems"),
    ("double_escaped.rss", 1, "lxml", "Procter & Gamble CFO steps down"),
    ("cdata_hostile.rss", 2, "lxml", "Acme to acquire Widgets Inc"),
    ("google_news_search.rss", 1, "lxml", "Initech to acquire Globex Corporation"),
    ("deals.atom", 1, "lxml", "Hooli & Pied Piper to merge"),
    ("junk_before_decl.xml", 1, "feedparser", "Phone maker Zed names new chief executive"),
])
def test_fixture_feeds_parse(name, count, reader, first_title):
    feed = parse_feed(read(name), "https://deals.example.com/feed.xml")
    assert len(feed.entries) == count
    assert feed.reader == reader
    assert feed.entries[0].title == first_title


@pytest.mark.parametrize("name, message", [
    ("truncated.xml", "not a readable feed"),
    ("not_a_feed.html", "not a feed"),
    ("billion_laughs.xml", "entity"),
])
def test_unreadable_feeds_raise_one_line_errors(name, message):
    with pytest.raises(FeedError) as error:
        parse_feed(read(name))
    assert message in str(error.value)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("name", ["business_news.rss", "windows1251.xml", "nested_items.xml", "missing_dates.rdf",
                                  "double_escaped.rss", "cdata_hostile.rss", "google_news_search.rss", "deals.atom"])
def test_fast_reader_agrees_with_feedparser(name):
    url = "https://deals.example.com/feed.xml"
    fast = parse_feed(read(name), url)
    slow = _parse_with_feedparser(read(name), url, None)
    assert fast.reader == "lxml"
    assert [(e.title, e.url, e.summary, e.published_at, e.publisher) for e in fast.entries] == \
           [(e.title, e.url, e.summary, e.published_at, e.publisher) for e in slow.entries]


def test_hostile_content_is_plain_capped_and_http_only():
    feed = parse_feed(read("cdata_hostile.rss"))
    assert feed.skipped == 2  # the javascript: and data: links
    first, long = feed.entries
    assert "<" not in first.title and "alert" not in first.title
    assert first.summary == "Acme agreed to buy Widgets."
    assert len(long.title) <= 500 and len(long.summary) <= 5000
    assert all(e.url.startswith("https://") for e in feed.entries)


def test_missing_dates_stay_missing_and_odd_dates_are_read():
    assert [e.published_at for e in parse_feed(read("missing_dates.rdf")).entries] == [None, None]
    assert parse_feed(read("nested_items.xml")).entries[0].published_at == "2010-03-01T14:00:00Z"  # EST
    assert parse_date("Thu, 18 Jul 2019 04:06 GMT") == "2019-07-18T04:06:00Z"  # no seconds
    assert parse_date("2026-06-01T08:00:00-04:00") == "2026-06-01T12:00:00Z"
    assert parse_date("not a date") is None


def test_google_news_keeps_its_opaque_link_and_names_the_publisher():
    entry = parse_feed(read("google_news_search.rss")).entries[0]
    assert entry.url.startswith("https://news.google.com/rss/articles/")
    assert entry.publisher == "The Daily Ledger"
    assert entry.title == "Initech to acquire Globex Corporation"


def test_atom_relative_links_resolve_against_the_feed():
    entry = parse_feed(read("deals.atom"), "https://deals.example.com/feed.xml").entries[0]
    assert entry.url == "https://deals.example.com/2026/06/hooli-pied-piper"


def test_billion_laughs_is_refused_at_once():
    started = time.monotonic()
    with pytest.raises(FeedError):
        parse_feed(read("billion_laughs.xml"))
    assert time.monotonic() - started < 2


def test_gzip_body_without_content_encoding_is_inflated():
    feed = parse_feed(gzip.compress(read("windows1251.xml")))
    assert len(feed.entries) == 2


def test_gzip_bomb_is_cut_off():
    bomb = gzip.compress(b"<rss>" + b" " * (64 * 1024 * 1024))
    assert len(bomb) < 200_000
    with pytest.raises(FeedError, match="decompression bomb"):
        parse_feed(bomb)


def test_empty_body():
    with pytest.raises(FeedError, match="empty"):
        parse_feed(b"  \n")


@pytest.mark.skipif(not CORPUS_FEEDS.is_dir(), reason="the shared corpus is not on this machine")
def test_every_corpus_feed_is_parsed_or_a_one_line_error():
    outcomes = {}
    for path in sorted(CORPUS_FEEDS.iterdir()):
        try:
            outcomes[path.name] = len(parse_feed(path.read_bytes(), "https://example.com/feed").entries)
        except FeedError as exc:
            assert "\n" not in str(exc)
            outcomes[path.name] = str(exc)
    errors = {name for name, outcome in outcomes.items() if isinstance(outcome, str)}
    assert errors == {"reuters_mostread_truncated_invalid.xml"}
    assert outcomes["oren_ru_windows-1251.xml.gz"] == 10
    assert outcomes["pcmag_dvorak_illegally-nested.xml"] == 10
