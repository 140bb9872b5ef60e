"""One article from clean fields to stored rows: store article -> detect events -> resolve companies
-> store events, in one transaction, so a crash never leaves half of it."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from pipeline import identity, store
from pipeline.detection import DetectedEvent, detect_events
from pipeline.clean import canonical_url
from pipeline.constants import LAYOFF_FIELDS
from pipeline.companies import normalize_name, resolve_company


@dataclass
class IngestResult:
    article_id: str
    is_new: bool
    events: int


def ingest_article(db: sqlite_utils.Database, article: dict, source_name: str) -> IngestResult:
    """Store an article (title, url, summary, published_at, publisher) and the events it reports."""
    return ingest_batch(db, [{"article": article, "source": source_name}])[0]


def store_events_for(db: sqlite_utils.Database, article_id: str, article: dict) -> int:
    """Detect, resolve and store the events of one stored article. Idempotent: a report already counted
    as evidence of an event adds nothing (see `store.save_event` for how reports cluster into events)."""
    count = 0
    date = (article.get("published_at") or store.utc_now())[:10]
    for event in detect_events(article["title"], article.get("summary") or "", article.get("published_at")):
        if not normalize_name(event.company):
            continue  # the story does not name the company ("the company bought ..."): nothing to attach to
        resolution = resolve_company(event.company, identity.company_index(db))
        if resolution.company is None and resolution.candidates:
            continue  # ambiguous: better no event than one on the wrong company
        company = resolution.company or identity.add_news_company(db, event.company)
        store.save_event(db, _event_row(event, company.id, date, article["title"]), article_id)
        count += 1
    return count


def _event_row(event: DetectedEvent, company_id: int, date: str, headline: str) -> dict:
    row = {
        "company_id": company_id, "kind": event.kind, "role": event.role, "stage": event.stage,
        "counterparty": event.counterparty, "person": event.person, "title": event.title,
        "seniority": event.seniority, "abrupt": event.abrupt, "summary": headline, "reason": event.reason,
        "date": date,
    }
    # Layoff sizes, only where the text gave them: other kinds' rows stay as they were.
    row.update({field: getattr(event, field) for field in ("jobs", "share") if getattr(event, field) is not None})
    return row


# ---------------------------------------------------------------- batches and SEC filings (ingestion)


def ingest_batch(db: sqlite_utils.Database, entries: list[dict]) -> list[IngestResult]:
    """Store many articles in one transaction: all of them with their events, or none.

    Each entry is {"article": {...}, "source": name, "events": None | [...]}. With "events" (an SEC
    filing or a WARN notice, classified by its source), detection is skipped and each event names its
    company by CIK: {"cik", "company", "kind", "role", "stage", "person", "title", "seniority",
    "abrupt", "reason", "summary", "jobs", "share", "site"}, or, without a CIK, by the names to resolve it by
    ("names": the legal name first, then a trade name).
    """
    results = []
    with store.transaction(db):
        for entry in entries:
            article = {**entry["article"], "url": canonical_url(entry["article"]["url"])}
            saved = store.save_article(db, article, entry["source"])
            if entry.get("events") is None:
                count = store_events_for(db, saved.id, article)
            else:
                count = _store_filing_events(db, saved.id, article, entry["events"])
            results.append(IngestResult(saved.id, saved.is_new, count))
    return results


def ingest_filing(db: sqlite_utils.Database, article: dict, events_with_cik: list[dict], source_name: str) -> IngestResult:
    """One SEC filing and its pre-classified events, in one transaction."""
    return ingest_batch(db, [{"article": article, "source": source_name, "events": events_with_cik}])[0]


def _store_filing_events(db: sqlite_utils.Database, article_id: str, article: dict, events: list[dict]) -> int:
    date = (article.get("published_at") or store.utc_now())[:10]
    stored = 0
    for event in events:
        if event.get("cik"):
            company_id = identity.ensure_sec_company(db, int(event["cik"]), event["company"])
        else:
            # A WARN notice names its employer as the state writes it: resolved like any other name.
            company_id = identity.company_for_names(db, event.get("names") or [event["company"]])
            if company_id is None:
                continue  # ambiguous: better no event than one on the wrong company
        row = {
            "company_id": company_id, "kind": event["kind"], "role": event.get("role"),
            "stage": event.get("stage"), "counterparty": event.get("counterparty"), "person": event.get("person"),
            "title": event.get("title"), "seniority": event.get("seniority"), "abrupt": bool(event.get("abrupt")),
            "summary": event.get("summary") or article["title"], "reason": event.get("reason") or "", "date": date,
        }
        # Layoff sizes and sites, only when a source gave them: other kinds' rows stay as they were.
        row.update({field: event[field] for field in LAYOFF_FIELDS if event.get(field) is not None})
        store.save_event(db, row, article_id)
        stored += 1
    return stored
