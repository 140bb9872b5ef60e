"""Company mentions in text, found from the catalogue in any casing: "HALDEN SYSTEMS, MORVO SET MERGER",
"Acme Corp. Announces Retirement ..." and "shares of Acme fell" all name Acme.

Pure: no database, and no I/O beyond reading the bundled lists once, on first use of `bundled()`.

One Aho-Corasick automaton holds every name's surface forms, lower-cased and with punctuation turned into
single spaces, each wrapped in spaces so that a match always covers whole words. The text is folded the
same way (its words joined by single spaces), searched once, and each hit is then judged against the text
as written:
- a distinctive name ("Halden Systems", "Nvidia") counts in any casing;
- a name made only of common words ("Target", "Gap", "Bank of America": see common_words.json) counts in
  mixed-case text only when its words are capitalised, and is `generic` when it could be capitalised by
  accident (sentence start, ALL-CAPS or Title Case text, or the first or last word of a longer proper
  noun such as "Tim Cook" or "Attorney General", which is skipped);
- tickers count only where the writer marked them as tickers: "$ACME", "(NYSE: ACME)", "(ACME)", or in
  capitals inside mixed-case text when the ticker is no common word or acronym ("IT", "AI", "CAT").
Where mentions overlap the longest wins ("Bank of America" over "America").
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

import ahocorasick

from pipeline.companies import LEGAL_SUFFIXES, normalize_name

# Function words: a name made only of these ("The One", "All For You") is never a pattern.
STOP_WORDS = frozenset(
    """
    a an the and or nor but of to in on at by for with from as into onto upon over under about after before
    is are was were be been am it its it's this that these those he she we they you i me my our your their
    his her him them us not no yes so if then than too very can will just all any each every some more most
    other such own same only also up down out off again there here when where why how what which who whom
    """.split()
)
# Words that say "a company" and nothing about which one: a name made only of these, legal suffixes, stop
# words and numbers ("Holdings Inc", "The Group", "Company") is never a pattern.
_CORPORATE_WORDS = LEGAL_SUFFIXES | frozenset(
    """
    group groups holding holdings company companies corporation enterprise enterprises industries
    international partners partnership trust fund funds acquisition acquisitions ventures brands services
    solutions technologies systems worldwide global
    """.split()
)
# Tails that news drops from a name: always those naming the legal entity ("American Airlines Group"),
# descriptors only when what is left is distinctive ("Kestrel Foods" is "Kestrel").
_ENTITY_WORDS = LEGAL_SUFFIXES | frozenset("group groups holding holdings reit".split())
_DESCRIPTORS = _CORPORATE_WORDS | frozenset(
    """
    foods food motors motor platforms technology tech labs laboratories pharmaceuticals pharma therapeutics
    biosciences biotherapeutics sciences communications networks software energy resources financial
    bancorp bancshares healthcare health medical media entertainment products restaurants stores
    semiconductor semiconductors electronics devices instruments
    """.split()
)
# After a name, these make it a company beyond doubt, however common its words: "Target Corp", "GAP INC".
_STRONG_SUFFIXES = frozenset("inc incorporated corp corporation ltd llc plc".split())
# Abbreviated job titles: "Apple CEO Tim Cook" does not make "Apple" part of a longer name.
_TITLES = frozenset("ceo cfo coo cto cio cmo chro cso evp svp vp md gm".split())
_MIN_SINGLE_WORD = 3  # "GE", "HP": too short to tell from ordinary letters without a cashtag
_SHORT = 2000  # characters: a headline or a paragraph

# Characters that are not ASCII but have a one-character ASCII stand-in, so folding keeps offsets.
_ASCII_PUNCT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                              "\u2014": "-", "\u00a0": " ", "\u2032": "'"})
_ONE_LETTER = {"ø": "o", "đ": "d", "ł": "l", "ı": "i"}
_TOKEN = re.compile(r"[a-z0-9]+(?:&[a-z0-9]+)*")  # "AT&T" and "P&G" are one word, "Procter & Gamble" two
_SEC_STATE_TAG = re.compile(r"/[a-z]{2,5}/?\s*$|\s/[a-z]{2,5}/")  # "TJX COMPANIES INC /DE/"
_WEB_TAILS = ("com", "net", "org")  # "AMAZON COM INC" is written "Amazon.com" and called Amazon

_CASHTAG = re.compile(r"\$([A-Za-z]{1,6}(?:\.[A-Za-z]{1,2})?)(?![A-Za-z0-9])")
_EXCHANGES = (r"NYSE(?:\s+(?:American|Arca|MKT))?|NASDAQ(?:GS|GM|CM)?|AMEX|OTC(?:QX|QB|\s+Markets)?|"
              r"TSXV?|TSX-V|LSE|ASX|CSE|NEO|Cboe|BATS|HKEX|SEHK|SGX|TASE|ETR|FWB|XETRA|SIX|BME|Euronext")
_PARENS_TICKER = re.compile(r"\(\s*(?:((?i:" + _EXCHANGES + r"))\s*:\s*)?"
                            r"([A-Z][A-Z0-9]{0,5}(?:[.\-][A-Z]{1,2})?)\s*[);,]")
_CAPITALS = re.compile(r"(?<![A-Za-z0-9$])[A-Z][A-Z0-9]{1,5}(?![A-Za-z0-9])")
_CASED_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_SENTENCE_END = frozenset(".!?:;|\n\r\t-\u2022")  # also headline kickers: "UPDATE 2-", "Exclusive:"
_OPENERS = " \"'([{\u201c\u2018"

_NAME, _TICKER = "name", "ticker"
_MIXED, _TITLE, _CAPS = "mixed", "title", "caps"


@dataclass(frozen=True, slots=True)
class Mention:
    """A company named in the text: text[start:end] is `text` as written; `key` is the company's normalised
    key (a brand's is its parent's). `generic` says the words are ordinary ones that may not mean the
    company here: prefer a mention that is not generic when there is one."""

    start: int
    end: int
    text: str
    key: str
    generic: bool = False
    via: str = _NAME  # "name" (names, brands) or "ticker"


@dataclass(frozen=True, slots=True)
class _Pattern:
    key: str
    words: int                # how many words the surface form has
    capitalised: tuple[str, ...] = ()  # a generic name's first word: lower, capitalised, upper case
    proper: bool = False      # generic, and only of words that prose capitalises anyway ("Texas", "Tim")


class MentionFinder:
    """Finds company mentions. `entries` are (surface name, company key) pairs in order of preference
    (when two companies share a surface form, the first keeps it); `tickers` are (ticker, key) pairs.
    `common_words` (with a lower-case use), `proper_words` (always capitalised) and `acronyms` default to
    the lists in the bundled pipeline/data/common_words.json."""

    def __init__(self, entries: Iterable[tuple[str, str]], tickers: Iterable[tuple[str, str]] = (),
                 common_words: Iterable[str] | None = None, proper_words: Iterable[str] | None = None,
                 acronyms: Iterable[str] | None = None):
        bundled = _bundled_vocabulary() if None in (common_words, proper_words, acronyms) else {}
        self._words = frozenset(bundled["words"] if common_words is None else common_words) | STOP_WORDS
        self._proper = frozenset(bundled["names"] if proper_words is None else proper_words)
        self._common = self._words | self._proper
        acronyms = frozenset(bundled["acronyms"] if acronyms is None else acronyms)
        self._automaton = ahocorasick.Automaton()
        self.size = 0
        shortened = []
        for surface, key in entries:
            forms = [form.split() for form in surface_forms(surface)]
            if not forms or not self._usable(forms[0]):
                continue  # "Holdings Inc", "GE": no other spelling of the name makes it usable either
            for words in forms:
                self._add(words, key)
                shortened += [(short, key) for short in self._short_forms(words)]
        # Short forms come after every full name, so none takes another company's own name.
        for words, key in shortened:
            self._add(words, key)
        if self.size:
            self._automaton.make_automaton()
        self._tickers: dict[str, str] = {}
        for ticker, key in tickers:
            self._tickers.setdefault(_ticker_form(ticker), key)
        # A ticker in capitals counts in prose unless it is a common word, or an acronym that does not
        # spell its company's initials or first word ("IBM", "AMD" and "UBER" count; "MS", "OLED" do not).
        acronyms = {a.upper() for a in acronyms}
        self._prose_tickers = frozenset(
            t for t, key in self._tickers.items() if len(t) >= 2 and t.isalnum() and t.lower() not in self._common
            and (t not in acronyms or (len(t) >= 3 and _spells(t, key))))
        self._prose_words = frozenset(t.lower() for t in self._prose_tickers)

    @classmethod
    @lru_cache(maxsize=1)
    def bundled(cls) -> "MentionFinder":
        """The finder over the bundled SEC company list and brand table, built once."""
        from pipeline import identity

        # The table with each row's relation, where identity gives it; (name, parent) rows are brands.
        table = getattr(identity, "bundled_brand_table", None)
        brand_rows = table()[0] if table else identity.bundled_brands()
        return cls.from_catalogue(identity.bundled_sec_companies(), brand_rows)

    @classmethod
    def from_catalogue(cls, sec_rows: Iterable[tuple], brand_rows: Iterable[tuple]) -> "MentionFinder":
        """A finder over SEC-style (cik, ticker, name) rows and brand-table rows (name, parent[, relation]).
        A brand is its parent under another name, so it takes the parent's key ("Instagram" is Meta); a
        subsidiary (relation "subsidiary") is a company of its own and keeps its own key ("Zappos"). A
        parent is an SEC name or a name earlier in the table."""
        sec_rows = list(sec_rows)
        key_of_cik: dict[int, str] = {}
        for cik, _ticker, name in sec_rows:
            if cik not in key_of_cik:
                key_of_cik[cik] = normalize_name(name)
        known = {key: key for key in key_of_cik.values()}
        table = []
        for row in brand_rows:
            name, parent = row[0], row[1]
            relation = row[2] if len(row) > 2 else "brand"
            parent_key = known.get(normalize_name(parent))
            if parent_key is None:
                continue
            key = parent_key if relation == "brand" else normalize_name(name)
            known.setdefault(normalize_name(name), key)
            table.append((name, key))
        # The table first: it is curated, so "Chase" is JPMorgan's before any smaller namesake's.
        entries = table + [(name, key_of_cik[cik]) for cik, _ticker, name in sec_rows]
        return cls(entries, [(ticker, key_of_cik[cik]) for cik, ticker, _name in sec_rows if ticker])

    def _add(self, words: list[str], key: str) -> None:
        wrapped = f" {' '.join(words)} "
        if not self._usable(words) or wrapped in self._automaton:
            return
        # Initials and numbers say nothing either way: "J.P. Morgan" is as generic as "Morgan".
        if all(w in self._common or w.isdigit() or len(w) == 1 for w in words):
            head = next((w for w in words if w not in STOP_WORDS), words[0])
            content = [w for w in words if w not in STOP_WORDS and len(w) > 1 and not w.isdigit()]
            proper = bool(content) and not any(w in self._words for w in content)
            pattern = _Pattern(key, len(words), (head, head.capitalize(), head.upper()), proper)
        else:
            pattern = _Pattern(key, len(words))
        self._automaton.add_word(wrapped, pattern)
        self.size += 1

    def _short_forms(self, words: list[str]) -> list[list[str]]:
        """What news calls a company for short: "American Airlines Group" is "American Airlines" and
        "Kestrel Foods" is "Kestrel"; a descriptor stays when dropping it would leave only common words
        ("General Motors" is never "General")."""
        forms = []
        while len(words) > 1 and words[-1] in _ENTITY_WORDS:
            words = words[:-1]
            forms = [words]
        while len(words) > 1 and words[-1] in _DESCRIPTORS:
            words = words[:-1]
            if not all(w in self._common or w.isdigit() or len(w) == 1 for w in words):
                forms.append(words)
        return forms

    def _usable(self, words: list[str]) -> bool:
        if not words or (len(words) == 1 and len(words[0]) < _MIN_SINGLE_WORD):
            return False
        if all(w in STOP_WORDS for w in words):
            return False
        return not all(w in _CORPORATE_WORDS or w in STOP_WORDS or w.isdigit() for w in words)

    def holds(self, name: str, generic: bool = True) -> bool:
        """Whether `name`, as written, is a catalogue name (not a ticker; a name made of common words only when
        `generic`): "Keurig Dr Pepper", "Boston Properties"."""
        wanted = name.lower()
        return any(mention.via != "ticker" and (generic or not mention.generic) and mention.text.lower() == wanted
                   for mention in self.find(name))

    def find(self, text: str) -> list[Mention]:
        """Company mentions in `text`, in order of position, none overlapping."""
        if not text:
            return []
        folded = fold(text)
        words = _TOKEN.findall(folded)
        if not words:
            return []
        found: list[tuple[int, int, _Pattern]] = []  # first word, last word, pattern
        if self.size:
            norm = " " + " ".join(words) + " "
            spaces, counted = 0, 0
            short = len(text) <= _SHORT
            for end, pattern in self._automaton.iter(norm):
                spaces += norm.count(" ", counted, end)  # hits come in order of their end
                counted = end
                # A generic name written only in lower case ("the gap") ends here in a headline, before
                # any offsets are worked out (a long text is not searched again for every hit).
                if pattern.capitalised and short and pattern.capitalised[0] in text and not (
                        pattern.capitalised[1] in text or pattern.capitalised[2] in text):
                    continue
                found.append((spaces - pattern.words, spaces - 1, pattern))
        tickers = self._ticker_candidates(text, words)
        if not found and not tickers:
            return []
        mode = _casing(text) if tickers or any(p.capitalised for _, _, p in found) else _MIXED
        candidates: list[Mention] = []
        if found:
            spans = _spans(folded, words, max(last for _, last, _ in found) + 2)
            for first, last, pattern in found:
                mention = self._judge(text, spans, first, last, pattern, mode)
                if mention is not None:
                    candidates.append(mention)
        for start, end, ticker, marked in tickers:
            if marked or mode != _CAPS:
                candidates.append(Mention(start, end, text[start:end], self._tickers[ticker], False, _TICKER))
        return _longest_first(candidates)

    def _judge(self, text: str, spans: list[tuple[int, int]], first: int, last: int, pattern: _Pattern,
               mode: str) -> Mention | None:
        start, end = spans[first][0], spans[last][1]
        if not pattern.capitalised:
            if text[start:end].isascii():
                return Mention(start, end, text[start:end], pattern.key, False, _NAME)
            pattern = _Pattern(pattern.key, pattern.words, ("",) * 3)  # "über" is no spelling of Uber
        strong = last + 1 < len(spans) and _word(text, spans, last + 1).lower() in _STRONG_SUFFIXES
        if mode != _MIXED:
            return Mention(start, end, text[start:end], pattern.key, not strong, _NAME)
        content = 0
        for i in range(first, last + 1):
            word = _word(text, spans, i)
            if word.lower() in STOP_WORDS or word.isdigit() or word in _WEB_TAILS:
                continue  # "Bank of America", "Amazon.com"
            if not word[0].isupper():
                return None  # "apple pie", "the gap between"
            content += 1
        initial = _sentence_initial(text, start)
        if first == last and not strong:
            if self._proper_neighbour(text, spans, last + 1, last):
                return None  # the first word of a longer proper noun: "Southern California", "Team USA"
            if self._proper_neighbour(text, spans, first - 1, first):
                if not _sentence_initial(text, spans[first - 1][0]):
                    return None  # the last word of one: "Tim Cook", "Attorney General"
                initial = True  # "Rival Target said": capitals by accident, perhaps
        # Only a name's one capitalised word at a sentence's start may be capitalised by accident.
        generic = (initial and content == 1 or pattern.proper) and not strong
        return Mention(start, end, text[start:end], pattern.key, generic, _NAME)

    def _proper_neighbour(self, text: str, spans: list[tuple[int, int]], i: int, j: int) -> bool:
        """Whether word i, next to word j, belongs with it to a longer proper noun: a capitalised word
        ("Tim Cook"), an initial ("Gerald R. Ford") or an acronym ("CBS News", "Team USA"), with only a
        space between ("Apple CEO", "Target Corp" and "Target, Walmart" are no such thing)."""
        if i < 0 or i >= len(spans):
            return False
        word = text[spans[i][0]:spans[i][1]]
        lower = word.lower()
        gap = text[spans[min(i, j)][1]:spans[max(i, j)][0]]
        if len(word) == 1:
            return word.isupper() and lower not in STOP_WORDS and gap.strip() in ("", ".") and gap != ""
        if not word[0].isupper() or lower in _CORPORATE_WORDS or not gap.isspace():
            return False
        return lower not in STOP_WORDS and lower not in _TITLES

    def _ticker_candidates(self, text: str, words: list[str]) -> list[tuple[int, int, str, bool]]:
        """(start, end, ticker, marked) where marked says a cashtag or parentheses made it a ticker."""
        out = []
        if "$" in text:
            for m in _CASHTAG.finditer(text):
                ticker = _ticker_form(m.group(1))
                if ticker in self._tickers:
                    out.append((m.start(), m.end(), ticker, True))
        if "(" in text:
            for m in _PARENS_TICKER.finditer(text):
                ticker = _ticker_form(m.group(2))
                if ticker in self._tickers and (m.group(1) or ticker in self._prose_tickers):
                    out.append((m.start(2), m.end(2), ticker, True))
        if not self._prose_words.isdisjoint(words):
            marked = {start for start, _, _, _ in out}
            for m in _CAPITALS.finditer(text):
                if m.group() in self._prose_tickers and m.start() not in marked:
                    out.append((m.start(), m.end(), m.group(), False))
        return out


def surface_forms(name: str) -> list[str]:
    """The lower-case, space-separated forms a name is written in: its normalised key ("jp morgan") and
    its words as split at every mark ("j p morgan"), legal suffixes and a leading "the" dropped;
    "amazon com" is also "amazon", and a one-word name such as SEC's "MCDONALDS" is also "McDonald's"
    ("mcdonald s")."""
    forms = []
    key = normalize_name(name)
    split = _SEC_STATE_TAG.sub(" ", fold(name))
    words = _TOKEN.findall(split)
    if len(words) > 1 and words[0] == "the":
        del words[0]
    while len(words) > 1 and (words[-1] in LEGAL_SUFFIXES or words[-1] == "and"):
        words.pop()
    for form in (key, " ".join(words)):
        if form and form not in forms:
            forms.append(form)
    for form in list(forms):
        head, _, last = form.rpartition(" ")
        if head and last in _WEB_TAILS:
            forms.append(head)
        elif not head and len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
            forms.append(f"{form[:-1]} s")
    return forms


def fold(text: str) -> str:
    """Lower-case ASCII letters in place of the text's, one character for one, so offsets carry over."""
    if text.isascii():
        return text.lower()
    text = text.translate(_ASCII_PUNCT)
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    lower = ch.lower()
    if len(lower) != 1:
        return ch  # "İ" lowers to two characters: keep it as it is (it is no ASCII letter either way)
    if lower.isascii():
        return lower
    if lower in _ONE_LETTER:
        return _ONE_LETTER[lower]
    base = unicodedata.normalize("NFKD", lower)[0]
    return base if base.isascii() else lower


def _ticker_form(ticker: str) -> str:
    return ticker.upper().replace("-", ".").replace("/", ".")


def _spells(ticker: str, key: str) -> bool:
    """Whether a ticker is its company's initials or first word: "AMD" for advanced micro devices."""
    words = key.split()
    t = ticker.lower()
    return bool(words) and (t == words[0] or (len(words) > 1 and t == "".join(w[0] for w in words)))


def _spans(folded: str, words: list[str], upto: int) -> list[tuple[int, int]]:
    """Where the first `upto` words are in the text (each word is the next run of letters and digits)."""
    spans = []
    at = 0
    for word in words[:upto]:
        at = folded.find(word, at)
        spans.append((at, at + len(word)))
        at += len(word)
    return spans


def _word(text: str, spans: list[tuple[int, int]], i: int) -> str:
    return text[spans[i][0]:spans[i][1]]


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _casing(text: str) -> str:
    """How the text is written: ALL-CAPS, Title Case (every word but function words capitalised), or mixed."""
    capitals = titles = lowers = 0
    for word in _CASED_WORD.findall(text):
        if word[0].islower():
            lowers += word not in STOP_WORDS
        elif word.isupper():
            capitals += len(word) > 1
        else:
            titles += 1
    if capitals >= 2 and (titles + lowers) * 4 <= capitals:
        return _CAPS  # "HALDEN SYSTEMS, MORVO SET MERGER -sources"
    if titles >= 2 and not lowers:
        return _TITLE
    return _MIXED


def _longest_first(candidates: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (a name over a ticker of the same length), in text order.
    Overlaps are settled within each run of mutually overlapping candidates, so a long text stays linear."""
    if len(candidates) == 1:
        return candidates
    candidates.sort(key=lambda m: m.start)
    kept: list[Mention] = []
    run: list[Mention] = []
    run_end = -1
    for m in candidates + [None]:
        if m is not None and m.start < run_end:
            run.append(m)
            run_end = max(run_end, m.end)
            continue
        if len(run) == 1:
            kept.append(run[0])
        elif run:
            chosen: list[Mention] = []
            for c in sorted(run, key=lambda c: (c.start - c.end, c.via != _NAME, c.generic, c.start)):
                if all(c.end <= k.start or c.start >= k.end for k in chosen):
                    chosen.append(c)
            kept.extend(sorted(chosen, key=lambda c: c.start))
        if m is not None:
            run, run_end = [m], m.end
    return kept


@lru_cache(maxsize=1)
def _bundled_vocabulary() -> dict[str, list[str]]:
    return json.loads(resources.files("pipeline").joinpath("data/common_words.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def bundled_common_words() -> frozenset[str]:
    """The bundled words with a lower-case use (common_words.json `words`)."""
    return frozenset(_bundled_vocabulary()["words"])


@lru_cache(maxsize=1)
def bundled_proper_words() -> frozenset[str]:
    """The bundled words that are always capitalised: given names, places (common_words.json `names`), and the
    words of the world's large cities' names that are no company's (places.json `places`: "Sharjah", "Jeddah")."""
    from pipeline.detection.vocabulary import bundled_places

    return bundled_dictionary_names() | frozenset(bundled_places().get("places", ()))


@lru_cache(maxsize=1)
def bundled_dictionary_names() -> frozenset[str]:
    """common_words.json `names` alone: scripts/build_places.py leaves them out of the places it writes."""
    return frozenset(_bundled_vocabulary()["names"])


@lru_cache(maxsize=1)
def bundled_name_words() -> frozenset[str]:
    """Every word of the bundled SEC names, normalised: "holdings", "sporting", "booking" are words of some
    company's name; "obtains", "advises", "strengthens" are in none."""
    from pipeline import identity

    return frozenset(word for _cik, _ticker, name in identity.bundled_sec_companies()
                     for word in normalize_name(name).split())


# How many of the catalogue's names a word must end to say "company" on its own: "Labs", "Therapeutics",
# "Bancorp" end dozens, "Insurance", "Shipping", "Air" a few; a surname ends one or two. (12 left those few
# out; 3 on the CEO notes' fit part, 2026-12-05: company right / wrong 892 / 317 -> 900 / 321.)
_NAME_ENDING_MIN = 3


@lru_cache(maxsize=1)
def bundled_name_endings() -> frozenset[str]:
    """Words that end many of the bundled SEC names (legal forms already dropped): "labs", "therapeutics",
    "systems", "bancorp". A capitalised run ending in one is a company, not a person ("Vantor Labs"). Read
    from the catalogue, not written by hand; given names and places, roman numerals and stop words are left
    out."""
    from pipeline import identity
    from pipeline.detection import rules

    counts: dict[str, int] = {}
    for _cik, _ticker, name in identity.bundled_sec_companies():
        words = normalize_name(name).split()
        if len(words) >= 2 and words[-1].isalpha() and len(words[-1]) > 2:
            counts[words[-1]] = counts.get(words[-1], 0) + 1
    proper, stop = bundled_proper_words(), rules._STOP_SET
    return frozenset(word for word, count in counts.items()
                     if count >= _NAME_ENDING_MIN and word not in proper and word not in stop
                     and word not in _LISTING_WORDS and word not in rules._GEO_WORDS)


# The listing's furniture at the end of SEC names, not a company's own word: "... /ADR", "Fund III", a fund's
# "ETF", a domicile ("Cayman Islands"), "Limited Public", "Amazon.com".
_LISTING_WORDS = frozenset("iii adr etf cayman islands public com".split())
