"""Downloader middlewares and the download handler: politeness and safety that every spider gets.

- InternalAddressGuardMiddleware: a link found in content (or a redirect) may reach public addresses
  only; the origins the operator wrote (each source's URL, UPHEAVAL_SEC_BASE) may be anything.
- ConditionalGetMiddleware: a source's request carries the ETag / Last-Modified its last good crawl
  stored, so an unchanged feed answers 304 and costs nothing.
- SecFairAccessMiddleware: requests to SEC carry a User-Agent that names the operator (SEC's fair-access
  rule); no other site sees the contact.
- SecPacedDownloadHandler: at most UPHEAVAL_SEC_RATE requests a second leave for SEC, across every spider
  of the process. It paces where a request leaves for the network: a middleware runs before Scrapy's
  per-site queue, which can hold paced requests back and then release them together.
- BackoffRetryMiddleware: Scrapy's retries on 429/5xx, but waiting (Retry-After, else exponential
  backoff) before trying again instead of hammering a struggling site.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from twisted.internet.defer import Deferred

from pipeline import store
from pipeline.addresses import host_is_localhost, internal_reason, literal_address
from pipeline.sources import load_sources

# Pacing keeps this much under SEC's rate: a request timed to leave may reach SEC a little late, and the
# next one, on time, must not make it 11 in a second (0.12 s apart at 10 a second: 9 in any second).
SEC_PACING_MARGIN = 1.2
_DEFAULT_PORTS = {"http": 80, "https": 443}

log = logging.getLogger(__name__)


class ConditionalGetMiddleware:
    def __init__(self, db_path: str):
        self.db_path = db_path
        self.validators: dict[str, tuple[str | None, str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy.exceptions import NotConfigured

        from pipeline.exports import writes_database

        if not writes_database(crawler.settings):
            # A node has no database to read validators from, and must not create one: it fetches in full.
            raise NotConfigured()  # no message: Scrapy logs a message as a warning
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


class RefusedAddress(IgnoreRequest):
    """A request that would reach an internal address on behalf of a link found in content."""


class InternalAddressGuardMiddleware:
    """Refuses loopback, private, link-local, multicast, reserved and unspecified addresses, however the
    host is spelled or whatever it resolves to, unless the request's origin (scheme, host, port) is one
    the operator wrote. Redirects come back through here as new requests, so each hop is checked."""

    def __init__(self, sec_base: str, sources_file: str):
        self.sources_file = sources_file
        self.allowed_origins = {_origin(sec_base)} if sec_base else set()
        self.verdicts: dict[str, str | None] = {}  # host -> why it is refused, or None
        self.refused_hosts_logged: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler.settings.get("UPHEAVAL_SEC_BASE", ""), crawler.settings.get("UPHEAVAL_SOURCES"))
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self, spider=None):
        sources = list(getattr(spider, "sources", []))
        try:  # every source in the operator's file, enabled or not: the operator wrote each URL
            sources += load_sources(getattr(spider, "sources_file", None) or self.sources_file)
        except Exception:  # the spider has already reported a file it cannot read
            pass
        self.allowed_origins.update(_origin(source.url) for source in sources)

    async def process_request(self, request, spider=None):
        parts = urlsplit(request.url)
        if _origin(request.url) in self.allowed_origins:
            return None
        host = (parts.hostname or "").lower()
        if parts.scheme.lower() not in _DEFAULT_PORTS:
            reason = f"{parts.scheme or 'no'} scheme"
        else:
            if host not in self.verdicts:
                self.verdicts[host] = await _internal_host_reason(host)
            reason = self.verdicts[host]
        if reason is None:
            return None
        if host not in self.refused_hosts_logged:
            self.refused_hosts_logged.add(host)
            log.warning("refused %s: %s (a link found in content may reach public addresses only)", host, reason)
        raise RefusedAddress(f"refused {host or request.url}: {reason}")


async def _internal_host_reason(host: str) -> str | None:
    if not host:
        return "no host"
    if host_is_localhost(host):
        return f"{host} is loopback"
    address = literal_address(host)
    if address is not None:
        return internal_reason(address)
    try:
        answers = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return None  # not resolvable: the download fails on its own, with its own error
    for *_, sockaddr in answers:
        reason = internal_reason(literal_address(sockaddr[0]))
        if reason is not None:
            return f"{host} resolves to {reason}"
    return None


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or _DEFAULT_PORTS.get(scheme)
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port


class SecHosts:
    """Which URLs are SEC's: under UPHEAVAL_SEC_BASE, or on one of UPHEAVAL_SEC_HOSTS."""

    def __init__(self, sec_base: str, hosts):
        self.base = sec_base.rstrip("/") + "/"
        self.hosts = {host.strip().lower() for host in hosts if host.strip()}

    @classmethod
    def from_settings(cls, settings):
        return cls(settings.get("UPHEAVAL_SEC_BASE"), settings.getlist("UPHEAVAL_SEC_HOSTS"))

    def __contains__(self, url: str) -> bool:
        return url.startswith(self.base) or (urlsplit(url).hostname or "").lower() in self.hosts


class SecFairAccessMiddleware:
    """SEC's requests name the operator (SEC_USER_AGENT); without a contact they are not sent at all."""

    def __init__(self, sec_hosts: SecHosts, contact: str, sec_user_agent: str):
        self.sec_hosts = sec_hosts
        self.contact = contact
        self.sec_user_agent = sec_user_agent

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(SecHosts.from_settings(settings), settings.get("UPHEAVAL_CONTACT", ""),
                   settings.get("SEC_USER_AGENT") or settings.get("USER_AGENT"))

    def process_request(self, request, spider=None):
        if request.url not in self.sec_hosts:
            return None
        if not self.contact:
            raise IgnoreRequest("SEC requires a contact in the User-Agent: set UPHEAVAL_CONTACT")
        request.headers[b"User-Agent"] = self.sec_user_agent
        return None


class DeparturePacer:
    """Lets requests leave at least `interval` seconds apart, counted from when each one actually left:
    a waiter woken late moves every later slot with it rather than leaving early to catch up."""

    def __init__(self, interval: float):
        self.interval = interval
        self.next_departure = 0.0

    async def wait_turn(self) -> None:
        while (wait := self.next_departure - time.monotonic()) > 0:
            await asyncio.sleep(wait)  # another waiter may take the slot first: look again on waking
        self.next_departure = time.monotonic() + self.interval


# One pacer per rate for the whole process: `upheaval crawl` runs the feed, EDGAR and page spiders side
# by side, and SEC counts them together.
_SEC_PACERS: dict[float, DeparturePacer] = {}


def sec_pacer(rate: float) -> DeparturePacer:
    interval = SEC_PACING_MARGIN / max(rate, 0.1)
    return _SEC_PACERS.setdefault(interval, DeparturePacer(interval))


class SecPacedDownloadHandler:
    """Scrapy's HTTP(S) download handler, with SEC's requests waiting their turn just before they leave."""

    lazy = False

    def __init__(self, crawler):
        self.http = HTTP11DownloadHandler.from_crawler(crawler)
        self.sec_hosts = SecHosts.from_settings(crawler.settings)
        self.pacer = sec_pacer(crawler.settings.getfloat("UPHEAVAL_SEC_RATE", 10.0))

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def download_request(self, request, spider=None):
        if request.url in self.sec_hosts:
            await self.pacer.wait_turn()
        result = self.http.download_request(request) if _COROUTINE_HANDLERS else \
            self.http.download_request(request, spider)
        return await (maybe_deferred_to_future(result) if isinstance(result, Deferred) else result)

    async def close(self):
        result = self.http.close()
        if isinstance(result, Deferred):
            await maybe_deferred_to_future(result)
        elif result is not None:
            await result


_COROUTINE_HANDLERS = asyncio.iscoroutinefunction(HTTP11DownloadHandler.download_request)
if not _COROUTINE_HANDLERS:  # older Scrapy calls handlers with the spider and expects Deferreds back
    _paced_download, _close = SecPacedDownloadHandler.download_request, SecPacedDownloadHandler.close
    SecPacedDownloadHandler.download_request = \
        lambda self, request, spider=None: deferred_from_coro(_paced_download(self, request, spider))
    SecPacedDownloadHandler.close = lambda self: deferred_from_coro(_close(self))


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
