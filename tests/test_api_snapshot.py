"""GET /api/v1/snapshot: flagged companies with their keys, an ETag, 304s, and a refresh on new data."""

from __future__ import annotations

from pipeline import store
from tests.conftest import days_ago, seed


def test_snapshot_lists_only_flagged_companies(client):
    response = client.get("/api/v1/snapshot")
    assert response.status_code == 200
    snapshot = response.get_json()
    names = {c["name"]: c for c in snapshot["companies"]}
    assert "Globex Corporation" in names
    assert all(c["level"] in ("warning", "watch") for c in snapshot["companies"])
    globex = names["Globex Corporation"]
    assert "globex" in globex["keys"]
    assert set(globex["events"][0]) >= {"kind", "role", "summary", "date", "abrupt", "evidence"}
    assert snapshot["window_days"] == 365 and snapshot["generated_at"]
    assert "public" in response.headers["Cache-Control"]


def test_snapshot_etag_is_stable_and_conditional(client):
    first = client.get("/api/v1/snapshot")
    second = client.get("/api/v1/snapshot")
    assert first.headers["ETag"] == second.headers["ETag"]
    assert client.get("/api/v1/snapshot", headers={"If-None-Match": first.headers["ETag"]}).status_code == 304


def test_snapshot_follows_a_crawl_that_writes(client, seeded_db):
    before = client.get("/api/v1/snapshot")
    db = store.open_db(seeded_db)
    seed(db, [{"title": "Hooli to acquire Pied Piper in surprise deal", "url": "https://news.example.com/pp.html",
               "summary": "", "published_at": days_ago(1), "publisher": "Example Wire"}])
    db.close()
    after = client.get("/api/v1/snapshot", headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200
    assert "Pied Piper" in {c["name"] for c in after.get_json()["companies"]}


def test_snapshot_company_and_alert_agree(client, seeded_db):
    db = store.open_db(seeded_db)
    seed(db, [{"title": "Acme Widgets CFO Jo Bloggs steps down", "url": "https://news.example.com/acme-cfo.html",
               "summary": "", "published_at": days_ago(40), "publisher": "Example Wire"},
              {"title": "Acme Widgets CEO Sam Smith resigns, effective immediately",
               "url": "https://news.example.com/acme-ceo.html", "summary": "", "published_at": days_ago(30),
               "publisher": "Example Wire"}])
    db.close()
    companies = client.get("/api/v1/snapshot").get_json()["companies"]
    assert len(companies) >= 3
    for company in companies:
        alert = client.get("/api/v1/alerts", query_string={"company": company["name"]}).get_json()
        profile = client.get(f"/api/v1/companies/{company['company_id']}").get_json()
        assert (alert["level"], alert["score"]) == (company["level"], company["score"]) == (
            profile["level"], profile["score"]), company["name"]
        assert len(alert["events"]) == len(company["events"])
