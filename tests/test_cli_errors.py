"""The CLI's mistakes and the user's: one line saying what is wrong, never a traceback (issue 15).
Each test runs the real command in a subprocess, as a user would."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from pipeline import store

from support import REPO, free_port

SOURCE = '[[sources]]\nname = "{name}"\nkind = "feed"\nurl = "http://127.0.0.1:9/{name}.xml"\n'


def upheaval(*argv, database, stdin=None, timeout=60):
    env = {**os.environ, "UPHEAVAL_DB": str(database), "UPHEAVAL_LOG_LEVEL": "WARNING"}
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *argv], cwd=REPO, env=env, input=stdin,
                          capture_output=True, timeout=timeout)


def one_line(result) -> str:
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr and stderr.count("\n") == 1, stderr
    return stderr


@pytest.fixture
def sources_file(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(SOURCE.format(name="offline"), encoding="utf-8")
    return path


COMMANDS = [("query", "Acme"), ("query", "--events"), ("sources", "--sources", "SOURCES"), ("reprocess",),
            ("companies", "alias", "Hooli", "Alphabet"), ("crawl", "--sources", "SOURCES"),
            ("serve", "--port", "PORT"), ("run", "--sources", "SOURCES", "--port", "PORT")]


@pytest.mark.parametrize("place", ["folder", "file in the way"])
@pytest.mark.parametrize("argv", COMMANDS, ids=lambda argv: " ".join(argv[:2]))
def test_a_database_path_that_cannot_be_a_file_is_one_line_naming_it(tmp_path, sources_file, argv, place):
    if place == "folder":
        database = tmp_path / "data"
        database.mkdir()
    else:
        (tmp_path / "not-a-folder").write_text("x")
        database = tmp_path / "not-a-folder" / "upheaval.db"
    argv = [{"SOURCES": str(sources_file), "PORT": str(free_port())}.get(arg, arg) for arg in argv]
    result = upheaval(*argv, database=database, timeout=90)
    assert result.returncode != 0
    assert one_line(result).startswith(f"upheaval: {database}: ")


def test_a_reader_that_goes_away_is_no_traceback(tmp_path):
    """`upheaval sources | head`: Python's own BrokenPipeError, met once for the whole CLI."""
    sources = tmp_path / "many.toml"
    sources.write_text("".join(SOURCE.format(name=f"source-{n}") for n in range(1500)), encoding="utf-8")
    env = {**os.environ, "UPHEAVAL_DB": str(tmp_path / "u.db")}
    store.open_db(tmp_path / "u.db").close()  # readers refuse a missing file
    for argv in (["sources", "--sources", str(sources)],
                 ["query", "--sql", "with recursive n(x) as (select 1 union all select x + 1 from n limit 50000) "
                                    "select x from n"]):
        reader = subprocess.Popen([sys.executable, "-m", "pipeline.cli", *argv], cwd=REPO, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        reader.stdout.readline()
        reader.stdout.close()  # what `head -1` does once it has its line
        stderr = reader.stderr.read().decode()
        assert reader.wait(timeout=60) == 1
        assert stderr == "", stderr


@pytest.mark.parametrize("argv, message", [
    (["query", "--events", "--since", "99999999d"], "--since 99999999d reaches back before the year 1"),
    (["query", "--events", "--since", "99999999999999999999999y"], "reaches back before the year 1"),
    (["query", "Acme", "--since", "7d"], "upheaval: --since goes with --events"),
    (["query", "Acme", "--kind", "merger_acquisition", "--limit", "3"], "--kind and --limit go with --events"),
    (["query", "x" * 56_000], "the company name is longer than 200 characters"),
    (["query", "Acme\x07Corp"], "the company name contains control characters"),
])
def test_query_options_and_names_are_checked(seeded_db, argv, message):
    result = upheaval(*argv, database=seeded_db)
    assert result.returncode == 2 and message in one_line(result)


def test_query_takes_the_name_the_api_takes(seeded_db):
    result = upheaval("query", "\u00a0Globex Corporation ", "--json", database=seeded_db)
    assert result.returncode == 0 and json.loads(result.stdout)["level"] == "warning"


def test_run_on_a_taken_port_stops_before_any_crawl(tmp_path, sources_file):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = upheaval("run", "--sources", str(sources_file), "--port", str(port),
                          database=tmp_path / "u.db", timeout=20)
    assert result.returncode == 1 and result.stdout == b""
    assert one_line(result) == (f"upheaval: cannot serve on 127.0.0.1:{port}: Address already in use (is another "
                                "upheaval run or serve using it? choose another with --port)\n")
    assert "serving" not in result.stdout.decode()


GOOD = b'{"title": "Initech to acquire Globex Corporation"}\n'


def test_detect_reads_files_and_stdin_and_tells_bad_lines_by_number(tmp_path):
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(b"\xef\xbb\xbf" + GOOD + b'{"headline": "Initech to acquire Globex"}\n\n[1]\nnot json\n'
                      b'{"title": "Caf\xe9 Corp CEO resigns"}\n{"title": "", "text": "  "}\n' + GOOD)
    result = upheaval("detect", "--no-resolve", str(mixed), "-", database=tmp_path / "none.db", stdin=GOOD)
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 8  # one answer per non-blank line in, good or bad
    assert [line.get("line") for line in lines] == [None, 2, 4, 5, 6, 7, None, None]
    assert lines[0]["events"] and lines[-1]["events"]  # the BOM on line 1 is not part of the JSON
    stderr = result.stderr.decode().splitlines()
    assert stderr[0].startswith(f'upheaval: {mixed}:2: nothing to read: "title" and "text" are missing or empty')
    assert 'keys here: "headline"' in stderr[0]
    assert stderr[1].startswith(f"upheaval: {mixed}:4: expected a JSON object")
    assert stderr[2].startswith(f"upheaval: {mixed}:5: not JSON")
    assert stderr[3] == f"upheaval: {mixed}:6: not UTF-8 text (byte 0xE9 at column 15); save the file as UTF-8"
    assert stderr[4].startswith(f"upheaval: {mixed}:7: nothing to read")
    assert stderr[5:] == ["upheaval: 5 lines could not be read"]


def test_detect_exits_0_when_every_line_was_read_and_names_a_missing_file(tmp_path):
    good = upheaval("detect", "--no-resolve", database=tmp_path / "none.db", stdin=b"\xef\xbb\xbf" + GOOD)
    assert good.returncode == 0 and json.loads(good.stdout)["events"], good.stderr
    missing = upheaval("detect", str(tmp_path / "nope.jsonl"), database=tmp_path / "none.db")
    assert missing.returncode == 2 and one_line(missing) == f"upheaval: cannot read {tmp_path / 'nope.jsonl'}\n"
