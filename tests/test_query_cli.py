"""`upheaval query`: a company's alert as a table, JSON or CSV; recent events; read-only SQL."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from pipeline import cli, settings, store
from pipeline.query import parse_since


@pytest.fixture
def run(seeded_db, monkeypatch, capsys):
    monkeypatch.setattr(settings, "UPHEAVAL_DB", str(seeded_db))

    def invoke(*argv):
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_company_table(run):
    code, out, _ = run("query", "Globex Corporation")
    assert code == 0
    assert "level:   warning" in out and "merger_acquisition" in out and "target" in out
    assert "https://news.example.com/" in out


def test_company_json_is_the_alert_contract(run):
    code, out, _ = run("query", "Vandelay Industries", "--json")
    alert = json.loads(out)
    assert code == 0 and alert["level"] == "warning" and alert["events"][0]["abrupt"] is True


def test_company_csv_has_a_row_per_event(run):
    code, out, _ = run("query", "Globex Corporation", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and rows[0]["company"] == "Globex Corporation" and rows[0]["level"] == "warning"


def test_events_since(run):
    code, out, _ = run("query", "--events", "--since", "30d", "--json")
    events = json.loads(out)
    assert code == 0 and {e["company_name"] for e in events} >= {"Globex Corporation", "Vandelay Industries"}
    code, out, _ = run("query", "--events", "--since", "30d", "--kind", "executive_departure", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["company"] for r in rows] == ["Vandelay Industries"]
    code, out, _ = run("query", "--events", "--since", "2999-01-01")
    assert code == 0 and "(0 rows)" in out


def test_sql_prints_rows(run):
    code, out, _ = run("query", "--sql", "select name from companies where name like 'Globex%'")
    assert code == 0 and "Globex Corporation" in out and "(1 row)" in out
    code, out, _ = run("query", "--sql", "select count(*) as n from articles", "--json")
    assert json.loads(out) == [{"n": 2}]


def test_sql_full_text_search_on_articles(run):
    code, out, _ = run("query", "--csv", "--sql",
                       "select a.title from articles a join articles_fts f on f.rowid = a.rowid "
                       "where articles_fts match 'vandelay'")
    assert code == 0 and "Vandelay Industries CEO" in out


@pytest.mark.parametrize("sql", ["delete from companies", "drop table events",
                                 "insert into sources (name, kind, url) values ('x', 'feed', 'y')"])
def test_sql_cannot_write(run, sql):
    code, _, err = run("query", "--sql", sql)
    assert code == 2 and "readonly" in err
    code, out, _ = run("query", "--sql", "select count(*) as n from companies", "--json")
    assert json.loads(out)[0]["n"] > 1000


def test_bad_input_is_a_usage_error(run):
    assert run("query")[0] == 2
    code, _, err = run("query", "--sql", "select nonsense from nowhere")
    assert code == 2 and "SQL error" in err
    code, _, err = run("query", "--events", "--since", "last tuesday")
    assert code == 2 and "--since" in err


def test_parse_since():
    today = date(2026, 11, 25)
    assert parse_since("30d", today) == "2026-10-26"
    assert parse_since("2w", today) == "2026-11-11"
    assert parse_since("1y", today) == "2025-11-25"
    assert parse_since("2026-01-02", today) == "2026-01-02"


# ---------------------------------------------------------------- metadata.yml (Datasette canned queries)

REPO = Path(__file__).resolve().parent.parent


def canned_queries():
    yaml = pytest.importorskip("yaml")
    metadata = yaml.safe_load((REPO / "metadata.yml").read_text("utf-8"))
    return metadata["databases"]["upheaval"]["queries"]


def test_metadata_has_the_canned_queries():
    titles = {query["title"] for query in canned_queries().values()}
    assert {"Companies at warning", "Departures this month", "Deals by target"} <= titles


def test_canned_queries_run_and_agree_with_the_api(seeded_db, client):
    queries = canned_queries()
    db = store.open_db(seeded_db, readonly=True)
    try:
        def rows(name, **params):
            columns, found = store.run_readonly_sql(db, queries[name]["sql"], params or ())
            return [dict(zip(columns, row)) for row in found]

        warned = {row["name"] for row in rows("companies_at_warning")}
        assert warned == {"Globex Corporation", "Vandelay Industries"}
        for name in warned:  # never a false alarm: the API agrees each one is at warning
            assert client.get("/api/v1/alerts", query_string={"company": name}).get_json()["level"] == "warning"
        assert [row["target"] for row in rows("deals_by_target")] == ["Globex Corporation"]
        assert rows("deals_by_target")[0]["acquirer"] == "Initech"
        assert {row["company"] for row in rows("departures_this_month")} <= {"Vandelay Industries"}
        assert [row["title"] for row in rows("search_articles", q="vandelay")] == [
            "Vandelay Industries CEO Art Vandelay resigns, effective immediately"]
    finally:
        db.close()


def test_datasette_serves_the_canned_queries(seeded_db):
    pytest.importorskip("datasette")
    result = subprocess.run(
        [sys.executable, "-m", "datasette", str(seeded_db), "--metadata", str(REPO / "metadata.yml"),
         "--get", "/upheaval/companies_at_warning.json?_shape=array"],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert {row["name"] for row in json.loads(result.stdout)} == {"Globex Corporation", "Vandelay Industries"}


@pytest.mark.parametrize("template, refused", [
    ("attach '{path}' as other", "ATTACH"), ("vacuum into '{path}'", "VACUUM INTO"), ("detach main", "DETACH"),
])
def test_sql_cannot_reach_other_files(run, tmp_path, template, refused):
    target = tmp_path / "elsewhere.db"
    code, _, err = run("query", "--sql", template.format(path=target))
    assert code == 2 and refused in err and "refused" in err and "Traceback" not in err
    assert not target.exists()
    assert run("query", "--sql", "select count(*) from events")[0] == 0  # the next statement is not refused


def test_a_runaway_statement_is_stopped(run, monkeypatch):
    from pipeline import query

    monkeypatch.setattr(query, "SQL_TIME_LIMIT_SECONDS", 0.5)
    started = time.monotonic()
    code, _, err = run("query", "--sql", "with recursive r(n) as (select 1 union all select n + 1 from r) "
                       "select count(*) from r")
    assert code == 2 and "ran longer than 0.5 s and was stopped" in err
    assert time.monotonic() - started < 5


def test_events_of_named_companies_as_an_atom_feed(seeded_db):
    """`upheaval query --events --company NAME ... --atom`, as a person runs it (a subprocess)."""
    import feedparser

    env = {**os.environ, "UPHEAVAL_DB": str(seeded_db)}
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "query", "--events", "--since", "1y",
                           "--company", "Globex", "--company", "Vandelay Industries", "--atom"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    parsed = feedparser.parse(done.stdout)
    assert not parsed.bozo and parsed.version == "atom10"
    assert {entry.title.split(":")[0] for entry in parsed.entries} == {"Globex Corporation", "Vandelay Industries"}
    assert all(entry.link.startswith("https://news.example.com/") for entry in parsed.entries)
    plain = subprocess.run([sys.executable, "-m", "pipeline.cli", "query", "--events", "--company", "Globex",
                            "--csv"], capture_output=True, text=True, env=env, timeout=60)
    assert [row["company"] for row in csv.DictReader(io.StringIO(plain.stdout))] == ["Globex Corporation"]
    refused = subprocess.run([sys.executable, "-m", "pipeline.cli", "query", "--events", "--atom"],
                             capture_output=True, text=True, env=env, timeout=60)
    assert refused.returncode == 2 and "--company" in refused.stderr
