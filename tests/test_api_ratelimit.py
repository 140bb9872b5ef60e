"""Rate limits: a clear 429 with Retry-After, and one count per client across gunicorn workers."""

from __future__ import annotations

import os
import stat
import time
import urllib.error
import urllib.request

import pytest

from server import create_app
from server.ratelimit import SCHEME, SQLiteStorage
from tests.conftest import free_port, start_gunicorn


def test_over_the_limit_is_a_json_429_with_retry_after(seeded_db):
    app = create_app({"TESTING": True, "DATABASE": str(seeded_db), "RATE_LIMIT": "3/minute"})
    client = app.test_client()
    codes = [client.get("/api/v1/alerts?company=Globex").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = client.post("/api/v1/alerts/batch", json={"companies": [{"name": "Globex"}]})
    assert refused.status_code == 429
    body = refused.get_json()
    assert body["code"] == 429 and "3 per 1 minute" in body["message"]
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert client.get("/healthz").status_code == 200  # monitoring is never refused


def test_limit_off_disables_it(seeded_db):
    app = create_app({"TESTING": True, "DATABASE": str(seeded_db), "RATE_LIMIT": "off"})
    client = app.test_client()
    assert {client.get("/api/v1/alerts?company=Globex").status_code for _ in range(5)} == {200}


def test_sqlite_storage_counts_across_connections(tmp_path):
    uri = f"{SCHEME}:///{tmp_path / 'counters.db'}"
    worker_a, worker_b = SQLiteStorage(uri), SQLiteStorage(uri)
    assert worker_a.incr("client-1", expiry=60) == 1
    assert worker_b.incr("client-1", expiry=60) == 2
    assert worker_a.incr("client-1", expiry=60, amount=3) == 5
    assert worker_b.get("client-1") == 5 and worker_a.get("client-2") == 0
    assert time.time() < worker_b.get_expiry("client-1") <= time.time() + 60
    worker_a.clear("client-1")
    assert worker_b.get("client-1") == 0
    assert worker_a.check()


def test_sqlite_storage_window_restarts_after_expiry(tmp_path):
    storage = SQLiteStorage(f"{SCHEME}:///{tmp_path / 'counters.db'}")
    assert storage.incr("k", expiry=1) == 1
    assert storage.incr("k", expiry=1) == 2
    time.sleep(1.1)
    assert storage.get("k") == 0
    assert storage.incr("k", expiry=1) == 1


def test_storage_needs_a_path():
    with pytest.raises(ValueError):
        SQLiteStorage(f"{SCHEME}://")


def test_limit_holds_across_gunicorn_workers(seeded_db, tmp_path):
    """Memory storage would let 2 workers x 6 through; the shared file lets exactly 6 through."""
    port = free_port()
    process = start_gunicorn(seeded_db, port, {
        "UPHEAVAL_RATE_LIMIT": "6/minute",
        "UPHEAVAL_RATE_LIMIT_STORAGE": f"{SCHEME}:///{tmp_path / 'counters.db'}"})
    try:
        codes = []
        for _ in range(14):  # a new connection each time, so the workers share the requests
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/alerts?company=Globex", timeout=5) as r:
                    codes.append(r.status)
            except urllib.error.HTTPError as error:
                codes.append(error.code)
                assert int(error.headers["Retry-After"]) >= 1
        assert codes.count(200) == 6 and codes.count(429) == 8
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_reserved_hits_never_exceed_the_limit_across_workers(tmp_path):
    """Workers take hits from the shared count in small reservations: never more admitted than the
    limit, refused early by at most the other worker's unspent reservation, far fewer store updates."""
    from server.ratelimit import RESERVE_SHARE, RateLimit

    uri = f"{SCHEME}:///{tmp_path / 'counters.db'}"
    alone = RateLimit("100/minute", uri)
    admitted = [alone.check("solo") is None for _ in range(150)]
    assert admitted == [True] * 100 + [False] * 50

    workers = [RateLimit("100/minute", uri), RateLimit("100/minute", uri)]
    updates = []
    for worker in workers:
        incr_window = worker.storage.incr_window
        worker.storage.incr_window = lambda *a, _incr=incr_window, **k: updates.append(1) or _incr(*a, **k)
    answers = [workers[i % 3 == 0].check("shared") for i in range(300)]
    admitted = sum(answer is None for answer in answers)
    assert 100 - 100 // RESERVE_SHARE <= admitted <= 100
    assert len(updates) < 100
    refused = [answer for answer in answers if answer is not None]
    assert all(1 <= seconds <= 60 and limit == "100 per 1 minute" for seconds, limit in refused)


def test_counters_live_beside_the_database_not_in_the_shared_temp_dir(tmp_path, monkeypatch):
    from server import ratelimit

    database = tmp_path / "data" / "upheaval.db"
    database.parent.mkdir()
    assert ratelimit.default_storage_uri(str(database)) == f"{SCHEME}:///{tmp_path / 'data' / 'upheaval-ratelimit.db'}"
    # A folder this process cannot write (a read-only mount): a temp folder private to the user instead.
    monkeypatch.setattr(ratelimit.tempfile, "gettempdir", lambda: str(tmp_path))
    monkeypatch.setattr(ratelimit.os, "access", lambda path, mode: False)
    uri = ratelimit.default_storage_uri(str(database))
    private = tmp_path / f"upheaval-{os.getuid()}"
    assert uri == f"{SCHEME}:///{private / 'upheaval-ratelimit.db'}"
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    private.chmod(0o777)  # someone opened it up (or planted it): refused, never used
    with pytest.raises(RuntimeError, match="not a private folder"):
        ratelimit.default_storage_uri(str(database))


def test_a_garbage_counter_file_fails_closed_with_one_log_line(seeded_db, tmp_path, caplog):
    counters = tmp_path / "counters.db"
    counters.write_bytes(b"planted by someone else " * 100)
    app = create_app({"TESTING": True, "DATABASE": str(seeded_db), "RATE_LIMIT": "100/minute",
                      "RATE_LIMIT_STORAGE": f"{SCHEME}:///{counters}"})
    client = app.test_client()
    with caplog.at_level("ERROR", logger="server.ratelimit"):
        answers = [client.get("/api/v1/alerts?company=Globex") for _ in range(3)]
    assert {answer.status_code for answer in answers} == {503}
    assert answers[0].get_json() == {"code": 503, "message": "the rate limiter is not available; try again shortly"}
    assert len([r for r in caplog.records if "refusing requests" in r.getMessage()]) == 1
    assert client.get("/healthz").status_code == 200  # monitoring still sees the database itself
    counters.unlink()
    assert client.get("/api/v1/alerts?company=Globex").status_code == 200  # and it recovers by itself
