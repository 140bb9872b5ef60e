"""Text to upheaval events. Pure functions: a headline (and its summary) in, events out, each with
the rule that fired so people can see why."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from pipeline.constants import (
    EXECUTIVE_DEPARTURE,
    MERGER_ACQUISITION,
    ROLE_ACQUIRER,
    ROLE_MERGER,
    ROLE_TARGET,
    SENIORITY_BOARD_CHAIR,
    SENIORITY_C_SUITE,
    SENIORITY_FOUNDER,
    SENIORITY_PRESIDENT,
    STAGE_ANNOUNCED,
    STAGE_COMPLETED,
)


@dataclass
class DetectedEvent:
    kind: str
    company: str  # the company the event is about, as written
    role: str | None = None  # merger_acquisition: target, acquirer or merger
    stage: str | None = None
    counterparty: str | None = None
    person: str | None = None
    title: str | None = None
    seniority: str | None = None
    abrupt: bool = False
    reason: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


# A company name as headlines write it: capitalised words, with joiners such as "&" and "of".
_NAME = r"(?:[A-Z0-9][\w'’.&-]*)(?:\s+(?:[A-Z0-9][\w'’.&-]*|&|of|de|and))*"
_PERSON = r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'’-]+){1,2}"

# "Microsoft to acquire Activision Blizzard for $69 billion"
_ACQUIRES = re.compile(
    rf"(?P<acquirer>{_NAME})\s+(?P<verb>to acquire|acquires|acquired|agrees to (?:buy|acquire)|to buy|buys|"
    rf"completes (?:its )?acquisition of|closes (?:its )?acquisition of|will acquire)\s+(?P<target>{_NAME})"
)
# "Pfizer and Seagen to merge" / "Acme to merge with Globex"
_MERGES = re.compile(
    rf"(?P<a>{_NAME})\s+(?:and\s+(?P<b>{_NAME})\s+(?:to merge|agree to merge|will merge)|"
    rf"(?:to merge|agrees to merge|will merge) with\s+(?P<c>{_NAME}))"
)
# "Acme CEO Jane Roe resigns" / "Acme chief executive Jane Roe to step down"
_DEPARTS = re.compile(
    rf"(?P<company>{_NAME})(?:'s|’s)?\s+(?P<title>CEO|CFO|COO|CTO|chief executive(?: officer)?|chief financial officer|"
    rf"president|chairman|chairwoman|chair|founder|co-founder)\s+(?P<person>{_PERSON})\s+"
    rf"(?P<verb>resigns|steps down|to step down|will step down|retires|to retire|will retire|quits|is ousted|ousted|"
    rf"fired|departs|to depart|leaves|to leave|exits)",
    re.IGNORECASE,
)
_COMPLETED = re.compile(r"\b(completes|completed|closes|closed|acquired)\b", re.IGNORECASE)
_ABRUPT = re.compile(r"\b(effective immediately|ousted|fired|terminated|abruptly|unexpectedly|interim)\b", re.I)
_SENIORITY_BY_TITLE = {
    "ceo": SENIORITY_C_SUITE,
    "cfo": SENIORITY_C_SUITE,
    "coo": SENIORITY_C_SUITE,
    "cto": SENIORITY_C_SUITE,
    "chief": SENIORITY_C_SUITE,
    "president": SENIORITY_PRESIDENT,
    "chairman": SENIORITY_BOARD_CHAIR,
    "chairwoman": SENIORITY_BOARD_CHAIR,
    "chair": SENIORITY_BOARD_CHAIR,
    "founder": SENIORITY_FOUNDER,
    "co-founder": SENIORITY_FOUNDER,
}


def detect_events(title: str, text: str = "") -> list[DetectedEvent]:
    """Find merger/acquisition and executive-departure events in a headline and its summary."""
    events = _detect_deals(title) + _detect_departures(title, text)
    return events


def _detect_deals(headline: str) -> list[DetectedEvent]:
    match = _ACQUIRES.search(headline)
    if match:
        stage = STAGE_COMPLETED if _COMPLETED.search(match["verb"]) else STAGE_ANNOUNCED
        reason = f'headline: "{match["verb"]}"'
        acquirer, target = _clean_name(match["acquirer"]), _clean_name(match["target"])
        return [
            DetectedEvent(MERGER_ACQUISITION, target, ROLE_TARGET, stage, counterparty=acquirer, reason=reason),
            DetectedEvent(MERGER_ACQUISITION, acquirer, ROLE_ACQUIRER, stage, counterparty=target, reason=reason),
        ]
    match = _MERGES.search(headline)
    if match:
        first, second = _clean_name(match["a"]), _clean_name(match["b"] or match["c"])
        reason = 'headline: "merge"'
        return [
            DetectedEvent(MERGER_ACQUISITION, first, ROLE_MERGER, STAGE_ANNOUNCED, counterparty=second, reason=reason),
            DetectedEvent(MERGER_ACQUISITION, second, ROLE_MERGER, STAGE_ANNOUNCED, counterparty=first, reason=reason),
        ]
    return []


def _detect_departures(headline: str, text: str) -> list[DetectedEvent]:
    match = _DEPARTS.search(headline)
    if not match:
        return []
    title = match["title"]
    abrupt = bool(_ABRUPT.search(headline) or _ABRUPT.search(text or ""))
    return [
        DetectedEvent(
            EXECUTIVE_DEPARTURE,
            _clean_name(match["company"]),
            person=match["person"],
            title=title,
            seniority=_SENIORITY_BY_TITLE.get(title.split()[0].lower(), SENIORITY_C_SUITE),
            abrupt=abrupt,
            reason=f'headline: "{title} ... {match["verb"]}"',
        )
    ]


def _clean_name(name: str) -> str:
    return name.strip(" .,;:'’")
