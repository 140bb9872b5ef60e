"""`upheaval ingest`: load the JSON-lines exports of crawls that ran elsewhere (Scrapyd nodes, `scrapy
crawl feeds -O items.jsonl`) into the database (docs/scale-out.md).

Each export file is one crawl. Its items go through the StorePipeline a local crawl uses, so they are
stored in the same batches (UPHEAVAL_BATCH_SIZE per transaction, all or nothing), with the same runs,
statuses and failure handling, and the database ends up as a direct crawl of the same sources leaves it.
An article is stored once per canonical URL and an event once however many reports it has, so an item
loaded twice is stored once; a file loaded whole is remembered by its content's hash and not loaded again.
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterator
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from scrapy.exceptions import CloseSpider

from pipeline import store
from pipeline.exports import read_record
from pipeline.pipelines import StorePipeline
from pipeline.sources import Source

# What a folder's exports are called: Scrapy's jsonlines format, as `-O items.jsonl` and Scrapyd's items_dir
# (JOB.jl) name them, also gzipped (FEEDS' `postprocessing: [scrapy.extensions.postprocessing.GzipPlugin]`).
SUFFIXES = (".jsonl", ".jl", ".jsonlines")
GZIP_MAGIC = b"\x1f\x8b"


class ExportError(ValueError):
    """A target that cannot be read; the message names it and says what would work."""


@dataclass
class LoadedExport:
    name: str
    lines: int = 0
    items: int = 0
    malformed: list[tuple[int, str]] = field(default_factory=list)  # (line number, why)
    runs: list[dict] = field(default_factory=list)  # each source's outcome, as `upheaval crawl` prints them
    already: str | None = None  # when the same content was loaded whole before (then nothing was done)
    error: str | None = None  # why the file could not be loaded at all
    complete: bool = False  # every item stored: remembered, and not loaded again


def export_files(targets: list[str]) -> list[Path]:
    """The export files that FILE, DIR and file:// targets name; a folder's exports in name order,
    sub-folders included (Scrapyd's items_dir keeps PROJECT/SPIDER/JOB.jl)."""
    files: list[Path] = []
    for target in targets:
        path = _local_path(target)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and _is_export_name(p.name))
        elif path.is_file():
            files.append(path)  # named on purpose: read whatever its name
        else:
            raise ExportError(f"{target}: no such file or folder")
    return files


def _local_path(target: str) -> Path:
    parts = urlsplit(target)
    if parts.scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise ExportError(f"{target}: a file:// URI on another host ({parts.netloc}) cannot be read here; "
                              "mount it and give the local path")
        return Path(url2pathname(unquote(parts.path)))
    if len(parts.scheme) > 1:  # not a plain path (one letter would be a Windows drive)
        raise ExportError(f"{target}: {parts.scheme}:// exports are not read directly (ingest reads files, folders "
                          "and file:// URIs); copy them to a folder first, e.g. `aws s3 sync s3://BUCKET/exports/ "
                          "exports/` or `lftp -e 'mirror exports/' ftp://HOST`, then `upheaval ingest exports/`")
    return Path(target)


def _is_export_name(name: str) -> bool:
    name = name.lower().removesuffix(".gz")
    return not name.startswith(".") and name.endswith(SUFFIXES)


def _lines(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as raw:
        gzipped = raw.read(2) == GZIP_MAGIC
    with (gzip.open(path, "rb") if gzipped else open(path, "rb")) as handle:
        yield from handle


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


Progress = Callable[[str, int, int], None]  # (file name, lines done, lines in all)


def load_export(path: Path, db_path: str, sources: dict[str, Source], sources_file: str,
                batch_size: int = 500, progress: Progress | None = None,
                lock_timeout: float = store.WRITE_LOCK_TIMEOUT_SECONDS) -> LoadedExport:
    """Load one export file as one crawl. Malformed lines are skipped and counted, never fatal."""
    result = LoadedExport(str(path))
    try:
        digest = _sha256(path)
        db = store.open_db(db_path)
        try:
            result.already = store.export_ingested(db, digest)
        finally:
            db.close()
        if result.already:
            return result
        names = _sources_named(path, result)
    except OSError as exc:
        result.error = f"cannot read it: {exc.strerror or exc}"
        return result
    unknown = [name for name in names if name not in sources]
    if unknown:
        result.error = (f"it holds items of {', '.join(unknown)}, which {sources_file} does not list; give "
                        "--sources FILE, the sources file the nodes crawled")
        return result
    pipeline = StorePipeline(db_path, batch_size, lock_timeout=lock_timeout)
    try:
        pipeline.open_spider(SimpleNamespace(sources=[sources[name] for name in names]))
    except CloseSpider:  # the database cannot take the runs: StorePipeline said why, and nothing was read
        result.runs = pipeline.outcomes
        result.error = "the database could not record the runs"
        return result
    try:
        for number, raw in enumerate(_lines(path), 1):
            item, why = read_record(raw, first_line=number == 1)
            if why:
                result.malformed.append((number, why))
            elif item is not None:
                pipeline.process_item(item)
                result.items += 1
            if progress and number % 1000 == 0:
                progress(result.name, number, result.lines)
    except (OSError, EOFError) as exc:  # a gzip file cut short, a disk that failed mid-read
        result.malformed.append((result.lines, f"the file ends early: {exc}"))
    pipeline.close_spider()
    if progress:
        progress(result.name, result.lines, result.lines)
    result.runs = pipeline.outcomes
    result.complete = not pipeline.pending  # else the database refused a batch: load the file again later
    if result.complete:
        db = store.open_db(db_path)
        try:
            store.record_ingested_export(db, digest, path.name, result.lines)
        finally:
            db.close()
    return result


def _sources_named(path: Path, result: LoadedExport) -> list[str]:
    """The sources whose items the file holds, in order of first appearance: their runs are opened before
    the first item is stored, as a crawl opens its sources' runs. Counts the lines for progress too."""
    names: dict[str, None] = {}
    try:
        for number, raw in enumerate(_lines(path), 1):
            result.lines = number
            item, _ = read_record(raw, first_line=number == 1)
            if item is not None:
                names.setdefault(item.source)
    except EOFError:
        pass  # a gzip file cut short: the loading pass says so
    return list(names)
