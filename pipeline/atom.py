"""An Atom feed of the events of a few companies, for feed readers: the same list a person watches in the
extension can live in any reader (`/api/v1/feed.atom`, `upheaval query --events --company ... --atom`).

`gather` reads the companies and their events; `events_feed` turns them into Atom bytes with feedgen
and reads nothing. Every date in the feed comes from the data, never from the clock, so the same events
give the same bytes (and the same ETag) on every request.
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlite_utils
from feedgen.feed import FeedGenerator

from pipeline import identity, store

MAX_ENTRIES = 200  # a reader shows the newest; a company's whole history is /api/v1/companies/ID
# Tag URIs (RFC 4151): ids that never change when the server moves to another host or port.
FEED_ID = "tag:upheaval-radar.org,2026:feed/"
ENTRY_ID = "tag:upheaval-radar.org,2026:event/"
KIND_LABELS = {"merger_acquisition": "Merger or acquisition", "executive_departure": "Executive departure",
               "layoffs": "Layoffs", "bankruptcy": "Bankruptcy"}


def gather(db: sqlite_utils.Database, names: list[str], since: str) -> tuple[list[dict], list[str]]:
    """Each recognised name's company with its events on or after `since` (newest first), once per
    company, and the names that named no company."""
    companies: dict[int, dict] = {}
    unknown: list[str] = []
    index = None
    for name in names:
        resolution, index = identity.lookup(db, name, index=index)
        company = resolution.company
        if company is None:
            unknown.append(name)
        elif company.id not in companies:
            companies[company.id] = {"company_id": company.id, "name": company.name,
                                     "events": store.company_events(db, company.id, since)}
    return list(companies.values()), unknown


def _moment(value: str | None) -> datetime | None:
    """An ISO date or timestamp as an aware UTC datetime; None for what does not parse."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _updated(event: dict) -> datetime:
    """When the entry last changed: its newest source, or the event's own date if that is later."""
    moments = [_moment(event["date"])] + [_moment(e.get("published_at")) for e in event["evidence"]]
    return max(m for m in moments if m is not None)


def _title(company: str, event: dict) -> str:
    label = KIND_LABELS.get(event["kind"], event["kind"].replace("_", " ").capitalize())
    return f"{company}: {event['summary'] or label}"


def _content(event: dict) -> str:
    label = KIND_LABELS.get(event["kind"], event["kind"].replace("_", " "))
    details = [part for part in (event.get("role"), event.get("stage"), "abrupt" if event.get("abrupt") else None)
               if part]
    lines = [f"{label}{' (' + ', '.join(details) + ')' if details else ''}, {event['date']}."]
    if event.get("summary"):
        lines.append(event["summary"])
    for source in event["evidence"]:
        if source.get("url"):
            lines.append(f"Source: {source.get('title') or source['url']} ({source.get('publisher') or ''}) {source['url']}")
    return "\n".join(lines)


def events_feed(companies: list[dict], unknown: list[str], self_url: str | None = None,
                limit: int = MAX_ENTRIES) -> bytes:
    """Atom bytes: one entry per event (newest first, at most `limit`), linking to its evidence."""
    rows = sorted(((c["name"], e) for c in companies for e in c["events"]),
                  key=lambda row: (row[1]["date"], row[1]["id"]), reverse=True)[:limit]
    feed = FeedGenerator()
    ids = sorted(c["company_id"] for c in companies)
    feed.id(FEED_ID + (",".join(map(str, ids)) or "none"))
    names = ", ".join(c["name"] for c in companies) or "no recognised company"
    feed.title(f"upheaval-radar: {names}")
    subtitle = "Mergers, acquisitions, executive departures, layoffs and bankruptcies, with their sources."
    if unknown:
        subtitle += " Not recognised: " + "; ".join(unknown) + "."
    feed.subtitle(subtitle)
    feed.author({"name": "upheaval-radar"})
    if self_url:
        feed.link(href=self_url, rel="self", type="application/atom+xml")
    # An empty feed still needs an <updated>; the epoch keeps it (and the ETag) stable.
    feed.updated(max((_updated(e) for _, e in rows), default=datetime(1970, 1, 1, tzinfo=timezone.utc)))
    for company, event in rows:
        entry = feed.add_entry(order="append")
        entry.id(ENTRY_ID + str(event["id"]))
        entry.title(_title(company, event))
        entry.published(_moment(event["date"]))
        entry.updated(_updated(event))
        entry.category(term=event["kind"], label=KIND_LABELS.get(event["kind"]))
        entry.content(_content(event), type="text")
        for position, source in enumerate(s for s in event["evidence"] if s.get("url")):
            entry.link(href=source["url"], rel="alternate" if position == 0 else "related",
                       title=source.get("title") or None)
    return feed.atom_str(pretty=True)
