"""Google for Jobs in the real browser, on the site engineer's fixture pages served at Google's URLs: in the
jobs view (ibp=htl;jobs, udm=8) every card gets one badge for its own company and the open job's pane one
for its company; the publisher ("via X"), which the server here flags too, never gets one. An ordinary
Google search gets no badge and sends no name, also when it moves to the jobs view without a page load.
Content-script main-thread time is printed (run with -s), not asserted."""

from __future__ import annotations

import pytest

from harness import SITE_FIXTURES, RecordingProxy, build_db, content_script_figures, page_companies, report, site_fixtures
from support import free_port, start_gunicorn

pytestmark = pytest.mark.browser

ROWS = {row["file"]: row for row in site_fixtures()}
IBP = ROWS["googlejobs-ibp-open-job.html"]
UDM8 = ROWS["googlejobs-udm8.html"]
PLAIN = ROWS["googlejobs-plain-search.html"]
# Names the pages show that employ nobody on them: publishers (one is the employer's own careers site) and
# an employer filter chip. The server flags them all, so a badge for any of them would show.
NOT_EMPLOYERS = ["Jobrella", "Brightquay Staffing", "Sablewood Robotics Careers", "Hireloop", "Civic Careers Board",
                 "Velloro Jobs", "Kittering Hospitality Jobs", "Glimmerton Foods"]

# [company, where]: where is "pane", or "card N" by the card's position in the list.
IBP_BADGES = """() => {
    const items = [...document.querySelectorAll('[role="treeitem"]')];
    return [...document.querySelectorAll('upheaval-badge')].map((b) => [b.dataset.company,
        b.closest('#tl_ditsc') ? 'pane' : `card ${items.findIndex((item) => item.contains(b))}`]);
}"""
UDM8_BADGES = """() => {
    const cards = [...document.querySelectorAll('[data-viewer-entrypoint] a')];
    return [...document.querySelectorAll('upheaval-badge')].map((b) => [b.dataset.company,
        `card ${cards.findIndex((card) => card.contains(b))}`]);
}"""


@pytest.fixture(scope="module")
def google_server(tmp_path_factory):
    """An API that flags every company on the Google pages, and every publisher on them as well."""
    companies = list(dict.fromkeys(page_companies(IBP) + page_companies(UDM8)))
    db_path = build_db(tmp_path_factory.mktemp("google-jobs") / "google.db", companies + NOT_EMPLOYERS, [])
    port = free_port()
    process = start_gunicorn(db_path, port)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def google_proxy(google_server):
    proxy = RecordingProxy(google_server)
    yield proxy
    proxy.close()


def settle(page, script, want, timeout=10000):
    page.wait_for_function(f"want => JSON.stringify(({script})()) === JSON.stringify(want)", arg=want, timeout=timeout)
    page.wait_for_timeout(400)  # later scans must neither add nor move a badge
    assert page.evaluate(script) == want


def figures_line(name, page) -> str:
    f = content_script_figures(page)
    return (f"{name:44} content-script main thread {f['scanMs']:6.2f} ms in {f['scans']} scans "
            f"(adapter {f['adapterMs']:.2f}, badges {f['renderMs']:.2f})")


def test_ibp_jobs_view_badges_each_card_and_the_open_job_never_the_publisher(extension_browser, google_proxy):
    browser = extension_browser(google_proxy.url)
    page = browser.open(IBP["url"])
    settle(page, IBP_BADGES, [["Ravensmere City Council", "card 0"], ["Ferrowdale University", "card 1"],
                              ["Ravensmere City Council", "card 2"], ["Oakhurst Hotel Ravensmere", "card 3"],
                              ["Ferrowdale University", "pane"]])
    assert set(page.eval_on_selector_all("upheaval-badge", "els => els.map(e => e.dataset.level)")) == {"warning"}
    asked = set(google_proxy.names_asked())
    assert asked == set(page_companies(IBP)), asked
    report(figures_line("google ibp=htl;jobs (2023 view)", page))


def test_udm8_jobs_view_badges_each_card_once(extension_browser, google_proxy):
    browser = extension_browser(google_proxy.url)
    page = browser.open(UDM8["url"])
    settle(page, UDM8_BADGES, [["Sablewood Robotics", "card 0"], ["Cindergate Analytics", "card 1"],
                               ["Sablewood Robotics", "card 2"], ["Dunmarsh Logistics", "card 3"],
                               ["Ashcombe Medical Devices", "card 4"]])
    assert not set(google_proxy.names_asked()) & set(NOT_EMPLOYERS)
    report(figures_line("google udm=8 (2024 view)", page))


def test_ordinary_search_reads_nothing_until_the_page_moves_to_the_jobs_view(extension_browser, google_proxy):
    browser = extension_browser(google_proxy.url)
    page = browser.open(PLAIN["url"])
    assert browser.tab_status("www.google.com/search?q=sablewood")["state"] == "not-job-page"
    page.wait_for_timeout(500)
    assert page.locator("upheaval-badge").count() == 0
    assert google_proxy.names_asked() == []
    report(figures_line("google ordinary search", page))

    # Google moves to the jobs view in the page: the URL first, then the list.
    page.evaluate("() => history.pushState({}, '', '/search?q=library+jobs+ravensmere&ibp=htl;jobs')")
    page.evaluate("html => { document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML; }",
                  (SITE_FIXTURES / IBP["file"]).read_text(encoding="utf-8"))
    settle(page, IBP_BADGES, [["Ravensmere City Council", "card 0"], ["Ferrowdale University", "card 1"],
                              ["Ravensmere City Council", "card 2"], ["Oakhurst Hotel Ravensmere", "card 3"],
                              ["Ferrowdale University", "pane"]])
    assert set(google_proxy.names_asked()) == set(page_companies(IBP))


def test_figures_on_the_google_pages(extension_browser, google_proxy):
    """Three visits of each page in one browser, as tests/browser/test_figures.py does for the other sites."""
    browser = extension_browser(google_proxy.url)
    for row, want in ((IBP, 5), (UDM8, 5), (PLAIN, 0)):
        for label in ("first visit", "cached", "cached again"):
            page = browser.open(row["url"])
            page.wait_for_function("n => document.querySelectorAll('upheaval-badge').length >= n", arg=want, timeout=10000)
            page.wait_for_timeout(400)  # let trailing scans finish so their cost is counted
            report(figures_line(f"{row['file']} {label}", page))
            page.close()
    assert google_proxy.names_asked().count("Ferrowdale University") == 1, "one request per company per cache period"

