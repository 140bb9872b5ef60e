"""The alert contract: match, level, score, window and evidenced events, for names as people read them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pipeline import identity, store
from pipeline.alerts import alert_for, alerts_for
from pipeline.ingest import ingest_article
from support import record_crawl

TODAY = date(2026, 11, 25)


@pytest.fixture
def fresh_db(fresh_db):
    """These tests are about scoring, so the news has just been crawled (freshness: tests/test_freshness.py)."""
    record_crawl(fresh_db)
    return fresh_db


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
    assert list(alert) == ["query", "match", "level", "score", "window_days", "events", "freshness", "generated_at"]
    assert list(event) == ["kind", "role", "stage", "summary", "counterparty", "seniority", "person", "title",
                           "date", "abrupt", "reason", "evidence"]  # the contract's order (docs/interfaces.md), and no internal id


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


def store_event(db, company_id, n, **event):
    day = (TODAY - timedelta(days=3)).isoformat()
    with db.atomic():
        article = store.save_article(db, {"title": event["summary"], "url": f"https://news.example.com/s{n}",
                                          "summary": "", "published_at": f"{day}T08:00:00Z",
                                          "publisher": "Example Wire"}, "test").id
        store.save_event(db, {"company_id": company_id, "reason": "test", "date": day, **event}, article)


def test_a_subsidiary_s_events_are_its_own_and_only_context_for_its_parent(fresh_db):
    zappos = identity.resolve(fresh_db, "Zappos").company
    store_event(fresh_db, zappos.id, 1, kind="executive_departure", seniority="c_suite", abrupt=True,
                person="Jane Roe", title="CEO", summary="Zappos CEO resigns effective immediately")

    own = alert_for(fresh_db, "Zappos", today=TODAY)
    assert own["match"]["company_id"] == zappos.id and own["level"] == "warning"
    assert own["match"]["parent"] == {"company_id": 1018724, "name": "AMAZON COM INC"}
    assert [e["summary"] for e in own["events"]] == ["Zappos CEO resigns effective immediately"]
    assert "related" not in own  # Zappos owns nothing

    parent = alert_for(fresh_db, "Amazon", today=TODAY)
    assert parent["level"] == "none" and parent["score"] == 0.0 and parent["events"] == []
    assert "parent" not in parent["match"]
    [related] = parent["related"]
    assert (related["company_id"], related["company"], related["relation"]) == (zappos.id, "Zappos", "subsidiary")
    assert related["kind"] == "executive_departure" and related["evidence"][0]["url"] == "https://news.example.com/s1"
    assert list(parent) == ["query", "match", "level", "score", "window_days", "events", "related", "freshness",
                            "generated_at"]
    assert list(related)[3:] == list(own["events"][0])  # the contract's event, after whose it is


def test_a_parent_s_own_events_score_and_its_subsidiaries_do_not(fresh_db):
    youtube = identity.resolve(fresh_db, "YouTube").company
    store_event(fresh_db, youtube.id, 1, kind="merger_acquisition", role="target", stage="announced",
                counterparty="Initech", summary="Initech to acquire YouTube")
    store_event(fresh_db, 1652044, 2, kind="executive_departure", seniority="vp", person="Ann Lee",
                summary="Alphabet VP Ann Lee retires")
    alert = alert_for(fresh_db, "Google", today=TODAY)
    assert alert["level"] == "none"  # a VP's planned exit; YouTube being sold is YouTube's warning
    assert [e["kind"] for e in alert["events"]] == ["executive_departure"]
    assert [(r["company"], r["role"]) for r in alert["related"]] == [("YouTube", "target")]
    assert alert_for(fresh_db, "YouTube", today=TODAY)["level"] == "warning"
    old = alert_for(fresh_db, "Google", today=TODAY + timedelta(days=400))
    assert "related" not in old  # context keeps to the window too


@pytest.mark.parametrize("headline, name, level, roles", [
    # The cases, as a new user met them: a subsidiary's news is not its parent's.
    ("Zappos CEO resigns effective immediately", "Amazon", "none", []),
    ("Zappos CEO resigns effective immediately", "Zappos", "warning", [None]),
    ("Google to acquire YouTube", "Alphabet", "watch", ["acquirer"]),
    ("Google to acquire YouTube", "YouTube", "warning", ["target"]),
    # Both sides are one company (Instagram is a brand of Meta): one event, never a target.
    ("Facebook to buy Instagram for $1 billion", "Meta", "watch", ["acquirer"]),
])
def test_news_about_a_group_lands_on_the_right_company(fresh_db, headline, name, level, roles):
    seed(fresh_db, headline, 3)
    alert = alert_for(fresh_db, name, today=TODAY)
    assert (alert["level"], [e["role"] for e in alert["events"]]) == (level, roles)


def test_a_batch_answers_each_name_as_one_lookup_would(fresh_db, monkeypatch):
    seed(fresh_db, "Alphabet to be acquired by Initech", 3, n=1)
    seed(fresh_db, "Apple CEO Tim Cook resigns effective immediately", 10, n=2)
    identity.add_news_company(fresh_db, "Zentrix Software")
    identity.add_news_company(fresh_db, "Zentrix Robotics")
    asked = [("Google", None), ("Apple", None), ("Strix Widgets of Nowhere", None), ("Zentrix", None),
             ("Zentrix", {"domain": "zentrixsoftware.com"}), ("Apple", None), ("Microsoft", None)]
    # Stored alerts are read in chunks: make them small so a batch crosses one.
    monkeypatch.setattr(store, "_IDS_PER_STATEMENT", 2)
    batch = alerts_for(fresh_db, asked, today=TODAY)
    one_by_one = [alert_for(fresh_db, name, today=TODAY, hints=hints) for name, hints in asked]
    for answer in (*batch, *one_by_one):
        answer.pop("generated_at")
    assert batch == one_by_one
    assert [a["level"] for a in batch] == ["warning", "warning", "unknown", "unknown", "none", "warning", "none"]


def test_a_reader_allowed_to_lag_reads_the_crawl_log_at_most_that_often(db_path, monkeypatch):
    from pipeline import alerts

    db = store.open_db(db_path)
    clock = [1000.0]
    monkeypatch.setattr(alerts.time, "monotonic", lambda: clock[0])
    assert alerts.current_freshness(db, lag=0.05)["state"] == "no_data"
    record_crawl(db)
    assert alerts.current_freshness(db)["state"] == "fresh"  # no lag: the log as it is now
    assert alerts.current_freshness(db, lag=0.05)["state"] == "no_data"  # within the lag: the last reading
    clock[0] += 0.06
    assert alerts.current_freshness(db, lag=0.05)["state"] == "fresh"
