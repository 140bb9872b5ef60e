"""Helpers the tests share: paths, free ports, a directory served over HTTP, the API under gunicorn, and
seed articles. A plain module (not conftest) so test files in any folder can import it by name."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

from pipeline import store
from pipeline.ingest import ingest_article

REPO = Path(__file__).resolve().parent.parent
FILES = REPO / "tests" / "files"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def best_seconds(function, repeats: int = 3) -> float:
    """The fastest of `repeats` runs of function(), in seconds: timing-ratio tests compare these, since the
    fastest run is the one least disturbed by whatever else the machine is doing."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def days_ago(days: int) -> str:
    """A timestamp relative to now: the live server scores by today's date, so seeds must move with it."""
    return (datetime.now(timezone.utc) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")


# Articles that make Globex Corporation (acquisition target) and Vandelay Industries (abrupt CEO exit)
# flagged; every other company stays clean.
SEED_ARTICLES = [
    {"title": "Initech to acquire Globex Corporation in $4.2 billion deal",
     "url": "https://news.example.com/2026/11/20/initech-globex.html",
     "summary": "Initech agreed to buy Globex for cash.", "published_at": days_ago(5),
     "publisher": "Example Business Wire"},
    {"title": "Vandelay Industries CEO Art Vandelay resigns, effective immediately",
     "url": "https://news.example.com/2026/11/18/vandelay-ceo.html",
     "summary": "The board named an interim chief executive.", "published_at": days_ago(7),
     "publisher": "Example Business Wire"},
]


def seed(db, articles=SEED_ARTICLES, source="test-seed"):
    for article in articles:
        ingest_article(db, article, source)
    record_crawl(db, source)


def record_crawl(db, source="test-seed", status="ok", finished_at=None):
    """A finished crawl run, as `upheaval crawl` records one. Without a successful one the API cannot say
    "nothing found" and answers `unknown` (no_data) instead of `none` (pipeline/freshness.py)."""
    run_id = store.start_crawl_runs(db, [source])[source]
    store.finish_crawl_runs(db, [{"run_id": run_id, "source": source, "status": status, "items": 0,
                                  "new_articles": 0}])
    if finished_at:  # an old crawl, for tests of stale data
        with db.conn:
            db.execute("UPDATE crawl_runs SET finished_at = ? WHERE id = ?", [finished_at, run_id])


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve_directory(directory: Path):
    """Serve a directory over HTTP on a free loopback port; yields the base URL (no trailing slash)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def start_gunicorn(db_path: Path, port: int, extra_env: dict | None = None) -> subprocess.Popen:
    env = {**os.environ, "UPHEAVAL_DB": str(db_path), **(extra_env or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}", "server:create_app()"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {process.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
                if response.status == 200:
                    return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("gunicorn did not answer /healthz within 20 s")


def recent_copy_of_feed(directory):
    """The saved feed with its dates moved to the last few days, so scoring by today's date flags it."""
    text = (FILES / "feeds" / "business_news.rss").read_text(encoding="utf-8")
    now = datetime.now(timezone.utc)
    for day, old in enumerate(["Fri, 20 Nov 2026 14:05:00 GMT", "Wed, 18 Nov 2026 09:30:00 GMT",
                               "Thu, 19 Nov 2026 21:00:00 GMT"], start=2):
        text = text.replace(old, format_datetime(now - timedelta(days=day), usegmt=True))
    (directory / "business_news.rss").write_text(text, encoding="utf-8")
    shutil.copy(FILES / "feeds" / "truncated.xml", directory / "truncated.xml")


def crawl(sources_file, db_path):
    env = {**os.environ, "UPHEAVAL_DB": str(db_path), "UPHEAVAL_LOG_LEVEL": "WARNING"}
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "crawl", "--sources", str(sources_file)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


# ---------------------------------------------------------------- a feed set for the scale-out tests

# Source name -> (site, file in tests/files/scale_out, fetch_pages). Two sites, as two loopback servers:
# sources are sharded by site (pipeline.sources.shard_of), so each of two nodes gets one. The mirror is
# the same wire on the other site, so one article reaches the database from both nodes.
SCALE_OUT_SOURCES = {
    "wire-deals": ("a", "wire_deals.rss", False),
    "exec-moves": ("a", "exec_moves.atom", False),
    "tech-ticker": ("a", "tech_ticker.rdf", False),
    "thin-pages": ("a", "thin_pages.rss", True),
    "wire-deals-mirror": ("b", "wire_deals.rss", False),
    "layoffs-wire": ("b", "layoffs_wire.rss", False),
    "broken-feed": ("b", "broken.xml", False),
}
# Crawl the loopback server without Scrapy's politeness delays (robots.txt and the guard still apply).
FAST_CRAWL_ENV = {"UPHEAVAL_DOWNLOAD_DELAY": "0", "UPHEAVAL_AUTOTHROTTLE_START": "0", "UPHEAVAL_LOG_LEVEL": "WARNING"}


@contextlib.contextmanager
def scale_out_feeds(directory: Path):
    """tests/files/scale_out served over HTTP from `directory` as two sites (two loopback servers whose
    addresses fall in different shards of two), and a sources file naming each feed; yields its path."""
    from pipeline.sources import Source, shard_of

    site = directory / "site"
    site.mkdir()
    with contextlib.ExitStack() as servers:
        # A site's shard comes from its address, whose port is free_port's choice: each try splits with
        # even odds, so 30 tries all failing is a one-in-a-billion event.
        for _ in range(30):
            bases = {"a": servers.enter_context(serve_directory(site))}
            bases["b"] = servers.enter_context(serve_directory(site))
            if len({shard_of(Source("x", "feed", base), 2) for base in bases.values()}) == 2:
                break
        else:
            raise RuntimeError("no two loopback ports in different shards in 30 tries")
        for path in (FILES / "scale_out").iterdir():
            text = path.read_text(encoding="utf-8").replace("@BASE@", bases["a"])
            (site / path.name).write_text(text, encoding="utf-8")
        sources = directory / "sources.toml"
        sources.write_text("".join(
            f'[[sources]]\nname = "{name}"\nkind = "feed"\nurl = "{bases[where]}/{file}"\ninterval = "30m"\n'
            f'fetch_pages = {"true" if fetch_pages else "false"}\n\n'
            for name, (where, file, fetch_pages) in SCALE_OUT_SOURCES.items()), encoding="utf-8")
        yield sources


def crawl_content(db_path) -> dict:
    """What a crawl leaves in the database, free of what differs between two equal crawls: the times rows
    were written, and the ids of companies first met in the news (numbered in the order they are met, which
    the network decides) and of their events. Events are named by their company's name instead."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        def rows(sql):
            return sorted(tuple(row) for row in conn.execute(sql))

        return {
            "articles": rows("SELECT url, title, summary, published_at, publisher FROM articles"),
            "sightings": rows("SELECT a.url, s.source_name FROM sightings s JOIN articles a ON a.id = s.article_id"),
            "events": rows(
                "SELECT c.name, e.kind, e.role, e.stage, e.counterparty, e.person, e.title, e.seniority, e.abrupt, "
                "e.jobs, e.share, e.summary, e.reason, e.date, e.last_date, "
                "(SELECT group_concat(url, ' ') FROM (SELECT a.url FROM event_evidence v JOIN articles a "
                " ON a.id = v.article_id WHERE v.event_id = e.id ORDER BY a.url)) "
                "FROM events e JOIN companies c ON c.id = e.company_id"),
            "news_companies": rows("SELECT name, norm_key FROM companies WHERE origin = 'news'"),
            # Which of two sources that saw one article stored it first (its run counts it as new) is a race
            # in a single crawl too: only the total is the crawl's.
            "runs": rows("SELECT source_name, status, items, failed, error FROM crawl_runs"),
            "new_articles": conn.execute("SELECT sum(new_articles) FROM crawl_runs").fetchone()[0],
            "sources": rows("SELECT name, kind, url, last_status, last_error, last_failed, items_seen FROM sources"),
        }
    finally:
        conn.close()
