"""pipeline.schedule: each source on its interval; a failing source backs off."""

from __future__ import annotations

import calendar
import time

from pipeline.schedule import MAX_BACKOFF_FACTOR, sources_due
from pipeline.sources import Source

NOW = calendar.timegm(time.strptime("2026-12-08T12:00:00Z", "%Y-%m-%dT%H:%M:%SZ"))
FEED = Source("feed", "feed", "https://x.example/", "30m")


def ago(seconds: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(NOW - seconds))


def test_never_crawled_is_due():
    assert sources_due([FEED], {}, NOW) == ["feed"]


def test_due_after_its_interval_only():
    assert sources_due([FEED], {"feed": {"last_crawl": ago(29 * 60)}}, NOW) == []
    assert sources_due([FEED], {"feed": {"last_crawl": ago(30 * 60)}}, NOW) == ["feed"]


def test_failing_source_backs_off_exponentially_up_to_a_cap():
    def due(errors, minutes):
        return sources_due([FEED], {"feed": {"last_crawl": ago(minutes * 60), "consecutive_errors": errors}}, NOW)

    assert due(1, 30) == ["feed"]            # one failure: normal interval
    assert due(2, 59) == [] and due(2, 60) == ["feed"]
    assert due(3, 119) == [] and due(3, 120) == ["feed"]
    assert due(50, 30 * MAX_BACKOFF_FACTOR - 1) == [] and due(50, 30 * MAX_BACKOFF_FACTOR) == ["feed"]


def test_each_source_keeps_its_own_interval():
    fast, slow = Source("fast", "feed", "https://a.example/", "10m"), Source("slow", "edgar", "https://b.example/", "1d")
    health = {"fast": {"last_crawl": ago(3600)}, "slow": {"last_crawl": ago(3600)}}
    assert sources_due([fast, slow], health, NOW) == ["fast"]
