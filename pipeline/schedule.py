"""Which sources are due for a crawl. Pure: sources, their health and the time in; names out."""

from __future__ import annotations

import calendar
import time

from pipeline.sources import Source

MAX_BACKOFF_FACTOR = 16  # a source failing again and again is tried at most 16x less often


def sources_due(sources: list[Source], health: dict[str, dict], now: float) -> list[str]:
    due = []
    for source in sources:
        row = health.get(source.name) or {}
        last = row.get("last_crawl")
        if not last:
            due.append(source.name)
            continue
        errors = int(row.get("consecutive_errors") or 0)
        # Back off exponentially on a failing source so a dead site is not hammered.
        factor = min(2 ** max(errors - 1, 0), MAX_BACKOFF_FACTOR) if errors else 1
        last_ts = calendar.timegm(time.strptime(last, "%Y-%m-%dT%H:%M:%SZ"))
        if now - last_ts >= source.interval_seconds * factor:
            due.append(source.name)
    return due

