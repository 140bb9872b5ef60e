"""One pass over a sentence that says which of the detector's cheap gates it opens.

Every reader of a sentence first asks whether it has a word of its kind at all (the rules' deal and departure
gates, the model's gate per event kind): most sentences of real news have none, and stop there. Each gate is a
regular expression `\\b(?:piece|piece|...)`, and Python's engine tries every alternative at every position, so
six such searches were a third of the detector's time on the news stream. An Aho-Corasick automaton over the
pieces' literal beginnings finds them all in one pass in C; a gate whose pieces are plain words is decided by it
alone, and a piece with more to it ("step\\w*\\s+(?:down|aside)", "out(?=...)") is only a candidate, confirmed by
that gate's own regular expression. So the answer is always exactly the regular expressions' answer
(tests/test_gates.py checks it on every sentence of our labelled files), at a fraction of the cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

import ahocorasick

from pipeline.constants import BANKRUPTCY, EXECUTIVE_DEPARTURE, LAYOFFS, MERGER_ACQUISITION
from pipeline.detection import vocabulary as v

_QUANTIFIERS = ("?", "*", "{")
_TOKEN = re.compile(r"\\s\+|\\s\*|\\.|\[(?:\\.|[^\]])*\]|\(\?[:=!<]?|.", re.S)


def _tokens(piece: str) -> list[str]:
    return _TOKEN.findall(piece)


def _literal_char(token: str) -> str | None:
    """The character a token stands for, or None for anything else (a class, a group, an anchor)."""
    if token == r"\s+":
        return " "  # whitespace is folded to single spaces before the scan
    if len(token) == 2 and token[0] == "\\" and not token[1].isalnum():
        return token[1]
    if len(token) == 1 and token not in "()[]{}?*+|.^$\\":
        return token
    return None


def literal_of(piece: str) -> tuple[str, bool, bool] | None:
    """(text, exact, at_word_start): the piece itself when it is plain text (exact); else the longest run of
    plain text that every match of the piece contains, and whether that run must begin a word; None when no
    run of two characters or more is certain."""
    tokens = _tokens(piece)
    chars = [_literal_char(token) for token in tokens]
    if all(char is not None for char in chars):
        return "".join(chars), True, True
    runs: list[tuple[str, bool]] = []
    current: list[str] = []
    at_word_start, depth = True, 0

    def close(next_at_word_start: bool) -> None:
        nonlocal current, at_word_start
        if current:
            runs.append(("".join(current), at_word_start))
        current, at_word_start = [], next_at_word_start

    for token, char in zip(tokens, chars):
        if token.startswith("("):
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "|" and depth == 0:
            return None  # alternatives at the top: no one run is needed by every match
        if depth == 0 and char is not None and not token.startswith("("):
            if char == " ":
                close(True)  # after white space, a word begins
            else:
                current.append(char)
            continue
        if depth == 0 and current and (token in _QUANTIFIERS or token.startswith("{")):
            current.pop()  # the character before an optional mark may be absent
        close(False)
    close(False)
    if not runs:
        return None
    text, word_start = max(runs, key=lambda run: len(run[0]))
    return (text, False, word_start) if len(text) >= 2 else None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class WordGates:
    """Named gates, each a list of regular-expression pieces matched at the start of a word of lower-cased
    text (as `\\b(?:...)`), answered together by one scan."""

    def __init__(self, gates: Mapping[str, Iterable[str]]):
        self.patterns = {}
        self._always_confirm: set[str] = set()
        automaton = ahocorasick.Automaton()
        entries: dict[str, set[tuple[str, bool, bool]]] = {}
        # (gate, text) -> the gate's pieces that are candidates where the text is: a candidate is confirmed by those
        # pieces alone, not the gate's hundreds (every match of a piece contains its text, so none is missed)
        by_text: dict[tuple[str, str], list[str]] = {}
        for name, pieces in gates.items():
            pieces = list(pieces)
            self.patterns[name] = re.compile(r"\b(?:" + "|".join(pieces) + ")")
            for piece in pieces:
                found = literal_of(piece)
                if found is None:
                    self._always_confirm.add(name)
                    continue
                text, exact, word_start = found
                entries.setdefault(text, set()).add((name, exact, word_start))
                if not exact:
                    by_text.setdefault((name, text), []).append(piece)
        self._confirm = {key: re.compile(r"\b(?:" + "|".join(pieces) + ")") for key, pieces in by_text.items()}
        for text, named in entries.items():
            automaton.add_word(text, (text, _is_word_char(text[0]), tuple(sorted(named))))
        automaton.make_automaton()
        self._automaton = automaton
        self.opened = lru_cache(maxsize=4096)(self._opened)  # the rules and the model read the same headline

    def _opened(self, lowered: str) -> frozenset[str]:
        """The names of the gates `lowered` (lower-cased text) opens: exactly those whose pattern searches true."""
        scanned = lowered if "  " not in lowered and lowered.isprintable() else " ".join(lowered.split())
        sure: set[str] = set()
        maybe: set[tuple[str, str]] = set()
        for end, (text, starts_with_word_char, named) in self._automaton.iter(scanned):
            start = end - len(text) + 1
            # at a word boundary, as \b would have it
            bounded = _is_word_char(scanned[start - 1]) != starts_with_word_char if start else starts_with_word_char
            for name, exact, word_start in named:
                if bounded or not word_start:
                    if exact:
                        sure.add(name)
                    else:
                        maybe.add((name, text))
        for name, text in maybe:
            if name not in sure and self._confirm[name, text].search(lowered):
                sure.add(name)
        for name in self._always_confirm - sure:
            if self.patterns[name].search(lowered):
                sure.add(name)
        return frozenset(sure)


# Every gate a sentence is read through: the rules' two (a deal word, a departure word: derived from the
# vocabulary's table) and the model's, one per event kind.
GATES = WordGates({
    v.DEAL: v.gate_pieces(v.DEAL),
    v.DEPARTURE: v.gate_pieces(v.DEPARTURE),
    MERGER_ACQUISITION: v.word_pieces(v.MODEL_DEAL_GATE_WORDS),
    EXECUTIVE_DEPARTURE: [*v.word_pieces(v.MODEL_DEPARTURE_GATE_WORDS), *v.MODEL_DEPARTURE_GATE_PATTERNS],
    LAYOFFS: v.word_pieces(v.LAYOFF_GATE_WORDS),
    BANKRUPTCY: [*v.word_pieces(v.BANKRUPTCY_GATE_WORDS), *v.BANKRUPTCY_GATE_PATTERNS],
})
