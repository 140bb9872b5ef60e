"""`upheaval publish DIR` (pipeline/publish.py): the files carry the flagged companies, a publish is atomic
(an interrupted one leaves the old index served), and publishing again with nothing new changes no file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipeline import publish as published, store
from pipeline.companies import normalize_name
from support import REPO, days_ago, seed

PIED_PIPER = {"title": "Hooli to acquire Pied Piper in surprise deal", "url": "https://news.example.com/pp.html",
              "summary": "", "published_at": days_ago(1), "publisher": "Example Wire"}


def run_publish(directory: Path, db_path: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "UPHEAVAL_DB": str(db_path)}
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "publish", str(directory), *extra],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def publish_now(db_path: Path, directory: Path) -> published.Outcome:
    db = store.open_db(db_path, readonly=True)
    try:
        # today as the CLI reads it, at the call: a module-level date goes stale across midnight UTC
        return published.publish(db, directory, datetime.now(timezone.utc).date(), 365)
    finally:
        db.close()


def state_of(directory: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's and folder's bytes and mtime (ns), by its path in the folder."""
    return {str(path.relative_to(directory)): (path.read_bytes() if path.is_file() else b"", path.stat().st_mtime_ns)
            for path in sorted([directory, *directory.rglob("*")])}


def lookup(directory: Path, name: str) -> dict | None:
    """What the extension's static mode does: index -> keys file -> the name's alert document."""
    index = json.loads((directory / "index.json").read_bytes())
    keys = json.loads((directory / index["keys"]).read_bytes())
    document = keys.get(normalize_name(name))
    return json.loads((directory / document).read_bytes()) if document else None


def test_the_files_carry_the_flagged_companies(seeded_db, tmp_path):
    site = tmp_path / "site"
    done = run_publish(site, seeded_db)
    assert done.returncode == 0, done.stderr
    assert "published 3 flagged companies" in done.stdout  # Initech, the acquirer, is at watch
    index = json.loads((site / "index.json").read_bytes())
    assert index["format"] == "upheaval-radar publication" and index["version"] == 1
    assert index["freshness"]["state"] == "fresh" and index["companies"] == 3
    snapshot = json.loads((site / index["snapshot"]).read_bytes())
    assert {c["name"] for c in snapshot["companies"]} == {"Globex Corporation", "Vandelay Industries", "Initech"}
    assert "freshness" not in snapshot  # in the index only: it moves with every crawl
    globex = lookup(site, "Globex Corp.")
    assert globex["match"]["name"] == "Globex Corporation" and globex["level"] == "warning"
    assert globex["events"][0]["evidence"][0]["url"].startswith("https://news.example.com/")
    assert lookup(site, "Vandelay Industries")["level"] == "warning"
    assert lookup(site, "Quiet Harbor Labs") is None


def test_documents_are_named_by_their_content(seeded_db, tmp_path):
    publish_now(seeded_db, tmp_path / "site")
    for path in (tmp_path / "site").rglob("*.json"):
        if path.name != "index.json":
            assert published.content_name(path.parent.name, path.read_bytes()) == f"{path.parent.name}/{path.name}"


def test_publishing_again_with_nothing_new_changes_no_file(seeded_db, tmp_path):
    site = tmp_path / "site"
    publish_now(seeded_db, site)
    before = state_of(site)
    done = run_publish(site, seeded_db)  # a later second: the stamps differ, the meaning does not
    assert done.returncode == 0, done.stderr
    assert "nothing new" in done.stdout
    assert state_of(site) == before


def test_new_news_replaces_the_index_and_keeps_the_previous_generation(seeded_db, tmp_path):
    site = tmp_path / "site"
    publish_now(seeded_db, site)
    first = json.loads((site / "index.json").read_bytes())
    db = store.open_db(seeded_db)
    seed(db, [PIED_PIPER])
    db.close()
    outcome = publish_now(seeded_db, site)
    assert outcome.index_changed and "index.json" in outcome.written
    second = json.loads((site / "index.json").read_bytes())
    assert second["snapshot"] != first["snapshot"] and lookup(site, "Pied Piper")["level"] == "warning"
    assert (site / first["snapshot"]).exists(), "a client that just read the old index can still fetch it"
    # One more generation: the first one's own files go, the second's stay.
    db = store.open_db(seeded_db)
    seed(db, [{**PIED_PIPER, "title": "Initech CEO Bill Lumbergh resigns, effective immediately",
               "url": "https://news.example.com/initech-ceo.html"}])
    db.close()
    outcome = publish_now(seeded_db, site)
    assert first["snapshot"] in outcome.pruned and not (site / first["snapshot"]).exists()
    assert (site / second["snapshot"]).exists() and (site / second["keys"]).exists()


def test_an_interrupted_publish_leaves_the_old_index_served(seeded_db, tmp_path, monkeypatch):
    site = tmp_path / "site"
    publish_now(seeded_db, site)
    before = state_of(site)
    db = store.open_db(seeded_db)
    seed(db, [PIED_PIPER])
    db.close()
    real_place = published._place
    placed = []

    def crash_on_the_second_document(staging, target, body):
        if len(placed) == 1:
            raise KeyboardInterrupt  # the process killed mid-publish
        placed.append(target)
        real_place(staging, target, body)

    monkeypatch.setattr(published, "_place", crash_on_the_second_document)
    with pytest.raises(KeyboardInterrupt):
        publish_now(seeded_db, site)
    monkeypatch.undo()
    after = state_of(site)
    assert after["index.json"] == before["index.json"], "the old index is still what is served"
    index = json.loads(after["index.json"][0])
    assert all((site / path).exists() for path in published.referenced(site, index))
    assert lookup(site, "Globex Corporation")["level"] == "warning" and lookup(site, "Pied Piper") is None
    # The next publish finishes the job and clears what the crash left.
    assert publish_now(seeded_db, site).index_changed
    assert lookup(site, "Pied Piper")["level"] == "warning" and not (site / published.STAGING).exists()


def test_a_crash_between_documents_and_index_is_invisible(seeded_db, tmp_path, monkeypatch):
    site = tmp_path / "site"
    publish_now(seeded_db, site)
    index_before = (site / "index.json").read_bytes()
    db = store.open_db(seeded_db)
    seed(db, [PIED_PIPER])
    db.close()

    def crash_at_the_index(staging, target, body):
        if target.name == "index.json":
            raise OSError(28, "No space left on device")
        (staging / target.name).write_bytes(body)
        os.replace(staging / target.name, target)

    monkeypatch.setattr(published, "_place", crash_at_the_index)
    with pytest.raises(OSError):
        publish_now(seeded_db, site)
    assert (site / "index.json").read_bytes() == index_before


def test_keys_resolve_like_the_extension_own_name_first_and_shared_names_nowhere():
    companies = [{"company_id": 1, "name": "Acme Corp", "keys": ["acme", "roadrunner"]},
                 {"company_id": 2, "name": "Roadrunner Inc", "keys": ["roadrunner", "coyote"]},
                 {"company_id": 3, "name": "Wile Inc", "keys": ["wile", "coyote"]}]
    keys = published.documents_by_key(companies, {1: "alerts/a.json", 2: "alerts/b.json", 3: "alerts/c.json"})
    assert keys == {"acme": "alerts/a.json", "roadrunner": "alerts/b.json", "wile": "alerts/c.json"}


def test_a_missing_database_is_one_line(tmp_path):
    done = run_publish(tmp_path / "site", tmp_path / "missing.db")
    assert done.returncode == 2 and done.stderr.startswith("upheaval: ") and "no such database file" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "site").exists()


def test_an_unwritable_or_foreign_folder_is_one_line(seeded_db, tmp_path):
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    done = run_publish(a_file, seeded_db)
    assert done.returncode == 1 and "is a file, not a folder" in done.stderr
    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "holiday.jpg").write_bytes(b"\xff\xd8")
    done = run_publish(foreign, seeded_db)
    assert done.returncode == 1 and "holds other files (holiday.jpg)" in done.stderr
    assert (foreign / "holiday.jpg").exists()
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        done = run_publish(locked / "site", seeded_db)
        assert done.returncode == 1 and "cannot write there" in done.stderr


def test_progress_goes_to_stderr_and_quiet_silences_it(seeded_db, tmp_path):
    done = run_publish(tmp_path / "site", seeded_db)
    assert "publish: read 3/3 flagged companies' alerts" in done.stderr
    assert run_publish(tmp_path / "other", seeded_db, "--quiet").stderr == ""
