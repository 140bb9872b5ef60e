"""The whole chain without a browser: a local server serves a feed, `upheaval crawl` stores it, the API
under gunicorn answers for the company. (tests/browser/ carries the chain on to the badge.)"""

from __future__ import annotations

import json
import sqlite3
import urllib.error
import urllib.parse
import urllib.request

import pytest

from support import crawl, free_port, recent_copy_of_feed, serve_directory, start_gunicorn


def table_counts(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "sightings", "events", "event_evidence", "companies")}
    finally:
        conn.close()


def get_json(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture
def crawled_db(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    recent_copy_of_feed(site)
    db_path = tmp_path / "upheaval.db"
    with serve_directory(site) as base:
        sources = tmp_path / "sources.toml"
        sources.write_text(
            f'[[sources]]\nname = "local-news"\nkind = "feed"\nurl = "{base}/business_news.rss"\ninterval = "30m"\n\n'
            f'[[sources]]\nname = "local-broken"\nkind = "feed"\nurl = "{base}/truncated.xml"\ninterval = "30m"\n'
        )
        first = crawl(sources, db_path)
        after_first = table_counts(db_path)
        second = crawl(sources, db_path)
        after_second = table_counts(db_path)
    return db_path, first, second, after_first, after_second


def test_crawl_stores_the_feed_and_reports_the_broken_source(crawled_db):
    db_path, first, _, counts, _ = crawled_db
    lines = {line.split()[0]: line for line in first.stdout.splitlines()[1:]}
    assert lines["local-news"].split()[1:4] == ["ok", "3", "3"]
    assert lines["local-broken"].split()[1] == "error"
    assert first.returncode == 1  # one source failed; the others were still stored
    assert counts["articles"] == 3  # the javascript: link was dropped
    assert counts["events"] >= 2


def test_second_crawl_changes_nothing(crawled_db):
    _, _, second, after_first, after_second = crawled_db
    assert "local-news" in second.stdout
    assert after_second == after_first


def test_api_under_gunicorn_answers_for_the_crawled_company(crawled_db):
    db_path = crawled_db[0]
    port = free_port()
    server = start_gunicorn(db_path, port)
    base = f"http://127.0.0.1:{port}"
    try:
        status, alert = get_json(f"{base}/api/v1/alerts?company=" + urllib.parse.quote("Globex Corporation"))
        assert status == 200
        assert alert["level"] == "warning"
        assert alert["match"]["name"] == "Globex Corporation"
        [event] = [e for e in alert["events"] if e["kind"] == "merger_acquisition"]
        assert event["role"] == "target"
        assert event["evidence"][0]["title"] == "Initech to acquire Globex Corporation in $4.2 billion deal"
        assert event["evidence"][0]["url"].startswith("https://news.example.com/2026/11/20/initech-globex.html")
        assert "utm_source" not in event["evidence"][0]["url"]

        status, clean = get_json(f"{base}/api/v1/alerts?company=" + urllib.parse.quote("Apple Inc."))
        assert (status, clean["level"], clean["events"]) == (200, "none", [])

        status, unknown = get_json(f"{base}/api/v1/alerts?company=Zqxwv%20Nonexistent%20Holdings")
        assert (status, unknown["level"], unknown["match"]) == (200, "unknown", None)

        for bad in ["", "%20%20", "x" * 201, "Acme%00Corp"]:
            status, error = get_json(f"{base}/api/v1/alerts?company={bad}")
            assert status == 400 and error["code"] == 400 and error["message"]
        status, error = get_json(f"{base}/api/v1/alerts")
        assert status == 400

        status, health = get_json(f"{base}/healthz")
        assert status == 200 and health["database"] is True and health["newest_crawl"]
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_upheaval_run_crawls_then_serves_and_stops_on_sigterm(tmp_path):
    """The main job (`make run`): one command crawls the due sources, at a lower CPU priority than the API,
    and serves the API over what it stored; SIGTERM stops both."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from support import REPO

    site = tmp_path / "site"
    site.mkdir()
    recent_copy_of_feed(site)
    db_path = tmp_path / "upheaval.db"
    port = free_port()
    with serve_directory(site) as base:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[sources]]\nname = "local-news"\nkind = "feed"\nurl = "{base}/business_news.rss"\n'
                           'interval = "30m"\n')
        env = {**os.environ, "UPHEAVAL_DB": str(db_path), "UPHEAVAL_LOG_LEVEL": "WARNING"}
        job = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", "--sources", str(sources), "--port",
                                str(port), "--workers", "1"], cwd=REPO, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
        try:
            niceness = _niceness_of_crawl(str(sources), deadline=time.monotonic() + 60)
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                try:
                    status, alert = get_json(f"http://127.0.0.1:{port}/api/v1/alerts?company=Globex%20Corporation")
                    if status == 200 and alert["level"] == "warning":
                        break
                except OSError:
                    pass
                time.sleep(0.1)
            else:
                pytest.fail("upheaval run did not serve the crawled company within 90 s")
            assert alert["events"][0]["evidence"][0]["url"].startswith("https://news.example.com/")
            assert niceness >= 10
        finally:
            job.send_signal(signal.SIGTERM)
            output, _ = job.communicate(timeout=60)
    assert job.returncode == 0, output
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)


def _niceness_of_crawl(sources: str, deadline: float) -> int:
    """The nice value of the `upheaval crawl` child reading `sources`, caught while it starts up (importing
    Scrapy alone keeps it alive for a second or more)."""
    import os
    import time

    while time.monotonic() < deadline:
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as handle:
                    cmdline = handle.read().split(b"\0")
                with open(f"/proc/{pid}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if b"crawl" in cmdline and sources.encode() in cmdline:
                return int(fields[16])  # "nice", field 19 of /proc/PID/stat, counted after "(comm)"
        time.sleep(0.01)
    pytest.fail("no crawl child process was seen")
