"""One event, many stories: clustering by company, kind, person/counterparty and date window."""

from __future__ import annotations

from pipeline import identity, store
from pipeline.ingest import ingest_article


def article(title, day, n, summary=""):
    return {"title": title, "url": f"https://news.example.com/{day}/{n}", "summary": summary,
            "published_at": f"{day}T09:00:00Z", "publisher": f"Outlet {n}"}


def company_id(db, name):
    return identity.resolve(db, name).company.id


def events_of(db, name):
    return store.company_events(db, company_id(db, name), since="2000-01-01")


def test_ten_outlets_one_event_with_ten_pieces_of_evidence(fresh_db):
    headlines = ["Initech to acquire Globex Corporation", "Initech agrees to buy Globex for $4 billion",
                 "INITECH TO BUY GLOBEX CORP", "Globex to be acquired by Initech", "Initech's takeover of Globex",
                 "Initech to acquire Globex", "Initech buys Globex", "UPDATE 1-Initech to buy Globex",
                 "Initech agrees to acquire rival Globex", "Initech completes acquisition of Globex Corporation"]
    for n, headline in enumerate(headlines):
        ingest_article(fresh_db, article(headline, f"2026-10-{n + 10:02d}", n), "test")
    [event] = events_of(fresh_db, "Globex Corporation")
    assert event["role"] == "target" and len(event["evidence"]) == 10
    assert event["date"] == "2026-10-10"  # first seen
    assert event["stage"] == "completed"  # the latest report moves the stage on


def test_events_keep_their_first_seen_date_when_an_older_story_arrives_late(fresh_db):
    ingest_article(fresh_db, article("Acme CEO Jane Roe resigns", "2026-11-20", 1), "test")
    ingest_article(fresh_db, article("Jane Roe resigns as Acme chief executive", "2026-11-18", 2), "test")
    [event] = events_of(fresh_db, "Acme")
    assert event["date"] == "2026-11-18" and len(event["evidence"]) == 2


def test_different_people_and_far_apart_dates_are_different_events(fresh_db):
    ingest_article(fresh_db, article("Acme CEO Jane Roe resigns", "2026-11-20", 1), "test")
    ingest_article(fresh_db, article("Acme CFO John Doe resigns", "2026-11-21", 2), "test")
    ingest_article(fresh_db, article("Acme CEO Jane Roe resigns", "2025-01-20", 3), "test")
    assert len(events_of(fresh_db, "Acme")) == 3


def test_a_later_report_fills_in_the_person(fresh_db):
    ingest_article(fresh_db, article("Acme CEO steps down", "2026-11-20", 1), "test")
    ingest_article(fresh_db, article("Acme CEO Jane Roe steps down", "2026-11-21", 2), "test")
    [event] = events_of(fresh_db, "Acme")
    assert event["person"] == "Jane Roe" and len(event["evidence"]) == 2


def test_the_company_an_executive_leaves_gets_the_event(fresh_db):
    ingest_article(fresh_db, article("Apple hires Tesla's engineering chief Doug Field", "2026-11-20", 1), "test")
    [event] = events_of(fresh_db, "Tesla")
    assert event["kind"] == "executive_departure" and event["person"] == "Doug Field"
    assert events_of(fresh_db, "Apple") == []


def test_stories_that_name_no_company_add_no_event(fresh_db):
    result = ingest_article(fresh_db, article("Markets wrap", "2026-11-20", 1,
                                              summary="The company bought a rival last year."), "test")
    assert result.events == 0


def test_pre_classified_filing_events_keep_cik_ids(fresh_db):
    from pipeline.ingest import ingest_filing

    ingest_filing(fresh_db, article("8-K: Apple Inc. Item 5.02", "2026-11-20", 1),
                  [{"cik": 320193, "company": "Apple Inc.", "kind": "executive_departure", "person": "Jane Roe",
                    "title": "CFO", "seniority": "c_suite", "reason": "8-K Item 5.02"}], "edgar")
    ingest_article(fresh_db, article("Apple CFO Jane Roe to step down", "2026-11-21", 2), "test")
    [event] = store.company_events(fresh_db, 320193, since="2000-01-01")
    assert len(event["evidence"]) == 2
