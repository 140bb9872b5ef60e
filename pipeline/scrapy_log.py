"""Scrapy's log, cut to one line per failure: for `upheaval crawl` and for `scrapy crawl` alike.

Installed when the spiders package is imported, which Scrapy's spider loader does before any crawl
starts, so a plain `scrapy crawl feeds` reads like `upheaval crawl` and not like ~150 lines of Scrapy and
Twisted tracebacks. UPHEAVAL_LOG_LEVEL=DEBUG shows everything again.
"""

from __future__ import annotations

import logging

from pipeline import settings
from pipeline.exports import StoreModeError
from pipeline.sources import SourcesError

# A person's mistake in what they asked for: the message is all they need, not a traceback.
_ONE_LINE_ERRORS = (SourcesError, StoreModeError)

# Scrapy's start-up listings and per-request retry tracebacks drown the one line per source that matters
# (each source's outcome is recorded and printed in the summary).
# Filters, not levels: Scrapy sets its logging up anew for every crawler, and filters survive that.
_CHATTY_LOGGERS = {
    "scrapy.utils.log": logging.WARNING,
    "scrapy.addons": logging.WARNING,
    "scrapy.middleware": logging.WARNING,
    "scrapy.crawler": logging.WARNING,
    "scrapy.extensions.logstats": logging.WARNING,
    "scrapy.extensions.remote_control": logging.WARNING,
    "scrapy.extensions.telnet": logging.WARNING,
    "scrapy.statscollectors": logging.WARNING,
    "scrapy.core.engine": logging.WARNING,
    "scrapy.downloadermiddlewares.retry": logging.CRITICAL,
    "scrapy.downloadermiddlewares.robotstxt": logging.CRITICAL,
}


class _AtLeast(logging.Filter):
    def __init__(self, level: int):
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= self.level


class _SourcesErrorInOneLine(logging.Filter):
    """A spider that cannot start because of the sources file (`-a source=unknown`, a typo) fails in
    from_crawler, and asyncio logs the crawl task's traceback: the message is all a person needs."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, _ONE_LINE_ERRORS):
            record.msg, record.args = "upheaval: %s", (error,)
            record.exc_info = record.exc_text = None
        return True


def quiet_scrapy_logging() -> None:
    if settings.LOG_LEVEL == "DEBUG":
        return
    for name, level in _CHATTY_LOGGERS.items():
        logger = logging.getLogger(name)
        if not any(isinstance(f, _AtLeast) for f in logger.filters):
            logger.addFilter(_AtLeast(level))
    for name in ("asyncio", "scrapy.crawler", "twisted"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _SourcesErrorInOneLine) for f in logger.filters):
            logger.addFilter(_SourcesErrorInOneLine())
