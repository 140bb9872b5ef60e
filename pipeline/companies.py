"""Company identity: names to normalised keys, and keys to companies. Pure functions, no I/O.

The extension's `extension/lib/normalize.js` mirrors `normalize_name`; both must pass
tests/vectors/company_names.json.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Protocol

from pipeline.constants import MATCHED_ALIAS, MATCHED_EXACT

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
_APOSTROPHES = re.compile(r"['\u2019`]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Letters that NFKD does not split into a base letter and an accent.
_TRANSLITERATE = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "þ": "th", "ı": "i", "ß": "ss"})


def normalize_name(name: str) -> str:
    """Return the matching key of a company name: "Meta Platforms, Inc." -> "meta platforms"."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().translate(_TRANSLITERATE).strip()
    text = _SEC_STATE_TAG.sub(" ", text)
    text = _AMPERSAND_IN_WORD.sub("", text)
    text = text.replace("&", " and ")
    text = _APOSTROPHES.sub("", text)
    tokens = _NON_WORD.sub(" ", text).split()
    tokens = _join_initials(tokens)
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    # "& Co." leaves a dangling "and" once "co" is gone: drop both.
    while len(tokens) > 1 and (tokens[-1] in LEGAL_SUFFIXES or tokens[-1] == "and"):
        tokens = tokens[:-1]
    return " ".join(tokens)


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


@dataclass
class Resolution:
    """The answer to "which company is this name?": one match, several candidates, or none."""

    query: str
    company: Company | None = None
    matched_on: str | None = None
    confidence: float = 0.0
    candidates: list[Company] = field(default_factory=list)


class CompanyLookup(Protocol):
    """What resolution needs from storage; `pipeline.store` provides it."""

    def by_key(self, key: str) -> list[Company]: ...

    def by_alias(self, key: str) -> list[Company]: ...


def resolve_company(name: str, lookup: CompanyLookup) -> Resolution:
    """Exact normalised name first, then aliases; an ambiguous name returns candidates, not a guess."""
    key = normalize_name(name)
    resolution = Resolution(query=name)
    if not key:
        return resolution
    for matched_on, confidence, found in (
        (MATCHED_EXACT, 1.0, lookup.by_key(key)),
        (MATCHED_ALIAS, 0.98, lookup.by_alias(key)),
    ):
        unique = list({company.id: company for company in found}.values())
        if len(unique) == 1:
            resolution.company = unique[0]
            resolution.matched_on = matched_on
            resolution.confidence = confidence
            return resolution
        if unique:
            resolution.candidates = unique
            return resolution
    return resolution
