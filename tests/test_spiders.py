"""The spiders, run as `upheaval crawl` / `upheaval backfill` against local servers (tests/files)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from support import REPO


def upheaval(args, db_path, sec_base="http://127.0.0.1:9", contact="Test Operator test@example.com", **env):
    environment = {**os.environ, "UPHEAVAL_DB": str(db_path), "UPHEAVAL_SEC_BASE": sec_base,
                   "UPHEAVAL_CONTACT": contact, "UPHEAVAL_LOG_LEVEL": "INFO", "UPHEAVAL_RETRY_BACKOFF": "0.1",
                   # Local servers: no need to wait between requests (SEC pacing still applies).
                   "UPHEAVAL_DOWNLOAD_DELAY": "0", "UPHEAVAL_AUTOTHROTTLE_START": "0", **env}
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=REPO, env=environment,
                          capture_output=True, text=True, timeout=180)


def write_sources(path, *sources):
    path.write_text("".join(
        f'[[sources]]\nname = "{name}"\nkind = "{kind}"\nurl = "{url}"\ninterval = "10m"\n\n'
        for name, kind, url in sources), encoding="utf-8")
    return path


def rows(db_path, sql, params=()):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


EDGAR_8K = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=8-K&count=100&output=atom"


@pytest.fixture
def crawl_all(tmp_path, feed_server, db_path):
    sources = write_sources(tmp_path / "sources.toml",
                            ("biz", "feed", f"{feed_server}/feeds/business_news.rss"),
                            ("gnews", "feed", f"{feed_server}/feeds/google_news_search.rss"),
                            ("broken", "feed", f"{feed_server}/feeds/truncated.xml"),
                            ("sec-8k", "edgar", EDGAR_8K))
    result = upheaval(["crawl", "--sources", str(sources)], db_path, sec_base=f"{feed_server}/edgar")
    return sources, result


def test_feeds_and_edgar_crawl_together_and_a_broken_feed_is_its_own_error(crawl_all, db_path):
    _, result = crawl_all
    status = dict(rows(db_path, "SELECT source_name, status FROM crawl_runs"))
    # Umbrella Corp's filing index answers 404 (tests/files has no such page): one failed item, so the
    # EDGAR source is partial, not ok, and says which item and why.
    assert status == {"biz": "ok", "gnews": "ok", "broken": "error", "sec-8k": "partial"}, result.stderr[-2000:]
    assert rows(db_path, "SELECT failed FROM crawl_runs WHERE source_name = 'sec-8k'") == [(1,)]
    assert "HTTP 404 from" in rows(db_path, "SELECT last_error FROM sources WHERE name = 'sec-8k'")[0][0]
    assert rows(db_path, "SELECT last_error FROM sources WHERE name = 'broken'")[0][0].startswith("not a readable feed")
    assert result.returncode == 1  # one source failed; the others were stored


def test_edgar_events_are_stored_on_the_cik_with_role_stage_and_evidence(crawl_all, db_path):
    events = rows(db_path, "SELECT e.company_id, e.kind, e.role, e.stage, e.person, e.abrupt FROM events e "
                           "WHERE e.company_id BETWEEN 990000 AND 999999 ORDER BY e.company_id, e.kind")
    assert (990001, "merger_acquisition", "target", "announced", None, 0) in events   # 1.01 and 425
    assert (990002, "merger_acquisition", "acquirer", "announced", None, 0) in events
    assert (990003, "executive_departure", None, None, "Art Vandelay", 1) in events
    assert (990007, "merger_acquisition", "target", "completed", None, 0) in events
    companies = {row[0] for row in events}
    assert not companies & {990004, 990005, 990006, 990008, 990009}  # pay only, appointment, licence, 2.02, ABS
    evidence = rows(db_path, "SELECT a.publisher, a.url FROM event_evidence v JOIN events e ON e.id = v.event_id "
                             "JOIN articles a ON a.id = v.article_id WHERE e.company_id = 990003")
    assert ("SEC EDGAR 8-K Item 5.02", ) == evidence[0][:1]
    assert "/edgar/Archives/edgar/data/990003/" in evidence[0][1]
    assert rows(db_path, "SELECT name, origin FROM companies WHERE id = 990003") == [("Vandelay Industries, Inc.", "sec")]


def test_google_news_entries_keep_googles_link_and_the_publisher(crawl_all, db_path):
    (url, publisher), = rows(db_path, "SELECT a.url, a.publisher FROM articles a JOIN sightings s ON s.article_id = a.id "
                                      "WHERE s.source_name = 'gnews'")
    assert url.startswith("https://news.google.com/rss/articles/") and publisher == "The Daily Ledger"


def test_recrawl_adds_nothing_and_one_story_from_two_feeds_is_one_article(crawl_all, db_path, tmp_path, feed_server):
    sources, _ = crawl_all
    before = rows(db_path, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                           "(SELECT count(*) FROM event_evidence)")
    with open(sources, "a", encoding="utf-8") as f:  # a second feed carrying the same stories
        f.write(f'[[sources]]\nname = "biz-mirror"\nkind = "feed"\nurl = "{feed_server}/feeds/business_news.rss"\n')
    upheaval(["crawl", "--sources", str(sources)], db_path, sec_base=f"{feed_server}/edgar")
    after = rows(db_path, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                          "(SELECT count(*) FROM event_evidence)")
    assert after == before
    assert rows(db_path, "SELECT count(*) FROM sightings WHERE source_name = 'biz-mirror'")[0][0] == 3


def test_edgar_refuses_without_contact_and_the_other_sources_run(tmp_path, feed_server, db_path):
    sources = write_sources(tmp_path / "sources.toml", ("biz", "feed", f"{feed_server}/feeds/business_news.rss"),
                            ("sec-8k", "edgar", EDGAR_8K))
    result = upheaval(["crawl", "--sources", str(sources)], db_path, sec_base=f"{feed_server}/edgar", contact="")
    refusals = [line for line in result.stderr.splitlines() if line.startswith("upheaval: SEC requires a contact")]
    assert len(refusals) == 1 and "UPHEAVAL_CONTACT" in refusals[0]
    status = dict(rows(db_path, "SELECT source_name, status FROM crawl_runs"))
    assert status == {"biz": "ok", "sec-8k": "error"}
    assert rows(db_path, "SELECT count(*) FROM articles a JOIN sightings s ON s.article_id = a.id "
                         "WHERE s.source_name = 'sec-8k'")[0][0] == 0


def test_backfill_walks_daily_indexes_and_reads_roles_from_index_pages(tmp_path, feed_server, db_path):
    result = upheaval(["backfill", "--since", "2026-12-05", "--until", "2026-12-08", "--sources",
                       str(write_sources(tmp_path / "s.toml"))], db_path, sec_base=f"{feed_server}/edgar")
    # Umbrella Corp's filing index answers 404: the backfill is partial, and exits 3 (items failed).
    assert result.returncode == 3, result.stderr[-2000:]
    assert rows(db_path, "SELECT status, failed FROM crawl_runs") == [("partial", 1)]
    roles = set(rows(db_path, "SELECT company_id, role FROM events WHERE kind = 'merger_acquisition'"))
    assert {(990010, "target"), (990011, "acquirer"), (990001, "target"), (990012, "target"), (990007, "target")} <= roles
    assert rows(db_path, "SELECT person FROM events WHERE kind = 'executive_departure'") == [("Art Vandelay",)]


def test_backfill_shows_its_progress_and_names_the_days_without_an_index(tmp_path, feed_server, db_path):
    result = upheaval(["backfill", "--since", "2026-12-05", "--until", "2026-12-08", "--sources",
                       str(write_sources(tmp_path / "s.toml"))], db_path, sec_base=f"{feed_server}/edgar")
    assert "backfill 2026-12-05..2026-12-08: 2 daily indexes to read (weekdays only)" in result.stderr
    assert "backfill 1/2 days (2026-12-07: 12 filings); 12 filings of tracked forms found so far" in result.stderr
    assert "backfill 2/2 days (2026-12-08: no index, HTTP 404)" in result.stderr
    assert "1 of 2 daily indexes read; 12 filings of tracked forms found; no index for 2026-12-08" in result.stderr


def test_backfill_where_every_day_is_404_says_so(tmp_path, feed_server, db_path):
    result = upheaval(["backfill", "--since", "2026-01-01", "--until", "2026-01-09", "--sources",
                       str(write_sources(tmp_path / "s.toml"))], db_path, sec_base=f"{feed_server}/edgar")
    assert result.returncode == 1
    reason = ("no daily index found for 2026-01-01..2026-01-09: SEC answered 404 for all 7 weekdays (check the "
              "dates, and that UPHEAVAL_SEC_BASE is SEC or a mirror of it)")
    assert reason in result.stdout and "the crawl ended before" not in result.stdout
    assert "backfill 7/7 days" in result.stderr
    assert rows(db_path, "SELECT status, error FROM crawl_runs") == [("error", reason)]
    listed = upheaval(["sources", "--sources", str(write_sources(tmp_path / "s.toml"))], db_path).stdout
    assert "edgar-backfill" in listed and reason in listed  # the backfill's health is listed with the sources


def test_backfill_refuses_a_range_that_ends_before_it_begins(tmp_path, db_path):
    result = upheaval(["backfill", "--since", "2026-02-01", "--until", "2026-01-01", "--sources",
                       str(write_sources(tmp_path / "s.toml"))], db_path)
    assert result.returncode == 2 and result.stderr == "upheaval: --since 2026-02-01 is after --until 2026-01-01\n"


def test_sources_shows_why_a_source_failed_aligned_whatever_the_names(tmp_path, feed_server, db_path):
    long_name = "google-news-chief-executive-resigns-worldwide"
    sources = write_sources(tmp_path / "s.toml", ("broken", "feed", f"{feed_server}/feeds/truncated.xml"),
                            (long_name, "feed", f"{feed_server}/feeds/business_news.rss"))
    crawl = upheaval(["crawl", "--sources", str(sources)], db_path)
    # Log lines (not a terminal) give the reason with the count, so a scheduled crawl's log says why.
    assert 'progress source=broken items=0 errors=1 error="not a readable feed' in crawl.stderr
    lines = upheaval(["sources", "--sources", str(sources)], db_path).stdout.splitlines()
    header, broken, long_row = lines[0], lines[1], lines[2]
    assert long_row.startswith(long_name + " ")
    for row in (broken, long_row):  # every row's cells start where the header's columns do
        assert row[header.index("kind"):].startswith("feed yes 10m ")
        status = header.index("status")
        assert row[status - 1] == " " and row[status] != " "
    assert broken[header.index("status"):].startswith("error ")
    assert broken[header.index("last error"):].startswith("not a readable feed")


def test_backfill_needs_a_contact(tmp_path, db_path):
    result = upheaval(["backfill", "--since", "2026-12-05", "--sources", str(write_sources(tmp_path / "s.toml"))],
                      db_path, contact="")
    assert result.returncode == 2 and "UPHEAVAL_CONTACT" in result.stderr


def test_page_sources_store_the_main_text(tmp_path, db_path):
    site = tmp_path / "site"
    site.mkdir()
    paragraph = "Globex Corporation said on Monday that its chief executive, Hank Scorpio, resigned. " * 4
    (site / "story.html").write_text(
        f"<html><head><title>Globex CEO Hank Scorpio resigns</title><meta property='og:site_name' content='Ledger'>"
        f"</head><body><nav>Home | Markets</nav><article><h1>Globex CEO Hank Scorpio resigns</h1><p>{paragraph}</p>"
        f"<p>{paragraph}</p></article><footer>Copyright</footer></body></html>", encoding="utf-8")
    from support import serve_directory

    with serve_directory(site) as base:
        sources = write_sources(tmp_path / "s.toml", ("story", "page", f"{base}/story.html"))
        result = upheaval(["crawl", "--sources", str(sources)], db_path)
    assert result.returncode == 0, result.stderr[-2000:]
    (title, summary, publisher), = rows(db_path, "SELECT title, summary, publisher FROM articles")
    assert title == "Globex CEO Hank Scorpio resigns" and "Hank Scorpio, resigned" in summary
    assert "Copyright" not in summary and publisher == "Ledger"


def test_edgar_items_205_and_103_are_stored_as_layoffs_and_bankruptcy(tmp_path, feed_server, db_path):
    sources = write_sources(tmp_path / "sources.toml", ("sec-8k", "edgar", EDGAR_8K))
    result = upheaval(["crawl", "--sources", str(sources)], db_path, sec_base=f"{feed_server}/edgar_restructuring")
    assert result.returncode == 0, result.stderr[-2000:]
    assert rows(db_path, "SELECT status, failed FROM crawl_runs") == [("ok", 0)]
    events = rows(db_path, "SELECT company_id, kind, stage FROM events ORDER BY company_id, kind")
    assert events == [(990101, "layoffs", None), (990102, "executive_departure", None), (990102, "layoffs", None),
                      (990103, "layoffs", None), (990104, "bankruptcy", "filed")]  # 990105: Items 1.02, 3.01
    sizes = rows(db_path, "SELECT company_id, jobs, share FROM events WHERE kind = 'layoffs' ORDER BY company_id")
    assert sizes == [(990101, 1150, 0.14), (990102, 35, None), (990103, None, None)]
    publishers = {p for (p,) in rows(db_path, "SELECT publisher FROM articles")}
    assert {"SEC EDGAR 8-K Item 2.05", "SEC EDGAR 8-K Item 1.03"} <= publishers
