"""The options page in the real browser: it shows the defaults, saves what the user changes through the
storage wrapper, and the background worker and badges follow."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

ACME = "https://job-boards.greenhouse.io/acmewidgets/jobs/4012345"


def stored_settings(browser):
    return browser.worker.evaluate("async () => (await chrome.storage.local.get('settings')).settings || {}")


def test_defaults_and_private_mode_switch(extension_browser, flagged_proxy):
    browser = extension_browser(flagged_proxy.url)
    browser.worker.evaluate("() => chrome.storage.local.clear()")  # back to a fresh install
    options = browser.open(f"chrome-extension://{browser.extension_id}/options/options.html")
    assert options.locator("#server-url").input_value() == "http://127.0.0.1:8080"
    assert options.locator("input[name=mode][value=online]").is_checked()
    assert options.locator("input[name=sensitivity][value=watch]").is_checked()
    assert "never sends the page address" in options.inner_text("body")

    options.fill("#server-url", flagged_proxy.url + "/")
    options.click("#server-form button[type=submit]")
    options.wait_for_function("() => document.getElementById('server-status').textContent.startsWith('Using')")
    options.check("input[name=mode][value=private]")
    options.wait_for_function("() => document.getElementById('snapshot-status').textContent.startsWith('Snapshot:')")
    settings = stored_settings(browser)
    assert settings["serverUrl"] == flagged_proxy.url
    assert settings["privateMode"] is True

    page = browser.open(ACME)
    page.locator("upheaval-badge[data-level=warning]").wait_for(timeout=10000)
    assert {path for _, path, _ in flagged_proxy.requests} == {"/api/v1/snapshot"}


def test_a_site_switched_off_sends_nothing_and_warnings_survive_warning_only(extension_browser, flagged_proxy):
    browser = extension_browser(flagged_proxy.url)
    options = browser.open(f"chrome-extension://{browser.extension_id}/options/options.html")
    options.get_by_label("Greenhouse").uncheck()
    options.wait_for_function("() => document.getElementById('saved').textContent === 'Saved.'")
    page = browser.open(ACME)
    assert browser.tab_status("acmewidgets")["state"] == "site-disabled"
    assert page.locator("upheaval-badge").count() == 0
    assert flagged_proxy.names_asked() == []

    options.get_by_label("Greenhouse").check()
    options.check("input[name=sensitivity][value=warning]")
    page = browser.open(ACME)
    page.locator("upheaval-badge[data-level=warning]").wait_for(timeout=10000)
