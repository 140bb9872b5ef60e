"""A backfill's walk over EDGAR's daily indexes: which days to ask for, how far it has got, and what to
say when it ends. Pure bookkeeping: the EDGAR spider feeds it each day's answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

MISSING_STATUSES = (403, 404)  # SEC's answer for a day with no index (a holiday, or not yet published)
DAYS_NAMED = 5  # a summary names this many days, then says how many more


def index_days(since: date, until: date) -> list[date]:
    """The days SEC may have a daily index for: weekdays (EDGAR publishes none at weekends)."""
    return [since + timedelta(days=n) for n in range((until - since).days + 1)
            if (since + timedelta(days=n)).weekday() < 5]


@dataclass
class BackfillWalk:
    since: date
    until: date
    days: list[date] = field(init=False)
    indexes_read: int = 0
    filings: int = 0  # filings of tracked forms listed by the indexes read so far
    missing: dict[date, int] = field(default_factory=dict)  # day -> 403/404
    failed: dict[date, str] = field(default_factory=dict)   # day -> why, in one line

    def __post_init__(self):
        self.days = index_days(self.since, self.until)

    @property
    def span(self) -> str:
        return f"{self.since.isoformat()}..{self.until.isoformat()}"

    @property
    def done(self) -> int:
        return self.indexes_read + len(self.missing) + len(self.failed)

    @property
    def finished(self) -> bool:
        return self.done >= len(self.days)

    def index_read(self, filings: int) -> None:
        self.indexes_read += 1
        self.filings += filings

    def index_missing(self, day: date, status: int) -> None:
        self.missing[day] = status

    def index_failed(self, day: date, reason: str) -> None:
        self.failed[day] = reason

    def start_line(self) -> str:
        return (f"backfill {self.span}: {len(self.days)} daily indexes to read (weekdays only), "
                "about one a second at SEC's pace")

    def progress_line(self, day: date, outcome: str) -> str:
        return (f"backfill {self.done}/{len(self.days)} days ({day.isoformat()}: {outcome}); "
                f"{self.filings} filings of tracked forms found so far")

    def end_line(self) -> str:
        parts = [f"{self.indexes_read} of {len(self.days)} daily indexes read",
                 f"{self.filings} filings of tracked forms found"]
        if self.missing:
            parts.append(f"no index for {_days(self.missing)}" + (" (holidays have none)" if self.indexes_read else ""))
        if self.failed:
            parts.append(f"{len(self.failed)} days failed")
        return f"backfill {self.span}: " + "; ".join(parts)

    def failure(self) -> str | None:
        """Why the walk as a whole found nothing, or None if it read at least one index."""
        if self.indexes_read:
            return None
        if not self.days:
            return f"no weekdays in {self.span}: EDGAR publishes daily indexes on weekdays only"
        if not self.failed:
            statuses = " or ".join(str(s) for s in sorted(set(self.missing.values())))
            return (f"no daily index found for {self.span}: SEC answered {statuses} for all {len(self.missing)} "
                    "weekdays (check the dates, and that UPHEAVAL_SEC_BASE is SEC or a mirror of it)")
        first_day, first_reason = next(iter(self.failed.items()))
        missing = f"; {len(self.missing)} answered 404 (no index)" if self.missing else ""
        return (f"no daily index read for {self.span}: {len(self.failed)} of {len(self.days)} days failed "
                f"(first, {first_day.isoformat()}: {first_reason}){missing}")


def _days(days) -> str:
    named = ", ".join(day.isoformat() for day in sorted(days)[:DAYS_NAMED])
    return named + (f" (+{len(days) - DAYS_NAMED} more)" if len(days) > DAYS_NAMED else "")
