"""Per site, on the site engineer's fixture pages served at their real URLs: a flagged company gets a
warning badge with the right popover; the same page against a server that knows the company but has no
news about it gets no badge; a page without a company gets none either. The generic rows (other sites:
careers sites, other applicant-tracking systems, boards) run like the others: the generic adapter is a
manifest content script on every page no site adapter owns."""

from __future__ import annotations

import pytest

from harness import headline_for, open_popover, page_companies, site_fixtures

pytestmark = pytest.mark.browser

ROWS = site_fixtures()
WITH_COMPANIES = [row for row in ROWS if page_companies(row)]
WITHOUT = [row for row in ROWS if not page_companies(row)]


def ids(row):
    return row["file"].removesuffix(".html")


def badges(page):
    return page.eval_on_selector_all("upheaval-badge", "els => els.map(e => [e.dataset.company, e.dataset.level])")


def wait_for_badges(page, companies, timeout=10000):
    page.wait_for_function(
        "names => names.every(n => [...document.querySelectorAll('upheaval-badge')].some(b => b.dataset.company === n))",
        arg=companies, timeout=timeout)


@pytest.mark.parametrize("row", WITH_COMPANIES, ids=ids)
def test_flagged_company_gets_a_warning_badge(row, extension_browser, api_servers):
    browser = extension_browser(api_servers["flagged"])
    page = browser.open(row["url"])
    companies = page_companies(row)
    wait_for_badges(page, companies)
    found = badges(page)
    assert {company for company, _ in found} == set(companies)
    assert {level for _, level in found} == {"warning"}

    popover = open_popover(page, companies[0])
    assert "Merger or acquisition (being acquired, announced)" in popover["text"]
    hrefs = [href for text, href in popover["links"] if text == headline_for(companies[0])]
    assert hrefs and hrefs[0].startswith("https://news.example.com/2026/11/")


@pytest.mark.parametrize("row", WITH_COMPANIES, ids=ids)
def test_company_without_news_gets_no_badge(row, extension_browser, api_servers):
    browser = extension_browser(api_servers["clean"])
    page = browser.open(row["url"])
    status = browser.tab_status(row["url"].split("://")[1][:40])
    assert status["state"] == "found"
    assert {job["company"] for job in status["jobs"]} == set(page_companies(row))
    assert {job["alert"]["level"] for job in status["jobs"]} == {"none"}, status["jobs"]
    assert badges(page) == []


@pytest.mark.parametrize("row", WITHOUT, ids=ids)
def test_page_without_a_company_gets_no_badge(row, extension_browser, api_servers):
    browser = extension_browser(api_servers["flagged"])
    page = browser.open(row["url"])
    status = browser.tab_status(row["url"].split("://")[1][:40])
    assert status["state"] in ("no-company", "not-job-page")
    assert badges(page) == []
