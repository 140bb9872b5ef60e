"""Static mode: `upheaval publish` writes a folder, a plain static HTTP server (Python's http.server, on
loopback, started here) serves it, and the extension in headless Chromium badges a flagged company from it
with no API process running; the index is revalidated with a conditional request and answered 304."""

from __future__ import annotations

import functools
import http.server
import os
import re
import subprocess
import sys
import threading

import pytest

from harness import build_db, open_popover
from support import REPO

pytestmark = pytest.mark.browser

GLOBEX = "https://job-boards.greenhouse.io/globex/jobs/4242001"
QUIET = "https://job-boards.greenhouse.io/quietharbor/jobs/5151001"
HEADLINE = "Initech to acquire Globex Corporation in $4.2 billion deal"  # the seed's (tests/support.py)


class RecordingStaticServer:
    """http.server's SimpleHTTPRequestHandler over a folder (it answers If-Modified-Since with 304 and sends
    no ETag, like many plain web servers), recording (path, If-Modified-Since, status) for every request."""

    def __init__(self, directory):
        self.requests: list[tuple[str, str | None, int]] = []
        recorder = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def send_response(self, code, message=None):
                recorder.requests.append((self.path, self.headers.get("If-Modified-Since"), code))
                super().send_response(code, message)

        handler = functools.partial(Handler, directory=str(directory))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/radar"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def paths(self) -> list[str]:
        return [path for path, _, _ in self.requests]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def published_site(tmp_path):
    """A database flagging Globex Corporation (the seed's acquisition), published with the real command
    into <root>/radar, served by a plain static server; no API anywhere. Yields the server."""
    db_path = build_db(tmp_path / "flagged.db", ["Globex Corporation"], ["Quiet Harbor Labs"])
    root = tmp_path / "www"
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "publish", str(root / "radar")], cwd=REPO,
                          env={**os.environ, "UPHEAVAL_DB": str(db_path)}, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    server = RecordingStaticServer(root)
    yield server
    server.close()


def test_static_mode_badges_a_flagged_company_with_no_api_running(extension_browser, published_site):
    browser = extension_browser(published_site.url, serverKind="static")
    page = browser.open(GLOBEX)
    badge = page.locator('upheaval-badge[data-company="Globex Corporation"][data-level="warning"]')
    badge.wait_for(timeout=10000)
    popover = open_popover(page, "Globex Corporation")
    assert "Merger or acquisition" in popover["text"]
    assert any(text == HEADLINE and href.startswith("https://news.example.com/") for text, href in popover["links"])
    paths = published_site.paths()
    assert paths[0] == "/radar/index.json"
    assert {path.split("/")[2] for path in paths} == {"index.json", "keys", "alerts"}, paths

    # A company the publication does not list: no badge (unknown is never shown as clean).
    quiet = browser.open(QUIET)
    status = browser.tab_status("quietharbor")
    assert status["jobs"][0]["alert"]["level"] == "unknown"
    assert quiet.locator("upheaval-badge").count() == 0

    # An hour later (the stored index's check time moved back): one conditional GET, answered 304.
    browser.worker.evaluate("""async () => {
        const { published } = await chrome.storage.local.get("published");
        await chrome.storage.local.set({ published: { ...published, fetchedAt: 0 } });
        const all = await chrome.storage.local.get(null);
        await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith("cache:")));
    }""")
    before = len(published_site.requests)
    again = browser.open(GLOBEX)
    again.locator('upheaval-badge[data-level="warning"]').wait_for(timeout=10000)
    later = published_site.requests[before:]
    assert later[0][0] == "/radar/index.json" and later[0][1] is not None and later[0][2] == 304, later
    assert all(not path.startswith("/radar/keys/") for path, _, _ in later), "304: the keys file is not fetched again"


def test_private_mode_over_a_published_folder_fetches_nothing_that_depends_on_a_name(extension_browser, published_site):
    browser = extension_browser(published_site.url, serverKind="static", privateMode=True)
    page = browser.open(GLOBEX)
    page.locator('upheaval-badge[data-company="Globex Corporation"][data-level="warning"]').wait_for(timeout=10000)
    browser.open(QUIET)
    browser.tab_status("quietharbor")
    assert {path.split("/")[2] for path in published_site.paths()} == {"index.json", "snapshot"}


def test_the_options_page_points_the_extension_at_a_published_folder(extension_browser, published_site):
    browser = extension_browser("http://127.0.0.1:9")  # nothing listens there: only the options page can fix it
    options = browser.open(f"chrome-extension://{browser.extension_id}/options/options.html")
    assert options.locator("input[name=server-kind][value=api]").is_checked()
    options.check("input[name=server-kind][value=static]")
    options.fill("#server-url", published_site.url + "/index.json")
    options.click("#server-form button[type=submit]")
    options.wait_for_function("() => document.getElementById('server-status').textContent.startsWith('Using the published folder')")
    settings = browser.worker.evaluate("async () => (await chrome.storage.local.get('settings')).settings")
    assert (settings["serverUrl"], settings["serverKind"]) == (published_site.url, "static")
    options.click("#check-server")
    options.wait_for_function("() => document.getElementById('server-status').textContent.includes('is a publication of')")
    assert re.search(r"is a publication of 3 flagged companies, published \S+Z; newest crawl \S+Z", options.inner_text("#server-status"))
    page = browser.open(GLOBEX)
    page.locator('upheaval-badge[data-company="Globex Corporation"][data-level="warning"]').wait_for(timeout=10000)
