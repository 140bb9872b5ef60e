"""Shared fixtures: a fresh database, a local HTTP server for saved feeds and pages, the Flask app,
and the API under its production server (gunicorn). Nothing here touches the internet.
Plain helpers live in tests/support.py, which test files import by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import store
from support import FILES, REPO, SEED_ARTICLES, days_ago, free_port, seed, serve_directory, start_gunicorn  # noqa: F401


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "upheaval.db"


@pytest.fixture
def fresh_db(db_path):
    """A new database file with the schema and the bundled SEC companies."""
    db = store.open_db(db_path)
    yield db
    db.close()


@pytest.fixture
def seeded_db(db_path):
    """A database file holding SEED_ARTICLES and their events; yields its path."""
    db = store.open_db(db_path)
    seed(db)
    db.close()
    return db_path


@pytest.fixture
def feed_server():
    """A local HTTP server serving tests/files; yields its base URL (no trailing slash)."""
    with serve_directory(FILES) as url:
        yield url


@pytest.fixture
def app(seeded_db):
    from server import create_app

    return create_app({"TESTING": True, "DATABASE": str(seeded_db)})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def live_api(seeded_db):
    """The API under gunicorn on a free port, over the seeded database; yields the base URL."""
    port = free_port()
    process = start_gunicorn(seeded_db, port)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)
