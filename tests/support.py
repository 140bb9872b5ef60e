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
