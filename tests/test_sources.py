"""The sources file: the shipped one is valid and covers what the issue asks for; bad files say why."""

from __future__ import annotations

import os
import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

import pytest

from support import REPO
from pipeline.sources import Source, SourcesError, load_sources, parse_sources, select_sources


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


def test_a_warn_source_may_name_a_file_of_notices():
    (source,) = parse_sources([{"name": "warn-va", "kind": "warn", "state": "VA", "url": "https://vec.example/warn",
                                "notices_url": "https://data.example/va.csv"}])
    assert (source.state, source.notices_url) == ("va", "https://data.example/va.csv")


@pytest.mark.parametrize("entry, message", [
    ({"name": "Bad Name", "kind": "feed", "url": "https://x.example/"}, "name"),
    ({"name": "a", "kind": "podcast", "url": "https://x.example/"}, "kind"),
    ({"name": "a", "kind": "feed", "url": "javascript:alert(1)"}, "url"),
    ({"name": "a", "kind": "feed", "url": "https://x.example/", "interval": "10s"}, "shorter than a minute"),
    ({"name": "a", "kind": "feed", "url": "https://x.example/", "interval": "soon"}, "interval"),
    ({"name": "a", "kind": "feed", "url": "https://x.example/", "tags": "news"}, "tags"),
    ({"name": "a", "kind": "feed", "url": "https://x.example/", "notices_url": "https://x.example/n.csv"},
     "only by warn sources"),
    ({"name": "a", "kind": "warn", "state": "va", "url": "https://x.example/", "notices_url": "file:///etc/passwd"},
     "notices_url must be an http"),
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


SOURCE = '[[sources]]\nname = "cnbc"\nkind = "feed"\nurl = "https://x.example/"\n'


@pytest.mark.parametrize("text, message", [
    (SOURCE + 'intervall = "30m"\n', 'my.toml:5: source "cnbc": unknown key "intervall" (did you mean "interval"?)'),
    (SOURCE + "enabeld = false\n", 'my.toml:5: source "cnbc": unknown key "enabeld" (did you mean "enabled"?)'),
    (SOURCE + 'enabled = "false"\n', 'my.toml:5: source "cnbc": enabled must be true or false, not the string "false"'),
    (SOURCE + "fetch_pages = 1\n", 'my.toml:5: source "cnbc": fetch_pages must be true or false, not int 1'),
    (SOURCE + 'tags = ["news", 3]\n', "my.toml:5: source \"cnbc\": tags must be a list of strings"),
    (SOURCE + "interval = 30\n", "my.toml:5: source \"cnbc\": interval must be a string such as \"30m\", not int 30"),
    ("# mine\n\n" + SOURCE.replace("sources", "source"), 'my.toml:3: unknown table or key "source" (did you mean [[sources]]?)'),
    (SOURCE + "\n[settings]\nx = 1\n", 'my.toml:6: unknown table or key "settings" (did you mean [[sources]]?)'),
    ("[sources]\nname = 'a'\n", "my.toml:1: sources must be [[sources]] tables"),
    (SOURCE + '\n[[sources]]\nname = "b"\nkind = "feed"\nurl = "https://x.example/"\n"wat" = 1\n',
     'my.toml:10: source "b": unknown key "wat" (known keys: name, kind'),
])
def test_typos_and_wrong_types_name_the_file_line_source_and_closest_key(tmp_path, text, message):
    (tmp_path / "my.toml").write_text(text, encoding="utf-8")
    with pytest.raises(SourcesError) as caught:
        load_sources(tmp_path / "my.toml")
    assert str(caught.value).startswith(f"{tmp_path}/{message}")  # the whole message, or its start


def test_a_typo_stops_the_cli_in_one_line(tmp_path):
    (tmp_path / "my.toml").write_text(SOURCE + "enabeld = false\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "crawl", "--sources", str(tmp_path / "my.toml")],
                          cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "UPHEAVAL_DB": str(tmp_path / "u.db")})
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (f'upheaval: {tmp_path / "my.toml"}:5: source "cnbc": unknown key "enabeld" '
                           '(did you mean "enabled"?)\n')
    assert not (tmp_path / "u.db").exists()


# ---------------------------------------------------------------- shards


def _many(count):
    return parse_sources([{"name": f"source-{n:03d}", "kind": "feed", "url": f"https://site{n}.example.com/feed"}
                          for n in range(count)])


def test_shards_split_every_source_once_the_same_way_every_time():
    from pipeline.sources import select_shard, shard_of

    sources = _many(200)
    shards = [select_shard(sources, (k, 4)) for k in range(1, 5)]
    assert sorted(s.name for shard in shards for s in shard) == sorted(s.name for s in sources)
    assert all(35 <= len(shard) <= 65 for shard in shards), [len(shard) for shard in shards]
    # Stable across processes and releases: a SHA-256 of the site, never Python's salted hash().
    assert [shard_of(s, 2) for s in sources[:6]] == [_expected_shard(f"site{n}.example.com", 2) for n in range(6)]
    # A source keeps its shard when others come and go.
    assert {s.name for s in select_shard(sources[:50], (1, 4))} <= {s.name for s in shards[0]}


def test_every_source_of_one_site_is_crawled_by_one_node():
    """So a site sees one polite crawler, and SEC one pacer, however many nodes there are."""
    from pipeline.sources import select_shard, shard_of, site_of

    shipped = load_sources(REPO / "sources.toml")
    for count in (2, 3, 5):
        by_site = {}
        for source in shipped:
            by_site.setdefault(site_of(source), set()).add(shard_of(source, count))
        assert all(len(shards) == 1 for shards in by_site.values())
    sec = [s for s in shipped if s.kind == "edgar"]
    assert len(sec) == 6 and len({shard_of(s, 4) for s in sec}) == 1
    assert all(select_shard(shipped, (k, 2)) for k in (1, 2))  # the shipped file keeps two nodes busy
    assert site_of(Source("a", "feed", "http://127.0.0.1:8000/feed.xml")) == "127.0.0.1:8000"
    assert site_of(Source("b", "feed", "https://WWW.SEC.GOV/cgi-bin/browse-edgar")) == "www.sec.gov"


def _expected_shard(name, count):
    import hashlib

    return 1 + int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big") % count


@pytest.mark.parametrize("text", ["0/2", "3/2", "1", "a/b", "1/0", ""])
def test_a_shard_is_k_of_n(text):
    from pipeline.sources import parse_shard

    with pytest.raises(SourcesError, match="must be K/N"):
        parse_shard(text)


def test_upheaval_sources_names_a_nodes_shard_without_a_database(tmp_path):
    from pipeline.sources import select_shard

    listed = tmp_path / "sources.toml"
    listed.write_text("".join(f'[[sources]]\nname = "source-{n:03d}"\nkind = "feed"\nurl = "https://s{n}.example.com/"\n'
                              f'enabled = {"false" if n == 3 else "true"}\n\n' for n in range(12)))
    env = {**os.environ, "UPHEAVAL_DB": str(tmp_path / "none.db")}
    names = []
    for k in (1, 2):
        result = subprocess.run([sys.executable, "-m", "pipeline.cli", "sources", "--sources", str(listed),
                                 "--shard", f"{k}/2", "--names"], capture_output=True, text=True, env=env, cwd=REPO)
        assert result.returncode == 0, result.stderr
        expected = [s.name for s in select_shard(load_sources(listed), (k, 2)) if s.enabled]
        assert result.stdout.strip().split(",") == expected
        names += expected
    assert sorted(names) == [f"source-{n:03d}" for n in range(12) if n != 3]  # disabled ones are not named
    assert not (tmp_path / "none.db").exists()
    bad = subprocess.run([sys.executable, "-m", "pipeline.cli", "sources", "--sources", str(listed), "--shard", "3/2",
                          "--names"], capture_output=True, text=True, env=env, cwd=REPO)
    assert bad.returncode == 2 and bad.stderr.startswith("upheaval: shard \"3/2\" must be K/N")
    # An empty list would schedule `-a source=`, which is every source: no names is an error.
    one = tmp_path / "one.toml"
    one.write_text('[[sources]]\nname = "only"\nkind = "feed"\nurl = "https://x.example.com/"\n')
    empty = next(k for k in (1, 2) if not select_shard(load_sources(one), (k, 2)))
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "sources", "--sources", str(one), "--shard",
                             f"{empty}/2", "--names"], capture_output=True, text=True, env=env, cwd=REPO)
    assert result.returncode == 1 and result.stdout == "" and f"no enabled sources in shard {empty}/2" in result.stderr


def test_a_spider_on_a_node_crawls_only_its_shard(tmp_path):
    from pipeline.sources import select_shard, spider_sources

    listed = tmp_path / "sources.toml"
    listed.write_text("".join(f'[[sources]]\nname = "s{n}"\nkind = "{"page" if n % 3 == 0 else "feed"}"\n'
                              f'url = "https://s{n}.example.com/"\n\n' for n in range(12)))
    every = load_sources(listed)
    for k in (1, 2):
        expected = [s.name for s in select_shard(every, (k, 2)) if s.kind == "feed"]
        assert [s.name for s in spider_sources(listed, [], "feed", f"{k}/2")] == expected
    assert spider_sources(listed, ["s1", "s2"], "feed", None) == [every[1], every[2]]
    with pytest.raises(SourcesError, match="must be K/N"):
        spider_sources(listed, [], "feed", "2")
