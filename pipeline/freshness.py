"""Is the news we hold fresh enough for "nothing found" to mean something? (docs/scoring.md, "Fresh data")

`none` promises that we read recent news and found nothing. With no successful crawl at all, or only an
old one, that promise cannot be kept, so a company with nothing in the window is `unknown` instead, with
the reason (`no_data`, `stale`). A company with events keeps its level: evidence stays evidence, and the
alert says how old the data is. Pure functions over the newest successful crawl's stamp; the stamp itself
comes from `store.newest_successful_crawl`.
"""

from __future__ import annotations

from datetime import datetime, timezone

from pipeline.constants import LEVEL_NONE, LEVEL_UNKNOWN, REASON_NO_DATA, REASON_STALE

# The shipped sources are crawled every 15 minutes to an hour, and a failing source is retried at least
# every 16 hours (16x its interval, docs/ingestion.md). So while `upheaval run` is running and any
# source answers, the newest successful crawl is at most about an hour old; two days without one means
# the crawler is not running or nothing answers, and a day or more of news may be missing.
STALE_AFTER_HOURS = 48

FRESH = "fresh"
STALE = REASON_STALE
NO_DATA = REASON_NO_DATA


def parse_stamp(stamp: str) -> datetime:
    """A stored UTC stamp ('2026-11-20T14:05:00Z', or with fractions) as an aware datetime."""
    return datetime.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)


def age_seconds(stamp: str | None, now: datetime | None = None) -> int | None:
    if not stamp:
        return None
    now = now or datetime.now(timezone.utc)
    return max(0, int((now - parse_stamp(stamp)).total_seconds()))


def assess(newest_crawl: str | None, now: datetime | None = None,
           stale_after_hours: float = STALE_AFTER_HOURS) -> dict:
    """{"state": fresh | stale | no_data, "newest_crawl": stamp or None}: what every alert carries."""
    if not newest_crawl:
        return {"state": NO_DATA, "newest_crawl": None}
    stale = age_seconds(newest_crawl, now) > stale_after_hours * 3600
    return {"state": STALE if stale else FRESH, "newest_crawl": newest_crawl}


def apply(level: str, freshness: dict) -> tuple[str, str | None]:
    """The level to show and, when it becomes `unknown`, why. Only `none` depends on freshness: a
    `warning` or `watch` rests on events we did read, however old the newest crawl is."""
    if level == LEVEL_NONE and freshness["state"] != FRESH:
        return LEVEL_UNKNOWN, freshness["state"]
    return level, None


def describe_age(seconds: int) -> str:
    """'40 minutes', '5 hours', '5 days': how old the data is, for people."""
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return "less than a minute"


def describe(freshness: dict, now: datetime | None = None) -> str:
    """One line for people: 'newest crawl 2026-11-20T14:05:00Z (5 days ago: stale)'."""
    if freshness["state"] == NO_DATA:
        return "no successful crawl yet: nothing has been read"
    age = describe_age(age_seconds(freshness["newest_crawl"], now))
    note = f": stale, older than {STALE_AFTER_HOURS:g} hours" if freshness["state"] == STALE else ""
    return f"newest crawl {freshness['newest_crawl']} ({age} ago{note})"
