"""Rebuild every event from the stored articles (articles are the source of truth)."""

from __future__ import annotations

from typing import Callable

import sqlite_utils

from pipeline import store
from pipeline.ingest import store_events_for


def reprocess_all(db: sqlite_utils.Database, progress: Callable[[int, int], None] | None = None,
                  batch: int = 500) -> int:
    """Drop derived events and detect them again, all in one transaction: a crash leaves the old events.
    Idempotent: running it twice gives the same events with the same ids and evidence."""
    # Oldest first, so every event's first-seen date and stage history come out as the crawl made them.
    articles = sorted(store.all_articles(db), key=lambda a: (a.get("published_at") or "", a["id"]))
    with store.write_transaction(db):  # the write lock up front: waits for a crawl's batch, never fails at once
        store.clear_events(db)
        for start in range(0, len(articles), batch):
            for article in articles[start:start + batch]:
                store_events_for(db, article["id"], article)
            if progress:
                progress(min(start + batch, len(articles)), len(articles))
    return len(articles)
