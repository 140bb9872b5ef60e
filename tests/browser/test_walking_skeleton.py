"""The chain's last link: a Greenhouse posting of a company the database flags gets a warning badge whose
popover shows the headline linked to its source; a company with no news gets no badge."""

from __future__ import annotations

import pytest

from harness import open_popover
from support import crawl, free_port, recent_copy_of_feed, serve_directory, start_gunicorn

pytestmark = pytest.mark.browser

GLOBEX = "https://job-boards.greenhouse.io/globex/jobs/4242001"
QUIET = "https://job-boards.greenhouse.io/quietharbor/jobs/5151001"


def test_flagged_company_gets_a_warning_badge_with_the_headline(extension_browser, live_api):
    browser = extension_browser(live_api)
    page = browser.open(GLOBEX)
    badge = page.locator("upheaval-badge")
    badge.wait_for(timeout=10000)
    assert badge.get_attribute("data-company") == "Globex Corporation"
    assert badge.get_attribute("data-level") == "warning"

    popover = open_popover(page, "Globex Corporation")
    assert "Merger or acquisition" in popover["text"]
    assert ("Initech to acquire Globex Corporation in $4.2 billion deal",
            "https://news.example.com/2026/11/20/initech-globex.html") in popover["links"]


def test_a_page_script_can_neither_read_nor_press_the_badge(extension_browser, live_api):
    """The badge's shadow root is closed and it ignores synthetic events: a hostile page cannot open the
    popover, read the evidence or press "Wrong company?" (which would silence the company everywhere)."""
    browser = extension_browser(live_api)
    page = browser.open(GLOBEX)
    page.locator("upheaval-badge").wait_for(timeout=10000)
    seen = page.evaluate("""() => {
        const host = document.querySelector('upheaval-badge');
        host.click();
        host.dispatchEvent(new MouseEvent('mouseenter'));
        for (const el of host.querySelectorAll('*')) el.click();
        return { shadowRoot: host.shadowRoot === null ? null : 'open', text: host.innerText };
    }""")
    assert seen == {"shadowRoot": None, "text": ""}
    page.wait_for_timeout(500)
    # A person's click still opens it.
    assert "Merger or acquisition" in open_popover(page, "Globex Corporation")["text"]


def test_company_with_no_news_gets_no_badge(extension_browser, live_api):
    browser = extension_browser(live_api)
    page = browser.open(QUIET)
    status = browser.tab_status("quietharbor")
    assert status["state"] == "found"
    assert [job["company"] for job in status["jobs"]] == ["Quiet Harbor Labs"]
    assert status["jobs"][0]["alert"]["level"] == "unknown"
    assert page.locator("upheaval-badge").count() == 0


def test_chain_from_a_crawled_feed_to_the_badge(extension_browser, tmp_path):
    """News in, badge out: a local server serves a feed, `upheaval crawl` stores it, gunicorn serves the
    alert, and the extension shows it on the Greenhouse posting with the crawled headline as evidence."""
    site = tmp_path / "site"
    site.mkdir()
    recent_copy_of_feed(site)
    db_path = tmp_path / "crawled.db"
    with serve_directory(site) as base:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[sources]]\nname = "local-news"\nkind = "feed"\nurl = "{base}/business_news.rss"\n'
                           'interval = "30m"\n')
        result = crawl(sources, db_path)
    assert result.returncode == 0, result.stderr[-2000:]
    port = free_port()
    server = start_gunicorn(db_path, port)
    try:
        browser = extension_browser(f"http://127.0.0.1:{port}")
        page = browser.open(GLOBEX)
        badge = page.locator("upheaval-badge")
        badge.wait_for(timeout=10000)
        assert (badge.get_attribute("data-company"), badge.get_attribute("data-level")) == ("Globex Corporation", "warning")
        assert ("Initech to acquire Globex Corporation in $4.2 billion deal",
                "https://news.example.com/2026/11/20/initech-globex.html") in open_popover(page, "Globex Corporation")["links"]

        quiet = browser.open(QUIET)
        assert browser.tab_status("quietharbor")["state"] == "found"
        assert quiet.locator("upheaval-badge").count() == 0
    finally:
        server.terminate()
        server.wait(timeout=10)
