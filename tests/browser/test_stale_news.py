"""Never clean without evidence, in the real browser: over a server whose newest crawl is five days old, a
known company with no news gets no badge and the popup says why; the options page's Check says the server
is degraded; an unreachable server comes with how to start it."""

from __future__ import annotations

import pytest

from harness import build_db
from pipeline import store
from support import days_ago, free_port, start_gunicorn

pytestmark = pytest.mark.browser

ACME = "https://job-boards.greenhouse.io/acmewidgets/jobs/4012345"  # a Greenhouse fixture: Acme Widgets


@pytest.fixture
def stale_api(tmp_path):
    path = build_db(tmp_path / "stale.db", [], ["Acme Widgets"])
    db = store.open_db(path)
    with db.conn:
        db.execute("UPDATE crawl_runs SET finished_at = ?", [days_ago(5)])
    db.close()
    port = free_port()
    process = start_gunicorn(path, port)  # degraded is still 200, so it starts
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def popup_text(browser, url_part: str) -> str:
    tab_id = browser.tab_id(url_part)
    popup = browser.open(f"chrome-extension://{browser.extension_id}/popup/popup.html?tab={tab_id}")
    popup.wait_for_selector("p.next-step", timeout=10000)
    return popup.inner_text("body")


def test_stale_news_is_said_in_the_popup_and_the_options_check(extension_browser, stale_api):
    browser = extension_browser(stale_api, showChecked=True)  # even a "checked" mark must not appear
    page = browser.open(ACME)
    assert browser.tab_status("acmewidgets")["state"] == "found"
    assert page.locator("upheaval-badge").count() == 0
    text = popup_text(browser, "acmewidgets")
    assert "No fresh news: the server's newest crawl is 5 days old" in text
    assert "(degraded: no fresh news)" in text and "make run" in text

    options = browser.open(f"chrome-extension://{browser.extension_id}/options/options.html")
    options.click("#check-server")
    options.wait_for_function("() => /degraded/.test(document.getElementById('server-status').textContent)")
    assert "answers, but is degraded: no fresh news: its newest crawl is 5 days old" in options.inner_text(
        "#server-status")


def test_an_unreachable_server_comes_with_how_to_start_it(extension_browser):
    browser = extension_browser(f"http://127.0.0.1:{free_port()}")  # nothing listens there
    browser.open(ACME)
    assert browser.tab_status("acmewidgets")["state"] == "unreachable"
    text = popup_text(browser, "acmewidgets")
    assert "unreachable" in text and "Start it with `make run`" in text and "private mode" in text
