"""The watchlist in the real extension: watch a company from the badge's popover (a person's click) and
from the popup, a new event reaches the database, "Check now" runs the check, a system notification names
the company and the headline, and the popup shows the change."""

from __future__ import annotations

import time

import pytest

from harness import build_db, days_ago, free_port, open_popover, start_gunicorn
from pipeline import store
from pipeline.companies import normalize_name

pytestmark = pytest.mark.browser

JOB = "https://job-boards.greenhouse.io/northwindrobotics/jobs/5550001"
COMPANY = "Northwind Robotics"
NEWS = "Northwind Robotics CFO Dana Reyes resigns, effective immediately"
NEWS_URL = "https://news.example.com/2026/11/northwind-cfo.html"

# Records every notification the service worker asks for, then shows it as Chrome would.
WRAP_NOTIFICATIONS = """() => {
    globalThis.shownNotifications = [];
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = async (id, options) => {
        globalThis.shownNotifications.push({ id, ...options });
        try { return await create(id, options); } catch (_) { return id; }
    };
}"""


@pytest.fixture
def api(tmp_path):
    db_path = build_db(tmp_path / "watch.db", flagged=[COMPANY], known=[])
    port = free_port()
    process = start_gunicorn(db_path, port)
    yield db_path, f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def add_departure(db_path):
    db = store.open_db(db_path)
    company_id = db.execute("SELECT id FROM companies WHERE norm_key = ?", [normalize_name(COMPANY)]).fetchone()[0]
    article = {"title": NEWS, "url": NEWS_URL, "summary": "The board named an interim finance chief.",
               "published_at": days_ago(0), "publisher": "Example Business Wire"}
    with db.atomic():
        saved = store.save_article(db, article, "browser-test-seed")
        store.save_event(db, {"company_id": company_id, "kind": "executive_departure", "role": None, "stage": None,
                              "counterparty": None, "person": "Dana Reyes", "title": "CFO", "seniority": "c_suite",
                              "abrupt": True, "summary": NEWS, "reason": "seeded for the browser tests",
                              "date": article["published_at"][:10]}, saved.id)
    db.close()


def click_in_popover(page, company: str, css_class: str):
    """A person's click on a button inside the badge's closed shadow root, found through DevTools."""
    session = page.context.new_cdp_session(page)
    try:
        document = session.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
        stack, found, in_badge = [(document, False)], None, False
        while stack and found is None:
            node, in_badge = stack.pop()
            pairs = dict(zip((node.get("attributes") or [])[::2], (node.get("attributes") or [])[1::2]))
            if node.get("nodeName") == "UPHEAVAL-BADGE":
                in_badge = pairs.get("data-company") == company
            if in_badge and node.get("nodeName") == "BUTTON" and css_class in pairs.get("class", "").split():
                found = node
            for child in (node.get("children") or []) + (node.get("shadowRoots") or []):
                stack.append((child, in_badge))
        assert found is not None, f"no {css_class} button in the popover of {company}"
        quad = session.send("DOM.getBoxModel", {"backendNodeId": found["backendNodeId"]})["model"]["content"]
    finally:
        session.detach()
    page.mouse.click((quad[0] + quad[4]) / 2, (quad[1] + quad[5]) / 2)


def watched(browser) -> list[dict]:
    return browser.worker.evaluate("async () => (await chrome.storage.local.get('watchlist')).watchlist || []")


def wait_until(check, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_watch_then_a_new_event_notifies_and_the_popup_shows_it(extension_browser, api):
    db_path, server = api
    browser = extension_browser(server)
    page = browser.open(JOB)
    popover = open_popover(page, COMPANY)
    assert "Watch" in popover["buttons"]

    # A page script's click on the button does nothing; a person's click adds the company.
    page.evaluate("""() => document.querySelector('upheaval-badge').dispatchEvent(new MouseEvent('click'))""")
    assert watched(browser) == []
    click_in_popover(page, COMPANY, "watch-company")
    [entry] = wait_until(lambda: watched(browser))
    assert entry["name"] == COMPANY and entry["level"] == "warning"
    assert any(name == "upheaval-radar:watchlist" for name in browser.worker.evaluate(
        "async () => (await chrome.alarms.getAll()).map((a) => a.name)"))

    # The popup lists it; removing it and watching it again from the popup works too.
    tab_id = browser.tab_id("northwindrobotics")
    popup = browser.open(f"chrome-extension://{browser.extension_id}/popup/popup.html?tab={tab_id}")
    popup.wait_for_selector("li.watched", timeout=10000)
    assert COMPANY in popup.inner_text("#watchlist") and "Warning" in popup.inner_text("#watchlist")
    popup.click("li.watched button.unwatch")
    popup.wait_for_selector("li.watched", state="detached", timeout=10000)
    assert watched(browser) == []
    popup.click("section.job button.watch-company")
    popup.wait_for_selector("li.watched", timeout=10000)
    assert [e["name"] for e in watched(browser)] == [COMPANY]

    # Nothing new: "Check now" stays quiet.
    browser.worker.evaluate(WRAP_NOTIFICATIONS)
    popup.click("button.check-now")
    popup.wait_for_selector(".check-outcome:has-text('No change')", timeout=10000)
    assert browser.worker.evaluate("() => globalThis.shownNotifications") == []

    # A new event arrives in the database; the next check notifies with the company and the headline.
    add_departure(db_path)
    popup.click("button.check-now")
    popup.wait_for_selector(".check-outcome:has-text('1 change')", timeout=10000)
    [shown] = browser.worker.evaluate("() => globalThis.shownNotifications")
    assert shown["title"] == f"{COMPANY}: new event" and shown["message"] == NEWS
    [logged] = browser.worker.evaluate("async () => (await chrome.storage.local.get('notifications')).notifications")
    assert logged["id"] == shown["id"] and logged["url"] == NEWS_URL and logged["company"] == COMPANY
    assert NEWS in popup.inner_text("#watchlist")
    assert popup.locator(f'li.watched a[href="{NEWS_URL}"]').count() == 1
