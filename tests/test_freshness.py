"""Never clean without evidence: `none` only when fresh news was read (pipeline/freshness.py, docs/scoring.md,
"Fresh data"). Without a successful crawl, or with only an old one, a company with nothing in the window is
`unknown` with a reason, /healthz is `degraded`, and the reading commands never create a database."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from pipeline import freshness, identity, store
from pipeline.ingest import ingest_article
from server import create_app
from support import REPO, SEED_ARTICLES, days_ago, record_crawl

CLEAN = "Apple"  # known (SEC's list) with nothing against it: `none` when the news is fresh
FLAGGED = "Globex Corporation"  # being acquired: `warning` however old the newest crawl is
NOBODY = "Zzyzx Nonexistent Widgets"


@pytest.fixture
def news_db(db_path):
    """The seed's articles and events, and no crawl run: what each test records decides the freshness."""
    db = store.open_db(db_path)
    for article in SEED_ARTICLES:
        ingest_article(db, article, "test-seed")
    yield db
    db.close()


def client_for(db_path):
    return create_app({"TESTING": True, "DATABASE": str(db_path)}).test_client()


def alert(client, name):
    return client.get("/api/v1/alerts", query_string={"company": name}).get_json()


# ---------------------------------------------------------------- the rule


def test_the_rule_itself():
    now = datetime(2026, 12, 3, 12, 0, tzinfo=timezone.utc)
    assert freshness.assess(None, now) == {"state": "no_data", "newest_crawl": None}
    assert freshness.assess("2026-12-03T11:00:00Z", now)["state"] == "fresh"
    assert freshness.assess("2026-12-01T12:00:01Z", now)["state"] == "fresh"  # just under 48 hours
    assert freshness.assess("2026-12-01T11:59:59Z", now)["state"] == "stale"
    assert freshness.apply("none", {"state": "stale"}) == ("unknown", "stale")
    assert freshness.apply("none", {"state": "fresh"}) == ("none", None)
    assert freshness.apply("warning", {"state": "no_data"}) == ("warning", None)
    assert freshness.describe_age(5 * 86400 + 7200) == "5 days" and freshness.describe_age(3600) == "1 hour"


# ---------------------------------------------------------------- the alert


def test_no_crawl_at_all_is_unknown_no_data(news_db, db_path):
    client = client_for(db_path)
    clean = alert(client, CLEAN)
    assert clean["match"] and clean["level"] == "unknown" and clean["reason"] == "no_data"
    assert clean["freshness"] == {"state": "no_data", "newest_crawl": None}
    # The events we did read still count: evidence is evidence.
    assert alert(client, FLAGGED)["level"] == "warning"


def test_failed_runs_are_not_crawls(news_db, db_path):
    record_crawl(news_db, "feed-a", status="error")
    record_crawl(news_db, "feed-b", status="interrupted")
    store.start_crawl_runs(news_db, ["feed-c"])  # still running
    clean = alert(client_for(db_path), CLEAN)
    assert (clean["level"], clean["reason"]) == ("unknown", "no_data")


def test_an_old_successful_crawl_is_stale(news_db, db_path):
    record_crawl(news_db, "feed-a", finished_at=days_ago(5))
    record_crawl(news_db, "feed-b", status="error")  # a recent failure does not freshen anything
    client = client_for(db_path)
    clean = alert(client, CLEAN)
    assert (clean["level"], clean["reason"]) == ("unknown", "stale")
    assert clean["freshness"]["state"] == "stale" and clean["freshness"]["newest_crawl"][:10] == days_ago(5)[:10]
    flagged = alert(client, FLAGGED)
    assert flagged["level"] == "warning" and "reason" not in flagged
    assert flagged["freshness"]["state"] == "stale"  # ... and says how old the data is


@pytest.mark.parametrize("status", ["ok", "partial", "not_modified"])
def test_a_recent_answer_from_any_source_makes_none_mean_none(news_db, db_path, status):
    record_crawl(news_db, "feed-a", finished_at=days_ago(9))
    record_crawl(news_db, "feed-b", status=status)
    clean = alert(client_for(db_path), CLEAN)
    assert clean["level"] == "none" and "reason" not in clean and clean["freshness"]["state"] == "fresh"


def test_an_unrecognised_name_says_not_found(news_db, db_path):
    record_crawl(news_db)
    nobody = alert(client_for(db_path), NOBODY)
    assert (nobody["level"], nobody["reason"], nobody["match"]) == ("unknown", "not_found", None)


def test_the_batch_says_the_same(news_db, db_path):
    record_crawl(news_db, finished_at=days_ago(3))
    body = client_for(db_path).post("/api/v1/alerts/batch",
                                    json={"companies": [{"name": n} for n in (CLEAN, FLAGGED, NOBODY)]}).get_json()
    assert [(r["level"], r.get("reason")) for r in body["results"]] == [
        ("unknown", "stale"), ("warning", None), ("unknown", "not_found")]
    assert {r["freshness"]["state"] for r in body["results"]} == {"stale"}


def test_the_company_page_follows_the_same_rule(news_db, db_path):
    company_id = identity.resolve(news_db, CLEAN).company.id
    page = client_for(db_path).get(f"/api/v1/companies/{company_id}").get_json()
    assert (page["level"], page["reason"], page["freshness"]["state"]) == ("unknown", "no_data", "no_data")


def test_the_snapshot_says_how_fresh_it_is(news_db, db_path):
    client = client_for(db_path)
    first = client.get("/api/v1/snapshot").get_json()
    assert first["freshness"] == {"state": "no_data", "newest_crawl": None}
    assert [c["name"] for c in first["companies"]][:1]  # flagged companies stay flagged
    record_crawl(news_db)
    assert client.get("/api/v1/snapshot").get_json()["freshness"]["state"] == "fresh"


# ---------------------------------------------------------------- /healthz


def test_healthz_is_degraded_without_a_successful_crawl(news_db, db_path):
    record_crawl(news_db, "feed-a", status="error")
    response = client_for(db_path).get("/healthz")
    body = response.get_json()
    assert response.status_code == 200  # the server works; monitors read `status` (docs/api.md)
    assert body["status"] == "degraded" and body["reason"] == "no_data"
    assert body["newest_crawl"] is None and body["newest_crawl_age_seconds"] is None
    assert body["newest_run"]  # the failed run is seen, but it is not a crawl
    assert "no successful crawl" in body["message"]


def test_healthz_is_degraded_with_the_age_of_a_stale_crawl(news_db, db_path):
    record_crawl(news_db, finished_at=days_ago(5))
    body = client_for(db_path).get("/healthz").get_json()
    assert body["status"] == "degraded" and body["reason"] == "stale"
    assert 5 * 86400 - 60 <= body["newest_crawl_age_seconds"] <= 5 * 86400 + 60
    assert body["stale_after_seconds"] == 48 * 3600 and "5 days ago" in body["message"]


def test_healthz_is_ok_after_a_recent_crawl(news_db, db_path):
    record_crawl(news_db, status="partial")
    body = client_for(db_path).get("/healthz").get_json()
    assert body["status"] == "ok" and "reason" not in body and body["newest_crawl_age_seconds"] < 60


# ---------------------------------------------------------------- the command line


def upheaval(*argv, database):
    env = {**os.environ, "UPHEAVAL_DB": str(database), "UPHEAVAL_LOG_LEVEL": "WARNING"}
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *argv], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=60)


@pytest.mark.parametrize("argv", [["query", "Microsoft"], ["query", "--events"], ["query", "--sql", "select 1"],
                                  ["serve", "--port", "1"], ["serve", "--dev", "--port", "1"], ["sources"],
                                  ["reprocess"]])
def test_reading_commands_never_create_a_missing_database(tmp_path, argv):
    mistyped = tmp_path / "upheavel.db"
    result = upheaval(*argv, database=mistyped)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and f"{mistyped}: no such database file" in result.stderr
    assert "UPHEAVAL_DB" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_query_says_why_a_known_company_is_unknown(news_db, db_path):
    result = upheaval("query", CLEAN, database=db_path)
    assert result.returncode == 0
    assert "level:   unknown" in result.stdout and "no news has been crawled yet" in result.stdout
    record_crawl(news_db, finished_at=(datetime.now(timezone.utc) - timedelta(days=5, hours=1))
                 .strftime("%Y-%m-%dT%H:%M:%SZ"))
    stale = upheaval("query", FLAGGED, database=db_path)
    assert "level:   warning" in stale.stdout and "(5 days ago: stale" in stale.stdout
