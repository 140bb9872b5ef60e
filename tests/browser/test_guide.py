"""The user guide's pictures, taken from a real run: a feed with one acquisition headline crawled by
`upheaval crawl`, the API under gunicorn, the extension in Chromium on a job page of that company: the badge, its popover with the evidence, the toolbar popup for that tab (with "Wrong
company?") and the options page. `make guide` writes them to docs/guide/ (UPHEAVAL_GUIDE_DIR); a plain
test run writes them to a temporary folder and checks each picture shows what the guide says it shows."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from harness import flag_through_chain, free_port, headline_for, open_popover, start_gunicorn

pytestmark = pytest.mark.browser

JOB = "https://job-boards.greenhouse.io/northwindrobotics/jobs/5550001"
COMPANY = "Northwind Robotics"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def crawled_api(tmp_path_factory):
    """The API over a database made by the real chain from one headline about the guide's company."""
    db_path, missed = flag_through_chain(tmp_path_factory.mktemp("guide"), [COMPANY])
    assert missed == [], "the detector did not flag the guide's headline"
    port = free_port()
    process = start_gunicorn(db_path, port)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def guide_dir(tmp_path):
    target = os.environ.get("UPHEAVAL_GUIDE_DIR")
    directory = Path(target) if target else tmp_path / "guide"
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def test_guide_pictures_from_a_real_run(extension_browser, crawled_api, guide_dir):
    browser = extension_browser(crawled_api)
    page = browser.open(JOB)
    page.set_viewport_size({"width": 1000, "height": 560})
    host = page.locator(f'upheaval-badge[data-company="{COMPANY}"]')
    host.wait_for(timeout=10000)
    page.wait_for_timeout(300)
    page.screenshot(path=str(guide_dir / "badge.png"))

    popover = open_popover(page, COMPANY)
    assert headline_for(COMPANY) in [text for text, _ in popover["links"]]
    assert "toolbar" in popover["text"]  # where "Wrong company?" lives
    page.wait_for_timeout(200)
    page.screenshot(path=str(guide_dir / "popover.png"))

    tab_id = browser.tab_id("northwindrobotics")
    popup = browser.open(f"chrome-extension://{browser.extension_id}/popup/popup.html?tab={tab_id}")
    popup.set_viewport_size({"width": 384, "height": 520})
    popup.wait_for_selector("section.job", timeout=10000)
    assert COMPANY in popup.inner_text("#status")
    assert popup.locator("button.wrong-company").count() == 1
    popup.screenshot(path=str(guide_dir / "popup.png"), full_page=True)

    options = browser.open(f"chrome-extension://{browser.extension_id}/options/options.html")
    options.set_viewport_size({"width": 900, "height": 900})
    options.wait_for_function("() => document.getElementById('server-url').value !== ''")
    options.screenshot(path=str(guide_dir / "options.png"), full_page=True)

    for name in ("badge", "popover", "popup", "options"):
        width, height = png_size(guide_dir / f"{name}.png")
        assert width >= 300 and height >= 200, (name, width, height)


def test_wrong_company_confirmed_in_the_popup_removes_the_badge(extension_browser, crawled_api):
    browser = extension_browser(crawled_api)
    page = browser.open(JOB)
    page.locator(f'upheaval-badge[data-company="{COMPANY}"]').wait_for(timeout=10000)
    tab_id = browser.tab_id("northwindrobotics")
    popup = browser.open(f"chrome-extension://{browser.extension_id}/popup/popup.html?tab={tab_id}")
    popup.click("button.wrong-company")
    popup.wait_for_function("() => /noted in this browser/.test(document.body.innerText)")
    page.wait_for_function("() => document.querySelectorAll('upheaval-badge').length === 0", timeout=5000)
    stored = browser.worker.evaluate("async () => (await chrome.storage.local.get('corrections')).corrections || []")
    assert [c["query"] for c in stored] == [COMPANY]
