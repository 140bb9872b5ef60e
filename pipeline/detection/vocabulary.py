"""The rule vocabulary, written once: every deal and departure word the rules read, with its spellings, how the
rules read it and what it says about a deal's stage. `rules.py` derives its gates, its word stems and its
patterns from this table, the way spaCy's EntityRuler patterns or Snorkel's labelling functions are data a
matcher is built from: a word is added or corrected here, and every pattern that reads its kind of word sees it.

A `Word` is a verb (with its tenses and, for "step down", its particles) or a noun or fixed phrase (`nouns`).
Spellings are lower case; a space stands for any white space. `reads` says which shapes of sentence the
rules read the word in (the constants below); `gate` says which word beginnings let a sentence into the rules
at all, when that is not simply the word's own beginnings (see `stems`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable

# Which gate a word opens.
DEAL = "deal"
DEPARTURE = "departure"

# How the rules read a deal word (`Word.reads`).
ACTIVE = "active"  # the subject buys the object: "Amazon to acquire Whole Foods"
PASSIVE = "passive"  # "Whole Foods acquired by Amazon"

_TENSES = ("base", "s", "past", "pp", "ing")


@dataclass(frozen=True)
class Word:
    lemma: str
    kinds: tuple[str, ...] = ()  # the gates it opens: DEAL, DEPARTURE (none: read only once a gate is open)
    base: str = ""
    s: str = ""
    past: str = ""
    pp: str = ""  # the past participle, when it differs from the past
    ing: str = ""
    particles: tuple[str, ...] = ()  # "step" + down / aside / back
    nouns: tuple[str, ...] = ()
    reads: frozenset[str] = frozenset()
    stage: str | None = None
    gate: tuple[str, ...] | None = None  # regex pieces, when the gate reads other beginnings than `stems` gives

    def spell(self, *tenses: str) -> list[str]:
        """The spellings of the given tenses ("base", "s", "past", "pp", "ing", "noun"), particles attached."""
        out: list[str] = []
        for tense in tenses:
            if tense == "noun":
                out += self.nouns
                continue
            form = self.pp or self.past if tense == "pp" else getattr(self, tense)
            if form:
                out += [f"{form} {p}" for p in self.particles] if self.particles else [form]
        return list(dict.fromkeys(out))

    def phrasal(self, particles: str, nouns: str = "", **changes) -> "Word":
        """The same verb with particles: BUY.phrasal("out", nouns="buyout") is "buy out"."""
        return replace(self, lemma=f"{self.base} {particles}", particles=tuple(particles.split()),
                       nouns=tuple(nouns.split()), **changes)

    @property
    def verb_forms(self) -> list[str]:
        return list(dict.fromkeys(f for f in (self.base, self.s, self.past, self.pp, self.ing) if f))


def verb(forms: str, pp: str = "", particles: str = "", nouns: str = "", kinds: Iterable[str] = (),
         reads: Iterable[str] = (), stage: str | None = None, gate: Iterable[str] | None = None) -> Word:
    """`forms` is "base third-person past gerund": "acquire acquires acquired acquiring"."""
    base, s, past, ing = forms.split()
    return Word(base + (" " + particles.split()[0] if len(particles.split()) == 1 else ""), tuple(kinds), base, s, past,
                pp, ing, tuple(particles.split()), tuple(nouns.split(",") if "," in nouns else nouns.split()),
                frozenset(reads), stage, tuple(gate) if gate is not None else None)


def noun(spellings: str, kinds: Iterable[str] = (), reads: Iterable[str] = (), stage: str | None = None,
         gate: Iterable[str] | None = None) -> Word:
    """A noun or a fixed phrase; several spellings are separated by commas: "per share, a share"."""
    nouns = tuple(s.strip() for s in spellings.split(","))
    return Word(nouns[0], tuple(kinds), nouns=nouns, reads=frozenset(reads), stage=stage,
                gate=tuple(gate) if gate is not None else None)


# ---------------------------------------------------------------- deals

BUY = verb("buy buys bought buying", kinds=[DEAL])

DEAL_WORDS: tuple[Word, ...] = (
    verb("acquire acquires acquired acquiring", nouns="acquisition acquisitions", kinds=[DEAL]),
    BUY,
    BUY.phrasal("out", nouns="buyout"),
    verb("purchase purchases purchased purchasing", nouns="purchase", kinds=[DEAL]),
    verb("merge merges merged merging", nouns="merger mergers", kinds=[DEAL]),
    verb("combine combines combined combining", nouns="combination", kinds=[DEAL]),
    noun("tie-up", kinds=[DEAL]),
    # "takes over", "taking over" and "taken over" open no gate: a known gap, kept so that behaviour stays
    verb("take takes took taking", pp="taken", particles="over", nouns="takeover", kinds=[DEAL],
         gate=["takeover", r"take\s+over", r"took\s+over"]),
    verb("snap snaps snapped snapping", particles="up", kinds=[DEAL], gate=["snap"]),
    verb("scoop scoops scooped scooping", particles="up", kinds=[DEAL], gate=["scoop"]),
    verb("gobble gobbles gobbled gobbling", particles="up", kinds=[DEAL], gate=["gobbl"]),
    verb("swallow swallows swallowed swallowing", kinds=[DEAL]),
    verb("sell sells sold selling", nouns="sale", kinds=[DEAL]),
    verb("bid bids bid bidding", kinds=[DEAL]),
    verb("offer offers offered offering", kinds=[DEAL]),
    verb("approach approaches approached approaching", kinds=[DEAL]),
    noun("deal", kinds=[DEAL]),
    noun("stake", kinds=[DEAL]),
    noun("control", kinds=[DEAL]),
    noun("private", kinds=[DEAL]),  # "take Twitter private"
    noun("in play", kinds=[DEAL]),
    noun("per share, a share", kinds=[DEAL]),
    # a deal called off
    verb("terminate terminates terminated terminating", nouns="termination", kinds=[DEAL, DEPARTURE]),
    verb("call calls called calling", particles="off", kinds=[DEAL]),
    verb("scrap scraps scrapped scrapping", kinds=[DEAL]),
    verb("abandon abandons abandoned abandoning", kinds=[DEAL]),
    verb("walk walks walked walking", particles="away", kinds=[DEAL]),
    verb("drop drops dropped dropping", kinds=[DEAL]),
    verb("withdraw withdraws withdrew withdrawing", pp="withdrawn", kinds=[DEAL]),
    verb("pull pulls pulled pulling", particles="out", kinds=[DEAL]),
    verb("kill kills killed killing", kinds=[DEAL]),
    verb("nix nixes nixed nixing", kinds=[DEAL]),
)

# ---------------------------------------------------------------- departures

DEPARTURE_WORDS: tuple[Word, ...] = (
    verb("resign resigns resigned resigning", nouns="resignation", kinds=[DEPARTURE]),
    verb("step steps stepped stepping", particles="down aside back", kinds=[DEPARTURE]),
    verb("quit quits quit quitting", kinds=[DEPARTURE]),
    verb("retire retires retired retiring", nouns="retirement", kinds=[DEPARTURE]),
    verb("leave leaves left leaving", kinds=[DEPARTURE]),
    verb("depart departs departed departing", nouns="departure", kinds=[DEPARTURE]),
    verb("exit exits exited exiting", kinds=[DEPARTURE]),
    verb("oust ousts ousted ousting", kinds=[DEPARTURE]),
    # "firing" opens no gate, and "fir" would let in every "firm": a known gap, kept so that behaviour stays
    verb("fire fires fired firing", kinds=[DEPARTURE], gate=[r"fire[ds]?\b"]),
    verb("sack sacks sacked sacking", kinds=[DEPARTURE]),
    verb("dismiss dismisses dismissed dismissing", kinds=[DEPARTURE]),
    verb("remove removes removed removing", kinds=[DEPARTURE]),
    verb("axe axes axed axing", kinds=[DEPARTURE], gate=["axe"]),  # "axing" opens no gate: a known gap
    verb("push pushes pushed pushing", particles="out", kinds=[DEPARTURE]),
    verb("force forces forced forcing", particles="out", kinds=[DEPARTURE]),
    # "letting go" opens no gate: a known gap, kept so that behaviour stays
    verb("let lets let letting", particles="go", kinds=[DEPARTURE], gate=[r"let\s+go"]),
    # "parting ways" opens no gate: a known gap, kept so that behaviour stays
    verb("part parts parted parting", particles="ways", kinds=[DEPARTURE], gate=[r"parts?\s+ways", r"parted\s+ways"]),
    verb("replace replaces replaced replacing", nouns="replacement", kinds=[DEPARTURE]),
    verb("succeed succeeds succeeded succeeding", nouns="successor succession", kinds=[DEPARTURE]),
    verb("relinquish relinquishes relinquished relinquishing", kinds=[DEPARTURE]),
    verb("hand hands handed handing", particles="over", kinds=[DEPARTURE]),
    verb("bow bows bowed bowing", particles="out", kinds=[DEPARTURE]),
    # "Acme CEO out as ...", "Acme CEO is out": "out" alone is a departure only in these places
    noun("out", kinds=[DEPARTURE], gate=[r"out\s+as", r"out(?=\s*[,;:]|\s*$|\s+(?:after|amid|at|following|over)\b)",
                                         r"(?:is|are)\s+out\b"]),
    noun("re-election, reelection", kinds=[DEPARTURE], gate=[r"re-?election"]),  # "will not stand for re-election"
    noun("reins", kinds=[DEPARTURE]),  # "takes the reins from"
    noun("exodus", kinds=[DEPARTURE]),
    # hired away from another company: "Apple hires Tesla's CFO"
    verb("hire hires hired hiring", kinds=[DEPARTURE], gate=["hire", "hiring"]),
    verb("poach poaches poached poaching", kinds=[DEPARTURE]),
    verb("lure lures lured luring", kinds=[DEPARTURE], gate=["lure"]),  # "luring" opens no gate: a known gap
    verb("nab nabs nabbed nabbing", kinds=[DEPARTURE]),
    verb("snag snags snagged snagging", kinds=[DEPARTURE]),
    verb("recruit recruits recruited recruiting", kinds=[DEPARTURE]),
)

WORDS: tuple[Word, ...] = DEAL_WORDS + DEPARTURE_WORDS


# ---------------------------------------------------------------- deriving patterns


def _common_prefix(words: list[str]) -> str:
    first, last = min(words), max(words)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def _groups(spellings: Iterable[str]) -> list[list[str]]:
    """Spellings that begin alike (the same three letters, the same words after the first), in order."""
    groups: dict[tuple[str, str], list[str]] = {}
    for spelling in spellings:
        head, _, tail = spelling.partition(" ")
        groups.setdefault((head[:3], tail), []).append(spelling)
    return list(groups.values())


def _stem(group: list[str]) -> str:
    shortest = min(group, key=len)
    return shortest if all(s.startswith(shortest) for s in group) else _common_prefix(group)


def stems(word: Word) -> list[str]:
    """The word beginnings (regex pieces) that let a sentence into the rules for `word`: for each group of
    spellings that begin alike, the shortest one when it begins all the others ("lure": lures, lured), else
    what they have in common ("acqui": acquire, acquiring, acquisition). A verb with particles needs one
    after it ("call\\w*\\s+off"); its nouns stand alone ("buyout")."""
    if word.gate is not None:
        return list(word.gate)
    if not word.particles:
        return [_escape(_stem(group)) for group in _groups(word.verb_forms + list(word.nouns))]
    particles = _alternatives(word.particles)
    return [_escape(_stem(group)) + r"\w*\s+" + particles for group in _groups(word.verb_forms)] + \
        [_escape(_stem(group)) for group in _groups(word.nouns)]


def _escape(spelling: str) -> str:
    return re.escape(spelling).replace(r"\ ", r"\s+")


def _alternatives(items: Iterable[str]) -> str:
    items = [_escape(i) for i in items]
    return items[0] if len(items) == 1 else f"(?:{'|'.join(items)})"


def _is_literal(piece: str) -> bool:
    return re.fullmatch(r"(?:[a-z0-9]|\\-)+", piece) is not None


def gate_pieces(kind: str) -> list[str]:
    """Every word beginning that lets a sentence into the rules of `kind`; a piece that a plain word beginning
    already begins is left out ("buyout" after "buy")."""
    pieces = list(dict.fromkeys(p for w in WORDS if kind in w.kinds for p in stems(w)))
    plain = [p for p in pieces if _is_literal(p)]
    return [p for p in pieces if not any(q != p and p.startswith(q) for q in plain)]


def gate(kind: str) -> re.Pattern:
    """The cheap gate of `kind`, for lower-cased text: no word of the kind, no work."""
    return re.compile(r"\b(?:" + "|".join(gate_pieces(kind)) + ")")
