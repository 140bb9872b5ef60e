"""SIGKILL a real `upheaval crawl` at several points: the database stays sound, holds whole batches
only, and the next crawl completes the work."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import threading

import pytest

from pipeline import store
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


# ---------------------------------------------------------------- two writers, a held lock, a full disk (issue 12)


def write_sources(path, base, feeds):
    path.write_text("".join(f'[[sources]]\nname = "big{f}"\nkind = "feed"\nurl = "{base}/big{f}.rss"\n\n'
                            for f in feeds), encoding="utf-8")
    return path


def statuses(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return dict(conn.execute("SELECT name, last_status FROM sources"))
    finally:
        conn.close()


@pytest.mark.parametrize("kill_one", [False, True])
def test_two_concurrent_crawls_store_every_article(tmp_path, db_path, kill_one):
    """Before BEGIN IMMEDIATE, a batch whose read had to become a write while the other crawl wrote
    failed at once ("database is locked"): 1,500 of 3,000 articles stored, both crawls exiting 0."""
    site = tmp_path / "site"
    site.mkdir()
    write_big_feeds(site)
    with serve_directory(site) as base:
        first = write_sources(tmp_path / "first.toml", base, range(0, FEEDS // 2))
        second = write_sources(tmp_path / "second.toml", base, range(FEEDS // 2, FEEDS))
        store.open_db(db_path).close()  # the schema once, as `upheaval run` does before its crawls
        one, other = start_crawl(first, db_path), start_crawl(second, db_path)
        if kill_one:
            assert kill_after(one, "stored batch", 2), "the crawl ended before the kill point"
        _, err = other.communicate(timeout=180)
        assert other.returncode == 0, err[-3000:]
        if kill_one:
            articles, sightings, counted, orphans = check_sound(db_path)
            assert articles % BATCH == 0 and articles == sightings == counted and orphans == 0
            one = start_crawl(first, db_path)  # the next crawl completes what the killed one left
        _, err = one.communicate(timeout=180)
        assert one.returncode == 0, err[-3000:]
    articles, sightings, counted, orphans = check_sound(db_path)
    assert articles == FEEDS * ITEMS == sightings and orphans == 0
    assert set(statuses(db_path).values()) == {"ok"}


def test_a_write_lock_held_for_15_seconds_loses_nothing(tmp_path, db_path):
    site = tmp_path / "site"
    site.mkdir()
    write_big_feeds(site)
    with serve_directory(site) as base:
        sources = write_sources(tmp_path / "sources.toml", base, range(FEEDS))
        crawl = start_crawl(sources, db_path)
        holder = None
        for line in crawl.stderr:
            if "stored batch" in line:  # the crawl is writing: now another process takes the lock for 15 s
                holder = subprocess.Popen(
                    [sys.executable, "-c", "import sqlite3, sys, time\n"
                     f"conn = sqlite3.connect({str(db_path)!r}, isolation_level=None, timeout=30)\n"
                     "conn.execute('BEGIN IMMEDIATE'); print('held', flush=True); time.sleep(15)\n"
                     "conn.execute('COMMIT')"], stdout=subprocess.PIPE, text=True)
                assert holder.stdout.readline().strip() == "held"
                break
        err = crawl.stderr.read()
        crawl.wait(timeout=180)
        holder.wait(timeout=60)
        assert crawl.returncode == 1, err[-3000:]
        assert "locked by another writer" in err and "upheaval: failed: big" in err
        failed = [name for name, status in statuses(db_path).items() if status == "error"]
        assert failed, "no run was marked as failed"
        check_sound(db_path)
        again = start_crawl(sources, db_path)  # the failed sources kept no validators: fetched in full again
        _, err = again.communicate(timeout=180)
        assert again.returncode == 0, err[-3000:]
    articles, sightings, _, orphans = check_sound(db_path)
    assert articles == FEEDS * ITEMS == sightings and orphans == 0


def test_a_full_disk_fails_the_crawl_and_loses_nothing_after_a_recrawl(tmp_path, db_path):
    """`ulimit -f` in the crawl's process: once the file cannot grow, batches fail. Before, the failed
    batch was dropped, the run said ok, its Last-Modified was saved, and the next crawl got 304."""
    site = tmp_path / "site"
    site.mkdir()
    write_big_feeds(site)
    store.open_db(db_path).close()
    # Room for a few batches, not for all of them (the WAL grows too: the limit holds for every file).
    limit = db_path.stat().st_size + 1_500_000

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    with serve_directory(site) as base:
        sources = write_sources(tmp_path / "sources.toml", base, range(FEEDS))
        env = {**os.environ, "UPHEAVAL_DB": str(db_path), "UPHEAVAL_LOG_LEVEL": "INFO",
               "UPHEAVAL_BATCH_SIZE": str(BATCH), "UPHEAVAL_DOWNLOAD_DELAY": "0", "UPHEAVAL_AUTOTHROTTLE_START": "0"}
        full = subprocess.run([sys.executable, "-m", "pipeline.cli", "crawl", "--sources", str(sources)], cwd=REPO,
                              env=env, capture_output=True, text=True, timeout=180, preexec_fn=small_disk)
        assert full.returncode == 1, full.stderr[-3000:]
        assert "upheaval: failed: big" in full.stderr and "not stored" in full.stdout
        articles, sightings, counted, orphans = check_sound(db_path)
        assert 0 < articles < FEEDS * ITEMS, "the limit let every batch in (or none); change it"
        assert articles % BATCH == 0 and articles == sightings == counted and orphans == 0
        finish = start_crawl(sources, db_path)
        _, err = finish.communicate(timeout=180)
        assert finish.returncode == 0, err[-3000:]
    articles, sightings, _, orphans = check_sound(db_path)
    assert articles == FEEDS * ITEMS == sightings and orphans == 0
