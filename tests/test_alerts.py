"""The alert contract: match, level, score, window and evidenced events, for names as people read them."""

from __future__ import annotations

from datetime import date, timedelta

from pipeline import identity
from pipeline.alerts import alert_for
from pipeline.ingest import ingest_article

TODAY = date(2026, 11, 25)


def seed(db, title, days_ago, n=1):
    day = (TODAY - timedelta(days=days_ago)).isoformat()
    ingest_article(db, {"title": title, "url": f"https://news.example.com/{n}", "summary": "",
                        "published_at": f"{day}T08:00:00Z", "publisher": "Example Wire"}, "test")


def test_alert_contract_for_a_flagged_company(fresh_db):
    seed(fresh_db, "Alphabet to be acquired by Initech", 3)
    alert = alert_for(fresh_db, "Google", today=TODAY)
    assert alert["match"]["name"] == "Alphabet Inc." and alert["match"]["matched_on"] == "alias"
    assert alert["level"] == "warning" and alert["score"] > 0 and alert["window_days"] == 365
    [event] = alert["events"]
    assert {"kind", "role", "summary", "date", "abrupt", "evidence", "reason"} <= set(event)
    assert event["role"] == "target" and event["evidence"][0]["url"] == "https://news.example.com/1"
    assert list(alert) == ["query", "match", "level", "score", "window_days", "events", "generated_at"]
    assert list(event) == ["kind", "role", "stage", "summary", "counterparty", "seniority", "person", "title",
                           "date", "abrupt", "reason", "evidence"]  # DESIGN.md's order, and no internal id


def test_known_company_without_news_is_none_and_unknown_is_unknown(fresh_db):
    assert alert_for(fresh_db, "Apple", today=TODAY)["level"] == "none"
    unknown = alert_for(fresh_db, "Strix Widgets of Nowhere", today=TODAY)
    assert unknown["level"] == "unknown" and unknown["match"] is None


def test_window_excludes_old_events(fresh_db):
    seed(fresh_db, "Apple CEO Tim Cook resigns effective immediately", 400)
    assert alert_for(fresh_db, "Apple", today=TODAY)["level"] == "none"
    assert alert_for(fresh_db, "Apple", today=TODAY, window_days=500)["events"]


def test_hints_choose_between_candidates(fresh_db):
    first = identity.add_news_company(fresh_db, "Zentrix Software")
    identity.add_news_company(fresh_db, "Zentrix Robotics")
    assert alert_for(fresh_db, "Zentrix", today=TODAY)["level"] == "unknown"
    chosen = alert_for(fresh_db, "Zentrix", today=TODAY, hints={"domain": "zentrixsoftware.com"})
    assert chosen["match"]["company_id"] == first.id and chosen["level"] == "none"
