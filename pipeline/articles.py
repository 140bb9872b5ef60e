"""Article pages to main text. Pure functions: trafilatura first, a BeautifulSoup fallback after it."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from bs4 import BeautifulSoup

from pipeline.clean import plain_text
from pipeline.constants import MAX_SUMMARY_CHARS, MAX_TITLE_CHARS
from pipeline.feeds import parse_date

logging.getLogger("trafilatura").setLevel(logging.WARNING)

THIN_SUMMARY_CHARS = 160
# Worth a page fetch only if the headline might be about a deal or an executive leaving.
_MAYBE_UPHEAVAL = re.compile(
    r"\b(acqui\w*|merg\w*|buy(?:s|out)?|takeover|deal|bid|tender offer|sale of|to sell|steps? down|resign\w*|"
    r"retir\w*|ousted|fired|departs?|exits?|leaves|succession|ceo|chief executive|cfo|chair\w*|founder)\b",
    re.IGNORECASE)
_NO_PAGE_HOSTS = re.compile(r"(^|\.)(news\.google\.com|sec\.gov)$")


@dataclass
class Article:
    title: str
    text: str
    published_at: str | None = None


def summary_is_thin(title: str, summary: str) -> bool:
    """Is the feed's summary too short to classify, for a headline that may be about upheaval?"""
    return len(summary or "") < THIN_SUMMARY_CHARS and bool(_MAYBE_UPHEAVAL.search(title or ""))


def page_worth_fetching(url: str) -> bool:
    # Google News links are opaque redirects to script pages; SEC documents have their own spider.
    from urllib.parse import urlsplit

    return not _NO_PAGE_HOSTS.search(urlsplit(url).netloc.lower())


def extract_article(body: bytes, url: str = "") -> Article:
    """The page's title, main text (plain, capped) and publication date, as well as they can be read."""
    text, title, date = "", "", None
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(body, url=url or None, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
        if doc is not None:
            text = getattr(doc, "text", "") or ""
            title = getattr(doc, "title", "") or ""
            date = getattr(doc, "date", None)
    except Exception:  # trafilatura is a best effort on hostile HTML; the fallback below always runs
        text = ""
    if len(text) < 200:
        fallback = _extract_with_soup(body)
        if len(fallback.text) > len(text):
            text, title = fallback.text, title or fallback.title
            date = date or fallback.published_at
        title = title or fallback.title
    return Article(title=plain_text(title, MAX_TITLE_CHARS), text=plain_text(text, MAX_SUMMARY_CHARS),
                   published_at=parse_date(date) if date else None)


def _extract_with_soup(body: bytes) -> Article:
    soup = BeautifulSoup(body, "lxml")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()
    meta_title = soup.find("meta", property="og:title")
    title = (meta_title.get("content") if meta_title else None) or (soup.title.string if soup.title else "") or ""
    root = soup.find("article") or soup.find("main") or soup.body or soup
    paragraphs = [p.get_text(" ", strip=True) for p in root.find_all("p")]
    text = "\n".join(p for p in paragraphs if len(p) > 40)
    published = soup.find("meta", property="article:published_time")
    return Article(title=str(title), text=text, published_at=published.get("content") if published else None)
