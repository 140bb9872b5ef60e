"""pipeline.middlewares through real Scrapy crawls against local servers that record what reaches them:
SEC's pacing with Scrapy's own delays at 0, its contact sent to SEC only, and feed links that must not
reach internal addresses, directly or through a redirect."""

from __future__ import annotations

import asyncio
import http.server
import random
import socket
import subprocess
import sys
import textwrap
import threading
import time
from urllib.parse import urlsplit

import pytest
from scrapy import Request

from support import REPO
from test_spiders import rows, upheaval


class RecordingServer:
    """Answers every GET after a short, varied wait (so Scrapy's queue fills and drains unevenly), a 302
    for /redirect?to=URL, and a small feed at /feed.rss; remembers each request's path, arrival and headers."""

    def __init__(self, feed: bytes = b"", slow: bool = False):
        self.hits: list[tuple[str, float, dict]] = []
        self.feed = feed
        waits = random.Random(12)
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                outer.hits.append((self.path, time.monotonic(), dict(self.headers)))
                if slow:
                    time.sleep(waits.choice([0.0, 0.0, 0.05, 0.3, 0.6]))
                status, headers, body = 200, [("Content-Type", "text/html")], b"<html><title>page</title></html>"
                if self.path.startswith("/redirect?to="):
                    status, headers, body = 302, [("Location", self.path.split("=", 1)[1])], b""
                elif self.path == "/feed.rss":
                    headers, body = [("Content-Type", "application/rss+xml")], outer.feed
                elif self.path == "/robots.txt":
                    headers, body = [("Content-Type", "text/plain")], b"User-agent: *\nAllow: /\n"
                self.send_response(status)
                for key, value in headers:
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def most_in_one_second(times: list[float]) -> int:
    """The most arrivals in any one-second window (each window starting at an arrival)."""
    times = sorted(times)
    return max((sum(1 for t in times[i:] if t - start < 1.0) for i, start in enumerate(times)), default=0)


# A crawl of `count` requests to one host, which stands in for SEC through UPHEAVAL_SEC_HOSTS; Scrapy's own
# delays are 0 and AutoThrottle is off, so only SEC's pacing spaces them.
PACING_CRAWL = textwrap.dedent("""
    import sys

    import scrapy
    from scrapy.crawler import CrawlerProcess

    from pipeline.crawl import scrapy_settings
    from pipeline.sources import Source

    base, count, db_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]

    class Burst(scrapy.Spider):
        name = "burst"
        sources = [Source("stand-in", "page", base + "/")]  # the operator's own origin: loopback allowed

        async def start(self):
            for number in range(count):
                yield scrapy.Request(f"{base}/filing/{number}", dont_filter=True, callback=self.parse)

        def parse(self, response):
            return None

    settings = scrapy_settings(db_path, "sources.toml", {
        "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RANDOMIZE_DOWNLOAD_DELAY": False,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "ITEM_PIPELINES": {}, "UPHEAVAL_SEC_HOSTS": ["127.0.0.1"],
        "UPHEAVAL_SEC_BASE": "https://www.sec.gov", "UPHEAVAL_CONTACT": "Jane Roe jane@example.com",
        "SEC_USER_AGENT": "upheaval-radar/0.1 (+test; Jane Roe jane@example.com)", "LOG_LEVEL": "WARNING"})
    process = CrawlerProcess(settings)
    process.crawl(Burst)
    process.start()
""")


def test_sec_sees_at_most_10_requests_in_any_second_with_scrapys_delays_at_0(tmp_path):
    server = RecordingServer(slow=True)
    try:
        result = subprocess.run([sys.executable, "-c", PACING_CRAWL, server.base, "40", str(tmp_path / "u.db")],
                                cwd=REPO, capture_output=True, text=True, timeout=120)
    finally:
        server.close()
    assert result.returncode == 0, result.stderr[-2000:]
    times = [t for _, t, _ in server.hits]
    assert len(times) == 41, result.stderr[-2000:]  # robots.txt is SEC's too, and paced with the rest
    assert most_in_one_second(times) <= 10, [round(b - a, 3) for a, b in zip(times, times[1:])]
    # Paced, not stalled: the margin costs about a fifth of SEC's rate.
    assert times[-1] - times[0] < 40 / 10 * 1.2 + 2
    assert all("jane@example.com" in headers.get("User-Agent", "") for _, _, headers in server.hits)


# A name the machine resolves to an internal address without any network (/etc/hosts, or the resolver's
# own answer for the machine's name): the check must resolve names, not only read numbers.
MACHINE_NAME = socket.gethostname().lower()


def _resolves_internally(name: str) -> bool:
    from pipeline.addresses import internal_reason, literal_address

    try:
        answers = socket.getaddrinfo(name, None, type=socket.SOCK_STREAM)
    except OSError:
        return False
    return all(internal_reason(literal_address(info[4][0])) for info in answers)


MACHINE_NAME_IS_INTERNAL = _resolves_internally(MACHINE_NAME)


@pytest.mark.skipif(not MACHINE_NAME_IS_INTERNAL, reason="this machine's name resolves to a public address")
def _on_own_loop(coroutine):
    """Runs a coroutine on a new event loop in its own thread: asyncio.run refuses to start when an earlier
    test (Playwright's sync API in the browser tests) left a loop running in this thread."""
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result(timeout=60)


def test_a_name_is_judged_by_the_addresses_it_resolves_to():
    from pipeline.middlewares import _internal_host_reason

    resolved = {info[4][0] for info in socket.getaddrinfo(MACHINE_NAME, None, type=socket.SOCK_STREAM)}
    reason = _on_own_loop(_internal_host_reason(MACHINE_NAME))
    assert reason is not None and reason.startswith(f"{MACHINE_NAME} resolves to"), (resolved, reason)
    assert _on_own_loop(_internal_host_reason("no-such-host.invalid")) is None  # left to fail on its own


FEED_LINKING_TO = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>"""
ITEM = "<item><title>Initech to acquire Globex Corporation {n}</title><link>{link}</link></item>"


@pytest.fixture
def servers():
    internal, outside, wire = RecordingServer(), RecordingServer(), RecordingServer()
    yield internal, outside, wire
    for server in (internal, outside, wire):
        server.close()


def hosts_refused(links):
    """The links refused before any request: all but the outside site's redirect and the wire's own page
    (the redirect is refused at its second hop, which the run counts too)."""
    return [link for link in links if "/redirect?" not in link and "same-origin" not in link]


def test_feed_links_never_reach_an_internal_address_however_written_or_redirected(tmp_path, servers, db_path):
    internal, outside, wire = servers
    port = internal.port
    links = [f"http://127.0.0.1:{port}/literal", f"http://localhost:{port}/localhost",
             f"http://2130706433:{port}/decimal", f"http://0x7f000001:{port}/hex", f"http://0177.0.0.1:{port}/octal",
             f"http://127.1:{port}/short", f"http://[::ffff:127.0.0.1]:{port}/mapped", f"http://[::1]:{port}/v6",
             f"http://0.0.0.0:{port}/unspecified",
             # The outside server stands in for a public site (its exact origin is a source of the operator's,
             # so it may be reached); its 302 to the internal server is checked again, and refused.
             f"{outside.base}/redirect?to=http://127.0.0.1:{port}/after-redirect",
             f"{wire.base}/same-origin-page"]
    if MACHINE_NAME_IS_INTERNAL:
        links.append(f"http://{MACHINE_NAME}:{port}/by-name")
    wire.feed = FEED_LINKING_TO.format(items="".join(ITEM.format(n=n, link=link) for n, link in enumerate(links)))
    wire.feed = wire.feed.replace("&", "&amp;").encode()
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[sources]]\nname = "wire"\nkind = "feed"\nurl = "{wire.base}/feed.rss"\ninterval = "1h"\n'
                       f'fetch_pages = true\n\n[[sources]]\nname = "outside"\nkind = "page"\n'
                       f'url = "{outside.base}/"\ninterval = "1h"\nenabled = false\n', encoding="utf-8")
    result = upheaval(["crawl", "--sources", str(sources)], db_path)
    assert internal.hits == [], internal.hits
    redirect = f"/redirect?to=http://127.0.0.1:{port}/after-redirect"
    assert [path for path, _, _ in outside.hits] == ["/robots.txt", redirect]
    assert "/same-origin-page" in [path for path, _, _ in wire.hits]
    # Every entry is kept as the feed gave it; the run is the feed's, and the refusals are its skips.
    assert rows(db_path, "SELECT count(*) FROM articles") == [(len(links),)], result.stderr[-3000:]
    assert rows(db_path, "SELECT status FROM crawl_runs") == [("ok",)], result.stderr[-3000:]
    [(error,)] = rows(db_path, "SELECT error FROM crawl_runs")
    assert error.startswith(f"{len(hosts_refused(links)) + 1} links not fetched: refused ")
    refusals = [line for line in result.stderr.splitlines() if "refused" in line and "public addresses" in line]
    # Each host is logged once, as the request writes it: w3lib 2.6 and later write the numeric spellings
    # (2130706433, 0x7f000001, 0177.0.0.1, 127.1) as 127.0.0.1 before the request is made, older releases keep them.
    hosts = {urlsplit(Request(link).url).hostname for link in hosts_refused(links)}
    assert {"127.0.0.1", "localhost", "::ffff:127.0.0.1", "::1", "0.0.0.0"} <= hosts
    for host in hosts:
        assert sum(f"refused {host}:" in line for line in refusals) == 1, (host, refusals)
    assert len(refusals) == len(hosts), refusals
    assert "Traceback" not in result.stderr


def test_only_sec_is_told_the_operator_contact(tmp_path, servers, db_path):
    _, _, wire = servers
    wire.feed = FEED_LINKING_TO.format(items=ITEM.format(n=1, link=f"{wire.base}/story")).encode()
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[sources]]\nname = "wire"\nkind = "feed"\nurl = "{wire.base}/feed.rss"\ninterval = "1h"\n'
                       f'fetch_pages = true\n', encoding="utf-8")
    upheaval(["crawl", "--sources", str(sources)], db_path, contact="Jane Roe jane@example.com")
    agents = {headers.get("User-Agent", "") for _, _, headers in wire.hits}
    assert len(wire.hits) >= 3 and all(agent.startswith("upheaval-radar/") for agent in agents), agents
    assert not any("jane" in agent for agent in agents), agents
