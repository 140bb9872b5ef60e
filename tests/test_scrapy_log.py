"""`scrapy crawl` from the repo root reads like `upheaval crawl`: one line per failure, no tracebacks
(pipeline/scrapy_log.py). Real `scrapy crawl` processes, as a user would run them."""

from __future__ import annotations

import os
import subprocess
import sys

from support import REPO


def scrapy_crawl(tmp_path, *argv):
    sources = tmp_path / "sources.toml"
    sources.write_text('[[sources]]\nname = "offline"\nkind = "feed"\nurl = "http://127.0.0.1:9/feed.xml"\n',
                       encoding="utf-8")
    env = {**os.environ, "UPHEAVAL_DB": str(tmp_path / "u.db"), "UPHEAVAL_SOURCES": str(sources),
           "UPHEAVAL_LOG_LEVEL": "INFO"}
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", *argv], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def test_an_unknown_source_is_one_line(tmp_path):
    result = scrapy_crawl(tmp_path, "feeds", "-a", "source=unknown")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "upheaval: no source named unknown (known: offline)" in result.stderr


def test_an_offline_crawl_has_no_tracebacks(tmp_path):
    result = scrapy_crawl(tmp_path, "feeds", "-s", "RETRY_TIMES=0")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Scrapy 2." not in result.stderr
    assert len(result.stderr.splitlines()) <= 3, result.stderr  # the crawl's start, and the source's failure
    assert "source=offline" in result.stderr
