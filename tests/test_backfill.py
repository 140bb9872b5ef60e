"""The backfill's walk over daily indexes: which days, how far, and what it says at the end.
The walk run as `upheaval backfill` against a local server is in test_spiders.py."""

from __future__ import annotations

from datetime import date

from pipeline.backfill import BackfillWalk, index_days


def test_only_weekdays_have_an_index():
    days = index_days(date(2026, 1, 1), date(2026, 1, 31))
    assert len(days) == 22 and all(day.weekday() < 5 for day in days)
    assert index_days(date(2026, 1, 3), date(2026, 1, 4)) == []  # a weekend


def test_progress_counts_every_answer_and_the_filings_found():
    walk = BackfillWalk(date(2026, 1, 5), date(2026, 1, 7))
    walk.index_read(12)
    walk.index_missing(date(2026, 1, 6), 404)
    assert walk.progress_line(date(2026, 1, 6), "no index, HTTP 404") == (
        "backfill 2/3 days (2026-01-06: no index, HTTP 404); 12 filings of tracked forms found so far")
    assert not walk.finished
    walk.index_read(3)
    assert walk.finished and walk.failure() is None  # an index was read: the run stands on it
    assert walk.end_line() == ("backfill 2026-01-05..2026-01-07: 2 of 3 daily indexes read; 15 filings of tracked "
                               "forms found; no index for 2026-01-06 (holidays have none)")


def test_every_day_missing_says_so_instead_of_a_crawl_that_never_answered():
    walk = BackfillWalk(date(2026, 1, 1), date(2026, 1, 31))
    for day in walk.days:
        walk.index_missing(day, 404)
    assert walk.failure() == ("no daily index found for 2026-01-01..2026-01-31: SEC answered 404 for all 22 "
                              "weekdays (check the dates, and that UPHEAVAL_SEC_BASE is SEC or a mirror of it)")
    assert "(+17 more)" in walk.end_line() and "holidays" not in walk.end_line()


def test_failed_days_name_the_first_reason():
    walk = BackfillWalk(date(2026, 1, 5), date(2026, 1, 6))
    walk.index_failed(date(2026, 1, 5), "HTTP 500 from http://sec.test/x")
    walk.index_missing(date(2026, 1, 6), 404)
    assert walk.failure() == ("no daily index read for 2026-01-05..2026-01-06: 1 of 2 days failed (first, "
                              "2026-01-05: HTTP 500 from http://sec.test/x); 1 answered 404 (no index)")


def test_a_range_without_weekdays_is_named():
    walk = BackfillWalk(date(2026, 1, 3), date(2026, 1, 4))
    assert walk.finished
    assert walk.failure() == "no weekdays in 2026-01-03..2026-01-04: EDGAR publishes daily indexes on weekdays only"
