"""Layoffs and bankruptcy through the whole chain (issue 13): a local feed crawled by `upheaval crawl`, the
API under gunicorn answering for each company with the level and the event in the alert."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from support import FILES, REPO, crawl, free_port, serve_directory, start_gunicorn


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("distress")
    site = tmp_path / "site"
    site.mkdir()
    text = (FILES / "feeds" / "layoffs_bankruptcy.rss").read_text(encoding="utf-8")
    now = datetime.now(timezone.utc)
    for day in range(2, 6):  # recent dates, so scoring by today's date counts them
        text = text.replace(f"DAY_{day}", format_datetime(now - timedelta(days=day), usegmt=True))
    (site / "news.rss").write_text(text, encoding="utf-8")
    db_path = tmp_path / "upheaval.db"
    with serve_directory(site) as base:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[sources]]\nname = "local-companies"\nkind = "feed"\nurl = "{base}/news.rss"\n'
                           'interval = "30m"\n')
        result = crawl(sources, db_path)
        assert result.returncode == 0, result.stderr
    port = free_port()
    server = start_gunicorn(db_path, port)
    try:
        yield f"http://127.0.0.1:{port}", db_path
    finally:
        server.terminate()
        server.wait(timeout=10)


def alert_for(api, company: str) -> dict:
    base = api[0]
    with urllib.request.urlopen(f"{base}/api/v1/alerts?company=" + urllib.parse.quote(company), timeout=10) as response:
        return json.loads(response.read())


def test_large_layoffs_are_a_warning_with_their_size(api):
    alert = alert_for(api, "Dunmore Appliances")
    assert alert["level"] == "warning"
    [event] = [e for e in alert["events"] if e["kind"] == "layoffs"]
    assert (event["jobs"], event["share"]) == (1400, 0.09)
    assert event["evidence"][0]["url"].endswith("dunmore-jobs.html")


def test_smaller_layoffs_are_watch(api):
    alert = alert_for(api, "Quenby Freight")
    assert alert["level"] == "watch"
    [event] = [e for e in alert["events"] if e["kind"] == "layoffs"]
    assert event["jobs"] == 120 and event["share"] is None


def test_a_bankruptcy_filing_is_a_warning_with_its_stage(api):
    alert = alert_for(api, "Brockway Outfitters")
    assert alert["level"] == "warning"
    [event] = [e for e in alert["events"] if e["kind"] == "bankruptcy"]
    assert event["stage"] == "filed"
    assert "jobs" not in event  # only layoffs carry a size


def test_no_plans_for_layoffs_is_no_event(api):
    assert alert_for(api, "Fairlie Mills")["level"] in ("none", "unknown")


def test_the_events_endpoint_filters_by_the_new_kinds(api):
    for kind in ("layoffs", "bankruptcy"):
        with urllib.request.urlopen(f"{api[0]}/api/v1/events?kind={kind}&limit=50", timeout=10) as response:
            events = json.loads(response.read())["events"]
        assert events and all(event["kind"] == kind for event in events)


def upheaval(db_path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, "UPHEAVAL_DB": str(db_path)}, timeout=120)


def test_query_events_accepts_the_new_kinds_and_reprocess_finds_them_again(api):
    db_path = api[1]
    for kind, company in (("layoffs", "Dunmore Appliances"), ("bankruptcy", "Brockway Outfitters")):
        result = upheaval(db_path, "query", "--events", "--kind", kind, "--json")
        assert result.returncode == 0, result.stderr
        assert company in result.stdout
    assert upheaval(db_path, "reprocess").returncode == 0
    result = upheaval(db_path, "query", "--events", "--kind", "layoffs", "--json")
    assert "Dunmore Appliances" in result.stdout and "Quenby Freight" in result.stdout
