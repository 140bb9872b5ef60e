"""pipeline/companies.py: normalisation vectors, the trap list, guarded fuzzy matching and hints."""

from __future__ import annotations

import json

import pytest

from pipeline import identity, store
from pipeline.companies import Company, CompanyIndex, hint_keys, normalize_name, resolve_company

from support import FILES, REPO

VECTORS = json.loads((REPO / "tests" / "vectors" / "company_names.json").read_text("utf-8"))
TRAPS = json.loads((FILES / "labeled" / "company_traps.json").read_text("utf-8"))["rows"]


@pytest.mark.parametrize("row", VECTORS, ids=[row["name"] for row in VECTORS])
def test_normalisation_vector(row):
    assert normalize_name(row["name"]) == row["key"]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    db = store.open_db(tmp_path_factory.mktemp("companies") / "c.db")
    yield identity.company_index(db)
    db.close()


@pytest.mark.parametrize("row", TRAPS, ids=[row["query"] for row in TRAPS])
def test_trap(index, row):
    found = resolve_company(row["query"], index)
    assert (found.company.name if found.company else None) == row["match"], found


def make_index(*names: str, aliases=()) -> CompanyIndex:
    companies = [(Company(id=i + 1, name=name), normalize_name(name)) for i, name in enumerate(names)]
    return CompanyIndex(companies, aliases)


def test_fuzzy_needs_a_shared_distinctive_word_and_only_descriptor_tails_differ():
    index = make_index("Acme Widgets Holdings Inc", "Royal Mail plc", "Globex Technologies")
    assert resolve_company("Acme Widgets", index).company.name == "Acme Widgets Holdings Inc"
    assert resolve_company("Globex", index).company.name == "Globex Technologies"
    assert resolve_company("Royal Bank", index).company is None
    assert resolve_company("Acme Gadgets", index).company is None


def test_a_misspelt_distinctive_word_still_matches_when_another_is_shared():
    index = make_index("Warner Brothers Discovery")
    found = resolve_company("Warner Brothrs Discovery", index)
    assert found.company.name == "Warner Brothers Discovery" and found.matched_on == "fuzzy"


@pytest.mark.parametrize("name, key", [
    ("Acme\tWidgets", "acme widgets"),        # a tab is no space: not the plain-words shortcut
    ("ACME_WIDGETS INC", "acme widgets"),      # "_" is no letter
    ("Acme Corp /DE/", "acme"),
    ("  the acme co  ", "acme"),
    ("Acme\u00a0Widgets", "acme widgets"),     # a no-break space is not ASCII: the full path
    ("Ａｃｍｅ Ｃｏｒｐ", "acme"),                  # full-width letters
    ("a b c", "abc"),
])
def test_shortcuts_give_the_full_normalisation(name, key):
    assert normalize_name(name) == key


def test_fuzzy_refuses_words_that_cannot_all_pair():
    index = make_index("Pioneer High Income Fund", "Mobile Global Esports", "Alphabet Widgets")
    assert resolve_company("Pioneer Natural Resources", index).company is None  # two unshared words vs three
    assert resolve_company("T-Mobile Global", index).company is None  # "t" is too short to be a misspelling
    assert resolve_company("Alphabett Widgets", index).company.name == "Alphabet Widgets"


def test_a_display_name_with_a_division_place_or_remark_resolves_to_its_brand_when_the_whole_is_unknown():
    index = make_index("Fenwick Radio", "Harrow Keepers", "Giga", "Tallis - Brook Partners", "Velloro")
    for shown, company in [("Fenwick Radio - Radio Nord", "Fenwick Radio"), ("Harrow Keepers – Hudson WI", "Harrow Keepers"),
                           ("Giga (giga.example)", "Giga"), ("Velloro | Web & Mobile", "Velloro")]:
        found = resolve_company(shown, index)
        assert found.company.name == company and found.confidence < 1.0, shown
    # A company whose own name has the dash is itself; a brand nobody knows, or one only a guess would find, is none.
    assert resolve_company("Tallis - Brook Partners", index).company.name == "Tallis - Brook Partners"
    assert resolve_company("Quorra - Radio Nord", index).company is None
    assert resolve_company("Velorro | Web & Mobile", index).company is None


def test_a_possessive_name_and_the_name_a_headline_left_of_it_are_one_company_either_way():
    assert resolve_company("Harlows", make_index("Harlow's")).company.name == "Harlow's"  # the page drops the 's
    assert resolve_company("Harlow's", make_index("Harlow")).company.name == "Harlow"  # the headline dropped it
    assert resolve_company("Harlows", make_index("Harlow")).company is None  # a plural is no possessive
    assert resolve_company("Harlow's", make_index("Harlow", "Harlow Group")).company.name == "Harlow"


def test_hints_name_a_company_only_when_the_name_finds_nothing():
    index = make_index("GitLab Inc", "Acme Software Inc")
    assert resolve_company("Zzyzx Labs", index, hints={"ats": "greenhouse:gitlab"}).matched_on == "hint"
    assert resolve_company("Acme Software", index, hints={"ats": "greenhouse:gitlab"}).company.name == (
        "Acme Software Inc")
    assert resolve_company("Zzyzx Labs", index).company is None


def test_ambiguous_names_return_candidates_and_hints_choose():
    index = make_index("Acme Software Inc", "Acme Technologies Inc")
    found = resolve_company("Acme", index)
    assert found.company is None and {c.name for c in found.candidates} == {"Acme Software Inc",
                                                                           "Acme Technologies Inc"}
    chosen = resolve_company("Acme", index, hints={"domain": "acmesoftware.com"})
    assert chosen.company.name == "Acme Software Inc"


def test_hint_keys_read_domains_and_ats_slugs():
    assert hint_keys({"domain": "https://www.gitlab.com/jobs", "ats": "greenhouse:gitlab"}) == {"gitlab"}
    assert "acme widgets" in hint_keys({"ats": "lever:acme-widgets"})


def test_tickers_count_only_when_written_as_tickers(index):
    assert resolve_company("AAPL", index).company.name == "Apple Inc."
    assert resolve_company("Now", index).company is None


def test_the_index_knows_who_owns_whom():
    parent, child, grandchild, other = (Company(1, "Parent Co"), Company(2, "Child Co", parent_id=1),
                                        Company(3, "Grandchild Co", parent_id=2), Company(4, "Other Co"))
    index = CompanyIndex([(c, normalize_name(c.name)) for c in (parent, child, grandchild, other)])
    assert index.parent_of(child) == parent and index.parent_of(parent) is None
    assert index.subsidiaries_of(1) == [child, grandchild]  # nearest first
    assert index.subsidiaries_of(4) == []
    late = Company(5, "Late Child Co", parent_id=4)
    index.add_company(late, "late child")
    assert index.subsidiaries_of(4) == [late]


def test_an_ownership_cycle_typed_into_the_table_does_not_loop():
    a, b = Company(1, "A Co", parent_id=2), Company(2, "B Co", parent_id=1)
    index = CompanyIndex([(a, "a"), (b, "b")])
    assert index.subsidiaries_of(1) == [b]


@pytest.mark.parametrize("name", ["Ashvale Co-op", "Ashvale Co-operative", "Ashvale Cooperative", "ASHVALE COOP"])
def test_a_co_operatives_spellings_give_one_key(name):
    assert normalize_name(name) == "ashvale cooperative"


def test_coop_alone_is_a_name_not_a_form():
    assert normalize_name("Coop") == "coop"
