"""How worried a job seeker should be: events to a score and a level. Pure; the formula is in
docs/scoring.md and lives only here."""

from __future__ import annotations

from datetime import date

from pipeline.constants import (
    BANKRUPTCY,
    BANKRUPTCY_EMERGED,
    EXECUTIVE_DEPARTURE,
    LARGE_LAYOFF_JOBS,
    LARGE_LAYOFF_SHARE,
    LAYOFFS,
    LEVEL_NONE,
    LEVEL_WARNING,
    LEVEL_WATCH,
    MERGER_ACQUISITION,
    ROLE_ACQUIRER,
    ROLE_MERGER,
    ROLE_TARGET,
    ROLE_UNSPECIFIED,
    STAGE_TERMINATED,
)

WINDOW_DAYS = 365  # events older than this do not count at all
HALF_LIFE_DAYS = 90  # an event's weight halves every 90 days
COMPOUND_DAYS = 90  # departures this close together compound
COMPOUND_STEP = 0.5
COMPOUND_MAX = 4
WARNING_AT = 4.0
WATCH_AT = 1.2

# Being acquired upends a workplace more than acquiring someone else does. A deal whose role was not read
# is certain news with an unknown side: enough for `watch` while fresh, never `warning` alone (see assess).
DEAL_SEVERITY = {ROLE_TARGET: 6.0, ROLE_MERGER: 4.5, ROLE_UNSPECIFIED: 2.0, ROLE_ACQUIRER: 1.5}
DEPARTURE_SEVERITY = {
    "c_suite": 3.0,
    "founder": 3.0,
    "president": 2.5,
    "board_chair": 2.0,
    "vp": 1.0,
    "director_board": 0.8,
}
ABRUPT_FACTOR = 1.6
TERMINATED_FACTOR = 0.3  # a called-off deal still unsettles, much less
# A bankruptcy (filed, or warned of) is `warning` on its own while fresh; emerging from one still unsettles.
BANKRUPTCY_SEVERITY = 6.0
EMERGED_SEVERITY = 2.0
# Layoffs are `watch` on their own; large ones (LARGE_LAYOFF_JOBS or LARGE_LAYOFF_SHARE) are `warning`, and so
# are two rounds within LAYOFF_REPEAT_DAYS (each round is worth REPEATED_LAYOFF_FACTOR times as much).
LAYOFF_SEVERITY = 2.0
LARGE_LAYOFF_SEVERITY = 4.5
LAYOFF_REPEAT_DAYS = 180
REPEATED_LAYOFF_FACTOR = 2.0


def event_severity(event: dict) -> float:
    """How much one event unsettles a workplace, before age and compounding."""
    if event["kind"] == MERGER_ACQUISITION:
        severity = DEAL_SEVERITY.get(event.get("role") or ROLE_MERGER, 1.5)
        if event.get("stage") == STAGE_TERMINATED:
            severity *= TERMINATED_FACTOR
        return severity
    if event["kind"] == EXECUTIVE_DEPARTURE:
        severity = DEPARTURE_SEVERITY.get(event.get("seniority") or "", 1.0)
        return severity * (ABRUPT_FACTOR if event.get("abrupt") else 1.0)
    if event["kind"] == BANKRUPTCY:
        return EMERGED_SEVERITY if event.get("stage") == BANKRUPTCY_EMERGED else BANKRUPTCY_SEVERITY
    if event["kind"] == LAYOFFS:
        return LARGE_LAYOFF_SEVERITY if large_layoff(event) else LAYOFF_SEVERITY
    return 1.0


def large_layoff(event: dict) -> bool:
    """At least LARGE_LAYOFF_JOBS jobs or LARGE_LAYOFF_SHARE of the staff, as the text gives them."""
    return (event.get("jobs") or 0) >= LARGE_LAYOFF_JOBS or (event.get("share") or 0) >= LARGE_LAYOFF_SHARE


def decay(event_date: str, today: date, half_life_days: float = HALF_LIFE_DAYS) -> float:
    age = max((today - date.fromisoformat(event_date[:10])).days, 0)
    return 0.5 ** (age / half_life_days)


def compounding(events: list[dict], window_days: int = COMPOUND_DAYS) -> list[float]:
    """Several executives leaving within `window_days` of each other is worse than the sum of its parts:
    each departure's severity grows by COMPOUND_STEP for every other departure (a different person) in
    that window, up to COMPOUND_MAX others."""
    departures = [i for i, e in enumerate(events) if e["kind"] == EXECUTIVE_DEPARTURE]
    factors = [1.0] * len(events)
    _repeated_layoffs(events, factors)
    if len(departures) < 2:  # most companies: nothing to compound with (an alert asks on every lookup)
        return factors
    dated = [(i, date.fromisoformat(events[i]["date"][:10]),
              (events[i].get("person") or events[i].get("id") or str(i)).lower()) for i in departures]
    for i, when, who in dated:
        others = {other_who for _, other_when, other_who in dated
                  if other_who != who and abs((other_when - when).days) <= window_days}
        factors[i] = 1.0 + COMPOUND_STEP * min(len(others), COMPOUND_MAX)
    return factors


def _repeated_layoffs(events: list[dict], factors: list[float]) -> None:
    """A second round of layoffs within LAYOFF_REPEAT_DAYS of another says more than either round alone:
    each such round counts REPEATED_LAYOFF_FACTOR times (two fresh rounds: 2 x 2.0 x 2.0 = 8, a warning)."""
    dates = [(i, date.fromisoformat(e["date"][:10])) for i, e in enumerate(events) if e["kind"] == LAYOFFS]
    for i, when in dates:
        if any(j != i and abs((other - when).days) <= LAYOFF_REPEAT_DAYS for j, other in dates):
            factors[i] = REPEATED_LAYOFF_FACTOR


def score_events(events: list[dict], today: date, half_life_days: float = HALF_LIFE_DAYS,
                 compound_days: int = COMPOUND_DAYS) -> float:
    """Sum over events of severity x compounding x decay (docs/scoring.md)."""
    factors = compounding(events, compound_days)
    total = 0
    for event, factor in zip(events, factors):  # in order, as sum() adds: the same float every time
        total += event_severity(event) * factor * decay(event["date"], today, half_life_days)
    return round(total, 2)


def assess(events: list[dict], today: date, half_life_days: float = HALF_LIFE_DAYS,
           compound_days: int = COMPOUND_DAYS) -> tuple[float, str]:
    """The score and the level every reader shows. A deal whose role was not read (`unspecified`) counts in
    the score, but it cannot make the level `warning`: that needs the other events in the window to reach
    WARNING_AT without it (docs/scoring.md)."""
    score = score_events(events, today, half_life_days, compound_days)
    level = level_for(score)
    if level == LEVEL_WARNING and any(_role_unread(event) for event in events):
        read = [event for event in events if not _role_unread(event)]
        if score_events(read, today, half_life_days, compound_days) < WARNING_AT:
            level = LEVEL_WATCH
    return score, level


def _role_unread(event: dict) -> bool:
    return event["kind"] == MERGER_ACQUISITION and event.get("role") == ROLE_UNSPECIFIED


def level_for(score: float) -> str:
    if score >= WARNING_AT:
        return LEVEL_WARNING
    if score >= WATCH_AT:
        return LEVEL_WATCH
    return LEVEL_NONE
