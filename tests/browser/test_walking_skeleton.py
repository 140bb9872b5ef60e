"""The chain's last link: a Greenhouse posting of a company the database flags gets a warning badge whose
popover shows the headline linked to its source; a company with no news gets no badge."""

from __future__ import annotations

import pytest

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

    badge.locator("button.badge").click()
    popover = badge.locator(".popover")
    popover.wait_for(state="visible")
    assert "Merger or acquisition" in popover.inner_text()
    link = popover.locator("a", has_text="Initech to acquire Globex Corporation")
    assert link.get_attribute("href") == "https://news.example.com/2026/11/20/initech-globex.html"


def test_company_with_no_news_gets_no_badge(extension_browser, live_api):
    browser = extension_browser(live_api)
    page = browser.open(QUIET)
    status = browser.tab_status("quietharbor")
    assert status["state"] == "found"
    assert [job["company"] for job in status["jobs"]] == ["Quiet Harbor Labs"]
    assert status["jobs"][0]["alert"]["level"] == "unknown"
    assert page.locator("upheaval-badge").count() == 0
