"""The one-scan gates answer exactly as the gates' own regular expressions would, on real-shaped text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.detection.gates import GATES, WordGates, literal_of

REPO = Path(__file__).resolve().parent.parent
LABELLED = sorted((REPO / "tests" / "files" / "labeled").glob("*.jsonl")) + \
    sorted((REPO / "pipeline" / "detection" / "written").glob("*.jsonl"))


def regex_answer(gates: WordGates, lowered: str) -> frozenset[str]:
    return frozenset(name for name, pattern in gates.patterns.items() if pattern.search(lowered))


def labelled_texts() -> list[str]:
    texts = []
    for path in LABELLED:
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def test_the_scan_agrees_with_the_regular_expressions_on_every_labelled_sentence():
    texts = labelled_texts()
    assert len(texts) > 5000  # the files are there: an empty glob would pass this test on nothing
    disagreements = [(text, GATES.opened(text.lower()), regex_answer(GATES, text.lower()))
                     for text in texts if GATES.opened(text.lower()) != regex_answer(GATES, text.lower())]
    assert disagreements == []
    # and they open gates, or the agreement would say nothing
    assert sum(bool(GATES.opened(text.lower())) for text in texts) > len(texts) // 2


@pytest.mark.parametrize("text", [
    "the chief executive stepped\n down on friday",      # white space other than one space
    "the chief executive stepped\u00a0down",             # a non-breaking space
    "the outlook for 2027 is bright",                    # "out" inside a word is no whole word
    "ceo is out after a board vote",
    "ceo is out",                                        # at the very end
    "pre-election spending rose",                        # "election" inside a word, and after a hyphen
    "sought reelection to the board",
    "re-election of the chairman",
    "rebuys_stock and subsale_x",                        # underscores are word characters to \b
    "acquisitions2acquire",                              # digits too
    "tie-up talks", "m&a desk", "take  over bid",
    "",
    "bankruptcy", "chapter  11 filing",
    "firestone", "fired", "fires the chief",
])
def test_edge_cases_agree(text):
    assert GATES.opened(text) == regex_answer(GATES, text)


def test_a_gate_of_pieces_with_no_certain_text_is_still_answered():
    gates = WordGates({"odd": [r"(?:is|are)\s+gone", r"x\w+"], "plain": ["merg"]})
    for text in ("it is gone", "xylophone", "the merger", "nothing here", "axe"):
        assert gates.opened(text) == regex_answer(gates, text)


@pytest.mark.parametrize("piece, expected", [
    ("acqui", ("acqui", True, True)),
    (r"take\s+over", ("take over", True, True)),
    (r"tie\-up", ("tie-up", True, True)),
    (r"step\w*\s+(?:down|aside)", ("step", False, True)),
    (r"parts?\s+ways", ("part", False, True)),
    (r"re-?election", ("election", False, False)),
    (r"(?:is|are)\s+out\b", ("out", False, True)),
    (r"fire[ds]?\b", ("fire", False, True)),
    ("a|b", None),
    (r"x\w+", None),
])
def test_literal_of(piece, expected):
    assert literal_of(piece) == expected


@pytest.mark.parametrize("sentence", [
    "Tarnhill Chemical said it will make its listed affiliate Oskar Resin a wholly owned subsidiary next year",
    "Brevik AG, which holds 95 percent of Lunden Armaturen, will squeeze out the remaining shareholders",
])
def test_control_taken_without_a_word_of_buying_lets_the_model_speak_on_a_deal(sentence):
    assert "merger_acquisition" in GATES.opened(sentence.lower())


@pytest.mark.parametrize("sentence", [
    "Arbor Lane Cannabis and Cedarfield Growers have amended their arrangement agreement",  # Canada's form of a deal
    "the special meeting of shareholders to approve the plan of arrangement under which Orchard Hill will acquire it",
    "Kalpatree Capital launches unsolicited open offer for Dhruvan Software",  # India's takeover code's offer
])
def test_a_deal_by_another_laws_name_opens_the_deal_gate(sentence):
    assert "deal" in GATES.opened(sentence.lower())
