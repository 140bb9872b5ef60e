"""The sources file (docs/interfaces.md, "Sources file"): TOML in, validated source definitions out.

A typo must not pass silently (an ignored `intervall` crawls every hour; `enabled = "false"` is a true
string): unknown keys and tables and wrong types are errors that name the file, the line and the
closest known key. tomllib gives no line numbers, so lines are found by scanning the text."""

from __future__ import annotations

import difflib
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.clean import safe_url
from pipeline.constants import SOURCE_KINDS, SOURCE_WARN

_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
# Each key a source may have, and what its value must be (what a person reads in the error).
KEYS = {"name": (str, "a string"), "kind": (str, "a string"), "url": (str, "a string"),
        "interval": (str, 'a string such as "30m"'), "enabled": (bool, "true or false"),
        "tags": (list, 'a list of strings such as ["news"]'), "fetch_pages": (bool, "true or false"),
        "state": (str, 'a two-letter state code such as "ca"'),
        "notices_url": (str, "an http(s) address")}
_TABLE_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?")
_KEY_LINE = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*[=.]""")


class SourcesError(ValueError):
    """The sources file cannot be used; the message names the file, the source and the problem."""


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    url: str
    interval: str = "1h"
    enabled: bool = True
    tags: tuple[str, ...] = field(default_factory=tuple)
    fetch_pages: bool = False  # feed sources: read the article page when an entry's summary is too thin
    state: str = ""  # warn sources: the state whose notices warn-scraper reads ("ca")
    # warn sources: a file of the state's notices (a state's own CSV, warn-scraper's output published by a
    # newsroom or by you) that Scrapy fetches itself, instead of warn-scraper reading the state's site
    notices_url: str = ""

    @property
    def interval_seconds(self) -> int:
        return parse_interval(self.interval)

    def as_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "url": self.url, "interval": self.interval,
                "enabled": self.enabled, "tags": list(self.tags), "fetch_pages": self.fetch_pages}


def parse_interval(text: str) -> int:
    """"30m" -> 1800. Units: s, m, h, d."""
    match = _INTERVAL.match(str(text))
    if not match:
        raise SourcesError(f'interval "{text}" is not a number followed by s, m, h or d (e.g. "30m")')
    seconds = int(match[1]) * _SECONDS[match[2]]
    if seconds < 60:
        raise SourcesError(f'interval "{text}" is shorter than a minute; be kind to the sites we read')
    return seconds


def load_sources(path: str | Path) -> list[Source]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise SourcesError(f"{path}: no such sources file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: not valid TOML: {exc}") from None
    lines = _LineFinder(text)
    for key in data:
        if key != "sources":
            raise SourcesError(f'{path}{lines.top_level(key)}: unknown table or key "{key}" '
                               "(did you mean [[sources]]?)")
    entries = data.get("sources", [])
    if not isinstance(entries, list):
        raise SourcesError(f"{path}{lines.top_level('sources')}: sources must be [[sources]] tables")
    return parse_sources(entries, str(path), lines)


class _LineFinder:
    """Where a key sits in the sources file's text, as ":LINE" for an error message ("" when unsure:
    inline tables and other spellings tomllib accepts are not worth a parser of our own)."""

    def __init__(self, text: str = ""):
        self.tables: list[tuple[str, int, list[tuple[str, int]]]] = []  # (header, line, [(key, line)])
        self.top: list[tuple[str, int]] = []
        for number, line in enumerate(text.splitlines(), 1):
            header = _TABLE_HEADER.match(line)
            if header and not _KEY_LINE.match(line):
                self.tables.append((header[1].split(".")[0].strip().strip('"\''), number, []))
                continue
            key = _KEY_LINE.match(line)
            if key:
                found = (next(k for k in key.groups() if k is not None), number)
                (self.tables[-1][2] if self.tables else self.top).append(found)

    def top_level(self, key: str) -> str:
        for name, number, _ in self.tables:
            if name == key:
                return f":{number}"
        return next((f":{number}" for name, number in self.top if name == key), "")

    def source_key(self, index: int, key: str | None = None) -> str:
        """The line of `key` in the index-th (1-based) [[sources]] table, or of its header."""
        tables = [t for t in self.tables if t[0] == "sources"]
        if not 0 < index <= len(tables):
            return self.top_level("sources")  # written inline: sources = [{...}, ...]
        _, header_line, keys = tables[index - 1]
        return next((f":{number}" for name, number in keys if name == key), f":{header_line}")


def _closest_key(key: str) -> str:
    close = difflib.get_close_matches(key.lower(), KEYS, n=1, cutoff=0.6)
    return f'did you mean "{close[0]}"?' if close else f"known keys: {', '.join(KEYS)}"


def _check_keys(entry: dict, origin: str, name: str, index: int, lines: _LineFinder) -> None:
    for key, value in entry.items():
        where = f'{origin}{lines.source_key(index, key)}: source "{name}"'
        if key not in KEYS:
            raise SourcesError(f'{where}: unknown key "{key}" ({_closest_key(key)})')
        expected, described = KEYS[key]
        if not isinstance(value, expected) or (key == "tags" and not all(isinstance(t, str) for t in value)):
            raise SourcesError(f"{where}: {key} must be {described}, not {_toml_repr(value)}")


def _toml_repr(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'the string "{value}"'
    if isinstance(value, list):
        return "a list with something other than strings" if value else "an empty list"
    return f"{type(value).__name__} {value!r}"


def parse_sources(entries: list, origin: str = "sources", lines: _LineFinder | None = None) -> list[Source]:
    lines = lines or _LineFinder()
    sources: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, 1):
        where = f"{origin}{lines.source_key(index)}: source #{index}"
        if not isinstance(entry, dict):
            raise SourcesError(f"{where}: expected a [[sources]] table")
        name = str(entry.get("name", ""))
        _check_keys(entry, origin, name or f"#{index}", index, lines)
        if not _NAME.match(name):
            raise SourcesError(f'{where}: name "{name}" must be lower-case letters, digits, ".", "_" or "-"')
        where = f'{origin}{lines.source_key(index)}: source "{name}"'
        if name in seen:
            raise SourcesError(f"{where}: the name is used twice")
        seen.add(name)
        kind = entry.get("kind")
        if kind not in SOURCE_KINDS:
            raise SourcesError(f'{where}: kind "{kind}" is not one of {", ".join(SOURCE_KINDS)}')
        url = safe_url(str(entry.get("url", "")))
        if not url:
            raise SourcesError(f"{where}: url must be an http(s) address")
        interval = str(entry.get("interval", "1h"))
        try:
            parse_interval(interval)
        except SourcesError as exc:
            raise SourcesError(f"{where}: {exc}") from None
        tags = entry.get("tags", [])
        if not isinstance(tags, list):
            raise SourcesError(f"{where}: tags must be a list of strings")
        state = entry.get("state", "").strip().lower()
        if kind == SOURCE_WARN and not re.fullmatch(r"[a-z]{2}", state):
            raise SourcesError(f'{where}: a warn source needs state = "xx", the two-letter code of the state it reads')
        notices_url = str(entry.get("notices_url", ""))
        if notices_url and kind != SOURCE_WARN:
            raise SourcesError(f"{where}: notices_url is read only by warn sources")
        if notices_url and not safe_url(notices_url):
            raise SourcesError(f"{where}: notices_url must be an http(s) address")
        sources.append(Source(name, kind, url, interval, entry.get("enabled", True),
                              tuple(tags), entry.get("fetch_pages", False), state, safe_url(notices_url) if notices_url else ""))
    return sources


def select_sources(sources: list[Source], names: list[str] | None = None, kind: str | None = None) -> list[Source]:
    """The enabled sources, or exactly the named ones (even if disabled: naming one is asking for it)."""
    if names:
        by_name = {s.name: s for s in sources}
        missing = [n for n in names if n not in by_name]
        if missing:
            raise SourcesError(f'no source named {", ".join(missing)} (known: {", ".join(by_name) or "none"})')
        chosen = [by_name[n] for n in names]
    else:
        chosen = [s for s in sources if s.enabled]
    return [s for s in chosen if kind is None or s.kind == kind]


# ---------------------------------------------------------------- shards: the sources of one node of N


def parse_shard(text: str) -> tuple[int, int]:
    """"2/4" -> (2, 4): the second of four shards."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", str(text))
    if not match or not 1 <= int(match[1]) <= int(match[2]):
        raise SourcesError(f'shard "{text}" must be K/N with 1 <= K <= N, e.g. "1/2" for the first of two nodes')
    return int(match[1]), int(match[2])


def shard_of(source: Source, count: int) -> int:
    """Which of `count` shards (1..count) crawls a source: by its site (host and port), so every source of
    one site is crawled by one node, and the site sees one polite crawler (robots.txt, 2 requests at a
    time, AutoThrottle; for SEC, one pacer under its 10 a second) however many nodes there are. From a
    SHA-256 of the site, so every node and every run agrees (Python's hash() of a string changes with each
    process) and a source keeps its shard when others are added or removed. Even on average only: a site
    with many sources makes its shard the larger."""
    return 1 + int.from_bytes(hashlib.sha256(site_of(source).encode("utf-8")).digest()[:8], "big") % count


def site_of(source: Source) -> str:
    """"www.sec.gov", "127.0.0.1:8000": what Scrapy paces as one site, with the port the operator wrote."""
    parts = urlsplit(source.url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


def select_shard(sources: list[Source], shard: tuple[int, int]) -> list[Source]:
    number, count = shard
    return [source for source in sources if shard_of(source, count) == number]


def spider_sources(path: str | Path, names: list[str], kind: str, shard: str | None = None) -> list[Source]:
    """The sources a spider crawls: the named ones (or every enabled one) of its kind, and of those only
    the node's shard when it has one (UPHEAVAL_SHARD, "K/N"; docs/scale-out.md)."""
    chosen = select_sources(load_sources(path), names, kind)
    return select_shard(chosen, parse_shard(shard)) if shard else chosen
