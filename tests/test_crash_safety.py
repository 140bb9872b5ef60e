"""SIGKILL a real `upheaval crawl` at several points: the database stays sound, holds whole batches
only, and the next crawl completes the work."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading

import pytest

from support import REPO, serve_directory

FEEDS, ITEMS, BATCH = 6, 1200, 200
# Deals between listed companies: each headline resolves to two known companies and makes two events.
DEALS = ["Apple to acquire Microsoft", "Oracle to acquire Intel", "Nvidia to acquire Adobe"]


def write_big_feeds(directory):
    for f in range(FEEDS):
        items = "".join(
            f"<item><title>{f'{DEALS[i % 3]} (report {f}-{i})' if i % 2 else f'Markets note {f}-{i}'}"
            f"</title><link>https://big.example.com/{f}/{i}</link><description>Story {i}.</description>"
            f"<pubDate>Mon, 07 Dec 2026 10:00:00 GMT</pubDate></item>" for i in range(ITEMS))
        (directory / f"big{f}.rss").write_text(
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big {f}</title>{items}'
            "</channel></rss>", encoding="utf-8")


def start_crawl(sources, db_path):
    env = {**os.environ, "UPHEAVAL_DB": str(db_path), "UPHEAVAL_LOG_LEVEL": "INFO", "UPHEAVAL_BATCH_SIZE": str(BATCH),
           "UPHEAVAL_DOWNLOAD_DELAY": "0", "UPHEAVAL_AUTOTHROTTLE_START": "0"}
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "crawl", "--sources", str(sources)], cwd=REPO,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def kill_after(process, marker: str, count: int, timeout: float = 90) -> bool:
    """SIGKILL once `marker` has appeared `count` times on stderr; False if the crawl ended first."""
    seen = threading.Event()

    def watch():
        hits = 0
        for line in process.stderr:
            if marker in line:
                hits += 1
                if hits >= count:
                    process.send_signal(signal.SIGKILL)
                    seen.set()
                    return
        seen.set()

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    seen.wait(timeout)
    process.wait(timeout=30)
    return process.returncode == -signal.SIGKILL


def check_sound(db_path):
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        sightings = conn.execute("SELECT count(*) FROM sightings").fetchone()[0]
        counted = conn.execute("SELECT coalesce(sum(items), 0) FROM crawl_runs").fetchone()[0]
        # Every deal headline stored has both of its events: no article without the rest of its batch.
        orphans = conn.execute(
            "SELECT count(*) FROM articles a WHERE a.title LIKE '% to acquire %' AND "
            "(SELECT count(*) FROM event_evidence v WHERE v.article_id = a.id) < 2").fetchone()[0]
        return articles, sightings, counted, orphans
    finally:
        conn.close()


@pytest.mark.parametrize("marker, count", [
    ("crawl started", 1),     # before anything is stored
    ("stored batch", 1),      # just after the first batch
    ("stored batch", 7),      # in the middle of the crawl
])
def test_sigkill_leaves_whole_batches_and_the_next_crawl_finishes(tmp_path, db_path, marker, count):
    site = tmp_path / "site"
    site.mkdir()
    write_big_feeds(site)
    with serve_directory(site) as base:
        sources = tmp_path / "sources.toml"
        sources.write_text("".join(f'[[sources]]\nname = "big{f}"\nkind = "feed"\nurl = "{base}/big{f}.rss"\n\n'
                                   for f in range(FEEDS)), encoding="utf-8")
        killed = kill_after(start_crawl(sources, db_path), marker, count)
        assert killed, "the crawl ended before the kill point; make the feeds bigger"
        if db_path.exists():
            articles, sightings, counted, orphans = check_sound(db_path)
            assert articles % BATCH == 0, "a partial batch was stored"
            assert articles == sightings == counted and orphans == 0
            if marker == "stored batch":
                assert articles >= BATCH * count
        finish = start_crawl(sources, db_path)
        _, err = finish.communicate(timeout=180)
        assert finish.returncode == 0, err[-3000:]
    articles, sightings, counted, orphans = check_sound(db_path)
    assert articles == FEEDS * ITEMS == sightings and orphans == 0
    conn = sqlite3.connect(db_path)
    statuses = {s for (s,) in conn.execute("SELECT status FROM crawl_runs")}
    conn.close()
    assert "running" not in statuses and "ok" in statuses
