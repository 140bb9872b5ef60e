"""Company mentions found from the catalogue in any casing (pipeline/detection/mentions.py).

Two finders: a small one over made-up companies (so the rows say exactly what they test), and the bundled
one over SEC's list and the brand table (so the promises about real, ordinary-word names are kept).
"""

from __future__ import annotations

import pytest

from pipeline.companies import normalize_name
from pipeline.detection.mentions import Mention, MentionFinder, surface_forms

FICTIONAL = MentionFinder(
    [("Halden Systems, Inc.", "halden systems"), ("MORVO CORP /DE/", "morvo"), ("Kestrel Foods Ltd", "kestrel"),
     ("Norcross Quill Dynamics", "norcross quill dynamics"), ("Velta Norcross", "velta norcross"),
     ("Bank of Harlan", "bank of harlan"), ("Harlan", "harlan"), ("Nestlé S.A.", "nestle"),
     ("Target Corporation", "target")],
    tickers=[("HLDN", "halden systems"), ("MRVO", "morvo"), ("IT", "gartner"), ("ON", "on semiconductor"),
             ("ALL", "allstate"), ("A", "agilent"), ("CAT", "caterpillar"), ("BRK-B", "berkshire hathaway")],
)


@pytest.fixture(scope="module")
def bundled() -> MentionFinder:
    return MentionFinder.bundled()


def found(finder: MentionFinder, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in finder.find(text)]


@pytest.mark.parametrize("text, expected", [
    # ALL-CAPS wire headlines: both companies, however written.
    ("HALDEN SYSTEMS, MORVO SET MERGER", [("HALDEN SYSTEMS", "halden systems"), ("MORVO", "morvo")]),
    ("MORVO TO BUY HALDEN SYSTEMS INC FOR $2 BLN", [("MORVO", "morvo"), ("HALDEN SYSTEMS", "halden systems")]),
    # Title Case headlines.
    ("Kestrel Vice-Chairman Resigns", [("Kestrel", "kestrel")]),
    ("Halden Systems Announces Retirement of Chief Executive Officer", [("Halden Systems", "halden systems")]),
    # Normal text, and lower case for a distinctive name.
    ("Morvo said on Tuesday it would buy Halden Systems.", [("Morvo", "morvo"), ("Halden Systems", "halden systems")]),
    ("shares of halden systems fell", [("halden systems", "halden systems")]),
    # Word boundaries: no name inside a longer word.
    ("Haldensystems and Morvoland are not companies", []),
    # Longest match wins: "Bank of Harlan" over "Harlan"; of two overlapping names the longer one.
    ("Bank of Harlan to cut 300 jobs", [("Bank of Harlan", "bank of harlan")]),
    ("Velta Norcross Quill Dynamics merger", [("Norcross Quill Dynamics", "norcross quill dynamics")]),
    ("Velta Norcross merger", [("Velta Norcross", "velta norcross")]),
    # Accents fold: "Nestlé" is SEC's "NESTLE".
    ("Nestlé to sell its water brands", [("Nestlé", "nestle")]),
    ("NESTLE SA TO SELL WATER BRANDS", [("NESTLE", "nestle")]),
])
def test_names_in_any_casing(text, expected):
    assert found(FICTIONAL, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Buy $HLDN before earnings", [("$HLDN", "halden systems")]),
    ("$hldn and $MRVO rally", [("$hldn", "halden systems"), ("$MRVO", "morvo")]),
    ("Acquirer Co (NYSE: HLDN) agreed to terms", [("HLDN", "halden systems")]),
    ("Caterpillar (NYSE:CAT) beat estimates", [("CAT", "caterpillar")]),
    ("Agilent (NYSE: A) and Gartner (NYSE: IT) report", [("A", "agilent"), ("IT", "gartner")]),
    ("Berkshire (NYSE: BRK.B) rose", [("BRK.B", "berkshire hathaway")]),
    ("The deal (HLDN) closed", [("HLDN", "halden systems")]),
    ("Shares of HLDN rose 5% after the bell", [("HLDN", "halden systems")]),
    # Never from words: lower case, ALL-CAPS text, common words and one letter.
    ("IT spending rises as firms move ON from ALL the old servers", []),
    ("A CAT scan found nothing", []),
    ("hldn shares rose", []),
    ("HLDN SHARES RISE AFTER MORVO DEAL", [("MORVO", "morvo")]),
    ("IT SPENDING RISES ON ALL FRONTS", []),
    ("The Deal (IT) Was Done (A)", []),
])
def test_tickers_only_where_written_as_tickers(text, expected):
    assert found(FICTIONAL, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A name made of ordinary words: not in lower case, yes when capitalised in mixed-case text.
    ("i like apple pie", []),
    ("The apple pie was good", []),
    ("They hit the target and closed the gap", []),
    ("Shares of Apple rose after Target said sales grew", [("Apple", "apple"), ("Target", "target")]),
    ("Apple to buy Acme", [("Apple", "apple")]),
    ("Tim Cook says Apple is fine", [("Apple", "apple")]),  # "Tim" is a person, not TIM S.A.
    # The longest name wins over the place inside it.
    ("Bank of America to cut jobs", [("Bank of America", "bank of america")]),
    # Brands carry their parent's key.
    ("Instagram founder leaves the company", [("Instagram", normalize_name("Meta Platforms, Inc."))]),
    ("GOOGLE AND FACEBOOK FACE EU PROBE", [("GOOGLE", "alphabet"), ("FACEBOOK", normalize_name("Meta Platforms"))]),
    # Names written with marks: possessives, ampersands, initials, legal suffixes, web addresses.
    ("McDonald's CEO ousted", [("McDonald's", "mcdonalds")]),
    ("AT&T to sell stake", [("AT&T", normalize_name("AT&T INC."))]),
    ("J.P. Morgan and JPMorgan Chase agree", [("J.P. Morgan", "jpmorgan chase"), ("JPMorgan Chase", "jpmorgan chase")]),
    ("Shares of Amazon.com rose", [("Amazon.com", "amazon com")]),
    ("Stocks making moves: Caterpillar, AMD and IBM", [("Caterpillar", "caterpillar"),
                                                       ("AMD", "advanced micro devices"),
                                                       ("IBM", "international business machines")]),
    ("$AAPL up 3%", [("$AAPL", "apple")]),
    ("IT spending rises", []),
])
def test_bundled_catalogue(bundled, text, expected):
    assert found(bundled, text) == expected


CATALOGUE = MentionFinder.from_catalogue(
    [(1, "HLDN", "Halden Systems, Inc."), (2, "MRVO", "MORVO CORP"), (2, "MRVO-P", "MORVO CORP")],
    [("Haldex", "Halden Systems, Inc.", "brand"), ("Morvo Health", "MORVO CORP"),
     ("Quillfeather", "MORVO CORP", "subsidiary", "bought in 2020, its own CEO"),
     ("Quillfeather Studio", "Quillfeather", "brand"), ("Orphan Brand", "Nobody Inc", "brand")],
)


@pytest.mark.parametrize("text, expected", [
    # A brand is its parent under another name; a subsidiary is a company of its own, and so are its brands.
    ("Haldex recalls trucks", [("Haldex", "halden systems")]),
    ("Morvo Health names CFO", [("Morvo Health", "morvo")]),
    ("Quillfeather CEO resigns", [("Quillfeather", "quillfeather")]),
    ("Quillfeather Studio lays off 40", [("Quillfeather Studio", "quillfeather")]),
    ("Orphan Brand sold", []),  # its parent is in no list
    ("Shares of MRVO and $HLDN rose", [("MRVO", "morvo"), ("$HLDN", "halden systems")]),
])
def test_catalogue_brands_take_the_parents_key_and_subsidiaries_their_own(text, expected):
    assert found(CATALOGUE, text) == expected


@pytest.mark.parametrize("text, name, generic", [
    ("Shares of Apple rose", "Apple", False),           # capitalised mid-sentence: a name
    ("Apple to buy Acme", "Apple", True),               # capitalised at a sentence's start: perhaps by accident
    ("Exclusive: Target cuts forecast", "Target", True),
    ("APPLE TO BUY ACME", "APPLE", True),                # ALL-CAPS and Title Case say nothing
    ("Apple Announces New Chief Executive", "Apple", True),
    ("TARGET CORP TO CUT JOBS", "TARGET", False),        # a legal suffix does
    ("Analysts say Bank of America beat estimates", "Bank of America", False),
    ("Shares of Nvidia rose", "Nvidia", False),         # a distinctive name is never generic
    ("NVIDIA TO BUY ARM", "NVIDIA", False),
])
def test_generic_marks_names_that_may_be_ordinary_words(bundled, text, name, generic):
    [mention] = [m for m in bundled.find(text) if m.text == name]
    assert mention.generic is generic


@pytest.mark.parametrize("entries", [
    [("Holdings Inc", "holdings"), ("The Company", "company"), ("Group Ltd", "group"), ("Corporation", "corp")],
    [("Global Industries International Inc", "global industries international")],  # corporate words only
    [("GE", "ge"), ("HP Inc", "hp")],          # one word under three letters
    [("All For You Inc", "all for you"), ("The Other", "the other")],  # stop words only
    [("1347 Holdings", "1347")],
])
def test_names_that_would_fire_on_prose_are_no_patterns(entries):
    finder = MentionFinder(entries)
    assert finder.size == 0
    assert finder.find("The company said its group holdings were all for you, as GE and HP had 1347 of them.") == []


def test_surface_forms_drop_legal_suffixes_and_keep_punctuated_spellings():
    assert surface_forms("Apple Inc.") == ["apple"]
    assert surface_forms("Meta Platforms, Inc.") == ["meta platforms"]
    assert "j p morgan" in surface_forms("J.P. Morgan") and "jp morgan" in surface_forms("J.P. Morgan")
    assert "amazon" in surface_forms("AMAZON COM INC")
    assert surface_forms("TJX COMPANIES INC /DE/")[0] == "tjx"


@pytest.mark.parametrize("text", [
    "", " ", "\n\t", "$", "(", "()", "(NYSE:)", "$$$", "& & &", "'s", ".",
    "x" * 1_000_000,
    "Apple and Halden Systems. " * 40_000,
    "IT AI $AAPL (NYSE: X) (ACME) " * 30_000,
    "é" * 200_000,
    "Ørsted, Nestlé, L’Oréal, İstanbul, straße, ǅ, \u0301\u0301, 🚀 Apple 🚀, مرحبا, 日本の会社",
    "\x00\ud800 broken surrogate and nul",
])
def test_hostile_input_does_not_crash_and_offsets_hold(bundled, text):
    for finder in (bundled, FICTIONAL):
        mentions = finder.find(text)
        assert all(isinstance(m, Mention) and text[m.start:m.end] == m.text for m in mentions)
        assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


def test_unicode_text_keeps_offsets(bundled):
    text = "Ørsted’s rival — Apple — and “Halden Systems” rose"
    assert [(m.text, m.key) for m in FICTIONAL.find(text)] == [("Halden Systems", "halden systems")]
    assert [m.text for m in bundled.find(text)] == ["Apple"]


def test_bundled_is_built_once():
    assert MentionFinder.bundled() is MentionFinder.bundled()


def test_name_endings_are_read_from_the_catalogue():
    from pipeline.detection.mentions import bundled_name_endings

    endings = bundled_name_endings()
    assert {"labs", "therapeutics", "bancorp", "holdings"} <= endings
    assert not {"america", "adr", "iii", "acquisition"} & endings  # a place, listing furniture, a deal word


def test_the_words_of_company_names_are_read_from_the_catalogue():
    from pipeline.detection.mentions import bundled_name_words

    words = bundled_name_words()
    assert {"holdings", "bancorp", "sporting"} <= words  # the bundled SEC list spells them in names
    assert not {"obtains", "advises", "strengthens"} & words


def test_large_cities_words_are_proper_words_unless_a_company_holds_them():
    from pipeline.detection.mentions import bundled_name_words, bundled_proper_words

    import json
    from importlib import resources

    places = set(json.loads(resources.files("pipeline").joinpath("data/places.json").read_text("utf-8"))["places"])
    assert {"sharjah", "jeddah", "riyadh"} <= places <= bundled_proper_words()
    # a city that is also a word of a company's name stays out ("Kawasaki": the catalogue must find it alone)
    assert "kawasaki" in bundled_name_words() and not places & bundled_name_words()


def test_the_places_rebuild_from_the_dictionary_alone():
    # (scripts/build_places.py must not read its own output as words already taken)
    from pipeline.detection.mentions import bundled_dictionary_names, bundled_proper_words

    assert "sharjah" not in bundled_dictionary_names() and "sharjah" in bundled_proper_words()
