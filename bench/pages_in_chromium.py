"""Content-script main-thread time on the real saved job pages, in the real browser.

Each page of ../shared/corpus/jobs (bench/corpus_jobs.json) is served at its real URL to headless Chromium
with the extension loaded, against the API under gunicorn on an empty database (every answer comes back,
so every scan the answers cause is counted); after the page has settled, the runtime's own performance
measures are read (content/shared/runtime.js: `upheaval-radar:scan`, `:adapter`, `:render`). Prints one
line per page and the pages over the 10 ms budget (issue 11). jsdom's figures (bench/adapters_on_corpus.mjs)
are 2-5x these; this is the one to quote. Needs Chromium (/usr/bin/chromium) and Playwright.

    .venv/bin/python bench/pages_in_chromium.py [--settle SECONDS] [--only SUBSTRING]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "tests" / "browser")]

import harness  # noqa: E402  (tests/browser/harness.py: routing, the extension's profile, the figures)
import support  # noqa: E402
from pipeline import store  # noqa: E402

BUDGET_MS = 10.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settle", type=float, default=2.5, help="seconds to let each page settle (default 2.5)")
    parser.add_argument("--only", default="", help="only pages whose file name contains this")
    args = parser.parse_args(argv)
    rows = [row for row in harness.corpus_pages() if args.only in row["file"]]
    if not rows:
        print("no saved pages: ../shared/corpus/jobs is not beside this clone", file=sys.stderr)
        return 2
    if not harness.CHROMIUM.exists():
        print(f"Chromium is not installed at {harness.CHROMIUM} (apt-get install chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "empty.db"
        store.open_db(db_path).close()
        port = support.free_port()
        server = support.start_gunicorn(db_path, port)
        figures = []
        try:
            with sync_playwright() as playwright:
                context = playwright.chromium.launch_persistent_context(
                    str(Path(tmp) / "profile"), executable_path=str(harness.CHROMIUM), headless=True,
                    args=[f"--disable-extensions-except={harness.EXTENSION}", f"--load-extension={harness.EXTENSION}",
                          *harness.CHROMIUM_ARGS])
                worker = context.service_workers[0] if context.service_workers else context.wait_for_event(
                    "serviceworker", timeout=15000)
                harness.route_fixtures(context, [])  # anything not routed below is answered 404: no internet
                browser = harness.ExtensionBrowser(context, worker)
                browser.set_settings(serverUrl=f"http://127.0.0.1:{port}")
                harness.route_saved_pages(context, {row["url"]: row["path"] for row in rows})
                for row in rows:
                    page = context.new_page()
                    page.goto(row["url"], wait_until="domcontentloaded")
                    time.sleep(args.settle)
                    found = harness.content_script_figures(page)
                    page.close()
                    figures.append((row, found))
                    print(f"{found['scanMs']:7.1f} ms in {found['scans']} scans (adapter {found['adapterMs']:6.1f}, "
                          f"badges {found['renderMs']:5.1f})  [{row['fold']}] {row['file']}", flush=True)
                context.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    times = [found["scanMs"] for _, found in figures]
    over = [(row["file"], found["scanMs"]) for row, found in figures if found["scanMs"] > BUDGET_MS]
    print(f"\n{len(figures)} pages: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms; "
          f"over the {BUDGET_MS:.0f} ms budget: {len(over)}" + "".join(f"\n  {name}: {ms:.1f} ms" for name, ms in
                                                                   sorted(over, key=lambda pair: -pair[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
