"""pipeline.warn and the warn spider's items: state WARN files (one of each layout met in real files,
written by us with invented employers) to layoff notices; employers resolved through the catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

import sqlite3
import types

from support import FILES, crawl, serve_directory
from pipeline import ingest
from pipeline.constants import LAYOFFS
from pipeline.items import ArticleItem, SourceResultItem
from pipeline.spiders.warn import _identify_as, notice_items
from pipeline.warn import employer_names, parse_notice_date, parse_warn_file

WARN = FILES / "warn"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "warn"


def notices(name: str, state: str):
    return parse_warn_file((WARN / name).read_bytes(), state)


def test_ca_quoted_line_breaks_and_blank_counts():
    parsed = notices("ca.csv", "ca")
    assert [(n.employer, n.notice_date, n.jobs, n.city) for n in parsed.notices] == [
        ("Globex Hospitality at the Harbor Hotel", "2021-06-25", None, None),
        ("Initech, Inc.", "2020-04-27", 264, "Irvine")]
    assert not parsed.skipped  # an empty row is no notice, and nothing malformed


def test_tx_padded_header_ragged_rows_and_a_bankruptcy_group_that_is_a_layoff():
    parsed = notices("tx.csv", "tx")
    assert [(n.notice_date, n.jobs, n.city) for n in parsed.notices] == [
        ("2022-03-01", 206, "Post"), ("2018-02-07", 73, "San Antonio"), ("2020-12-22", 1140, "New Braunfels"),
        ("2020-11-30", None, "Houston")]
    assert parsed.notices[0].names == ["Vandelay Industries"]
    items = list(notice_items((WARN / "tx.csv").read_bytes(), "tx", "warn-tx", "https://twc.example/warn"))
    kinds = {e["kind"] for item in items if isinstance(item, ArticleItem) for e in item.events}
    assert kinds == {LAYOFFS}  # "Bankruptcy Group" is a department


def test_va_entities_are_decoded():
    parsed = notices("va.csv", "va")
    assert [n.employer for n in parsed.notices] == ["Soylent Foods", "Wonka Candy & Sweets"]
    assert parsed.notices[1].city == "Manassas VA" and not parsed.skipped


def test_ny_address_in_the_name_amended_dates_rescissions_and_free_text():
    parsed = notices("ny.csv", "ny")
    assert [(n.names, n.notice_date, n.jobs) for n in parsed.notices] == [
        (["Gringotts Décor, LLC", "Gringotts Frames"], "2019-12-24", 45),
        (["Pied Piper"], "2019-10-16", 165)]
    assert parsed.skipped == {"notice rescinded": 1, "no readable notice date": 1}


def test_wa_nested_json_and_its_pagination_junk():
    parsed = notices("wa.json", "wa")
    assert [(n.employer, n.state, n.notice_date, n.jobs, n.city) for n in parsed.notices] == [
        ("Umbrella Health", "wa", "2026-02-11", 94, "Seattle")]
    assert parsed.skipped == {"no employer name": 2}


@pytest.mark.parametrize("raw, names", [
    ("ACME CORP DBA ACME FOODS", ["ACME CORP", "ACME FOODS"]),
    ("Acme, Inc. d/b/a Acme Foods", ["Acme, Inc.", "Acme Foods"]),
    ("Hooli Bank-San Antonio-Bankruptcy Group", ["Hooli Bank-San Antonio-Bankruptcy Group"]),
    ("Globex Services, Inc., a wholly owned subsidiary of Globex Corporation", ["Globex Services, Inc."]),
    ("3M", ["3M"]),
])
def test_employer_names(raw, names):
    assert employer_names(raw) == names


def test_dates():
    assert parse_notice_date("2022-03-01 00:00:00") == "2022-03-01"
    assert parse_notice_date("11/22/2019(Amended:12/12/2019)") == "2019-11-22"
    assert parse_notice_date("May 9, 2019 through June 3, 2019") == "2019-05-09"
    assert parse_notice_date("-----") is None and parse_notice_date("13/45/2019") is None


def test_junk_rows_are_skipped_quietly_and_unreadable_notices_are_failed_items():
    # Pagination rows with no employer are not notices: the run stays `ok`.
    items = list(notice_items((WARN / "wa.json").read_bytes(), "wa", "warn-wa", "https://esd.example/warn"))
    outcomes = [(i.status, i.entries) for i in items if isinstance(i, SourceResultItem)]
    assert outcomes == [("ok", 1)]
    # A row that is a notice but whose date cannot be read is a failed item after the source outcome.
    csv = (b"NOTICE_DATE,JOB_SITE_NAME,COUNTY_NAME,TOTAL_LAYOFF_NUMBER,CITY_NAME\n"
           b"2024-05-01 00:00:00,Globex Plant,Harris,120,Houston\n"
           b"the first of May,Initrode Depot,Harris,40,Houston\n")
    unreadable = [(i.status, i.error) for i in notice_items(csv, "tx", "warn-tx", "https://twc.example/warn")
                  if isinstance(i, SourceResultItem)]
    assert unreadable[0] == ("ok", None) and len(unreadable) == 2
    assert unreadable[1][0] == "error" and "date" in unreadable[1][1]
    article = next(i for i in items if isinstance(i, ArticleItem))
    assert article.url.startswith("https://esd.example/warn?warn_notice=wa-2026-02-11-umbrella-health")
    assert article.published_at == "2026-02-11T00:00:00Z" and "94 jobs" in article.title


def test_a_dba_form_resolves_to_the_company_and_never_makes_a_duplicate(fresh_db):
    items = [i for i in notice_items((WARN / "tx.csv").read_bytes(), "tx", "warn-tx", "https://twc.example/warn")
             if isinstance(i, ArticleItem)]
    ingest.ingest_batch(fresh_db, [{"article": {"title": i.title, "url": i.url, "summary": i.summary,
                                                "published_at": i.published_at, "publisher": i.publisher},
                                    "source": i.source, "events": i.events} for i in items])
    zorblax = fresh_db.execute("SELECT id FROM companies WHERE norm_key LIKE 'zorblax%'").fetchall()
    assert len(zorblax) == 1
    kinds = fresh_db.execute("SELECT DISTINCT kind FROM events WHERE company_id = ?", [zorblax[0][0]]).fetchall()
    assert kinds == [("layoffs",)]


def test_a_crawl_reads_a_states_notices_file_and_stores_each_notice_once(tmp_path):
    """The spider end to end, offline: a local server serves a state's file, `upheaval crawl` reads it
    through Scrapy (notices_url) and stores one layoff per notice on the resolved employer; a second crawl
    of the same file adds nothing."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "va.csv").write_bytes((WARN / "va.csv").read_bytes())
    (site / "warn.html").write_text("<html><body>WARN notices</body></html>")
    db_path = tmp_path / "upheaval.db"
    with serve_directory(site) as base:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[sources]]\nname = "warn-va"\nkind = "warn"\nstate = "va"\n'
                           f'url = "{base}/warn.html"\nnotices_url = "{base}/va.csv"\ninterval = "1d"\n')
        first = crawl(sources, db_path)
        second = crawl(sources, db_path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert second.returncode == 0, second.stdout + second.stderr
    line = next(line for line in first.stdout.splitlines() if line.startswith("warn-va"))
    assert line.split()[1:3] == ["ok", "2"]
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT c.name, e.kind, e.jobs, e.site, e.date FROM events e "
                            "JOIN companies c ON c.id = e.company_id ORDER BY c.name").fetchall()
    finally:
        conn.close()
    assert rows == [("Soylent Foods", LAYOFFS, 173, "Ringgold, VA", "2025-12-11"),
                    ("Wonka Candy & Sweets", LAYOFFS, 90, "Manassas, VA", "2025-12-12")]


def test_warn_scraper_requests_carry_our_user_agent_unless_a_state_names_its_own():
    calls = []
    fake = types.SimpleNamespace(get_url=lambda url, user_agent="Big Local News", **kw: calls.append(user_agent))
    _identify_as(fake, "upheaval-radar/1 (+contact)")
    _identify_as(fake, "upheaval-radar/1 (+contact)")  # a second crawl in the same process wraps nothing twice
    fake.get_url("https://state.example/warn")
    fake.get_url("https://state.example/warn", user_agent="Mozilla/5.0")
    assert calls == ["upheaval-radar/1 (+contact)", "Mozilla/5.0"]
    assert fake.get_url.__wrapped__.__name__ == "<lambda>"


# ---------------------------------------------------------------- the real state files, when the corpus is here

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not on this machine")


@needs_corpus
@pytest.mark.parametrize("name, state, parsed, skipped", [
    ("ca_edd_warn-scraper_raw.csv", "ca", 10737, {}),
    ("tx_twc_warn-scraper_raw.csv", "tx", 6582, {}),
    ("va_vec_warn-scraper_raw.csv", "va", 1073, {}),
    ("ny_osc_2019.csv", "ny", 337, {"no readable notice date": 3, "notice rescinded": 6}),
    ("wa_65001_normalized.json", "wa", 145, {"no employer name": 40}),
])
def test_corpus_state_files(name, state, parsed, skipped):
    result = parse_warn_file((CORPUS / name).read_bytes(), state)
    assert len(result.notices) == parsed and dict(result.skipped) == skipped
    assert all(n.names for n in result.notices)
