"""WARN Act notices of one state per source, read through warn-scraper (it knows each state's site and
file format); pipeline.warn decides what the file's rows mean. The source's url is the state's WARN page:
it is fetched first, through Scrapy, so robots.txt and the identifying User-Agent decide whether the
state is read at all. A source with `notices_url` names a file of notices instead (a state's own CSV, or
warn-scraper's output that someone publishes): Scrapy fetches that file itself, with all its politeness,
and warn-scraper is not used."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import scrapy
from twisted.internet.threads import deferToThread

from pipeline.constants import SOURCE_WARN
from pipeline.items import ArticleItem, SourceResultItem
from pipeline.sources import Source, spider_sources
from pipeline.spiders._common import one_line
from pipeline.warn import notice_article, notice_events, parse_warn_file

logger = logging.getLogger(__name__)


def scrape_state(state: str, cache_dir: str, user_agent: str = "") -> bytes:
    """warn-scraper's file for one state (it downloads and converts the state's own files)."""
    from warn import utils as warn_utils  # imported here: only WARN sources need it and its dependencies
    from warn.runner import Runner

    if user_agent:
        _identify_as(warn_utils, user_agent)
    with tempfile.TemporaryDirectory() as data_dir:
        return Path(Runner(Path(data_dir), Path(cache_dir)).scrape(state)).read_bytes()


def _identify_as(warn_utils, user_agent: str) -> None:
    """warn-scraper's requests name Big Local News unless a state's scraper names a browser; a state's
    webmaster should see who is reading, as Scrapy's requests say (our User-Agent has a contact address).
    Its `get_url` takes the agent as a keyword with a default, so the default is replaced, once."""
    get_url = warn_utils.get_url
    if getattr(get_url, "upheaval_user_agent", None) == user_agent:
        return
    original = getattr(get_url, "__wrapped__", get_url)

    def get_url_as_us(url, *args, **kwargs):
        if not args:  # the agent is the second positional parameter: a caller naming it keeps its own
            kwargs.setdefault("user_agent", user_agent)
        return original(url, *args, **kwargs)

    get_url_as_us.__wrapped__ = original
    get_url_as_us.upheaval_user_agent = user_agent
    warn_utils.get_url = get_url_as_us


class WarnSpider(scrapy.Spider):
    name = "warn"
    source_kind = SOURCE_WARN

    def __init__(self, sources_file=None, source=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sources_file = sources_file
        self.source_names = [n for n in (source or "").split(",") if n]
        self.sources: list[Source] = []
        self.cache_dir = ""
        self.user_agent = ""

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        path = spider.sources_file or crawler.settings.get("UPHEAVAL_SOURCES")
        spider.sources = spider_sources(path, spider.source_names, cls.source_kind,
                                        crawler.settings.get("UPHEAVAL_SHARD"))
        spider.cache_dir = crawler.settings.get("UPHEAVAL_WARN_CACHE") or str(Path.home() / ".warn-scraper" / "cache")
        spider.user_agent = crawler.settings.get("USER_AGENT") or ""
        return spider

    async def start(self):
        for source in self.sources:
            meta = {"source": source.name, "state": source.state}
            if source.notices_url:
                yield scrapy.Request(source.notices_url, callback=self.parse_notices_file, errback=self.on_error,
                                     dont_filter=True, meta=meta)
            else:
                yield scrapy.Request(source.url, callback=self.parse, errback=self.on_error, dont_filter=True,
                                     meta=meta)

    def parse_notices_file(self, response):
        """A file of notices fetched by Scrapy: each notice links to the source's page, like warn-scraper's."""
        source = next(s for s in self.sources if s.name == response.meta["source"])
        yield from notice_items(response.body, source.state, source.name, source.url)

    async def parse(self, response):
        source, state = response.meta["source"], response.meta["state"]
        try:
            body = await deferToThread(scrape_state, state, self.cache_dir, self.user_agent)
        except Exception as exc:  # noqa: BLE001: a state site that changed or failed is this source's error
            yield SourceResultItem(source, "error", error=f"warn-scraper {state}: {type(exc).__name__}: {exc}"[:300])
            return
        for item in notice_items(body, state, source, response.url):
            yield item

    def on_error(self, failure):
        yield SourceResultItem(failure.request.meta["source"], "error", error=one_line(failure))


# Rows a state's file carries that are not notices to read: a withdrawn notice, pagination or blank rows
# with no employer. Skipping them is right, so they are logged, not counted as failed items (a state whose
# file always has them would otherwise be `partial` on every crawl).
EXPECTED_SKIPS = frozenset({"notice rescinded", "no employer name"})


def notice_items(body: bytes, state: str, source: str, page_url: str):
    """The source's outcome, its notices as articles with one layoff each, then one failed item per row
    that looked like a notice and could not be read (so the run is `partial` and names why), never an
    exception."""
    parsed = parse_warn_file(body, state)
    yield SourceResultItem(source, "ok", entries=len(parsed.notices))
    for notice in parsed.notices:
        yield ArticleItem(source=source, events=notice_events(notice), **notice_article(notice, page_url))
    for why, count in parsed.skipped.most_common():
        if why in EXPECTED_SKIPS:
            logger.info("%s: %d WARN rows skipped: %s", source, count, why)
            continue
        for _ in range(count):
            yield SourceResultItem(source, "error", error=f"WARN row skipped: {why} ({count} rows)")
