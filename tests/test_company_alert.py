"""Stored alerts (pipeline/company_alert.py): after every kind of write, and as the window moves, the alert a
reader gets from the table equals one computed from the events at that moment."""

from __future__ import annotations

import multiprocessing
import os
import re
import sqlite3
import subprocess
import sys
from datetime import timedelta

import pytest

from pipeline import company_alert, store
from pipeline.ingest import ingest_article, ingest_batch
from pipeline.reprocess import reprocess_all
from support import REPO, days_ago, record_crawl

HEADLINES = [
    ("Initech to acquire Globex Corporation in $4.2 billion deal", 5),
    ("Vandelay Industries CEO Art Vandelay resigns, effective immediately", 7),
    ("Alphabet to be acquired by Initech", 40),
    ("Apple CEO Tim Cook resigns effective immediately", 200),
    ("Oracle to acquire Cerner in $28 billion deal", 365),  # leaves the window when the day moves
    ("Microsoft CFO Amy Hood to retire", 500),  # outside the window from the start
]


def article(title: str, age_days: int, n: int | str) -> dict:
    return {"title": title, "url": f"https://news.example.com/{n}", "summary": "",
            "published_at": days_ago(age_days), "publisher": "Example Wire"}


def seed(db) -> None:
    ingest_batch(db, [{"article": article(title, age, n), "source": "test"}
                      for n, (title, age) in enumerate(HEADLINES)])
    record_crawl(db)


def companies_to_check(db) -> list[int]:
    """Every company with events or a stored row: the ones a stale row could lie about."""
    return [row[0] for row in db.execute("SELECT company_id FROM events UNION SELECT company_id FROM company_alerts")]


def assert_stored_equals_fresh(db, today=None) -> None:
    """Each company's stored alert is for `today` and equals the one computed from its events now; a
    company with nothing in the window has no row, and the table's basis vouches for that."""
    today = today or company_alert.utc_today()
    wanted = company_alert.basis(today)
    assert store.outdated_company_alerts(db) == []
    checked = 0
    for company_id in companies_to_check(db):
        fresh = company_alert.compute(db, company_id, today)
        table_basis, row = store.stored_company_alert(db, company_id)
        if fresh.events:
            assert row is not None and row[0] == wanted, f"company {company_id}: no stored alert for {today}"
            checked += 1
        else:
            assert row is None and table_basis == wanted
        assert company_alert.current(db, company_id, today) == fresh
    assert checked, "no company had events in the window: the test checked nothing"


def stored_basis(db, company_id: int) -> str | None:
    _, row = store.stored_company_alert(db, company_id)
    return row[0] if row else None


def company_id_of(db, name: str) -> int:
    return db.execute("SELECT company_id FROM events e JOIN companies c ON c.id = e.company_id "
                      "WHERE c.name LIKE ? LIMIT 1", [f"{name}%"]).fetchone()[0]


def test_a_crawl_batch_stores_alerts_that_equal_fresh_ones(fresh_db):
    seed(fresh_db)
    assert_stored_equals_fresh(fresh_db)
    globex = company_id_of(fresh_db, "Globex")
    assert company_alert.current(fresh_db, globex, company_alert.utc_today()).level == "warning"


def test_one_article_at_a_time_keeps_them_equal(fresh_db):
    for n, (title, age) in enumerate(HEADLINES):
        ingest_article(fresh_db, article(title, age, n), "test")
        assert_stored_equals_fresh(fresh_db)


def test_reprocess_rebuilds_them(fresh_db):
    seed(fresh_db)
    fresh_db.execute("UPDATE events SET abrupt = 0")  # (autocommit, as another tool would) changes the scores
    reprocess_all(fresh_db)
    assert_stored_equals_fresh(fresh_db)


def test_a_correcting_report_updates_the_stored_alert(fresh_db):
    seed(fresh_db)
    globex = company_id_of(fresh_db, "Globex")
    before = company_alert.current(fresh_db, globex, company_alert.utc_today())
    # A later report of the same deal: one event, a later stage, a second piece of evidence.
    ingest_article(fresh_db, article("Initech completes acquisition of Globex Corporation", 1, "later"), "test")
    after = company_alert.current(fresh_db, globex, company_alert.utc_today())
    assert len(after.events[0]["evidence"]) == len(before.events[0]["evidence"]) + 1
    assert_stored_equals_fresh(fresh_db)


def test_a_write_by_another_program_is_never_served_stale(fresh_db, db_path):
    """An older version of upheaval, or a person with sqlite-utils, changes events without recomputing
    alerts: the triggers mark them, readers compute them, and the next write settles them."""
    seed(fresh_db)
    globex = company_id_of(fresh_db, "Globex")
    other = sqlite3.connect(db_path)
    with other:
        other.execute("UPDATE events SET role = 'acquirer' WHERE company_id = ?", [globex])
    other.close()
    assert store.outdated_company_alerts(fresh_db) == [globex]
    today = company_alert.utc_today()
    assert company_alert.current(fresh_db, globex, today) == company_alert.compute(fresh_db, globex, today)
    assert company_alert.current(fresh_db, globex, today).level == "watch"
    record_crawl(fresh_db)  # any write transaction settles what is marked
    assert_stored_equals_fresh(fresh_db)


def test_the_window_moving_a_day(fresh_db):
    seed(fresh_db)
    today = company_alert.utc_today()
    tomorrow = today + timedelta(days=1)
    cerner = company_id_of(fresh_db, "Cerner")
    assert company_alert.current(fresh_db, cerner, today).events
    # Before the refresh, tomorrow's reader finds today's rows and computes instead.
    for company_id in companies_to_check(fresh_db):
        assert company_alert.current(fresh_db, company_id, tomorrow) == company_alert.compute(
            fresh_db, company_id, tomorrow)
    assert company_alert.refresh(fresh_db, tomorrow, only_if_outdated=True) > 0
    assert company_alert.refresh(fresh_db, tomorrow, only_if_outdated=True) is None  # done once
    assert_stored_equals_fresh(fresh_db, tomorrow)
    assert stored_basis(fresh_db, cerner) is None  # its deal left the window
    assert company_alert.current(fresh_db, cerner, tomorrow).level == "none"


def test_a_database_from_before_stored_alerts_reads_right_and_upgrades_on_open(db_path):
    db = store.open_db(db_path)
    seed(db)
    expected = {company_id: company_alert.compute(db, company_id, company_alert.utc_today())
                for company_id in companies_to_check(db)}
    # What an older version left: no table, no triggers, no basis.
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%outdates_alert'"
                              ).fetchall():
        db.execute(f"DROP TRIGGER {name}")
    db.execute("DROP TABLE company_alerts")
    db.execute("DELETE FROM meta WHERE key = ?", [store.COMPANY_ALERTS_BASIS])
    db.conn.commit()
    db.close()

    reader = store.open_db(db_path, readonly=True)
    for company_id, alert in expected.items():
        assert company_alert.current(reader, company_id, company_alert.utc_today()) == alert
    reader.close()

    upgraded = store.open_db(db_path)  # the first writer to open it fills the table
    assert_stored_equals_fresh(upgraded)
    upgraded.close()


def test_alerts_of_another_formula_are_not_used(fresh_db):
    seed(fresh_db)
    fresh_db.execute("UPDATE company_alerts SET score = 99, level = 'warning', basis = basis || '-old'")
    fresh_db.execute("UPDATE meta SET value = value || '-old' WHERE key = ?", [store.COMPANY_ALERTS_BASIS])
    fresh_db.conn.commit()
    today = company_alert.utc_today()
    for company_id in companies_to_check(fresh_db):
        assert company_alert.current(fresh_db, company_id, today) == company_alert.compute(fresh_db, company_id, today)
    assert company_alert.refresh_due(fresh_db)
    company_alert.refresh(fresh_db, only_if_outdated=True)
    assert_stored_equals_fresh(fresh_db)


def test_flagged_companies_read_from_the_table_equal_computed_ones(fresh_db):
    seed(fresh_db)
    today = company_alert.utc_today()
    stored = company_alert.flagged(fresh_db, today)
    computed = company_alert.flagged(fresh_db, today, company_alert.WINDOW_DAYS + 0.0)  # no stored basis matches
    assert sorted(stored, key=lambda c: c["company_id"]) == sorted(computed, key=lambda c: c["company_id"])
    assert {company["level"] for company in stored} <= {"warning", "watch"} and len(stored) >= 3


def _write_articles(db_path: str, writer: int, count: int) -> None:
    db = store.open_db(db_path)
    for n in range(count):
        title, age = HEADLINES[(n + writer) % 4]
        ingest_article(db, article(title, age + n % 3, f"w{writer}-{n}"), f"writer-{writer}")
    db.close()


def test_two_writers_at_once_keep_them_equal(fresh_db, db_path):
    seed(fresh_db)
    context = multiprocessing.get_context("fork")
    writers = [context.Process(target=_write_articles, args=(str(db_path), writer, 15)) for writer in range(2)]
    for process in writers:
        process.start()
    for process in writers:
        process.join(timeout=120)
        assert process.exitcode == 0
    assert fresh_db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(HEADLINES) + 30
    assert_stored_equals_fresh(fresh_db)


@pytest.mark.parametrize("half_life", [30.0, 90.0])
def test_a_question_the_table_cannot_answer_is_computed(fresh_db, half_life):
    seed(fresh_db)
    today = company_alert.utc_today()
    for company_id in companies_to_check(fresh_db):
        assert company_alert.current(fresh_db, company_id, today, half_life_days=half_life) == \
            company_alert.compute(fresh_db, company_id, today, half_life_days=half_life)


def test_the_api_answers_the_same_bytes_from_a_stored_alert_as_from_a_computed_one(fresh_db, db_path):
    from server import create_app

    seed(fresh_db)
    client = create_app({"TESTING": True, "DATABASE": str(db_path)}).test_client()
    names = ["Globex Corporation", "Vandelay Industries", "Alphabet", "Apple", "Microsoft", "Nobody Such Co"]

    def answers():
        single = [client.get("/api/v1/alerts", query_string={"company": name}) for name in names]
        batch = client.post("/api/v1/alerts/batch", json={"companies": [{"name": name} for name in names]})
        return [(r.headers["ETag"], r.get_json() | {"generated_at": None}) for r in single], \
            [r | {"generated_at": None} for r in batch.get_json()["results"]]

    stored = answers()
    with fresh_db.conn:  # another formula's table: every alert is computed from the events instead
        fresh_db.execute("UPDATE company_alerts SET basis = basis || '-other'")
        fresh_db.execute("UPDATE meta SET value = value || '-other' WHERE key = ?", [store.COMPANY_ALERTS_BASIS])
    assert answers() == stored
    assert stored[0][0][1]["level"] == "warning" and stored[0][0][1]["events"][0]["evidence"]


def test_refresh_alerts_command(seeded_db):
    def refresh(database, *options):
        return subprocess.run([sys.executable, "-m", "pipeline.cli", "refresh-alerts", *options], cwd=REPO,
                              env={**os.environ, "UPHEAVAL_DB": str(database)}, capture_output=True, text=True,
                              timeout=60)

    done = refresh(seeded_db)
    assert done.returncode == 0 and re.search(r"alerts: \d+ companies with events", done.stdout), done.stderr
    assert "already up to date" in refresh(seeded_db, "--if-due").stdout
    missing = refresh(f"{seeded_db}.nope")
    assert missing.returncode == 2 and "no such database file" in missing.stderr


def test_upheaval_run_refreshes_alerts_in_the_background_only_when_due(fresh_db, db_path, monkeypatch):
    from pipeline import cli, settings

    seed(fresh_db)
    started = []
    monkeypatch.setattr(settings, "UPHEAVAL_DB", str(db_path))
    monkeypatch.setattr(cli.subprocess, "run", lambda command, **options: started.append((command, options)))
    cli.refresh_alerts_if_due()
    assert started == []  # up to date: a read, nothing started
    with fresh_db.conn:  # the day moved (as far as the table knows)
        fresh_db.execute("UPDATE meta SET value = '2000-01-01' WHERE key = ?", [store.COMPANY_ALERTS_BASIS])
    cli.refresh_alerts_if_due()
    [(command, options)] = started
    assert command[-2:] == ["refresh-alerts", "--if-due"] and options["preexec_fn"] is cli._lower_priority
