"""One spider per source kind. Spiders download and build items; they never classify or write."""

from pipeline.scrapy_log import quiet_scrapy_logging

# Scrapy's spider loader imports this package before any crawl, `scrapy crawl` as well as `upheaval crawl`.
quiet_scrapy_logging()
