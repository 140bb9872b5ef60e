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
