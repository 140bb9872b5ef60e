"""pipeline/readonly.py and the commands that read: a database in a read-only folder is read (query) and
served (serve); a garbage file is one line naming it, never a traceback; --dev never starts a debugger."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from pipeline import cli, readonly, settings, store
from support import REPO, free_port

ONLY_IN_THE_LOG = "only-in-the-wal"


def unprivileged() -> list[str]:
    """A command prefix that runs as a user who cannot write the folder (root writes through modes)."""
    if os.getuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root without setpriv: a read-only folder cannot be made")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def folder():
    """A folder every user can reach (pytest's tmp_path is private to root), made read-only by `lock`."""
    path = Path(tempfile.mkdtemp(prefix="upheaval-ro-"))
    path.chmod(0o755)
    yield path
    path.chmod(0o755)
    shutil.rmtree(path)


def lock(path: Path) -> None:
    for child in path.iterdir():
        child.chmod(0o444)
    path.chmod(0o555)


def at_rest_with_empty_log(seeded_db, folder) -> Path:
    """A cleanly closed database with an empty -wal and no -shm, as copied from a stopped machine."""
    database = folder / "upheaval.db"
    shutil.copyfile(seeded_db, database)
    (folder / "upheaval.db-wal").write_bytes(b"")
    lock(folder)
    return database


def with_commits_in_the_log(seeded_db, folder) -> Path:
    """The main file and a -wal holding a commit the main file lacks, without the -shm."""
    work = folder.parent / (folder.name + "-work")
    work.mkdir()
    shutil.copyfile(seeded_db, work / "upheaval.db")
    writer = sqlite3.connect(work / "upheaval.db", isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO sources (name, kind, url) VALUES (?, 'feed', 'http://x')", [ONLY_IN_THE_LOG])
    for suffix in ("", "-wal"):
        shutil.copyfile(work / f"upheaval.db{suffix}", folder / f"upheaval.db{suffix}")
    writer.close()
    shutil.rmtree(work)
    lock(folder)
    return folder / "upheaval.db"


def upheaval(*argv, database, prefix=(), timeout=60):
    env = {**os.environ, "UPHEAVAL_DB": str(database), "UPHEAVAL_LOG_LEVEL": "WARNING"}
    return subprocess.run([*prefix, sys.executable, "-m", "pipeline.cli", *argv], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("make", [at_rest_with_empty_log, with_commits_in_the_log])
def test_query_reads_a_database_in_a_read_only_folder(seeded_db, folder, make):
    database = make(seeded_db, folder)
    result = upheaval("query", "--sql", "select name from sources union all select 'companies:' || count(*) "
                      "from companies", database=database, prefix=unprivileged())
    assert result.returncode == 0, result.stderr
    assert "companies:" in result.stdout
    assert (ONLY_IN_THE_LOG in result.stdout) == (make is with_commits_in_the_log)
    assert sorted(p.name for p in folder.iterdir()) == sorted({"upheaval.db", "upheaval.db-wal"})


def test_serve_runs_read_only_when_it_can_only_read(seeded_db, folder):
    database = at_rest_with_empty_log(seeded_db, folder)
    prefix = unprivileged()
    # `serve` checks the file, then execs gunicorn; the two steps run here one after the other, since a
    # process setpriv started as another user may not exec the venv's interpreter again.
    prepared = subprocess.run([*prefix, sys.executable, "-c", "import sys; from pipeline import cli; "
                               "cli.prepare_served_database(sys.argv[1])", str(database)],
                              cwd=REPO, capture_output=True, text=True, timeout=60)
    assert prepared.returncode == 0 and prepared.stderr == f"upheaval: {database} cannot be written here; serving it read-only\n"
    port = free_port()
    command = cli.gunicorn_command("127.0.0.1", port, 1)
    server = subprocess.Popen([*prefix, *command], cwd=REPO, env={**os.environ, "UPHEAVAL_DB": str(database)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, server.stderr.read().decode(errors="replace")[-2000:]
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/alerts?company=Globex", timeout=2) as answer:
                    assert b'"level":"warning"' in answer.read()
                    break
            except OSError:
                assert time.monotonic() < deadline, "serve did not answer within 30 s"
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as answer:
            assert answer.status == 200
    finally:
        server.terminate()
        stderr = server.communicate(timeout=15)[1].decode(errors="replace")
    assert "Traceback" not in stderr


def test_serve_refuses_in_one_line_what_it_cannot_read_in_place(seeded_db, folder):
    database = with_commits_in_the_log(seeded_db, folder)
    result = upheaval("serve", "--port", str(free_port()), database=database, prefix=unprivileged())
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and str(database) in result.stderr and "-wal" in result.stderr


@pytest.mark.parametrize("argv", [("serve", "--port", "0"), ("crawl", "--sources", "SOURCES"),
                                  ("query", "Globex"), ("query", "--sql", "select count(*) from events")])
def test_a_garbage_file_is_one_line_naming_it(tmp_path, argv):
    garbage = tmp_path / "upheaval.db"
    garbage.write_bytes(b"this is not a database, just bytes\n" * 200)
    sources = tmp_path / "sources.toml"
    sources.write_text('[[sources]]\nname = "x"\nkind = "feed"\nurl = "http://127.0.0.1:9/feed"\n', encoding="utf-8")
    result = upheaval(*[str(sources) if arg == "SOURCES" else arg for arg in argv], database=garbage)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr == f"upheaval: {garbage}: not a SQLite database (wrong file, or damaged beyond its header)\n"


def test_open_for_reading_names_the_path():
    with pytest.raises(readonly.DatabaseUnavailable, match="nowhere.db: no such database file"):
        readonly.open_for_reading("/nonexistent/nowhere.db")


def test_dev_server_never_enables_the_debugger(seeded_db, monkeypatch):
    from flask import Flask

    monkeypatch.setattr(settings, "UPHEAVAL_DB", str(seeded_db))
    monkeypatch.setenv("FLASK_DEBUG", "1")  # not even when the environment asks for it
    calls = []
    monkeypatch.setattr(Flask, "run", lambda app, **options: calls.append((app, options)))
    assert cli.main(["serve", "--dev", "--host", "127.0.0.1", "--port", "8099"]) == 0
    [(app, options)] = calls
    assert options["use_debugger"] is False and options["debug"] is False and options["use_reloader"] is True
    assert app.config["BIND_HOST"] == "127.0.0.1"


def test_serve_brings_a_writable_database_up_to_date_first(tmp_path, monkeypatch):
    database = tmp_path / "upheaval.db"
    sqlite3.connect(database).close()  # an empty SQLite file; a missing one is refused (tests/test_freshness.py)
    cli.prepare_served_database(str(database))
    assert store.open_db(database, readonly=True).execute("SELECT count(*) FROM companies").fetchone()[0] > 1000
