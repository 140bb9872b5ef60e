"""Downloader middlewares: politeness that every spider gets without asking.

- ConditionalGetMiddleware: a source's request carries the ETag / Last-Modified its last good crawl
  stored, so an unchanged feed answers 304 and costs nothing.
- SecFairAccessMiddleware: at most UPHEAVAL_SEC_RATE requests a second to SEC across the whole crawl,
  each with a User-Agent that names the operator (SEC's fair-access rule).
- BackoffRetryMiddleware: Scrapy's retries on 429/5xx, but waiting (Retry-After, else exponential
  backoff) before trying again instead of hammering a struggling site.
"""

from __future__ import annotations

import asyncio
import logging
import time
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest

from pipeline import store

log = logging.getLogger(__name__)


class ConditionalGetMiddleware:
    def __init__(self, db_path: str):
        self.db_path = db_path
        self.validators: dict[str, tuple[str | None, str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler.settings.get("UPHEAVAL_DB"))
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self, spider=None):
        db = store.open_db(self.db_path)
        try:
            self.validators = store.source_validators(db)
        finally:
            db.close()

    def process_request(self, request, spider=None):
        if not request.meta.get("conditional"):
            return None
        etag, last_modified = self.validators.get(request.meta.get("source"), (None, None))
        if etag and b"If-None-Match" not in request.headers:
            request.headers[b"If-None-Match"] = etag
        if last_modified and b"If-Modified-Since" not in request.headers:
            request.headers[b"If-Modified-Since"] = last_modified
        return None


class SecFairAccessMiddleware:
    """Spaces requests to SEC (sec.gov, or anything under UPHEAVAL_SEC_BASE) at least 1/rate seconds apart."""

    def __init__(self, sec_base: str, rate: float, contact: str, user_agent: str):
        self.hosts = {"www.sec.gov", "sec.gov", "efts.sec.gov"}
        self.base = sec_base.rstrip("/") + "/"
        self.interval = 1.0 / max(rate, 0.1)
        self.contact = contact
        self.user_agent = user_agent
        self.next_slot = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(settings.get("UPHEAVAL_SEC_BASE"), settings.getfloat("UPHEAVAL_SEC_RATE", 10.0),
                   settings.get("UPHEAVAL_CONTACT", ""), settings.get("USER_AGENT"))

    def is_sec(self, url: str) -> bool:
        return url.startswith(self.base) or urlsplit(url).netloc.lower() in self.hosts

    async def process_request(self, request, spider=None):
        if not self.is_sec(request.url):
            return None
        if not self.contact:
            raise IgnoreRequest("SEC requires a contact in the User-Agent: set UPHEAVAL_CONTACT")
        request.headers[b"User-Agent"] = self.user_agent
        now = time.monotonic()
        slot = max(now, self.next_slot)
        self.next_slot = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)
        return None


class BackoffRetryMiddleware(RetryMiddleware):
    """Retry 429/5xx after Retry-After (capped) or base * 2^(attempt-1) seconds."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    async def process_response(self, request, response, spider=None):
        result = super().process_response(request, response)
        if result is not response and result is not None:
            await asyncio.sleep(self._delay(result, response))
        return result

    async def process_exception(self, request, exception, spider=None):
        result = super().process_exception(request, exception)
        if result is not None:
            await asyncio.sleep(self._delay(result, None))
        return result

    def _delay(self, retry_request, response) -> float:
        attempt = int(retry_request.meta.get("retry_times", 1))
        delay = self.base * 2 ** (attempt - 1)
        header = response.headers.get(b"Retry-After") if response is not None else None
        if header:
            delay = _retry_after_seconds(header.decode("latin-1"), delay)
        return max(0.0, min(delay, self.cap))


def _retry_after_seconds(value: str, default: float) -> float:
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return parsedate_to_datetime(value).timestamp() - time.time()
    except (TypeError, ValueError):
        return default
