"""`upheaval ingest`: a crawl exported with Scrapy's own `-O items.jsonl` and loaded gives the database a
direct crawl gives; loading again changes nothing; what cannot be read is skipped, counted and named."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys

import pytest

from support import FAST_CRAWL_ENV, REPO, SCALE_OUT_SOURCES, crawl_content, scale_out_feeds
from pipeline.load_exports import ExportError, export_files


def upheaval(*args, db):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, **FAST_CRAWL_ENV, "UPHEAVAL_DB": str(db)}, timeout=120)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """The scale-out feed set crawled twice: directly into SQLite, and by `scrapy crawl feeds -O`."""
    tmp = tmp_path_factory.mktemp("exported")
    with scale_out_feeds(tmp) as sources:
        direct = upheaval("crawl", "--sources", str(sources), db=tmp / "direct.db")
        assert direct.returncode == 1, direct.stderr  # the broken feed is `error`
        nowhere = tmp / "not-written.db"
        env = {**os.environ, **FAST_CRAWL_ENV, "UPHEAVAL_DB": str(nowhere), "UPHEAVAL_SOURCES": str(sources)}
        exported = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "feeds", "-O", str(tmp / "items.jsonl")],
                                  cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
        assert exported.returncode == 0, exported.stderr[-3000:]
        assert not nowhere.exists(), "a crawl with feed exports wrote SQLite"
    return tmp, sources


def test_scrapy_export_loaded_by_ingest_matches_a_direct_crawl(crawled, tmp_path):
    tmp, sources = crawled
    db = tmp_path / "ingested.db"
    loaded = upheaval("ingest", str(tmp / "items.jsonl"), "--sources", str(sources), db=db)
    assert loaded.returncode == 1, loaded.stderr  # as the crawl: broken-feed's run is `error`
    assert "upheaval: failed: broken-feed" in loaded.stderr
    expected = crawl_content(tmp / "direct.db")
    assert len(expected["articles"]) == 14 and len(expected["events"]) == 15
    assert crawl_content(db) == expected
    # What the crawl recorded about its runs came through the export too: the refused link, the error.
    runs = {row[0]: row for row in expected["runs"]}
    assert "1 links not fetched: refused 127.0.0.1" in runs["thin-pages"][4]
    assert runs["broken-feed"][1] == "error"


def test_loading_twice_changes_nothing(crawled, tmp_path):
    tmp, sources = crawled
    db = tmp_path / "ingested.db"
    upheaval("ingest", str(tmp / "items.jsonl"), "--sources", str(sources), db=db)
    first = crawl_content(db)
    again = upheaval("ingest", str(tmp / "items.jsonl"), "--sources", str(sources), db=db)
    assert again.returncode == 0 and "loaded before" in again.stderr
    assert crawl_content(db) == first
    # The same items in another file (a copy with one line more): each item is still stored once.
    other = tmp_path / "copy.jsonl"
    other.write_bytes((tmp / "items.jsonl").read_bytes() + b"\n")
    upheaval("ingest", str(other), "--sources", str(sources), db=db)
    after = crawl_content(db)
    assert {part: after[part] for part in ("articles", "sightings", "events")} == \
           {part: first[part] for part in ("articles", "sightings", "events")}


def test_folders_file_uris_and_gzip_are_read(crawled, tmp_path):
    tmp, sources = crawled
    folder = tmp_path / "exports" / "upheaval" / "feeds"  # Scrapyd's items_dir layout: PROJECT/SPIDER/JOB.jl
    folder.mkdir(parents=True)
    with gzip.open(folder / "job1.jl.gz", "wb") as handle:
        handle.write((tmp / "items.jsonl").read_bytes())
    (folder / "notes.txt").write_text("not an export")
    assert export_files([str(tmp_path / "exports")]) == [folder / "job1.jl.gz"]
    db = tmp_path / "ingested.db"
    loaded = upheaval("ingest", (tmp_path / "exports").as_uri(), "--sources", str(sources), db=db)
    assert "26 lines, 26 items" in loaded.stderr, loaded.stderr
    assert crawl_content(db) == crawl_content(tmp / "direct.db")


@pytest.mark.parametrize("uri", ["s3://bucket/exports/", "ftp://nodes.example.com/exports/", "gs://b/x.jsonl"])
def test_remote_uris_say_what_is_supported(uri, tmp_path):
    with pytest.raises(ExportError, match="copy them to a folder first"):
        export_files([uri])
    result = upheaval("ingest", uri, db=tmp_path / "x.db")
    assert result.returncode == 2 and "not read directly" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_malformed_lines_are_skipped_counted_and_named(crawled, tmp_path):
    tmp, sources = crawled
    lines = (tmp / "items.jsonl").read_bytes().splitlines(keepends=True)
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(b"".join(lines[:3]) + b'{"source": "wire-deals", "title": "Cut sh\n' + b"\xff\xfe\n"
                       + b'["a list"]\n' + b'{"source": "wire-deals", "status": "exploded"}\n'
                       + b'{"title": "no source", "url": "https://x.example.com/"}\n' + b"".join(lines[3:]))
    db = tmp_path / "ingested.db"
    result = upheaval("ingest", str(broken), "--sources", str(sources), db=db)
    assert result.returncode == 1  # broken-feed's run decides; malformed lines alone give 3 (below)
    assert "5 malformed lines skipped" in result.stderr and "Traceback" not in result.stderr
    for why in (":4: skipped: not JSON", ":5: skipped: not UTF-8", ":6: skipped: expected a JSON object",
                ":7: skipped: status 'exploded'", ':8: skipped: no "source"'):
        assert why in result.stderr, result.stderr
    assert crawl_content(db)["articles"] == crawl_content(tmp / "direct.db")["articles"]

    only_good_sources = tmp_path / "good.jsonl"
    only_good_sources.write_bytes(b"".join(line for line in lines if b'"broken-feed"' not in line) + b"{oops\n")
    result = upheaval("ingest", str(only_good_sources), "--sources", str(sources), db=tmp_path / "other.db")
    assert result.returncode == 3, result.stderr


def test_items_of_sources_the_file_does_not_list_are_refused_by_name(crawled, tmp_path):
    tmp, _ = crawled
    narrow = tmp_path / "narrow.toml"
    narrow.write_text('[[sources]]\nname = "wire-deals"\nkind = "feed"\nurl = "https://wire.example.com/ma.rss"\n')
    db = tmp_path / "ingested.db"
    result = upheaval("ingest", str(tmp / "items.jsonl"), "--sources", str(narrow), db=db)
    assert result.returncode == 1
    # The names in the order the crawl met them (the network's order), each of the six the file lacks.
    named = result.stderr.split("it holds items of ", 1)[1].split(", which", 1)[0].split(", ")
    assert sorted(named) == sorted(set(SCALE_OUT_SOURCES) - {"wire-deals"}), result.stderr
    assert "--sources FILE" in result.stderr
    assert crawl_content(db)["articles"] == []


def test_missing_targets_and_empty_folders(tmp_path):
    result = upheaval("ingest", str(tmp_path / "nowhere"), db=tmp_path / "x.db")
    assert result.returncode == 2 and "no such file or folder" in result.stderr
    (tmp_path / "empty").mkdir()
    result = upheaval("ingest", str(tmp_path / "empty"), db=tmp_path / "x.db")
    assert result.returncode == 0 and "no exports" in result.stderr


def test_a_database_that_cannot_take_the_batches_leaves_the_file_to_load_again(crawled, tmp_path):
    """The write lock held by another writer past the timeout: nothing is lost, the file is not remembered
    as loaded, and the next ingest stores it whole."""
    import sqlite3

    from pipeline import store
    from pipeline.load_exports import load_export
    from pipeline.sources import load_sources

    tmp, sources_file = crawled
    sources = {source.name: source for source in load_sources(sources_file)}
    db = tmp_path / "ingested.db"
    store.open_db(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        first = load_export(tmp / "items.jsonl", str(db), sources, str(sources_file), lock_timeout=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not first.complete and first.error
    second = load_export(tmp / "items.jsonl", str(db), sources, str(sources_file))
    assert second.complete and second.items == 26
    assert crawl_content(db)["events"] == crawl_content(tmp / "direct.db")["events"]
