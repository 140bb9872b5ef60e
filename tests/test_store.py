"""pipeline/store.py: the schema, the bundled companies, articles, events and their evidence."""

from pipeline import store
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
    company = store.add_news_company(fresh_db, "Globex Corporation")
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


def test_evidence_comes_oldest_first_undated_first_then_by_url(fresh_db):
    company = store.add_news_company(fresh_db, "Globex Corporation")
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
    company = store.add_news_company(fresh_db, "Brand New Startup")
    max_cik = fresh_db.execute("SELECT max(cik) FROM companies").fetchone()[0]
    assert company.id > max_cik


def test_readonly_connection_refuses_writes(seeded_db):
    import sqlite3

    import pytest

    db = store.open_db(seeded_db, readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM articles")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_company_index_learns_news_companies_and_forgets_rolled_back_ones(fresh_db):
    import pytest

    from pipeline.companies import resolve_company

    store.company_index(fresh_db)  # cached before the writes below, as in a running crawl
    with store.transaction(fresh_db):
        added = store.add_news_company(fresh_db, "Zephyrine Robotics")
    assert resolve_company("Zephyrine Robotics", store.company_index(fresh_db)).company == added

    with pytest.raises(RuntimeError):
        with store.transaction(fresh_db):
            ghost = store.add_news_company(fresh_db, "Quillfeather Analytics")
            assert resolve_company("Quillfeather Analytics", store.company_index(fresh_db)).company == ghost
            raise RuntimeError("the batch failed")
    assert resolve_company("Quillfeather Analytics", store.company_index(fresh_db)).company is None
    with store.transaction(fresh_db):
        again = store.add_news_company(fresh_db, "Marlowe Kitchens")  # may reuse the rolled-back id
    assert resolve_company("Marlowe Kitchens", store.company_index(fresh_db)).company == again
    assert resolve_company("Quillfeather Analytics", store.company_index(fresh_db)).company is None


def test_a_reader_sees_every_catalog_change_another_connection_makes(db_path):
    """The reader's cached index is checked against a counter the writer's triggers move: a rename, a
    new alias and a deletion by another connection all reach it, and unrelated writes leave it cached."""
    from pipeline.companies import resolve_company

    writer = store.open_db(db_path)
    reader = store.open_db(db_path, readonly=True)
    first = store.company_index(reader)
    with writer.atomic():
        store.save_article(writer, ARTICLE, "local-news")  # a write that touches no company
    assert store.company_index(reader) is first

    with writer.atomic():
        store.add_alias(writer, "Hooli", 320193)
    assert resolve_company("Hooli", store.company_index(reader)).company.id == 320193

    # Changes made outside our code (sqlite-utils, a SQL shell) move the counter too.
    with writer.atomic():
        writer.execute("UPDATE companies SET name = 'Apple Orchards Ltd', norm_key = 'apple orchards' "
                       "WHERE id = 320193")
    assert resolve_company("Apple Orchards", store.company_index(reader)).company.id == 320193
    with writer.atomic():
        writer.execute("DELETE FROM aliases WHERE alias_key = 'hooli'")
    assert resolve_company("Hooli", store.company_index(reader)).company is None


def test_a_reader_allowed_to_lag_checks_the_catalog_once_per_interval(db_path, monkeypatch):
    """The API's reader skips the freshness check for `recheck_after` seconds, and no longer."""
    from pipeline.companies import resolve_company

    import sqlite3

    store.open_db(db_path).close()  # schema and companies
    reader = store.open_db(db_path, readonly=True)
    clock = [1000.0]
    monkeypatch.setattr(store.time, "monotonic", lambda: clock[0])
    store.company_index(reader, recheck_after=60)
    # Another process (a crawl) adds an alias: a plain connection, so nothing in this process is told.
    writer = sqlite3.connect(db_path)
    with writer:
        writer.execute("INSERT INTO aliases (alias_key, company_id, alias, kind) VALUES ('hooli', 320193, 'Hooli', 'user')")
    clock[0] += 59
    assert resolve_company("Hooli", store.company_index(reader, recheck_after=60)).company is None  # within
    clock[0] += 2
    assert resolve_company("Hooli", store.company_index(reader, recheck_after=60)).company.id == 320193
    with writer:
        writer.execute("DELETE FROM aliases WHERE alias_key = 'hooli'")
    assert resolve_company("Hooli", store.company_index(reader)).company is None  # no lag allowed: seen at once


def test_snapshot_keys_leave_out_tickers(fresh_db):
    # A local matcher lower-cases everything; with tickers, a small company called "Key" would be KeyCorp.
    keys = store.company_keys(fresh_db, [320193])[320193]
    assert "apple" in keys
    assert "aapl" not in keys
