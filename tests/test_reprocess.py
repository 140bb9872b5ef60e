"""Reprocessing rebuilds events from stored articles, idempotently, with progress."""

from __future__ import annotations

from support import seed
from pipeline.reprocess import reprocess_all


def snapshot(db):
    events = db.execute("SELECT id, company_id, kind, role, person, date, stage FROM events ORDER BY id").fetchall()
    evidence = db.execute("SELECT event_id, article_id FROM event_evidence ORDER BY 1, 2").fetchall()
    return events, evidence


def test_reprocess_is_idempotent_and_reports_progress(fresh_db):
    seed(fresh_db)
    before = snapshot(fresh_db)
    assert before[0]
    calls = []
    assert reprocess_all(fresh_db, progress=lambda done, total: calls.append((done, total)), batch=1) == 2
    assert calls == [(1, 2), (2, 2)]
    assert snapshot(fresh_db) == before
    reprocess_all(fresh_db)
    assert snapshot(fresh_db) == before


def test_reprocess_picks_up_better_detection(fresh_db):
    seed(fresh_db)
    fresh_db.execute("DELETE FROM event_evidence")
    fresh_db.execute("DELETE FROM events")
    reprocess_all(fresh_db)
    kinds = {row[0] for row in fresh_db.execute("SELECT kind FROM events")}
    assert kinds == {"merger_acquisition", "executive_departure"}
