"""pipeline.edgar: EDGAR pages to filings and events, with the corpus's traps."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import FILES
from pipeline.constants import BANKRUPTCY, EXECUTIVE_DEPARTURE, LAYOFFS, MERGER_ACQUISITION
from pipeline.edgar import (
    classify_502,
    filing_article,
    document_events,
    document_text,
    filing_events,
    item_section,
    merger_agreement_role,
    parse_current_feed,
    parse_daily_index,
    parse_filing_index,
    sec_url,
    workforce_cut,
)

EDGAR = FILES / "edgar"
BASE = "http://mirror.test/sec"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "edgar"


@pytest.fixture(scope="module")
def filings():
    return {f.accession: f for f in parse_current_feed((EDGAR / "cgi-bin" / "browse-edgar").read_bytes(), BASE)}


def test_feed_entries_group_by_accession_with_both_roles(filings):
    tender = filings["0000990011-26-000002"]
    assert tender.form == "SC TO-T"
    assert [(p.cik, p.role) for p in tender.parties] == [(990010, "Subject"), (990011, "Filed by")]
    assert tender.index_url.startswith(BASE + "/Archives/edgar/data/990010/")


def test_only_tracked_filings_count_and_abs_item_codes_are_ignored(filings):
    assert not filings["0000990009-26-000001"].is_tracked  # ABS-15G "Item 2.01"
    assert not filings["0000990013-26-000001"].is_tracked  # Form 4
    assert not filings["0000990008-26-000015"].is_tracked  # 8-K Item 2.02 only
    assert filing_events(filings["0000990009-26-000001"]) == []


@pytest.mark.parametrize("accession, expected", [
    ("0000990002-26-000005", [(990001, "target"), (990002, "acquirer")]),      # 425: Subject / Filed by
    ("0000990011-26-000002", [(990010, "target"), (990011, "acquirer")]),      # SC TO-T
    ("0000990010-26-000003", [(990010, "target")]),                            # SC 14D9: no acquirer
    ("0000990012-26-000010", [(990012, "target")]),                            # DEFM14A filer
    ("0000990007-26-000099", [(990007, "target")]),                            # 8-K 2.01 + 5.01
])
def test_merger_roles_come_from_form_and_role(filings, accession, expected):
    events = filing_events(filings[accession])
    assert [(e.cik, e.role) for e in events] == expected
    assert all(e.kind == MERGER_ACQUISITION for e in events)


def test_documents_are_needed_for_101_and_502_only(filings):
    assert filings["0000990003-26-000011"].needs_document
    assert filings["0000990001-26-000042"].needs_document
    assert not filings["0000990012-26-000010"].needs_document


def doc(cik: int, accession: str, name: str) -> str:
    return document_text((EDGAR / "Archives/edgar/data" / str(cik) / accession.replace("-", "") / name).read_bytes())


@pytest.mark.parametrize("cik, accession, name, expected", [
    (990003, "0000990003-26-000011", "vdl-8k.htm", ("Art Vandelay", "Chief Executive Officer", True)),
    (990004, "0000990004-26-000004", "scc-8k.htm", None),   # 5.02(e): pay only
    (990005, "0000990005-26-000021", "oa-8k.htm", None),    # election of a director only
])
def test_502_departure_vs_appointment_and_pay(filings, cik, accession, name, expected):
    events = document_events(filings[accession], doc(cik, accession, name))
    departures = [(e.person, e.title, e.abrupt) for e in events if e.kind == EXECUTIVE_DEPARTURE]
    assert departures == ([expected] if expected else [])


def test_101_merger_agreement_vs_licence(filings):
    merger = document_events(filings["0000990001-26-000042"], doc(990001, "0000990001-26-000042", "gbx-8k.htm"))
    assert [(e.cik, e.role, e.stage) for e in merger] == [(990001, "target", "announced")]
    licence = document_events(filings["0000990006-26-000007"], doc(990006, "0000990006-26-000007", "cyb-8k.htm"))
    assert licence == []


@pytest.mark.parametrize("sentence, departs", [
    ("On May 1, Jane Roe informed the Company of her decision to retire as Chief Financial Officer.", True),
    ("Jane Roe has decided to retire from the Company at year end.", True),
    ("John Doe resigned as Chief Operating Officer, effective immediately.", True),
    ("If the executive resigns for good reason, she will receive twelve months of salary.", False),
    ("The Board elected Mary Major as a director.", False),
    ("Richard Roe will not stand for re-election at the annual meeting.", True),
])
def test_classify_502_sentences(sentence, departs):
    assert (classify_502(sentence) is not None) is departs


def test_merger_agreement_role_reads_who_survives_as_whose_subsidiary():
    text = ("Acme Inc, Merger Sub and Widgets Corp entered into an Agreement and Plan of Merger, under which "
            "Merger Sub will merge with and into Widgets, with Widgets surviving as a wholly owned subsidiary of Acme.")
    assert merger_agreement_role(text, "Acme Inc") == "acquirer"
    assert merger_agreement_role(text, "Widgets Corp") == "target"
    assert merger_agreement_role("A credit agreement with the lenders.", "Acme Inc") is None


def test_item_section_skips_the_cover_page():
    text = "Cover: Item 5.02 Item 1.01. Item 5.02 Departure. Jane left. Item 9.01 Exhibits. SIGNATURES"
    assert item_section(text, "5.02").strip() == "Departure. Jane left."


def test_filing_index_page():
    index = parse_filing_index((EDGAR / "Archives/edgar/data/990003/000099000326000011/"
                                         "0000990003-26-000011-index.htm").read_bytes(), BASE)
    assert index.form == "8-K" and index.items == ["5.02", "9.01"] and index.filed == "2026-12-08"
    assert index.primary_url == BASE + "/Archives/edgar/data/990003/000099000326000011/vdl-8k.htm"
    assert [(p.cik, p.role) for p in index.parties] == [(990003, "Filer")]


def test_daily_index_keeps_tracked_forms():
    found = parse_daily_index((EDGAR / "Archives/edgar/daily-index/2026/QTR4/form.20261207.idx").read_text("latin-1"), BASE)
    forms = sorted(f.form for f in found)
    assert "10-K" not in forms and "4" not in forms and "ABS-15G" not in forms
    assert forms.count("8-K") == 8 and {"425", "SC TO-T", "SC 14D9", "DEFM14A"} <= set(forms)
    assert all(f.index_url.startswith(BASE + "/Archives/edgar/data/") for f in found)


def test_every_sec_link_is_rebuilt_on_the_base():
    assert sec_url("https://www.sec.gov/Archives/x-index.htm", BASE) == BASE + "/Archives/x-index.htm"
    assert sec_url("/cgi-bin/browse-edgar?action=getcurrent", BASE) == BASE + "/cgi-bin/browse-edgar?action=getcurrent"
    assert sec_url("https://other.example.com/a", BASE) == "https://other.example.com/a"


# ---------------------------------------------------------------- Items 2.05 (layoffs) and 1.03 (bankruptcy)

RESTRUCTURING = FILES / "edgar_restructuring"


@pytest.fixture(scope="module")
def restructuring():
    return {f.accession: f for f in parse_current_feed((RESTRUCTURING / "cgi-bin" / "browse-edgar").read_bytes(), BASE)}


def restructuring_doc(filing, name: str) -> str:
    cik = filing.parties[0].cik
    return document_text((RESTRUCTURING / "Archives/edgar/data" / str(cik) / filing.accession.replace("-", "") / name).read_bytes())


def test_item_103_is_a_bankruptcy_filed_without_reading_the_document(restructuring):
    filing = restructuring["0000990104-26-000077"]
    assert not filing.needs_document
    assert [(e.cik, e.kind, e.stage) for e in filing_events(filing)] == [(990104, BANKRUPTCY, "filed")]
    assert filing_article(filing, filing_events(filing))["publisher"] == "SEC EDGAR 8-K Item 1.03"


def test_item_205_needs_its_document_and_other_items_of_the_page_do_not_count(restructuring):
    assert all(restructuring[a].needs_document for a in ("0000990101-26-000031", "0000990103-26-000009"))
    assert filing_events(restructuring["0000990101-26-000031"]) == []  # the count is in the document
    assert not restructuring["0000990105-26-000012"].is_tracked  # 1.02 and 3.01: not upheaval


@pytest.mark.parametrize("accession, document, expected", [
    ("0000990101-26-000031", "inh-8k.htm", (1150, 0.14)),   # jobs and share; $ charges and 2.06 ignored
    ("0000990102-26-009772", "dpc-8k.htm", (35, None)),     # positions, beside a 5.02 departure
    ("0000990103-26-000009", "osc-8k.htm", (None, None)),   # a closure with costs only: no number of jobs
])
def test_item_205_is_a_layoff_with_the_jobs_the_item_gives(restructuring, accession, document, expected):
    filing = restructuring[accession]
    events = document_events(filing, restructuring_doc(filing, document))
    assert [(e.jobs, e.share) for e in events if e.kind == LAYOFFS] == [expected]


def test_item_205_and_502_in_one_filing_are_two_events(restructuring):
    filing = restructuring["0000990102-26-009772"]
    events = document_events(filing, restructuring_doc(filing, "dpc-8k.htm"))
    assert sorted(e.kind for e in events) == [EXECUTIVE_DEPARTURE, LAYOFFS]


def test_layoff_headline_gives_the_size(restructuring):
    filing = restructuring["0000990101-26-000031"]
    article = filing_article(filing, document_events(filing, restructuring_doc(filing, "inh-8k.htm")))
    assert article["title"] == "Initrode Holdings, Inc.: 1,150 jobs and 14% of staff cut (8-K Item 2.05)"
    assert article["publisher"] == "SEC EDGAR 8-K Item 2.05" and "1,150 employees" in article["summary"]


@pytest.mark.parametrize("text, jobs, share", [
    ("The plan will eliminate approximately 2,300 positions, or about 9% of the Company's total workforce.", 2300, 0.09),
    ("The reduction in force affects 48 full-time employees at the Dayton plant.", 48, None),
    ("The Company will reduce headcount by approximately 6 percent of its global workforce.", None, 0.06),
    ("The Company expects charges of $18 million, of which 12 million relate to the closure.", None, None),
    ("Severance costs for the 2025 restructuring were $3 million.", None, None),
])
def test_workforce_cut_reads_jobs_and_share_not_money_or_years(text, jobs, share):
    found = workforce_cut(text)
    assert (found["jobs"], found["share"]) == (jobs, share)


# ---------------------------------------------------------------- the real pages, when the corpus is here

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not on this machine")


@needs_corpus
def test_corpus_abs15g_page_has_no_tracked_filing():
    page = CORPUS / "current_feed" / "getcurrent_all_2026-01-12_start3200_abs15g-trap.atom.xml"
    assert [f for f in parse_current_feed(page.read_bytes(), BASE) if f.is_tracked] == []


@needs_corpus
@pytest.mark.parametrize("folder, departs", [
    ("meta_2025-12-19_item5.02", True), ("afcgamma_2023_item5.02_cfo-departure", True),
    ("jpmorgan_2026-06-25_item5.02", True), ("nvidia_2026-03-06_item5.02", False),
    ("nordstrom_2023-03-06_item5.02e", False), ("acorn_energy_2025-01-08_item5.02_nc", False),
])
def test_corpus_502_documents(folder, departs):
    path = next(p for p in (CORPUS / "8k" / folder).iterdir() if p.suffix in (".htm", ".html", ".nc") and "index" not in p.name)
    assert (classify_502(item_section(document_text(path.read_bytes()), "5.02")) is not None) is departs


@needs_corpus
@pytest.mark.parametrize("page, companies", [
    ("getcurrent_all_2026-01-12_start700_item2.05.atom.xml", {"PEGASYSTEMS INC", "Lyra Therapeutics, Inc."}),
    ("getcurrent_all_2025-12-12_start1500_item2.05.atom.xml", {"FMC CORP"}),
    ("getcurrent_all_2025-12-12_start1700_item2.05.atom.xml", {"Semler Scientific, Inc."}),
])
def test_corpus_item_205_filings_are_read_for_their_documents(page, companies):
    filings = parse_current_feed((CORPUS / "current_feed" / page).read_bytes(), BASE)
    with_205 = [f for f in filings if "2.05" in f.tracked_items]
    assert {f.parties[0].name for f in with_205} == companies
    assert all(f.needs_document for f in with_205)
    # 1.02 and 3.01 on the same pages are not tracked items
    assert not any(item in ("1.02", "3.01") for f in filings for item in f.tracked_items)
