"""Speed and traffic figures, measured in the browser and printed (run with -s, or see the -rP summary):
content-script main-thread time from the runtime's performance measures, time to badge with a cached
answer, and requests per company per cache period. Only the request count is asserted: it is a count,
not a time."""

from __future__ import annotations

from collections import Counter

import pytest

from harness import content_script_figures, page_companies, report, site_fixtures

pytestmark = pytest.mark.browser

ROWS = {row["file"]: row for row in site_fixtures()}
MEASURED = ["greenhouse-job.html", "linkedin-search-loggedin.html", "indeed-search.html", "workday-job-empty.html",
            "generic-careers-site-apply.html", "generic-board-job.html"]

BADGE_TIMES = """
window.__badgeTimes = [];
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes)
    if (node.nodeName === "UPHEAVAL-BADGE") window.__badgeTimes.push(performance.now());
}).observe(document, { childList: true, subtree: true });
"""


def visit(browser, row):
    page = browser.open(row["url"])
    companies = page_companies(row)
    page.wait_for_function(
        "n => document.querySelectorAll('upheaval-badge').length >= n", arg=len(companies), timeout=10000)
    page.wait_for_timeout(300)  # let trailing scans finish so their cost is counted
    figures = content_script_figures(page)
    figures["firstBadgeAfterDcl"] = page.evaluate(
        "() => window.__badgeTimes[0] - performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
    page.close()
    return figures


def test_speed_and_requests_per_company(extension_browser, flagged_proxy):
    browser = extension_browser(flagged_proxy.url)
    browser.context.add_init_script(BADGE_TIMES)
    for name in MEASURED:
        row = ROWS[name]
        cold = visit(browser, row)
        warm = visit(browser, row)
        warm_again = visit(browser, row)
        for label, f in (("first visit", cold), ("cached", warm), ("cached again", warm_again)):
            report(f"{name:32} {label:12} content-script main thread {f['scanMs']:6.2f} ms in {f['scans']} scans (adapter {f['adapterMs']:.2f}, badges {f['renderMs']:.2f}); "
                   f"time to badge {', '.join(f'{t:.1f}' for t in f['timeToBadgeMs'][:3])} ms after the company was read; "
                   f"first badge {f['firstBadgeAfterDcl']:.1f} ms after DOMContentLoaded")
        assert cold["scans"] >= 1, "the runtime's performance measures are visible to the page"

    asked = Counter(flagged_proxy.names_asked())
    report(f"requests per company over {3 * len(MEASURED)} page views in one cache period: "
           f"max {max(asked.values())}, companies {len(asked)}, total names sent {sum(asked.values())}, "
           f"HTTP requests {len(flagged_proxy.requests)}")
    assert max(asked.values()) == 1, asked
