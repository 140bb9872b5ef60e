"""A long alternation searched alternative by alternative, each only where the words it cannot match without are.

The detector's largest patterns (a layoff's shapes, a filing's, a government post's) are fifty alternatives
joined by `|`. Python's engine tries every alternative at every position of the sentence, so one search of the
layoff shapes cost a quarter of a millisecond on each sentence that opens the layoffs gate, most of which
report nothing. Nearly every alternative needs one of a few words ("redundan", "notice", "furlough", a staff
word, a digit): `Alternatives` reads those words from each alternative's parsed form, tests them as substrings
of the lower-cased sentence, and searches only the alternatives whose words are there.

The answer is the whole pattern's, exactly: an alternation's match is the leftmost position where any
alternative matches, and at that position the first alternative (in order) that matches there. Searching the
alternatives one by one and keeping the leftmost, the earlier on a tie, gives the same match. Where that
cannot be shown (a back reference, a text with one of the few characters a case-blind match folds differently
from `str.lower`, such as "ſ" or "İ"), the whole pattern is searched.
"""

from __future__ import annotations

import re
import re._casefix as _casefix
import re._constants as _c
import re._parser as _parser
from collections.abc import Iterator

import ahocorasick

_DIGIT = "\uffff\\d"  # stands for "any decimal digit" among a set of needed pieces (a noncharacter: no pattern's text)
_ANY_DIGIT = re.compile(r"\d")
# Characters a case-blind match pairs with a letter that str.lower does not give ("ſ" with "s", "ı" with "i",
# "İ" lower-cases to two characters): a text with one is searched whole, and a case-blind pattern with one is not
# split. (Only the non-ASCII ones: an ASCII letter of the text lower-cases as the engine folds it.)
_FOLDED_OTHERWISE = frozenset(char for char in {"\u0130"} | {chr(code) for code in _casefix._EXTRA_CASES}
                              | {chr(other) for others in _casefix._EXTRA_CASES.values() for other in others}
                              if not char.isascii())


def _syntax(source: str) -> Iterator[tuple[int, str, int]]:
    """(position, character, depth of groups before it) for each character that is syntax: not escaped, not in a
    character class."""
    depth, in_class, escaped, class_start = 0, False, False, 0
    for position, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            # (a "]" first in the class, or after its "^", is a member)
            in_class = char != "]" or position == class_start + 1 or (position == class_start + 2 and source[class_start + 1] == "^")
        elif char == "[":
            in_class, class_start = True, position
        else:
            yield position, char, depth
            depth += (char == "(") - (char == ")")


def _cut_at_top_level_bars(source: str) -> list[str]:
    parts, start = [], 0
    for position, char, depth in _syntax(source):
        if char == "|" and depth == 0:
            parts.append(source[start:position])
            start = position + 1
    parts.append(source[start:])
    return parts


def top_level_alternatives(source: str) -> list[str]:
    """The pattern's text cut at each `|` outside groups and character classes. A pattern that is one group
    after a word boundary, `\\b(?:A|B|C)REST`, is the alternation `\\bAREST|\\bBREST|\\bCREST` (a boundary
    matches one way only, so the engine tries the same things in the same order); a named group,
    `\\b(?P<verb>A|B)REST`, is `\\b(?P<verb>A)REST|\\b(?P<verb>B)REST`."""
    parts = _cut_at_top_level_bars(source)
    opening = _A_LEADING_GROUP.match(source)
    if len(parts) == 1 and opening:
        end = next(position for position, char, depth in _syntax(source) if char == ")" and depth == 1)
        rest = source[end + 1:]
        inner = top_level_alternatives(source[opening.end():end])
        if len(inner) > 1 and not rest.startswith(("?", "*", "+", "{")):  # (a repeated group is no alternation)
            if opening.group(1):
                return [f"{opening.group(0)}{part}){rest}" for part in inner]
            return ["\\b" + part + rest for part in inner]
    return parts


_A_LEADING_GROUP = re.compile(r"\\b\(\?(?::|(P<\w+>))")


def needed_pieces(parsed) -> frozenset[str] | None:
    """Pieces of text (lower-cased; `_DIGIT` for any digit) of which every match contains at least one, or None
    when no such set is certain. Of the sets a sequence offers (a run of plain characters, a group's or a
    required repeat's own set, a small character class), the one with the longest shortest piece."""
    choices: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            choices.append(frozenset(["".join(run)]))
            run.clear()

    for op, value in parsed:
        if op is _c.LITERAL:
            run.append(chr(value).lower())
            continue
        close_run()
        found: frozenset[str] | None = None
        if op is _c.SUBPATTERN:
            found = needed_pieces(value[3])
        elif op is _c.ATOMIC_GROUP:
            found = needed_pieces(value)
        elif op is _c.BRANCH:
            branches = [needed_pieces(branch) for branch in value[1]]
            found = None if any(branch is None for branch in branches) else frozenset().union(*branches)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and value[0] >= 1:
            found = needed_pieces(value[2])
        elif op is _c.IN:
            found = _class_pieces(value)
        if found:
            choices.append(found)
    close_run()
    if not choices:
        return None
    return max(choices, key=lambda pieces: (min(2 if piece == _DIGIT else len(piece) for piece in pieces), -len(pieces)))


def _class_pieces(items) -> frozenset[str] | None:
    """A character class as pieces: its single characters and "any digit"; None for ranges, negations, \\w."""
    pieces = set()
    for op, value in items:
        if op is _c.LITERAL:
            pieces.add(chr(value).lower())
        elif op is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
            pieces.add(_DIGIT)
        else:
            return None
    return frozenset(pieces) or None


class Alternatives:
    """A compiled alternation with the same `search`, `match` and `finditer` answers (the same span, text and named
    groups set), found faster (see the module's docstring). A match comes from one alternative compiled alone: unless
    made with `same_groups`, read its groups with `groupdict()`, as another alternative's group is not there (and a
    group's number may differ)."""

    def __init__(self, pattern: re.Pattern, same_groups: bool = False):
        """`same_groups`: split only where every alternative keeps the whole pattern's groups (a caller reads them
        by name or number, as `match["verb"]`); else a match's groups are its own alternative's (`groupdict()`)."""
        self.whole = pattern
        self.pattern, self.flags = pattern.pattern, pattern.flags
        self._parts: list[tuple[re.Pattern, frozenset[str] | None]] = []
        sources = top_level_alternatives(pattern.pattern)
        if len(sources) < 2 or pattern.flags & re.VERBOSE or "(?P=" in pattern.pattern or re.search(r"\\[1-9]", pattern.pattern) \
                or (pattern.flags & re.IGNORECASE and not _FOLDED_OTHERWISE.isdisjoint(pattern.pattern)):
            return  # one alternative, back references, a `|` that may be a comment's, a letter folded otherwise
        parts = [re.compile(source, pattern.flags) for source in sources]
        if (same_groups or len(_cut_at_top_level_bars(pattern.pattern)) == 1) and any(
                (part.groups, part.groupindex) != (pattern.groups, pattern.groupindex) for part in parts):
            return  # the groups' names or numbers would differ between the alternatives
        for source, part in zip(sources, parts):
            self._parts.append((part, needed_pieces(_parser.parse(source, pattern.flags))))
        # One pass in C finds every needed piece in the text: then each piece names the alternatives it lets in.
        self._free = [index for index, (_, pieces) in enumerate(self._parts) if pieces is None]
        self._by_piece: dict[str, list[int]] = {}
        for index, (_, pieces) in enumerate(self._parts):
            for piece in pieces or ():
                self._by_piece.setdefault(piece, []).append(index)
        self._scan = ahocorasick.Automaton()
        for piece in self._by_piece:
            if piece != _DIGIT:
                self._scan.add_word(piece, piece)
        self._scan.make_automaton()

    def _candidates(self, text: str) -> list[re.Pattern] | None:
        """The alternatives whose needed pieces are in `text`, in order; None: search the whole pattern."""
        if not self._parts or (not text.isascii() and not _FOLDED_OTHERWISE.isdisjoint(text)):
            return None
        found = {piece for _, piece in self._scan.iter(text.lower())}
        if _DIGIT in self._by_piece and _ANY_DIGIT.search(text):
            found.add(_DIGIT)
        if not found:
            return [self._parts[index][0] for index in self._free]
        indices = set(self._free)
        for piece in found:
            indices.update(self._by_piece[piece])
        return [self._parts[index][0] for index in sorted(indices)]

    @staticmethod
    def _leftmost(candidates: list[re.Pattern], text: str, pos: int) -> re.Match | None:
        found = None
        for part in candidates:
            match = part.search(text, pos)
            if match is not None and (found is None or match.start() < found.start()):
                found = match  # (a tie keeps the earlier alternative, as the alternation would)
        return found

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        candidates = self._candidates(text)
        if candidates is None:
            return self.whole.search(text, pos)
        return self._leftmost(candidates, text, pos)

    def match(self, text: str) -> re.Match | None:
        candidates = self._candidates(text)
        if candidates is None:
            return self.whole.match(text)
        for part in candidates:
            if (match := part.match(text)) is not None:
                return match
        return None

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match]:
        """Each match in turn, every search going on from the last match's end; after an empty match (whose next
        search the engine handles its own way) the whole pattern's own iterator."""
        candidates = self._candidates(text)
        if candidates is None:
            yield from self.whole.finditer(text, pos)
            return
        while pos <= len(text):
            found = self._leftmost(candidates, text, pos)
            if found is None:
                return
            if found.end() == found.start():
                yield from self.whole.finditer(text, pos)
                return
            yield found
            pos = found.end()

    def __repr__(self) -> str:
        return f"Alternatives({self.whole!r})"
