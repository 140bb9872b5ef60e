"""The sources file: the shipped one is valid and covers what the issue asks for; bad files say why."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from support import REPO
from pipeline.sources import SourcesError, load_sources, parse_sources, select_sources


def test_shipped_sources_cover_every_kind_of_source():
    sources = load_sources(REPO / "sources.toml")
    assert len({s.name for s in sources}) == len(sources)
    tags = {t for s in sources for t in s.tags}
    assert {"business-news", "press-wire", "news-search", "sec", "m&a", "executives"} <= tags
    assert all(s.tags for s in sources)
    edgar_forms = {parse_qs(urlsplit(s.url).query)["type"][0] for s in sources if s.kind == "edgar"}
    assert edgar_forms == {"8-K", "425", "DEFM14A", "PREM14A", "SC TO-T", "SC 14D9"}
    assert all(urlsplit(s.url).netloc == "www.sec.gov" for s in sources if s.kind == "edgar")
    queries = " ".join(parse_qs(urlsplit(s.url).query).get("q", [""])[0] for s in sources
                       if "news.google.com" in s.url)
    for phrase in ("to acquire", "merger agreement", "CEO steps down", "resigns as chief executive"):
        assert f'"{phrase}"' in queries


def test_fetch_pages_and_defaults():
    (source,) = parse_sources([{"name": "a", "kind": "feed", "url": "https://x.example/f", "fetch_pages": True}])
    assert source.fetch_pages and source.enabled and source.interval_seconds == 3600


@pytest.mark.parametrize("entry, message", [
    ({"name": "Bad Name", "kind": "feed", "url": "https://x.example/"}, "name"),
    ({"name": "a", "kind": "podcast", "url": "https://x.example/"}, "kind"),
    ({"name": "a", "kind": "feed", "url": "javascript:alert(1)"}, "url"),
    ({"name": "a", "kind": "feed", "url": "https://x.example/", "interval": "10s"}, "shorter than a minute"),
    ({"name": "a", "kind": "feed", "url": "https://x.example/", "interval": "soon"}, "interval"),
    ({"name": "a", "kind": "feed", "url": "https://x.example/", "tags": "news"}, "tags"),
])
def test_bad_sources_say_what_is_wrong(entry, message):
    with pytest.raises(SourcesError, match=message):
        parse_sources([entry], "my.toml")


def test_duplicate_names_and_missing_files(tmp_path):
    entry = {"name": "a", "kind": "feed", "url": "https://x.example/"}
    with pytest.raises(SourcesError, match="used twice"):
        parse_sources([entry, entry])
    with pytest.raises(SourcesError, match="no such sources file"):
        load_sources(tmp_path / "missing.toml")
    (tmp_path / "broken.toml").write_text("[[sources]\nname=", encoding="utf-8")
    with pytest.raises(SourcesError, match="not valid TOML"):
        load_sources(tmp_path / "broken.toml")


def test_select_sources_names_even_disabled_ones():
    sources = parse_sources([{"name": "on", "kind": "feed", "url": "https://x.example/"},
                             {"name": "off", "kind": "edgar", "url": "https://www.sec.gov/", "enabled": False}])
    assert [s.name for s in select_sources(sources)] == ["on"]
    assert [s.name for s in select_sources(sources, ["off"])] == ["off"]
    assert select_sources(sources, kind="edgar") == []
    with pytest.raises(SourcesError, match="no source named"):
        select_sources(sources, ["nope"])
