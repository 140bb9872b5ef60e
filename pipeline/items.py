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


@dataclass
class SourceResultItem:
    """The outcome of fetching one source: ok (with how many entries) or error (with why, in one line)."""

    source: str
    status: str  # ok | error | not_modified
    entries: int = 0
    error: str | None = None
