"""metadata.yml's canned queries reach an alert database whatever its file is called (the Datasette
plugin registered in pyproject.toml), as the README's datasette command runs them."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from support import REPO

pytest.importorskip("datasette")


def datasette_get(files, path):
    result = subprocess.run([sys.executable, "-m", "datasette", *map(str, files), "--metadata",
                             str(REPO / "metadata.yml"), "--get", path], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return json.loads(result.stdout)


def test_the_canned_queries_run_on_a_database_of_any_name(seeded_db, tmp_path):
    radar = tmp_path / "radar.db"  # UPHEAVAL_DB=radar.db: Datasette calls it "radar"
    shutil.copy(seeded_db, radar)
    rows = datasette_get([radar], "/radar/companies_at_warning.json?_shape=array")
    assert {row["name"] for row in rows} == {"Globex Corporation", "Vandelay Industries"}
    found = datasette_get([radar], "/radar/search_articles.json?_shape=array&q=vandelay")
    assert [row["title"] for row in found] == ["Vandelay Industries CEO Art Vandelay resigns, effective immediately"]


def test_a_database_without_the_alert_tables_gets_no_queries(seeded_db, tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    assert datasette_get([seeded_db, other], "/other.json")["queries"] == []
    named = {query["name"] for query in datasette_get([seeded_db, other], "/upheaval.json")["queries"]}
    assert named == {"companies_at_warning", "departures_this_month", "deals_by_target", "search_articles"}
