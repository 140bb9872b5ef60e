"""What spiders hand to the item pipelines."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ArticleItem:
    source: str  # the sources.toml name that found it
    title: str
    url: str
    summary: str = ""
    published_at: str | None = None
    publisher: str = ""
    # SEC filings arrive classified (form and items say what happened, the CIK says to whom): a list of
    # event dicts with "cik" and "company". None: run the text detector on title and summary.
    events: list | None = None


# A SourceResultItem status: an item the source led to could not be read (a callback raised). A node
# exports it (pipeline.exports); a local crawl learns the same from Scrapy's spider_error signal.
FAILED = "failed"


@dataclass
class SourceResultItem:
    """The outcome of fetching one source: ok (with how many entries) or error (with why, in one line);
    after it, `skipped` (a link refused by policy) and `failed` items about what the source led to."""

    source: str
    status: str  # ok | error | not_modified | skipped | failed
    entries: int = 0
    error: str | None = None
    etag: str | None = None  # validators of the response, kept once its content is stored
    last_modified: str | None = None
