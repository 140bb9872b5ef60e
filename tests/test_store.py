"""pipeline/store.py: the schema, the bundled companies, articles, events and their evidence."""

import pytest

from pipeline import identity, store
from pipeline.companies import normalize_name

ARTICLE = {"title": "Initech to acquire Globex Corporation", "url": "https://news.example.com/a1",
           "summary": "", "published_at": "2026-11-20T10:00:00Z", "publisher": "Example News"}


def test_fresh_database_is_seeded_with_sec_companies(fresh_db):
    count = fresh_db.execute("SELECT count(*) FROM companies").fetchone()[0]
    assert count > 7000
    apple = store.CompanyStore(fresh_db).by_key(normalize_name("Apple Inc."))
    assert [c.cik for c in apple] == [320193]
    assert [c.name for c in store.CompanyStore(fresh_db).by_alias("aapl")] == ["Apple Inc."]


def test_database_uses_wal(fresh_db):
    assert fresh_db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_data_and_does_not_reseed(db_path):
    db = store.open_db(db_path)
    with db.atomic():
        store.save_article(db, ARTICLE, "a")
    companies = db.execute("SELECT count(*) FROM companies").fetchone()[0]
    db.close()
    db = store.open_db(db_path)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM companies").fetchone()[0] == companies


def test_same_article_from_two_sources_is_one_article_with_two_sightings(fresh_db):
    with fresh_db.atomic():
        first = store.save_article(fresh_db, ARTICLE, "feed-a")
        again = store.save_article(fresh_db, ARTICLE, "feed-a")
        other = store.save_article(fresh_db, ARTICLE, "feed-b")
    assert first.is_new and not again.is_new and not other.is_new
    assert first.id == other.id
    assert fresh_db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert fresh_db.execute("SELECT count(*) FROM sightings").fetchone()[0] == 2


def test_event_keeps_earliest_date_and_collects_evidence(fresh_db):
    company = identity.add_news_company(fresh_db, "Globex Corporation")
    later = {**ARTICLE, "url": "https://other.example.com/b", "published_at": "2026-11-22T10:00:00Z"}
    with fresh_db.atomic():
        a1 = store.save_article(fresh_db, later, "x").id
        a2 = store.save_article(fresh_db, ARTICLE, "x").id
        event = {"company_id": company.id, "kind": "merger_acquisition", "role": "target", "stage": "announced",
                 "counterparty": "Initech", "summary": "Initech to acquire Globex", "reason": "test"}
        first = store.save_event(fresh_db, {**event, "date": "2026-11-22"}, a1)
        second = store.save_event(fresh_db, {**event, "date": "2026-11-20"}, a2)
    assert first == second
    [stored] = store.company_events(fresh_db, company.id, since="2026-01-01")
    assert stored["date"] == "2026-11-20"
    assert sorted(e["url"] for e in stored["evidence"]) == ["https://news.example.com/a1", "https://other.example.com/b"]
    assert store.company_events(fresh_db, company.id, since="2026-11-21") == []


def test_warn_notices_at_two_sites_are_two_layoffs_and_news_without_a_site_joins_one(fresh_db):
    company = identity.add_news_company(fresh_db, "Globex Corporation")
    layoff = {"company_id": company.id, "kind": "layoffs", "role": None, "summary": "WARN notice", "reason": "test",
              "date": "2026-11-10"}
    with fresh_db.atomic():
        urls = iter(f"https://state.example/warn?n={n}" for n in range(3))
        saved = [store.save_event(fresh_db, event, store.save_article(fresh_db, {**ARTICLE, "url": next(urls)}, "x").id)
                 for event in ({**layoff, "jobs": 90, "site": "Fresno, CA"},
                               {**layoff, "jobs": 40, "site": "Austin, TX", "date": "2026-11-12"},
                               {**layoff, "jobs": 120, "date": "2026-11-14"})]  # a news report: no site
    assert saved[0] != saved[1] and saved[2] in saved[:2]
    events = store.company_events(fresh_db, company.id, since="2026-01-01")
    assert sorted((e["site"], e["jobs"]) for e in events) == sorted(
        [("Fresno, CA", 120 if saved[2] == saved[0] else 90), ("Austin, TX", 120 if saved[2] == saved[1] else 40)])


def test_evidence_comes_oldest_first_undated_first_then_by_url(fresh_db):
    company = identity.add_news_company(fresh_db, "Globex Corporation")
    dated = [("https://b.example.com/x", "2026-11-21T09:00:00Z"), ("https://a.example.com/y", "2026-11-21T09:00:00Z"),
             ("https://c.example.com/z", "2026-11-19T09:00:00Z"), ("https://d.example.com/w", None)]
    event = {"company_id": company.id, "kind": "merger_acquisition", "role": "target", "stage": "announced",
             "counterparty": "Initech", "summary": "Initech to acquire Globex", "reason": "test", "date": "2026-11-19"}
    with fresh_db.atomic():
        for url, published in dated:
            article = store.save_article(fresh_db, {**ARTICLE, "url": url, "published_at": published}, "x").id
            store.save_event(fresh_db, event, article)
    [stored] = store.company_events(fresh_db, company.id, since="2026-01-01")
    assert [e["url"] for e in stored["evidence"]] == [
        "https://d.example.com/w", "https://c.example.com/z", "https://a.example.com/y", "https://b.example.com/x"]


def test_news_company_ids_never_collide_with_ciks(fresh_db):
    company = identity.add_news_company(fresh_db, "Brand New Startup")
    max_cik = fresh_db.execute("SELECT max(cik) FROM companies").fetchone()[0]
    assert company.id > max_cik


def test_readonly_connection_refuses_writes(seeded_db):
    import sqlite3

    db = store.open_db(seeded_db, readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM articles")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_snapshot_keys_leave_out_tickers(fresh_db):
    # A local matcher lower-cases everything; with tickers, a small company called "Key" would be KeyCorp.
    keys = store.company_keys(fresh_db, [320193])[320193]
    assert "apple" in keys
    assert "aapl" not in keys


META, ALPHABET = 1326801, 1652044


def test_companies_know_their_parent_and_subsidiaries(fresh_db):
    zappos = identity.resolve(fresh_db, "Zappos").company
    profile = store.company_profile(fresh_db, zappos.id)
    assert profile["parent"] == {"company_id": 1018724, "name": "AMAZON COM INC"}
    assert profile["origin"] == "catalog" and profile["subsidiaries"] == []
    amazon = store.company_profile(fresh_db, 1018724)
    assert amazon["parent"] is None
    assert {"company_id": zappos.id, "name": "Zappos"} in amazon["subsidiaries"]
    assert store.get_company(fresh_db, zappos.id).parent_id == 1018724


@pytest.mark.parametrize("company_id, role, counterparty, stored_role, stored_counterparty", [
    # The other side is the company itself (a brand of it): one role, acquirer, and no counterparty.
    (META, "target", "Facebook", "acquirer", None),
    (META, "acquirer", "Instagram", "acquirer", None),
    (META, "merger", "WhatsApp Inc.", "acquirer", None),
    (META, "unspecified", "Meta Platforms", "acquirer", None),
    # A subsidiary is a company of its own: the parent keeps its role and its counterparty.
    (ALPHABET, "acquirer", "YouTube", "acquirer", "YouTube"),
    (ALPHABET, "target", "Initech", "target", "Initech"),
    (ALPHABET, "target", None, "target", None),
])
def test_a_deal_never_puts_one_company_on_both_sides(fresh_db, company_id, role, counterparty, stored_role,
                                                    stored_counterparty):
    with fresh_db.atomic():
        article = store.save_article(fresh_db, ARTICLE, "x").id
        store.save_event(fresh_db, {"company_id": company_id, "kind": "merger_acquisition", "role": role,
                                    "stage": "announced", "counterparty": counterparty, "summary": "s",
                                    "reason": "test", "date": "2026-11-20"}, article)
    [event] = store.company_events(fresh_db, company_id, since="2026-01-01")
    assert (event["role"], event["counterparty"]) == (stored_role, stored_counterparty)


def test_both_sides_of_a_deal_within_one_company_are_one_event(fresh_db):
    """"Facebook to buy Instagram" reported from both sides (both are Meta): one acquirer event."""
    with fresh_db.atomic():
        article = store.save_article(fresh_db, ARTICLE, "x").id
        for role, other in (("acquirer", "Instagram"), ("target", "Facebook")):
            store.save_event(fresh_db, {"company_id": META, "kind": "merger_acquisition", "role": role,
                                        "stage": "announced", "counterparty": other, "summary": "s",
                                        "reason": "rule", "date": "2026-11-20"}, article)
        store.save_event(fresh_db, {"company_id": META, "kind": "executive_departure", "role": None,
                                    "counterparty": "Facebook", "person": "Jane Roe", "summary": "s",
                                    "reason": "rule", "date": "2026-11-20"}, article)
    events = store.company_events(fresh_db, META, since="2026-01-01")
    assert sorted((e["kind"], e["role"]) for e in events) == [
        ("executive_departure", None), ("merger_acquisition", "acquirer")]
    deal = next(e for e in events if e["kind"] == "merger_acquisition")
    assert "both sides are this company" in deal["reason"]


def test_a_write_transaction_waits_for_another_writer_instead_of_failing_at_once(db_path):
    """sqlite-utils' atomic() reads first and fails at once when another process has written since;
    write_transaction takes the lock up front (BEGIN IMMEDIATE) and waits for it (issue 12, item 2)."""
    import sqlite3
    import threading
    import time

    store.open_db(db_path).close()
    ours = store.open_db(db_path, lock_timeout=5)
    theirs = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        with ours.atomic():  # deferred: a read, then another writer commits and holds the lock, then our write
            ours.execute("SELECT count(*) FROM articles").fetchone()
            theirs.execute("BEGIN IMMEDIATE")
            theirs.execute("INSERT INTO meta (key, value) VALUES ('theirs', '1')")
            ours.execute("INSERT INTO meta (key, value) VALUES ('ours', '1')")
    theirs.execute("COMMIT")
    theirs.execute("BEGIN IMMEDIATE")
    threading.Timer(0.5, lambda: theirs.execute("COMMIT")).start()
    started = time.monotonic()
    with store.write_transaction(ours):
        ours.execute("SELECT count(*) FROM articles").fetchone()
        ours.execute("INSERT INTO meta (key, value) VALUES ('ours', '1')")
    assert time.monotonic() - started >= 0.4
    assert store.get_meta(ours, "ours") == "1"


def test_opening_an_up_to_date_file_writes_nothing_so_it_never_waits_for_a_writer(db_path):
    import sqlite3

    store.open_db(db_path).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        store.open_db(db_path, lock_timeout=0.1).close()
    finally:
        holder.execute("COMMIT")
