"""Private mode: the extension fetches the snapshot and matches locally; no company name or page
address leaves the browser. The recording proxy in front of the API sees every request."""

from __future__ import annotations

import pytest

from harness import page_companies, site_fixtures

pytestmark = pytest.mark.browser

PAGES = [row for row in site_fixtures() if row["file"] in ("greenhouse-job.html", "indeed-search.html", "lever-job.html")]


def test_private_mode_sends_no_request_but_the_snapshot(extension_browser, flagged_proxy):
    browser = extension_browser(flagged_proxy.url, privateMode=True)
    for row in PAGES:
        page = browser.open(row["url"])
        page.wait_for_function(
            "names => names.every(n => document.querySelector(`upheaval-badge[data-company=\"${n}\"][data-level=warning]`))",
            arg=page_companies(row), timeout=10000)
        page.close()
    assert flagged_proxy.requests, "the snapshot was fetched"
    assert {(method, path) for method, path, _ in flagged_proxy.requests} == {("GET", "/api/v1/snapshot")}
    assert flagged_proxy.names_asked() == []


def test_online_mode_sends_names_only(extension_browser, flagged_proxy):
    browser = extension_browser(flagged_proxy.url)
    row = PAGES[0]
    page = browser.open(row["url"])
    page.locator("upheaval-badge").wait_for(timeout=10000)
    assert flagged_proxy.names_asked() == page_companies(row)
    sent = repr(flagged_proxy.requests)
    assert "greenhouse.io" not in sent and "/jobs/" not in sent, "the page address never leaves the browser"
