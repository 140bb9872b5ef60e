"""An alternation searched alternative by alternative answers exactly as the whole pattern does."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.constants import LAYOFFS
from pipeline.detection import distress, rules
from pipeline.detection.alternatives import _DIGIT, Alternatives, needed_pieces, top_level_alternatives
from pipeline.detection.gates import GATES

REPO = Path(__file__).resolve().parent.parent
LABELLED = sorted((REPO / "tests" / "files" / "labeled").glob("*.jsonl")) + \
    sorted((REPO / "pipeline" / "detection" / "written").glob("*.jsonl"))


def labelled_texts() -> list[str]:
    return [json.loads(line)["text"] for path in LABELLED for line in path.read_text("utf-8").splitlines() if line.strip()]


def same(first: re.Match | None, second: re.Match | None) -> bool:
    if first is None or second is None:
        return first is second
    return first.span() == second.span() and first.group(0) == second.group(0) and \
        {k: v for k, v in first.groupdict().items() if v is not None} == \
        {k: v for k, v in second.groupdict().items() if v is not None}


# The detector's own long alternations, each as the whole pattern and split
DETECTOR_PATTERNS = {
    "layoff shapes": distress._LAYOFF_SHAPE,
    "bankruptcy shapes": distress._BANKRUPTCY_SHAPE,
    "rarer cuts": distress._RARER_CUTS,
    "government posts": rules._GOVERNMENT_POST,
    "stated distress": Alternatives(distress.STATED),
    "sports (lower-case twin)": rules._SPORTS_LC,
    "the layoffs gate": Alternatives(GATES.patterns[LAYOFFS]),
}


@pytest.mark.parametrize("name", sorted(DETECTOR_PATTERNS))
def test_the_detectors_alternations_agree_with_their_whole_patterns_on_every_labelled_sentence(name):
    split = DETECTOR_PATTERNS[name]
    assert len(split._parts) > 2, "the pattern is really split, or the agreement says nothing"
    texts = labelled_texts()
    assert len(texts) > 5000
    # (the lower-case twins read lower-cased text)
    for text in (texts if "twin" not in name else [text.lower() for text in texts]):
        assert same(split.search(text), split.whole.search(text)), text
        assert same(split.match(text), split.whole.match(text)), text
    found = [text for text in texts if split.whole.search(text)]
    assert found, "and they find something, or the agreement says nothing"
    for text in found[:300]:
        assert [m.span() for m in split.finditer(text)] == [m.span() for m in split.whole.finditer(text)], text


@pytest.mark.parametrize("source, text, expected", [
    (r"ab|a", "xab", "ab"),            # both match at the same place: the first alternative wins
    (r"a|ab", "xab", "a"),
    (r"b|xa", "xab", "xa"),            # the leftmost match wins over the earlier alternative
    (r"\b(?:cut|cuts)\b", "it cuts", "cuts"),
    (r"\b(?:cuts|cut)", "it cuts", "cuts"),
    (r"(?<=ab)c|bc", "abc", "bc"),     # a look-behind reads the text before, as in the whole pattern
    (r"(?i)STAFF|jobs", "Jobs and staff", "Jobs"),  # a flag at the front holds for every alternative
    (r"\d+ jobs|\bcut (?P<n>\d+)", "to cut 40 jobs", "cut 40"),
])
def test_small_cases(source, text, expected):
    split = Alternatives(re.compile(source))
    assert split.search(text).group(0) == expected
    assert same(split.search(text), re.compile(source).search(text))


def test_named_groups_are_read_from_the_alternative_that_matched():
    split = Alternatives(re.compile(r"\bcut (?P<count>\d+) jobs|\bclos(?P<closing>e|es|ing)\b"))
    assert split.search("plans closing the plant").groupdict() == {"closing": "ing"}
    assert split.search("to cut 40 jobs").group("count") == "40"


def test_a_text_a_case_blind_match_folds_otherwise_is_searched_whole():
    # "ſ" (long s) matches "s" case-blind, which str.lower does not give: the split search would miss it
    split = Alternatives(re.compile(r"\bstaff\b|\bjobs\b", re.I))
    assert re.search(r"staff", "ſtaff", re.I)
    assert split.search("cut ſtaff").group(0) == "ſtaff"
    assert split.search("İstanbul jobs").group(0) == "jobs"


def test_an_empty_match_hands_the_iteration_to_the_whole_pattern():
    pattern = re.compile(r"x*|ab")
    split = Alternatives(pattern)
    assert [m.span() for m in split.finditer("abxx")] == [m.span() for m in pattern.finditer("abxx")]


def test_a_named_group_split_keeps_its_number_or_is_not_split():
    split = Alternatives(re.compile(r"\b(?P<verb>buys|sells)\s+(?P<object>\w+)"))
    assert len(split._parts) == 2
    found = split.search("Acme sells Widgets")
    assert (found.group("verb"), found.group(1), found.group("object"), found.group(2)) == ("sells", "sells", "Widgets", "Widgets")
    # groups inside the split group would number the groups after it differently in each alternative
    assert Alternatives(re.compile(r"\b(?P<verb>(buy)s|sells)\s+(?P<object>\w+)"))._parts == []


def test_back_references_and_verbose_patterns_are_not_split():
    assert Alternatives(re.compile(r"(a)\1|b"))._parts == []
    assert Alternatives(re.compile(r"a # x|y\n|b", re.X))._parts == []


@pytest.mark.parametrize("source, parts", [
    (r"a|b", ["a", "b"]),
    (r"[|]|(a|b)|\|", ["[|]", "(a|b)", r"\|"]),   # a class's, a group's and an escaped bar split nothing
    (r"[]|]x|y", ["[]|]x", "y"]),                  # a "]" first in a class is a member
    (r"\b(?:a|b)c", [r"\bac", r"\bbc"]),           # one group after a boundary: its alternatives
    (r"\b(?:a|b)?c", [r"\b(?:a|b)?c"]),            # not a repeated group
    (r"\b(?P<v>a|b)c", [r"\b(?P<v>a)c", r"\b(?P<v>b)c"]),  # a named group: each alternative keeps the name
])
def test_top_level_alternatives(source, parts):
    assert top_level_alternatives(source) == parts


@pytest.mark.parametrize("source, pieces", [
    (r"\blay(?:s|ing)?\s+off\b", {"lay"}),
    (r"\b(?:layoffs|job\s+cuts)\b", {"layoffs", "cuts"}),  # (of "job" and "cuts", the longer)
    (r"\b\d+\s+jobs", {"jobs"}),
    (r"\b[\d,]+", {_DIGIT, ","}),      # a class of a digit and a comma: either
    (r"\b(?:a|b*)", None),           # an alternative that may match nothing needs nothing
    (r"WARN", {"warn"}),             # lower-cased, as the text is before the test
])
def test_needed_pieces(source, pieces):
    import re._parser as parser
    found = needed_pieces(parser.parse(source, 0))
    assert (set(found) if found is not None else None) == pieces


def test_a_literal_backslash_d_is_no_digit_and_a_folded_letter_in_the_pattern_is_not_split():
    # (the review's cases: the digit's marker is no text a pattern can hold; "ſ" in a case-blind pattern matches "s")
    assert Alternatives(re.compile(r"\\d|xyz")).search(r"path a\d here").group(0) == "\\d"
    assert Alternatives(re.compile("ſtaff|jobs", re.I)).search("cut staff").group(0) == "staff"


def test_a_curly_apostrophe_keeps_the_fast_path():
    assert distress._LAYOFF_SHAPE._candidates("Acme’s board said it will cut 300 jobs.") is not None


def test_a_split_that_would_change_a_groups_name_or_number_is_refused_when_asked():
    assert Alternatives(re.compile(r"(?P<a>x)y|z"), same_groups=True)._parts == []
    assert Alternatives(re.compile(r"(?P<a>x)y|z"))._parts != []
