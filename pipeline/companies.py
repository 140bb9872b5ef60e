"""Company names to normalised keys, and keys to companies. Pure functions, no I/O: the catalogue
itself (seeding, aliases, the cached index and its freshness) is `pipeline/identity.py`'s.

The extension's `extension/lib/normalize.js` mirrors `normalize_name`; both must pass
tests/vectors/company_names.json.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Protocol

from rapidfuzz import fuzz

from pipeline.constants import MATCHED_ALIAS, MATCHED_EXACT, MATCHED_FUZZY

# Legal-form words dropped from the end of a name, across many countries.
LEGAL_SUFFIXES = frozenset(
    """
    inc incorporated corp corporation co company cos companies ltd limited llc lllp llp lp plc
    sa sas sarl srl spa sl sau ag gmbh kg kgaa mbh nv bv se ab asa as oy oyj kk pty pte bhd tbk
    pjsc ojsc jsc sab cv de
    """.split()
)
# SEC names carry state-of-incorporation tags such as "/DE/" or "/NEW/".
_SEC_STATE_TAG = re.compile(r"/[a-z]{2,5}/?$|\s/[a-z]{2,5}/")
_AMPERSAND_IN_WORD = re.compile(r"(?<=\w)&(?=\w)")  # AT&T, P&G: part of the name, not "and"
_APOSTROPHES = str.maketrans("", "", "'\u2019`")
# Letters and digits of any script: a name written in Japanese, Chinese or Hebrew keeps a key of its own.
_WORD = re.compile(r"[^\W_]+")
# Letters that NFKD does not split into a base letter and an accent.
_TRANSLITERATE = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "þ": "th", "ı": "i", "ß": "ss"})


def normalize_name(name: str) -> str:
    """Return the matching key of a company name: "Meta Platforms, Inc." -> "meta platforms"."""
    if not name:
        return ""
    if name.isascii():
        # ASCII has nothing for NFKD to split or _TRANSLITERATE to replace: most names take this path.
        text = name.lower().strip()
    else:
        text = unicodedata.normalize("NFC", _strip_latin_accents(unicodedata.normalize("NFKD", name)))
        text = text.lower().translate(_TRANSLITERATE).strip()
    if text.replace(" ", "").isalnum() and text.isascii():
        tokens = text.split()  # only letters, digits and spaces: nothing below would change a word
    else:
        if "/" in text:
            text = _SEC_STATE_TAG.sub(" ", text)
        if "&" in text:
            text = _AMPERSAND_IN_WORD.sub("", text).replace("&", " and ")
        tokens = _WORD.findall(text.translate(_APOSTROPHES))
    if 1 in map(len, tokens):  # initials to join
        tokens = _join_initials(tokens)
    if len(tokens) > 1 and tokens[0] == "the":
        del tokens[0]
    # A co-operative's name ends in any of its spellings ("Greenway Co-op", "Greenway Co-operative", "Greenway
    # Cooperative"): one key. (Only after another word: "Coop" alone is a name.)
    if len(tokens) > 2 and tokens[-2:] in (["co", "op"], ["co", "operative"]):
        tokens[-2:] = ["cooperative"]
    elif len(tokens) > 1 and tokens[-1] == "coop":
        tokens[-1] = "cooperative"
    # "& Co." leaves a dangling "and" once "co" is gone: drop both.
    while len(tokens) > 1 and (tokens[-1] in LEGAL_SUFFIXES or tokens[-1] == "and"):
        tokens.pop()
    return " ".join(tokens)


def _strip_latin_accents(text: str) -> str:
    """Drops accents from Latin letters ("México" -> "Mexico") and keeps the marks other scripts spell
    with (Japanese dakuten: "ブ" is not "フ")."""
    kept = []
    base = ""
    for ch in text:
        if unicodedata.combining(ch):
            if base < "\u0250":
                continue
        else:
            base = ch
        kept.append(ch)
    return "".join(kept)


def _join_initials(tokens: list[str]) -> list[str]:
    """Join runs of single letters, so "J.P. Morgan" and "JP Morgan" meet at "jp morgan"."""
    joined: list[str] = []
    run = ""
    for token in tokens:
        if len(token) == 1 and token.isalpha():
            run += token
            continue
        if run:
            joined.append(run)
            run = ""
        joined.append(token)
    if run:
        joined.append(run)
    return joined


@dataclass(frozen=True)
class Company:
    id: int
    name: str
    cik: int | None = None
    ticker: str | None = None
    parent_id: int | None = None  # the company that owns this one, when it is a subsidiary (not a brand)


@dataclass
class Resolution:
    """The answer to "which company is this name?": one match, several candidates, or none."""

    query: str
    company: Company | None = None
    matched_on: str | None = None
    confidence: float = 0.0
    candidates: list[Company] = field(default_factory=list)


class CompanyLookup(Protocol):
    """What resolution needs from storage: `CompanyIndex` (in memory, `pipeline.identity.company_index`) or
    `pipeline.store.CompanyStore`."""

    def by_key(self, key: str) -> list[Company]: ...

    def by_alias(self, key: str) -> list[Company]: ...


# Words too common in company names to identify one: a fuzzy match never rests on them alone.
# ("Royal Bank" is not "Royal Mail"; "American" does not make two companies the same.)
GENERIC_WORDS = frozenset(
    """
    the and of a an for to in on at by de la le du des der die das el y e
    bank banks bancorp bancshares financial finance capital credit trust savings securities investment investments
    insurance assurance mutual fund funds partners partnership holdings holding group groups international
    global national american america americas united first general standard royal new north south east west
    central pacific atlantic western eastern northern southern mid city state states federal us usa uk
    company companies corp corporation enterprises enterprise industries industrial services service solutions
    systems technologies technology tech software data digital networks network communications media
    entertainment energy resources oil gas power electric utilities health healthcare medical pharma
    pharmaceuticals therapeutics biosciences bio sciences labs laboratories products brands retail stores
    foods food motors motor auto automotive air airlines mail post logistics transport home homes real estate
    properties property realty reit trust acquisition acquisitions corp ii iii iv one two three limited
    """.split()
)
# Tails that may be dropped when the rest of the name already names one company:
# "Ford" is "Ford Motor Co", "Meta" is "Meta Platforms", "Acme Holdings" is "Acme".
DESCRIPTOR_TAILS = frozenset(
    """
    motor motors holdings holding group platforms technologies technology international global systems
    industries enterprises com inc corp corporation company co incorporated brands worldwide labs
    """.split()
)
_DOMAIN_TAIL = re.compile(r"^(?:https?://)?(?:www\.|careers\.|jobs\.)?([a-z0-9-]+)\.[a-z.]+(?:/.*)?$")


def hint_keys(hints: dict | None) -> set[str]:
    """Normalised keys a job page's hints point at: "gitlab.com" and "greenhouse:gitlab" both give "gitlab"."""
    keys: set[str] = set()
    if not hints:
        return keys
    for value in hints.values():
        if not value or not isinstance(value, str):
            continue
        value = value.strip().lower()
        if ":" in value and not value.startswith("http"):
            value = value.split(":", 1)[1]
        domain = _DOMAIN_TAIL.match(value)
        if domain:
            value = domain.group(1)
        value = value.strip("/").split("/")[0]
        key = normalize_name(value.replace("-", " "))
        if key:
            keys.add(key)
            keys.add(key.replace(" ", ""))
    return keys


class CompanyIndex:
    """Every company key and alias in memory, for lookups in microseconds. Build it once per process and
    rebuild it when the companies change (`pipeline.identity.company_index` does both)."""

    def __init__(self, companies: Iterable[tuple[Company, str]], aliases: Iterable[tuple[str, int, str]] = ()):
        self.by_id: dict[int, Company] = {}
        self._keys: dict[str, list[Company]] = defaultdict(list)
        self._compact: dict[str, list[Company]] = defaultdict(list)
        self._aliases: dict[str, list[Company]] = defaultdict(list)
        self._tickers: dict[str, list[Company]] = defaultdict(list)
        self._stems: dict[str, list[Company]] = defaultdict(list)
        self._tokens: dict[str, list[tuple[Company, tuple[str, ...]]]] = defaultdict(list)
        self.keys_of: dict[int, set[str]] = defaultdict(set)
        self._children: dict[int, list[Company]] = defaultdict(list)
        for company, key in companies:
            self.by_id[company.id] = company
            if key:
                self._add_key(company, key, self._keys)
            if company.parent_id is not None:
                self._children[company.parent_id].append(company)
        for alias_key, company_id, kind in aliases:
            company = self.by_id.get(company_id)
            if company is None or not alias_key:
                continue
            if kind == "ticker":
                self._tickers[alias_key].append(company)
            else:
                self._add_key(company, alias_key, self._aliases)

    def _add_key(self, company: Company, key: str, table: dict) -> None:
        table[key].append(company)
        stem = key.split()
        while len(stem) > 1 and stem[-1] in DESCRIPTOR_TAILS:
            stem = stem[:-1]
        if len(stem) < len(key.split()) and (len(stem) > 1 or stem[0] not in GENERIC_WORDS):
            self._stems[" ".join(stem)].append(company)
        self._compact[key.replace(" ", "")].append(company)
        self.keys_of[company.id].add(key)
        tokens = tuple(key.split())
        for token in set(tokens):
            if token not in GENERIC_WORDS and len(token) > 1:
                self._tokens[token].append((company, tokens))

    def add_company(self, company: Company, key: str) -> None:
        """One more company (met in the news) without rebuilding the whole index."""
        self.by_id[company.id] = company
        if key:
            self._add_key(company, key, self._keys)
        if company.parent_id is not None:
            self._children[company.parent_id].append(company)

    def parent_of(self, company: Company) -> Company | None:
        """The company that owns this one, if it is a subsidiary."""
        return self.by_id.get(company.parent_id) if company.parent_id is not None else None

    def subsidiaries_of(self, company_id: int) -> list[Company]:
        """Every company this one owns, directly or through another subsidiary, nearest first."""
        if company_id not in self._children:
            return []  # most companies own none: every alert asks
        found: list[Company] = []
        seen = {company_id}
        queue = [company_id]
        while queue:
            for child in self._children.get(queue.pop(0), ()):
                if child.id not in seen:  # a cycle someone typed into the table must not loop forever
                    seen.add(child.id)
                    found.append(child)
                    queue.append(child.id)
        return found

    def __len__(self) -> int:
        return len(self.by_id)

    def by_key(self, key: str) -> list[Company]:
        return self._keys.get(key, [])

    def by_alias(self, key: str) -> list[Company]:
        return self._aliases.get(key, [])

    def by_ticker(self, key: str) -> list[Company]:
        return self._tickers.get(key, [])

    def by_stem(self, key: str) -> list[Company]:
        """Companies whose name is this key plus descriptor tails: "american airlines" -> "... Group Inc."."""
        return self._stems.get(key, [])

    def by_compact(self, key: str) -> list[Company]:
        return self._compact.get(key.replace(" ", ""), [])

    def sharing_token(self, token: str) -> list[tuple[Company, tuple[str, ...]]]:
        return self._tokens.get(token, [])


def _unique(companies: list[Company]) -> list[Company]:
    if len(companies) < 2:
        return list(companies)
    return list({company.id: company for company in companies}.values())


def _looks_like_ticker(name: str) -> bool:
    """"AAPL", "$META", "BRK-B": a ticker only counts when written like one, so "Now" or "Key" in
    a sentence never becomes ServiceNow or KeyCorp."""
    if not name.isupper():
        return False  # spaces and "$" have no case: the same answer as the stripped name's, found cheaply
    stripped = name.strip().lstrip("$")
    return 1 < len(stripped) <= 6 and stripped.replace("-", "").replace(".", "").isalnum() and stripped.isupper()


def fuzzy_candidates(key: str, index: CompanyIndex) -> list[tuple[Company, float]]:
    """Companies a name may be, by a guarded fuzzy match: they must share a distinctive (non-generic) token,
    and whatever words the two names do not share must be descriptor tails ("Motor", "Holdings") or
    near-identical spellings ("Bros" / "Brothers" is not near; "Alphabett" / "Alphabet" is)."""
    tokens = key.split()
    distinctive = [t for t in tokens if t not in GENERIC_WORDS and len(t) > 1]
    # Start from the rarest distinctive token: the shortest posting list bounds the work.
    postings = None
    for token in distinctive:
        posting = index.sharing_token(token)
        if posting and (postings is None or len(posting) < len(postings)):
            postings = posting
    if not postings:
        return []  # no company shares a distinctive word: nothing to score
    query = set(tokens)
    query_core = query - DESCRIPTOR_TAILS
    found: dict[int, tuple[Company, float]] = {}
    for company, candidate_tokens in postings:  # each shares the posting's distinctive token
        candidate = set(candidate_tokens)
        unmatched_query = query_core - candidate
        # A comprehension, not candidate.difference(query, DESCRIPTOR_TAILS): with several arguments that
        # walks the whole tails set for every candidate, and this loop runs for every unknown name asked.
        unmatched_candidate = {t for t in candidate if t not in query and t not in DESCRIPTOR_TAILS}
        if unmatched_query or unmatched_candidate:
            # Misspellings pair one word from each side: unequal counts can never all pair.
            if len(unmatched_query) != len(unmatched_candidate):
                continue
            if not _misspellings(unmatched_query, unmatched_candidate):
                continue
        score = fuzz.token_sort_ratio(key, " ".join(candidate_tokens)) / 100
        if company.id not in found or found[company.id][1] < score:
            found[company.id] = (company, score)
    return sorted(found.values(), key=lambda pair: -pair[1])


def _misspellings(unmatched_query: set[str], unmatched_candidate: set[str]) -> bool:
    """Whether every word only one name has pairs with a word only the other has, nearly the same and long
    enough to be a misspelling of it."""
    if any(len(t) < 5 for t in unmatched_query):
        return False  # a short word never pairs
    for token in list(unmatched_query):
        twin = next((c for c in unmatched_candidate if fuzz.ratio(token, c, score_cutoff=88) >= 88), None)
        if twin:
            unmatched_query.discard(token)
            unmatched_candidate.discard(twin)
    return not unmatched_query and not unmatched_candidate


def resolve_company(name: str, lookup, hints: dict | None = None) -> Resolution:
    """Exact normalised name, then aliases, then (with an in-memory `CompanyIndex`) the compact spelling
    ("JPMorganChase"), tickers written as tickers, and a guarded fuzzy match. An ambiguous name returns
    candidates, not a guess, unless the job page's hints (domain, ATS slug) pick one."""
    key = normalize_name(name)
    resolution = Resolution(query=name)
    if not key:
        return resolution
    # The first stage that finds anything decides: one company is a match, several are candidates.
    found = lookup.by_key(key)
    if found:
        return _settle(resolution, found, MATCHED_EXACT, 1.0, hints, lookup)
    found = lookup.by_alias(key)
    if found:
        return _settle(resolution, found, MATCHED_ALIAS, 0.98, hints, lookup)
    brand = display_brand(name)
    if brand:
        by_brand = resolve_company(brand, lookup, hints)
        if by_brand.company is not None and by_brand.matched_on in (MATCHED_EXACT, MATCHED_ALIAS):  # no guess on a guess
            return _matched(resolution, by_brand.company, by_brand.matched_on, round(by_brand.confidence * 0.95, 2))
    if not isinstance(lookup, CompanyIndex):
        return resolution
    found = lookup.by_compact(key)
    if found:
        return _settle(resolution, found, MATCHED_EXACT, 0.97, hints, lookup)
    if _looks_like_ticker(name):
        found = lookup.by_ticker(key)
        if found:
            return _settle(resolution, found, MATCHED_ALIAS, 0.95, hints, lookup)
    found = lookup.by_stem(key)
    if found:
        found = _unique(found)
        if len(found) == 1:
            found = found + _longer_names(key, lookup)  # "Acme" when "Acme Software" exists too
        return _settle(resolution, found, MATCHED_FUZZY, 0.92, hints, lookup)
    if not key.endswith("s"):
        # "McDonald's" loses its 's where a headline's possessive is stripped: try the name with it.
        plural = lookup.by_key(key + "s")
        if plural and len(unique := _unique(plural)) == 1:
            return _matched(resolution, unique[0], MATCHED_EXACT, 0.9)
    elif _POSSESSIVE_END.search(name):
        # The other way: a page shows "Macy's", the news stored the company a headline's "Macy's" left, "Macy".
        singular = lookup.by_key(key[:-1])
        if singular and len(unique := _unique(singular)) == 1:
            return _matched(resolution, unique[0], MATCHED_EXACT, 0.9)
    scored = [(company, score) for company, score in fuzzy_candidates(key, lookup) if score >= 0.5]
    if len(scored) == 1:
        company, score = scored[0]
        return _matched(resolution, company, MATCHED_FUZZY, round(min(0.9, 0.5 + score * 0.4), 2))
    if scored:
        chosen = _choose_by_hints([c for c, _ in scored], hint_keys(hints), lookup)
        if chosen:
            return _matched(resolution, chosen, MATCHED_FUZZY, 0.85)
        resolution.candidates = [c for c, _ in scored]
        return resolution
    # Nothing by name: a hint alone may still name a company exactly ("greenhouse:gitlab").
    for hint in sorted(hint_keys(hints)) if hints else ():
        unique = _unique(lookup.by_key(hint) or lookup.by_compact(hint))
        if len(unique) == 1:
            return _matched(resolution, unique[0], "hint", 0.8)
    return resolution


_POSSESSIVE_END = re.compile(r"\w['’`]s\s*$")
# How job sites display an employer beside its brand: "Rai - Radiotelevisione Italiana", "Comfort Keepers - Hudson
# WI" (a franchise's location), "abra | Web & Mobile" (a tagline), "Giga (gigaml.com)".
_DISPLAY_TAIL = re.compile(r"^(?P<brand>.+?)(?:\s+[-–—|·]\s+\S.*|\s*\([^()]*\))$", re.S)


def display_brand(name: str) -> str | None:
    """The brand of a display name that adds a division, place, tagline or remark after a spaced dash, a bar or
    in brackets, or None when the name has no such tail. Resolution tries it only when the whole name is
    unknown: "Acme - Logistics" is the company "Acme - Logistics" where that is a company's name."""
    found = _DISPLAY_TAIL.match(name.strip())
    brand = found.group("brand").strip() if found else ""
    return brand if len(normalize_name(brand)) >= 2 else None


def _settle(resolution: Resolution, found: list[Company], matched_on: str, confidence: float,
            hints: dict | None, lookup) -> Resolution:
    """One company is a match; several are candidates, unless the page's hints pick one of them."""
    unique = _unique(found)
    if len(unique) == 1:
        return _matched(resolution, unique[0], matched_on, confidence)
    chosen = _choose_by_hints(unique, hint_keys(hints), lookup)
    if chosen:
        return _matched(resolution, chosen, matched_on, confidence * 0.98)
    resolution.candidates = unique
    return resolution


def _longer_names(key: str, index: CompanyIndex) -> list[Company]:
    """Companies whose names start with this whole name and go on: rivals to a descriptor-tail match."""
    tokens = key.split()
    distinctive = [t for t in tokens if t not in GENERIC_WORDS and len(t) > 1]
    if not distinctive:
        return []
    return [company for company, candidate in index.sharing_token(distinctive[0])
            if len(candidate) > len(tokens) and list(candidate[: len(tokens)]) == tokens]


def _matched(resolution: Resolution, company: Company, matched_on: str, confidence: float) -> Resolution:
    resolution.company = company
    resolution.matched_on = matched_on
    resolution.confidence = confidence
    return resolution


def _choose_by_hints(candidates: list[Company], wanted: set[str], lookup) -> Company | None:
    if not wanted:
        return None
    chosen = []
    for company in candidates:
        keys = lookup.keys_of.get(company.id, set()) if isinstance(lookup, CompanyIndex) else {
            normalize_name(company.name)}
        spellings = keys | {k.replace(" ", "") for k in keys} | {k.split()[0] for k in keys if k}
        if spellings & wanted:
            chosen.append(company)
    return chosen[0] if len(chosen) == 1 else None
