"""The sources file (DESIGN.md, "Interfaces"): TOML in, validated source definitions out."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.clean import safe_url
from pipeline.constants import SOURCE_KINDS

_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


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
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"{path}: no such sources file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: not valid TOML: {exc}") from None
    return parse_sources(data.get("sources", []), str(path))


def parse_sources(entries: list, origin: str = "sources") -> list[Source]:
    sources: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, 1):
        where = f"{origin}: source #{index}"
        if not isinstance(entry, dict):
            raise SourcesError(f"{where}: expected a [[sources]] table")
        name = str(entry.get("name", ""))
        if not _NAME.match(name):
            raise SourcesError(f'{where}: name "{name}" must be lower-case letters, digits, ".", "_" or "-"')
        where = f'{origin}: source "{name}"'
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
        sources.append(Source(name, kind, url, interval, bool(entry.get("enabled", True)),
                              tuple(str(t) for t in tags), bool(entry.get("fetch_pages", False))))
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
