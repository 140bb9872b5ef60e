"""Hostile and failing servers: cut off, backed off, recorded; the crawl goes on. Politeness is checked
on the server's side: conditional GETs, retry spacing, SEC pacing and User-Agent."""

from __future__ import annotations

import gzip
import http.server
import sqlite3
import threading
import time

import pytest

from support import FILES
from test_spiders import EDGAR_8K, rows, upheaval, write_sources

FEED = (FILES / "feeds" / "business_news.rss").read_bytes()
BOMB = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)


class Server:
    """Special routes plus tests/files; remembers every request (path, time, headers)."""

    def __init__(self):
        self.hits: list[tuple[str, float, dict]] = []
        self.flaky_failures = 2
        outer = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(FILES), **kwargs)

            def log_message(self, *args):
                pass

            def do_GET(self):
                outer.hits.append((self.path, time.monotonic(), dict(self.headers)))
                route = getattr(outer, "route_" + self.path.strip("/").split("?")[0].replace("-", "_"), None)
                if route is None:
                    return super().do_GET()
                try:
                    route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    @staticmethod
    def send(handler, status, body=b"", headers=()):
        handler.send_response(status)
        for key, value in headers:
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def route_endless(self, handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.end_headers()
        handler.wfile.write(b"<?xml version='1.0'?><rss version='2.0'><channel><title>Endless</title>")
        chunk = b"<item><title>again</title><link>https://endless.example/</link></item>" * 1000
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            handler.wfile.write(chunk)

    def route_bomb(self, handler):
        self.send(handler, 200, BOMB, [("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip")])

    def route_flaky(self, handler):
        if self.flaky_failures > 0:
            self.flaky_failures -= 1
            self.send(handler, 503, b"try later")
        else:
            self.send(handler, 200, FEED, [("Content-Type", "application/rss+xml")])

    def route_etag(self, handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            self.send(handler, 304)
        else:
            self.send(handler, 200, FEED, [("Content-Type", "application/rss+xml"), ("ETag", '"v1"'),
                                           ("Last-Modified", "Wed, 18 Nov 2026 09:30:00 GMT")])


@pytest.fixture
def server():
    instance = Server()
    yield instance
    instance.close()


def test_hostile_responses_are_cut_off_and_the_crawl_goes_on(tmp_path, server, db_path):
    sources = write_sources(tmp_path / "s.toml", ("endless", "feed", f"{server.base}/endless"),
                            ("bomb", "feed", f"{server.base}/bomb"),
                            ("laughs", "feed", f"{server.base}/feeds/billion_laughs.xml"),
                            ("hostile", "feed", f"{server.base}/feeds/cdata_hostile.rss"),
                            ("good", "feed", f"{server.base}/feeds/business_news.rss"))
    started = time.monotonic()
    result = upheaval(["crawl", "--sources", str(sources)], db_path)
    assert time.monotonic() - started < 60
    outcome = dict(rows(db_path, "SELECT source_name, status FROM crawl_runs"))
    assert outcome == {"endless": "error", "bomb": "error", "laughs": "error", "hostile": "ok", "good": "ok"}, \
        result.stderr[-3000:]
    assert "entity" in rows(db_path, "SELECT last_error FROM sources WHERE name = 'laughs'")[0][0]
    titles = [r[0] for r in rows(db_path, "SELECT title FROM articles")]
    assert all("<" not in t and len(t) <= 500 for t in titles)
    urls = [r[0] for r in rows(db_path, "SELECT url FROM articles")]
    assert all(u.startswith(("http://", "https://")) for u in urls)
    assert sqlite3.connect(db_path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_failing_source_counts_consecutive_errors(tmp_path, server, db_path):
    sources = write_sources(tmp_path / "s.toml", ("laughs", "feed", f"{server.base}/feeds/billion_laughs.xml"))
    for _ in range(2):
        upheaval(["crawl", "--sources", str(sources)], db_path)
    assert rows(db_path, "SELECT consecutive_errors, last_status FROM sources") == [(2, "error")]


def test_retries_on_503_wait_longer_each_time(tmp_path, server, db_path):
    sources = write_sources(tmp_path / "s.toml", ("flaky", "feed", f"{server.base}/flaky"))
    result = upheaval(["crawl", "--sources", str(sources)], db_path, UPHEAVAL_RETRY_BACKOFF="0.5")
    assert rows(db_path, "SELECT status, items FROM crawl_runs") == [("ok", 3)], result.stderr[-2000:]
    times = [t for path, t, _ in server.hits if path == "/flaky"]
    assert len(times) == 3
    assert times[1] - times[0] >= 0.45 and times[2] - times[1] >= 0.95


def test_conditional_get_makes_an_unchanged_feed_cost_nothing(tmp_path, server, db_path):
    sources = write_sources(tmp_path / "s.toml", ("cond", "feed", f"{server.base}/etag"))
    upheaval(["crawl", "--sources", str(sources)], db_path)
    assert rows(db_path, "SELECT etag, last_modified FROM sources") == [('"v1"', "Wed, 18 Nov 2026 09:30:00 GMT")]
    articles = rows(db_path, "SELECT count(*) FROM articles")
    result = upheaval(["crawl", "--sources", str(sources)], db_path)
    second = [headers for path, _, headers in server.hits if path == "/etag"][-1]
    assert second.get("If-None-Match") == '"v1"'
    assert second.get("If-Modified-Since") == "Wed, 18 Nov 2026 09:30:00 GMT"
    assert rows(db_path, "SELECT status, items FROM crawl_runs ORDER BY id DESC LIMIT 1") == [("not_modified", 0)]
    assert rows(db_path, "SELECT count(*) FROM articles") == articles
    assert result.returncode == 0


def test_sec_requests_are_paced_and_carry_the_operator_contact(tmp_path, server, db_path):
    sources = write_sources(tmp_path / "s.toml", ("sec-8k", "edgar", EDGAR_8K))
    result = upheaval(["crawl", "--sources", str(sources)], db_path, sec_base=f"{server.base}/edgar",
                      contact="Jane Roe jane@example.com", UPHEAVAL_SEC_RATE="5")
    # partial: one filing's index page is missing from tests/files (test_spiders.py)
    assert rows(db_path, "SELECT status FROM crawl_runs") == [("partial",)], result.stderr[-2000:]
    sec = [(t, h) for path, t, h in server.hits if path.startswith("/edgar/")]
    assert len(sec) >= 8
    # 5 requests a second at most. Arrival times jitter on a busy machine, so one gap may shrink when the
    # request before it arrived late; the span of the whole sequence cannot.
    times = [t for t, _ in sec]
    gaps = [round(b - a, 3) for a, b in zip(times, times[1:])]
    assert times[-1] - times[0] >= (len(times) - 1) * 0.2 * 0.95, gaps
    assert min(gaps) >= 0.1, gaps
    assert all("jane@example.com" in h.get("User-Agent", "") for _, h in sec)
