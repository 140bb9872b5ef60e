"""State WARN Act notices (the files warn-scraper writes, and a few saved layouts) to layoff notices.
Pure functions: bytes in, notices and the count of rows skipped (and why) out.

Layouts met in real state files (tests/test_warn.py has one of each):
- warn-scraper's CSVs keep each state's own column names (CA `company`/`num_employees`, TX
  `JOB_SITE_NAME`/`TOTAL_LAYOFF_NUMBER`, VA `Company`/`Employees Affected`); quoted fields hold line
  breaks (CA), and TX's header runs to Excel's 16,384 columns while its rows have 8-10 fields.
- New York's yearly CSV puts the street address in the company cell and appends amendments to the date
  ("10/16/2019Amendment: 12/23/2019").
- Normalised JSON (employer/location objects, `warn_date`, `impacted`) with pagination junk rows.
- HTML entities left undecoded (`&amp;`).
A notice is always a layoff: an employer or site called "... Bankruptcy Group" is a department's name.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from pipeline.constants import LAYOFFS

csv.field_size_limit(1 << 20)

# The first column present of each group is used (names compared lower-case, spaces and _ removed).
COLUMNS = {
    "employer": ("company", "jobsitename", "employer", "companyname", "employername", "businessname"),
    "notice_date": ("noticedate", "dateofnotice", "warndate", "receiveddate", "wfddreceiveddate", "date"),
    "jobs": ("numemployees", "totallayoffnumber", "employeesaffected", "numberaffected", "jobs",
             "impacted", "numberofemployees", "affectedemployees", "employees"),
    "city": ("city", "cityname", "location", "municipality", "jobsitecity"),
}


@dataclass
class Notice:
    state: str  # two-letter postal code, lower-case
    employer: str  # as the state writes it, entities decoded, one line
    notice_date: str  # ISO date
    jobs: int | None = None
    city: str | None = None

    @property
    def names(self) -> list[str]:
        return employer_names(self.employer)


@dataclass
class WarnFile:
    notices: list[Notice] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)  # why -> how many rows


# ---------------------------------------------------------------- employer names

# "ACME CORP DBA ACME FOODS", "Acme, Inc. d/b/a Acme Foods", "(LCO Destiny DBA Timeless Frames)"
_DBA = re.compile(r"\s*[,(]?\s*\b(?:d\s*/\s*b\s*/\s*a|dba|d\.b\.a\.?|doing business as|a/k/a|aka|f/k/a|fka|"
                  r"formerly(?: known as)?)\b[\s:]*", re.IGNORECASE)
# "Regeneron Healthcare Solutions, Inc., a wholly owned subsidiary of Regeneron Pharmaceuticals, Inc."
_SUBSIDIARY = re.compile(r",?\s+(?:an?\s+)?(?:wholly[- ]owned\s+)?subsidiary\s+of\s+", re.IGNORECASE)
# New York writes the street address after the name: "Barneys New York 575 5th Avenue New York, NY 10017"
_STREET = re.compile(r"\s+\d[\w-]*\s.*?,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$")
# "Timeless Decor, LLC (LCO Destiny DBA Timeless Frames)": the trade name is inside the brackets
_BRACKETED_DBA = re.compile(r"\s*\(([^()]*?\b(?:dba|d/b/a)\b[^()]*)\)", re.IGNORECASE)
# TX names the site after the employer: "ConocoPhillips - Park Row", "Acme Corp (Dallas Plant)"
_SITE = re.compile(r"\s+[-–]\s+.*$|\s*\([^)]*\)\s*$")


def employer_names(raw: str) -> list[str]:
    """The names to resolve an employer by, best first: the legal name without its street or site, then a
    trade name ("DBA ..."). Legal suffixes are left to normalize_name."""
    text = _STREET.sub("", raw).strip()
    bracketed = _BRACKETED_DBA.search(text)
    if bracketed:  # "Legal (Other DBA Trade)": the legal name outside, the trade name from inside
        text = text[:bracketed.start()] + " dba " + _DBA.split(bracketed[1], maxsplit=1)[-1] + text[bracketed.end():]
    names: list[str] = []
    subsidiary = _SUBSIDIARY.split(text, maxsplit=1)
    text = subsidiary[0]
    parts = _DBA.split(text, maxsplit=1)
    legal = _SITE.sub("", parts[0]).strip(" ,;-")
    trade = _SITE.sub("", parts[1]).strip(" ,;-()") if len(parts) > 1 else ""
    if not legal and trade:
        legal, trade = trade, ""
    # A parent it names is not this employer: a subsidiary is a company of its own (docs/api.md).
    for name in (legal, trade):
        if name and name not in names and re.search(r"[^\W\d_]", name):
            names.append(name)
    return names


# ---------------------------------------------------------------- cells

_DATE_FORMATS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),             # 2022-03-01 00:00:00
    re.compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?!\d)"),  # 06/25/2021, 10/16/2019Amendment: ...
    re.compile(r"^(?P<month>[A-Z][a-z]+)\.? (?P<d>\d{1,2}),? (?P<y>\d{4})"),    # May 9, 2019 through June 3, 2019
)
_MONTHS = {name: number for number, name in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def parse_notice_date(cell: str) -> str | None:
    """The first date of a cell (an amendment's date after it is not the notice's), as ISO, or None."""
    text = cell.strip()
    for pattern in _DATE_FORMATS:
        match = pattern.match(text)
        if match:
            year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
            month = _MONTHS.get(match["month"][:3].lower(), 0) if "month" in pattern.groupindex else int(match["m"])
            try:
                return date(year, month, int(match["d"])).isoformat()
            except ValueError:
                return None
    return None


def parse_jobs(cell) -> int | None:
    """"1,140" -> 1140; blank, "-----" or words -> None (a notice whose count the state left out)."""
    if isinstance(cell, int) and not isinstance(cell, bool):
        return cell if cell >= 0 else None
    text = str(cell or "").strip().replace(",", "")
    return int(text) if text.isdigit() else None


def _clean(cell) -> str:
    """One line of text: entities decoded (states leave `&amp;` in), whitespace and line breaks folded."""
    return " ".join(html.unescape(str(cell or "")).split())


# ---------------------------------------------------------------- files


def parse_warn_file(body: bytes, state: str) -> WarnFile:
    """A state's WARN file (CSV with a header row, or JSON: a list of notices) as notices."""
    text = body.decode("utf-8-sig", errors="replace")
    if text.lstrip()[:1] in ("[", "{"):
        return _parse_json(text, state)
    return _parse_csv(text, state)


def _key(name: str) -> str:
    return re.sub(r"[\s_]+", "", name.strip().lower())


def _columns(header: list[str]) -> dict[str, int]:
    keys = [_key(h) for h in header]
    found = {}
    for field_name, wanted in COLUMNS.items():
        for candidate in wanted:
            if candidate in keys:
                found[field_name] = keys.index(candidate)
                break
    return found


def _parse_csv(text: str, state: str) -> WarnFile:
    result = WarnFile()
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, [])
    # TX pads its header with thousands of empty names: only named columns are read, so ragged rows are fine.
    columns = _columns(header)
    if "employer" not in columns or "notice_date" not in columns:
        result.skipped["no employer or notice-date column in the header"] += 1
        return result
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue  # blank lines between sections
        cell = {name: (row[index] if index < len(row) else "") for name, index in columns.items()}
        _add(result, state, cell.get("employer"), cell.get("notice_date"), cell.get("jobs"), cell.get("city"))
    return result


def _parse_json(text: str, state: str) -> WarnFile:
    result = WarnFile()
    try:
        rows = json.loads(text)
    except ValueError:
        result.skipped["not readable JSON"] += 1
        return result
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict):
            result.skipped["not a notice object"] += 1
            continue
        employer = row.get("employer")
        location = row.get("location") if isinstance(row.get("location"), dict) else {}
        _add(result, (location.get("state") or state), employer.get("name") if isinstance(employer, dict) else employer,
             row.get("warn_date") or row.get("notice_date"), row.get("impacted", row.get("jobs")),
             location.get("municipality") or row.get("city"))
    return result


def _add(result: WarnFile, state: str, employer, notice_date, jobs, city) -> None:
    """One row as a notice, or counted as skipped with why: a row without an employer's name or a notice
    date is not a notice (pagination junk, section headings, a county total)."""
    name = _clean(employer)
    if not name or not re.search(r"[^\W\d_]", name):
        result.skipped["no employer name"] += 1
        return
    when = _clean(notice_date)
    if re.search(r"rescission|rescinded", when, re.IGNORECASE):
        result.skipped["notice rescinded"] += 1
        return
    day = parse_notice_date(when)
    if day is None:
        result.skipped["no readable notice date"] += 1
        return
    result.notices.append(Notice(state=str(state).strip().lower()[:2], employer=name, notice_date=day,
                                 jobs=parse_jobs(jobs), city=_clean(city) or None))


# ---------------------------------------------------------------- what gets stored


def site_of(notice: Notice) -> str:
    """Where the jobs go, as "City, ST": a city cell that already ends with the state ("Ringgold VA") is
    not given it twice."""
    state = notice.state.upper()
    city = notice.city
    if state and city:
        city = re.sub(rf",?\s+{re.escape(state)}$", "", city, flags=re.IGNORECASE).strip(" ,")
    return ", ".join(x for x in (city, state) if x)


def notice_article(notice: Notice, page_url: str) -> dict:
    """The article a notice is stored as. Its link is the state's WARN page; the notice's own identity
    (state, employer, date, site) goes in a query parameter, since one page lists every notice and an
    article is one URL."""
    where = site_of(notice)
    size = f"{notice.jobs:,} jobs" if notice.jobs is not None else "jobs"
    key = re.sub(r"[^a-z0-9]+", "-", f"{notice.state} {notice.notice_date} {notice.employer} {notice.city or ''}".lower())
    separator = "&" if "?" in page_url else "?"
    return {"title": f"{notice.names[0] if notice.names else notice.employer}: WARN notice, {size} ({where})"[:500],
            "url": f"{page_url}{separator}warn_notice={key.strip('-')[:200]}",
            "summary": f"{notice.employer} filed a WARN Act notice with {notice.state.upper()} on {notice.notice_date}: "
                       f"{size}{' at ' + where if where else ''}.",
            "published_at": f"{notice.notice_date}T00:00:00Z", "publisher": f"WARN notices ({notice.state.upper()})"}


def notice_events(notice: Notice) -> list[dict]:
    """A notice is one layoff on its employer, named by the spellings to resolve it by."""
    where = site_of(notice)
    return [{"company": notice.employer, "names": notice.names, "kind": LAYOFFS, "jobs": notice.jobs, "site": where or None,
             "reason": f"WARN notice ({notice.state.upper()}){': ' + where if where else ''}",
             "summary": f"WARN notice: {notice.jobs if notice.jobs is not None else 'unknown number of'} jobs"
                        f"{' at ' + where if where else ''}"}]
