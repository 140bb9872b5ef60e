"""Settings: Scrapy's, and every upheaval-radar tunable, each read once from the environment.

Nothing deeper than this module reads os.environ.
"""

import os


# ---- upheaval-radar tunables
UPHEAVAL_DB = os.environ.get("UPHEAVAL_DB", "data/upheaval.db")
UPHEAVAL_SOURCES = os.environ.get("UPHEAVAL_SOURCES", "sources.toml")
UPHEAVAL_CONTACT = os.environ.get("UPHEAVAL_CONTACT", "")
UPHEAVAL_SEC_BASE = os.environ.get("UPHEAVAL_SEC_BASE", "https://www.sec.gov").rstrip("/")
UPHEAVAL_HOST = os.environ.get("UPHEAVAL_HOST", "127.0.0.1")
UPHEAVAL_PORT = int(os.environ.get("UPHEAVAL_PORT", "8080"))
UPHEAVAL_WINDOW_DAYS = int(os.environ.get("UPHEAVAL_WINDOW_DAYS", "365"))
UPHEAVAL_SEC_RATE = float(os.environ.get("UPHEAVAL_SEC_RATE", "10"))  # SEC fair access: <= 10 requests/s
# Hosts that are SEC's besides UPHEAVAL_SEC_BASE's: paced, and the only ones told the operator's contact.
_SEC_HOSTS = os.environ.get("UPHEAVAL_SEC_HOSTS", "www.sec.gov,sec.gov,efts.sec.gov")
UPHEAVAL_SEC_HOSTS = [host.strip().lower() for host in _SEC_HOSTS.split(",") if host.strip()]
UPHEAVAL_BATCH_SIZE = int(os.environ.get("UPHEAVAL_BATCH_SIZE", "500"))  # articles per transaction
# Where a crawl's items go: `sqlite` (UPHEAVAL_DB), `feed` (only Scrapy's feed exports, FEEDS: a Scrapyd
# node, docs/scale-out.md) or `auto`: the feed exports when FEEDS is set (`-O items.jsonl`, Scrapyd's items_dir).
UPHEAVAL_STORE = os.environ.get("UPHEAVAL_STORE", "auto")
# A Scrapyd node's share of the sources, "K/N" (docs/scale-out.md): its spiders crawl only shard K of N.
UPHEAVAL_SHARD = os.environ.get("UPHEAVAL_SHARD", "")
UPHEAVAL_MAX_PAGES_PER_SOURCE = int(os.environ.get("UPHEAVAL_MAX_PAGES_PER_SOURCE", "20"))
# API server (docs/api.md explains each one)
UPHEAVAL_WORKERS = int(os.environ.get("UPHEAVAL_WORKERS", "0"))  # 0: one per core, at least 2
UPHEAVAL_CORS_ORIGINS = os.environ.get("UPHEAVAL_CORS_ORIGINS", "")
# Host names the API answers besides loopback and its bind address (DNS rebinding; docs/api.md); "*": any.
UPHEAVAL_ALLOWED_HOSTS = os.environ.get("UPHEAVAL_ALLOWED_HOSTS", "")
UPHEAVAL_RATE_LIMIT = os.environ.get("UPHEAVAL_RATE_LIMIT", "600/minute")
UPHEAVAL_RATE_LIMIT_STORAGE = os.environ.get("UPHEAVAL_RATE_LIMIT_STORAGE", "")
UPHEAVAL_CACHE_SECONDS = int(os.environ.get("UPHEAVAL_CACHE_SECONDS", "300"))
# "Wrong company?" reports from the extension (only from users who opted in); the alert database stays
# read-only for the API, so they go to a file of their own (default: corrections.db beside UPHEAVAL_DB).
UPHEAVAL_CORRECTIONS_DB = os.environ.get("UPHEAVAL_CORRECTIONS_DB", "")
UPHEAVAL_TRUSTED_PROXIES = int(os.environ.get("UPHEAVAL_TRUSTED_PROXIES", "0"))
# GET /api/v1/alerts's fast path (server/fast_path.py): "0" or "off" leaves every request to Flask.
UPHEAVAL_API_FAST_PATH = os.environ.get("UPHEAVAL_API_FAST_PATH", "1").strip().lower() not in ("0", "off")
PROJECT_URL = "https://github.com/upheaval-radar/upheaval-radar"

# ---- Scrapy
BOT_NAME = "upheaval-radar"
SPIDER_MODULES = ["pipeline.spiders"]
NEWSPIDER_MODULE = "pipeline.spiders"

# Identify ourselves to every site; only SEC, whose fair-access rule asks for it, is told the operator's contact.
USER_AGENT = f"upheaval-radar/0.1 (+{PROJECT_URL})"
SEC_USER_AGENT = f"upheaval-radar/0.1 (+{PROJECT_URL}; {UPHEAVAL_CONTACT})" if UPHEAVAL_CONTACT else USER_AGENT
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = float(os.environ.get("UPHEAVAL_DOWNLOAD_DELAY", "0.5"))  # per site; AutoThrottle adapts from here
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = max(DOWNLOAD_DELAY, float(os.environ.get("UPHEAVAL_AUTOTHROTTLE_START", "1.0")))
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024  # also caps what a decompression bomb may inflate to
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
RETRY_BACKOFF_BASE = float(os.environ.get("UPHEAVAL_RETRY_BACKOFF", "2"))  # seconds; doubles each retry
RETRY_BACKOFF_MAX = 60.0
DOWNLOADER_MIDDLEWARES = {
    # First of all, before robots.txt is fetched for a host a link from content names.
    "pipeline.middlewares.InternalAddressGuardMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "pipeline.middlewares.BackoffRetryMiddleware": 550,
    "pipeline.middlewares.ConditionalGetMiddleware": 560,
    # After the User-Agent middleware, so SEC's requests (robots.txt too) leave with the contact in theirs.
    "pipeline.middlewares.SecFairAccessMiddleware": 950,
}
# SEC's pacing happens as each request leaves for the network (pipeline/middlewares.py says why).
DOWNLOAD_HANDLERS = {
    "http": "pipeline.middlewares.SecPacedDownloadHandler",
    "https": "pipeline.middlewares.SecPacedDownloadHandler",
}
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = os.environ.get("UPHEAVAL_LOG_LEVEL", "INFO")
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"

ITEM_PIPELINES = {
    "pipeline.pipelines.StorePipeline": 300,  # steps aside when items go to the feed exports (pipeline/exports.py)
}
SPIDER_MIDDLEWARES = {
    # Last in the exception chain: on a node, a callback's failure becomes a `failed` item in the export.
    "pipeline.exports.FailuresAsItemsMiddleware": 1,
}
