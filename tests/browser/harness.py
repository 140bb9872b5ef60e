"""Harness for the browser tests (its fixtures are re-exported by conftest.py): headless Chromium with the real extension loaded, job-site URLs routed
to saved fixture pages, and the real API (gunicorn over a test database) behind a recording proxy so a
test can tell exactly what the extension sent. Nothing here touches the internet."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipeline import identity, store
from pipeline.companies import normalize_name
from pipeline.ingest import ingest_article


from support import REPO, days_ago, free_port, seed, serve_directory, start_gunicorn  # noqa: E402  (tests/support.py)

CHROMIUM = Path(os.environ.get("UPHEAVAL_CHROMIUM", "/usr/bin/chromium"))
EXTENSION = REPO / "extension"
SITE_FIXTURES = EXTENSION / "test" / "fixtures"
PAGES = Path(__file__).resolve().parent / "pages"
# Our own pages, for the walking skeleton: a Greenhouse posting of a company the seeded database flags.
OWN_PAGES = [
    {"file": "greenhouse-globex.html", "url": "https://job-boards.greenhouse.io/globex/jobs/4242001",
     "site": "greenhouse", "company": "Globex Corporation"},
    {"file": "greenhouse-quiet.html", "url": "https://job-boards.greenhouse.io/quietharbor/jobs/5151001",
     "site": "greenhouse", "company": "Quiet Harbor Labs"},
    # The user guide's job page (tests/browser/test_guide.py), styled like a real board.
    {"file": "guide-greenhouse.html", "url": "https://job-boards.greenhouse.io/northwindrobotics/jobs/5550001",
     "site": "greenhouse", "company": "Northwind Robotics"},
]
# The real saved job pages (not in this repo) and what a person reads on each (bench/corpus_jobs.json).
JOBS_CORPUS = Path(os.environ.get("UPHEAVAL_JOBS_CORPUS", REPO.parent / "shared" / "corpus" / "jobs"))
CORPUS_INDEX = REPO / "bench" / "corpus_jobs.json"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def site_fixtures() -> list[dict]:
    """The site engineer's fixture pages: [{"file", "url", "site", "company"}], company null on negatives."""
    return json.loads((SITE_FIXTURES / "index.json").read_text(encoding="utf-8"))


def headline_for(company: str) -> str:
    return f"Initech to acquire {company} in $1.5 billion deal"


# ---------------------------------------------------------------------------------------------- databases

def build_db(path: Path, flagged: list[str], known: list[str]) -> Path:
    """The seeded database plus: an acquisition event for each `flagged` company, and each `known`
    company registered with no news (the API answers "none" for it). The events are stored directly, not
    detected, so these tests depend on the extension and the API only, not on the detector's wording."""
    db = store.open_db(path)
    seed(db)
    for name in known:
        identity.add_news_company(db, name)
    _store_events(db, flagged)
    db.close()
    return path


def _store_events(db, flagged: list[str]) -> None:
    for i, name in enumerate(flagged):
        # A name the seed already made a company (Globex) gets its event there, not on a twin.
        existing = db.execute("SELECT id FROM companies WHERE norm_key = ?", [normalize_name(name)]).fetchone()
        company = store.get_company(db, existing[0]) if existing else identity.add_news_company(db, name)
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        article = {"title": headline_for(name), "url": f"https://news.example.com/2026/11/{slug}.html",
                   "summary": f"Initech agreed to buy {name}.", "published_at": days_ago(3 + i % 5),
                   "publisher": "Example Business Wire"}
        with db.atomic():
            saved = store.save_article(db, article, "browser-test-seed")
            store.save_event(db, {"company_id": company.id, "kind": "merger_acquisition", "role": "target",
                                  "stage": "announced", "counterparty": "Initech", "person": None, "title": None,
                                  "seniority": None, "abrupt": False, "summary": article["title"],
                                  "reason": "seeded for the browser tests", "date": article["published_at"][:10]},
                             saved.id)


def page_companies(row: dict) -> list[str]:
    """Every company a fixture page shows: its job's company and its list cards', first seen first."""
    names = ([row["company"]] if row["company"] else []) + list(row.get("cards", []))
    return list(dict.fromkeys(names))


def corpus_pages() -> list[dict]:
    """The rows of bench/corpus_jobs.json whose saved page is present, each with "path" to it; [] when the
    corpus is absent (a clone without ../shared)."""
    rows = []
    for row in json.loads(CORPUS_INDEX.read_text(encoding="utf-8"))["pages"]:
        for suffix in (".html", ".html.gz"):
            path = JOBS_CORPUS / (row["file"] + suffix)
            if path.exists():
                rows.append({**row, "path": path})
                break
    return rows


def page_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def spellings(name) -> list[str]:
    """An expected company is one spelling or a list of spellings that are all right."""
    return [name] if isinstance(name, str) else list(name)


def flag_through_chain(directory: Path, companies: list[str]) -> tuple[Path, list[str]]:
    """Flags companies the way production does: one acquisition headline per company in an RSS feed,
    served on loopback, crawled by `upheaval crawl` into a new database in `directory`. Returns the
    database and the companies the chain did not flag (the detector or name resolution missed them),
    which the caller reports; `flag_directly` can add those so a page-reading figure is not a detection
    figure."""
    from email.utils import format_datetime
    from datetime import datetime, timedelta, timezone
    from xml.sax.saxutils import escape

    from pipeline.alerts import alert_for

    site = directory / "site"
    site.mkdir(parents=True, exist_ok=True)
    now = datetime.now(timezone.utc)
    items = []
    for i, name in enumerate(companies):
        items.append(
            f"<item><title>{escape(headline_for(name))}</title>"
            f"<link>https://news.example.com/2026/11/deal-{i}.html</link>"
            f"<description>{escape(f'Initech agreed to buy {name} for cash.')}</description>"
            f"<pubDate>{format_datetime(now - timedelta(days=2 + i % 5), usegmt=True)}</pubDate></item>")
    (site / "deals.rss").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Deals</title>'
        f'<link>https://news.example.com/</link><description>Test deals</description>{"".join(items)}'
        "</channel></rss>", encoding="utf-8")
    db_path = directory / "chain.db"
    with serve_directory(site) as base:
        sources = directory / "sources.toml"
        sources.write_text(f'[[sources]]\nname = "test-deals"\nkind = "feed"\nurl = "{base}/deals.rss"\ninterval = "30m"\n')
        env = {**os.environ, "UPHEAVAL_DB": str(db_path), "UPHEAVAL_LOG_LEVEL": "WARNING"}
        done = subprocess.run([sys.executable, "-m", "pipeline.cli", "crawl", "--sources", str(sources)],
                              cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"the crawl failed: {done.stdout[-1500:]}{done.stderr[-1500:]}")
    db = store.open_db(db_path)
    missed = [name for name in companies if alert_for(db, name)["level"] != "warning"]
    db.close()
    return db_path, missed


def flag_directly(db_path: Path, companies: list[str]) -> None:
    """Adds a stored acquisition event for each company (no detection involved)."""
    db = store.open_db(db_path)
    _store_events(db, companies)
    db.close()


def fixture_companies() -> list[str]:
    return sorted({name for row in site_fixtures() + OWN_PAGES for name in page_companies(row)} - {"Quiet Harbor Labs"})


@pytest.fixture(scope="session")
def api_servers(tmp_path_factory):
    """Two API servers under gunicorn: "flagged" (every fixture company has an acquisition headline) and
    "clean" (the same companies known, with no news). Yields {"flagged": url, "clean": url}."""
    base = tmp_path_factory.mktemp("browser-db")
    companies = fixture_companies()
    dbs = {"flagged": build_db(base / "flagged.db", companies, ["Quiet Harbor Labs"]),
           "clean": build_db(base / "clean.db", [], companies + ["Quiet Harbor Labs"])}
    processes, urls = [], {}
    try:
        for name, db_path in dbs.items():
            port = free_port()
            processes.append(start_gunicorn(db_path, port))
            urls[name] = f"http://127.0.0.1:{port}"
        yield urls
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)


# ------------------------------------------------------------------------------------------ recording proxy

class RecordingProxy:
    """Forwards to an upstream API and records every request: (method, path, json body or None)."""

    def __init__(self, upstream: str):
        self.upstream = upstream
        self.requests: list[tuple[str, str, object]] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _forward(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                try:
                    parsed = json.loads(body) if body else None
                except ValueError:
                    parsed = body
                proxy.requests.append((self.command, self.path, parsed))
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept", "if-none-match")}
                request = urllib.request.Request(proxy.upstream + self.path, data=body, headers=headers, method=self.command)
                try:
                    with urllib.request.urlopen(request, timeout=10) as response:
                        status, reply_headers, reply = response.status, response.headers, response.read()
                except urllib.error.HTTPError as error:
                    status, reply_headers, reply = error.code, error.headers, error.read()
                self.send_response(status)
                for key in ("Content-Type", "ETag", "Cache-Control", "Retry-After"):
                    if reply_headers.get(key):
                        self.send_header(key, reply_headers[key])
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            do_GET = do_POST = _forward

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def names_asked(self) -> list[str]:
        """Every company name the extension sent, once per time it was sent."""
        names = []
        for method, path, body in self.requests:
            if method == "POST" and path.startswith("/api/v1/alerts/batch"):
                names += [c["name"] for c in body["companies"]]
            elif path.startswith("/api/v1/alerts?"):
                from urllib.parse import parse_qs, urlsplit
                names += parse_qs(urlsplit(path).query).get("company", [])
        return names

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def flagged_proxy(api_servers):
    proxy = RecordingProxy(api_servers["flagged"])
    yield proxy
    proxy.close()


# ----------------------------------------------------------------------------------------------- browser

@pytest.fixture(scope="session")
def chromium_executable():
    if not CHROMIUM.exists():
        message = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message + ": browser tests never skip in CI")
        pytest.skip(message)
    return str(CHROMIUM)


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


class ExtensionBrowser:
    """A Chromium profile with the extension loaded; pages of the routed fixtures; the worker's storage."""

    def __init__(self, context, worker):
        self.context = context
        self.worker = worker
        self.extension_id = worker.url.split("/")[2]

    def set_settings(self, **patch):
        self.worker.evaluate("""async (patch) => {
            const { settings } = await chrome.storage.local.get("settings");
            await chrome.storage.local.set({ settings: { ...(settings || {}), ...patch } });
        }""", patch)

    def clear_cache(self):
        self.worker.evaluate("""async () => {
            const all = await chrome.storage.local.get(null);
            await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith("cache:")));
        }""")

    def tab_status(self, url_part: str, timeout: float = 10.0, settled=("found", "no-company", "not-job-page", "unreachable", "site-disabled")) -> dict:
        """Asks the content script on the tab whose URL contains `url_part` what it read and found, as the
        popup does; waits until the answer is settled."""
        deadline = time.monotonic() + timeout
        status = None
        while time.monotonic() < deadline:
            status = self.worker.evaluate("""async (part) => {
                for (const tab of await chrome.tabs.query({})) {
                    try {
                        const status = await chrome.tabs.sendMessage(tab.id, { type: "status" });
                        if (status && status.url && status.url.includes(part)) return status;
                    } catch (_) { /* no content script of ours on that tab */ }
                }
                return null;
            }""", url_part)
            if status and status["state"] in settled:
                return status
            time.sleep(0.1)
        raise AssertionError(f"the content script did not settle on {url_part}: {status}")

    def tab_id(self, url_part: str) -> int:
        """The id of the tab whose content script reports a URL containing `url_part` (the extension has no
        "tabs" permission, so tabs cannot be queried by URL)."""
        self.tab_status(url_part)
        return self.worker.evaluate("""async (part) => {
            for (const tab of await chrome.tabs.query({})) {
                try {
                    const status = await chrome.tabs.sendMessage(tab.id, { type: "status" });
                    if (status && status.url && status.url.includes(part)) return tab.id;
                } catch (_) { /* not ours */ }
            }
            return null;
        }""", url_part)

    def open(self, url: str):
        page = self.context.new_page()
        page.goto(url, wait_until="domcontentloaded")
        return page


def route_saved_pages(context, pages: dict[str, Path]):
    """Serves each saved page (a file, gzipped or not) at its real URL, ahead of any earlier routes;
    Playwright runs the newest matching route first, so unrouted URLs fall through to route_fixtures."""
    by_url = {url.split("#")[0]: path for url, path in pages.items()}

    def handle(route):
        url = route.request.url.split("#")[0]
        path = by_url.get(url)
        if path is None:
            return route.fallback()
        return route.fulfill(status=200, content_type="text/html; charset=utf-8", body=page_bytes(path))

    context.route(re.compile(r"^https?://(?!127\.0\.0\.1[:/]|localhost[:/])"), handle)


def route_fixtures(context, pages: list[dict]):
    """Serves each fixture page at its real URL; answers every other outside request with 404, so no test
    can reach the internet."""
    by_url = {row["url"].split("#")[0]: row for row in pages}

    def handle(route):
        url = route.request.url.split("#")[0]
        row = by_url.get(url)
        if row is None and route.request.resource_type == "document":
            row = by_url.get(url.split("?")[0])
        if row is None:
            return route.fulfill(status=404, content_type="text/plain", body="not routed in tests")
        directory = PAGES if (PAGES / row["file"]).exists() else SITE_FIXTURES
        return route.fulfill(status=200, content_type="text/html; charset=utf-8",
                             body=(directory / row["file"]).read_bytes())

    context.route(re.compile(r"^https?://(?!127\.0\.0\.1[:/]|localhost[:/])"), handle)


@pytest.fixture
def extension_browser(chromium_executable, playwright_instance, tmp_path):
    """Launches Chromium with the extension; yields a function configure(server_url, **settings) that
    points the extension at a server and returns the ExtensionBrowser."""
    context = playwright_instance.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=chromium_executable, headless=True,
        args=[f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}", *CHROMIUM_ARGS],
    )
    try:
        worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker", timeout=15000)
        route_fixtures(context, site_fixtures() + OWN_PAGES)
        browser = ExtensionBrowser(context, worker)

        def configure(server_url: str, **settings) -> ExtensionBrowser:
            browser.set_settings(serverUrl=server_url, **settings)
            return browser

        yield configure
    finally:
        context.close()


# ------------------------------------------------------------------------------------------------- badges

def _shadow_html(session, company: str) -> str | None:
    """outerHTML of the closed shadow root of the first badge for `company`, read through the DevTools
    protocol (page scripts and Playwright's selectors cannot see into a closed root)."""
    document = session.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
    stack = [document]
    while stack:
        node = stack.pop()
        attributes = node.get("attributes") or []
        pairs = dict(zip(attributes[::2], attributes[1::2]))
        if node.get("nodeName") == "UPHEAVAL-BADGE" and pairs.get("data-company") == company:
            roots = node.get("shadowRoots") or []
            if roots:
                parts = [session.send("DOM.getOuterHTML", {"backendNodeId": child["backendNodeId"]})["outerHTML"]
                         for child in roots[0].get("children", [])]
                return "".join(parts)
        stack.extend(reversed((node.get("children") or []) + (node.get("shadowRoots") or [])
                              + ([node["contentDocument"]] if node.get("contentDocument") else [])))
    return None


def open_popover(page, company: str, timeout: float = 10.0) -> dict:
    """Clicks the badge for `company` as a person does (a real mouse click, which the badge trusts) and
    returns its open popover: {"text": str, "links": [(text, href)], "buttons": [text]}."""
    from bs4 import BeautifulSoup
    from playwright.sync_api import Error as PlaywrightError

    host = page.locator(f'upheaval-badge[data-company="{company}"]').first
    host.wait_for(state="attached", timeout=timeout * 1000)
    session = page.context.new_cdp_session(page)
    deadline = time.monotonic() + timeout
    clicked = False
    try:
        while time.monotonic() < deadline:
            if not clicked:
                try:
                    host.scroll_into_view_if_needed(timeout=2000)
                    box = host.bounding_box(timeout=2000)
                except PlaywrightError:
                    box = None  # the page replaced the badge while we aimed: aim again
                if box:
                    page.mouse.click(box["x"] + min(box["width"] / 2, 20), box["y"] + box["height"] / 2)
                    clicked = True
            html = _shadow_html(session, company)
            if html:
                soup = BeautifulSoup(html, "html.parser")
                popover = soup.select_one(".popover")
                if popover is not None and not popover.has_attr("hidden"):
                    return {"text": popover.get_text(" ", strip=True),
                            "links": [(a.get_text(strip=True), a.get("href")) for a in popover.select("a")],
                            "buttons": [b.get_text(strip=True) for b in popover.select("button")]}
                if popover is not None and clicked and popover.has_attr("hidden"):
                    clicked = False  # the page re-rendered the badge, or the click missed: click again
            time.sleep(0.1)
    finally:
        session.detach()
    raise AssertionError(f"the popover of the badge for {company} did not open")


# ------------------------------------------------------------------------------------------------ figures

def content_script_figures(page) -> dict:
    """The runtime's performance measures, read from the page's timeline."""
    return page.evaluate("""() => {
        const sum = (name) => performance.getEntriesByName(name).reduce((t, e) => t + e.duration, 0);
        const all = (name) => performance.getEntriesByName(name).map((e) => e.duration);
        return { scanMs: sum("upheaval-radar:scan"), scans: all("upheaval-radar:scan").length,
                 adapterMs: sum("upheaval-radar:adapter"), renderMs: sum("upheaval-radar:render"),
                 timeToBadgeMs: all("upheaval-radar:time-to-badge") };
    }""")


def report(line: str):
    """Figures are printed, never asserted on time (pytest -s, or the -rP summary, shows them)."""
    print(f"[figures] {line}")
