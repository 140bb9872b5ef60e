"""server/fast_path.py: GET /api/v1/alerts answered in front of Flask gets exactly Flask's answer (status,
every header, the body's bytes), and every other request, every error among them, is Flask's own.

Each request goes to two apps made alike but for the fast path, and the answers are compared; the tests
also say which requests the fast path answered itself, so that parity is not won by handing everything on."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request

import pytest
from flask import signals

from pipeline import settings, store
from pipeline.cli import gunicorn_command
from server import alerts, create_app, fast_path
from support import REPO, days_ago, free_port, seed

EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
# A subsidiary's news, so that its parent's alert carries `related`.
YOUTUBE_NEWS = {"title": "YouTube CEO Neal Mohan resigns, effective immediately",
                "url": "https://news.example.com/2026/11/19/youtube-ceo.html", "summary": "",
                "published_at": days_ago(6), "publisher": "Example Business Wire"}


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    """One seeded database for the module (nothing here writes it): seeding costs seconds per test."""
    path = tmp_path_factory.mktemp("fast-path") / "upheaval.db"
    db = store.open_db(path)
    seed(db)
    seed(db, [YOUTUBE_NEWS])
    db.close()
    return path


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    """Both apps stamp `generated_at` and time rate-limit windows by time.time(): the same instant for both,
    moved on only by a test (`clock[0] += seconds`)."""
    now = [time.time()]
    monkeypatch.setattr(time, "time", lambda: now[0])
    return now


def layer_of(app):
    layer = app.wsgi_app
    while not isinstance(layer, fast_path.AlertsFastPath):
        layer = getattr(layer, "app", None)  # ProxyFix keeps the app it wraps as .app
        if layer is None:
            return None
    return layer


class Pair:
    """The same app twice, with the fast path and without it. `ask` sends a request to both, asserts that the
    answers are identical and returns whether the fast path answered it (False: it handed it to Flask);
    `last` is the last answer."""

    def __init__(self, db, counters_folder=None, **config):
        """`counters_folder`: each app's rate-limit counters in a SQLite file there, rather than in memory."""
        def made(fast: bool, name: str):
            own = {"CORRECTIONS_DB": str(db.with_name(f"{name}-corrections.db"))}
            if counters_folder:
                own["RATE_LIMIT_STORAGE"] = f"upheaval-sqlite:///{counters_folder / f'{name}-ratelimit.db'}"
            return create_app({"TESTING": True, "DATABASE": str(db), **config, **own, "ALERTS_FAST_PATH": fast})

        self.fast, self.flask = made(True, "fast"), made(False, "flask")
        assert layer_of(self.flask) is None
        layer = layer_of(self.fast)
        self.handed = 0
        to_flask = layer.flask_wsgi_app

        def counted(environ, start_response):
            self.handed += 1
            return to_flask(environ, start_response)

        layer.flask_wsgi_app = counted

    def ask(self, path: str, method: str = "GET", **options) -> bool:
        handed = self.handed
        fast = self.last = self.fast.test_client().open(path, method=method, **options)
        slow = self.flask.test_client().open(path, method=method, **options)
        assert answer(fast) == answer(slow), path
        return self.handed == handed

    def both(self, function) -> None:
        function(self.fast)
        function(self.flask)


def answer(response) -> tuple:
    return response.status, sorted(response.headers.to_wsgi_list()), response.get_data()


@pytest.fixture(scope="module")
def pair(seeded_db):
    return Pair(seeded_db)


@pytest.mark.parametrize("query", [
    "company=Globex%20Corporation", "company=globex", "company=Globex+Corporation", "company=%20%20Globex%20",
    "company=Vandelay%20Industries", "company=Initech", "company=YouTube", "company=Alphabet", "company=Instagram",
    "company=Phoenix", "company=Zzyzx%20Nonexistent%20Widgets", "company=AT%26T", "company=" + "x" * 200,
    "company=Globex&domain=globex.com", "company=GitLab&ats=greenhouse:gitlab",
    "ats=lever:acme&domain=Acme.COM&company=Acme",
])
def test_plain_lookups_are_the_fast_paths_and_flasks_to_the_byte(pair, query):
    """Hits (a target, an exit, an acquirer, a subsidiary with its parent, a parent with `related`, a brand),
    misses (one with candidates), and hints."""
    assert pair.ask(f"/api/v1/alerts?{query}")


def test_conditional_requests_get_flasks_304_or_200(pair):
    etag = pair.fast.test_client().get("/api/v1/alerts?company=Globex").headers["ETag"]
    for if_none_match, status in [(etag, 304), ("*", 304), (f'"other", {etag}', 304), (f"W/{etag}", 200),
                                  ('"other"', 200), ("", 200)]:
        assert pair.ask("/api/v1/alerts?company=Globex", headers={"If-None-Match": if_none_match})
        assert pair.fast.test_client().get("/api/v1/alerts?company=Globex",
                                           headers={"If-None-Match": if_none_match}).status_code == status


@pytest.mark.parametrize("method, path, options", [
    ("GET", "/api/v1/alerts", {}),  # no company
    ("GET", "/api/v1/alerts?company=", {}),
    ("GET", "/api/v1/alerts?company=%20%20", {}),
    ("GET", "/api/v1/alerts?company=Acme%00Corp", {}),
    ("GET", "/api/v1/alerts?company=" + "x" * 201, {}),
    ("GET", "/api/v1/alerts?company=Acme&domain=not%20a%20domain", {}),
    ("GET", "/api/v1/alerts?company=Acme&ats=greenhouse", {}),
    ("GET", "/api/v1/alerts?company=%FF%FE", {}),  # not UTF-8
    ("GET", "/api/v1/alerts?company=Soci%C3%A9t%C3%A9", {}),  # UTF-8, but not ASCII
    ("GET", "/api/v1/alerts", {"environ_overrides": {"QUERY_STRING": "company=Soci\xc3\xa9t\xc3\xa9"}}),
    ("GET", "/api/v1/alerts", {"environ_overrides": {"QUERY_STRING": "company=Soci\xe9t\xe9"}}),
    ("GET", "/api/v1/alerts?company=Globex&company=Vandelay", {}),  # a parameter twice
    ("GET", "/api/v1/alerts?company=Globex&v=2", {}),  # a parameter the route does not take
    ("GET", "/api/v1/alerts?company=Globex&", {}),
    ("GET", "/api/v1/alerts?company=Globex", {"headers": {"Host": "evil.example"}}),  # the guard's 421
    ("GET", "/api/v1/alerts/?company=Globex", {}),
    ("HEAD", "/api/v1/alerts?company=Globex", {}),
    ("OPTIONS", "/api/v1/alerts?company=Globex", {}),
    ("POST", "/api/v1/alerts?company=Globex", {"json": {}}),
    ("PUT", "/api/v1/alerts?company=Globex", {}),
    ("POST", "/api/v1/alerts/batch", {"json": {"companies": [{"name": "Globex"}]}}),
    ("GET", "/api/v1/snapshot", {}),
    ("GET", "/healthz", {}),
])
def test_everything_else_is_flasks_with_the_same_answer(pair, method, path, options):
    assert not pair.ask(path, method, **options)


@pytest.mark.parametrize("storage", ["memory", "shared sqlite file"])
def test_rate_limit_edges_count_once_and_429_is_flasks(seeded_db, tmp_path, storage):
    pair = Pair(seeded_db, tmp_path if storage != "memory" else None, RATE_LIMIT="4/minute")
    plain = "/api/v1/alerts?company=Globex"
    assert pair.ask(plain)
    assert not pair.ask("/api/v1/alerts?company=")  # a bad parameter is counted, once
    assert not pair.ask(plain, headers={"Host": "evil.example"})  # a refused host is not counted
    assert pair.ask(plain, headers={"If-None-Match": "*"})
    assert pair.ask(plain)  # the fourth: the last one allowed
    for refused in (plain, "/api/v1/alerts?company=", "/api/v1/alerts?company=Soci%C3%A9t%C3%A9"):
        assert not pair.ask(refused)
    assert pair.fast.test_client().get(plain).status_code == 429
    assert not pair.ask("/healthz")  # never limited


@pytest.mark.parametrize("storage", ["memory", "shared sqlite file"])
def test_a_request_refused_by_one_limit_is_counted_once_by_the_others(seeded_db, tmp_path, clock, storage):
    """Refused in front of Flask, the request reaches Flask's error handler without being checked again."""
    pair = Pair(seeded_db, tmp_path if storage != "memory" else None, RATE_LIMIT="4/minute;1/second")
    plain = "/api/v1/alerts?company=Globex"
    assert pair.ask(plain)
    assert not pair.ask(plain)  # over 1/second; the minute's limit counts it once
    clock[0] += 1.5
    assert pair.ask(plain)
    assert not pair.ask(plain)
    # Counted twice, the request before would have been the fifth of the minute and refused by that limit.
    assert "1 per 1 second" in pair.last.get_json()["message"]
    clock[0] += 1.5
    assert not pair.ask(plain)
    assert "4 per 1 minute" in pair.last.get_json()["message"]


def test_a_failing_limiter_store_is_flasks_503(seeded_db, tmp_path):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database" * 100)
    pair = Pair(seeded_db, RATE_LIMIT_STORAGE=f"upheaval-sqlite:///{garbage}")
    assert not pair.ask("/api/v1/alerts?company=Globex")
    assert pair.fast.test_client().get("/api/v1/alerts?company=Globex").status_code == 503


@pytest.mark.parametrize("origin", [EXTENSION, "moz-extension://0b1c2d3e-aaaa-bbbb-cccc-000000000000",
                                    "https://evil.example", None])
def test_cors_headers_are_the_same_for_every_origin(seeded_db, origin):
    pair = Pair(seeded_db, CORS_ORIGINS=f"{EXTENSION}, moz-extension://0b1c2d3e-aaaa-bbbb-cccc-000000000000")
    headers = {"Origin": origin} if origin else {}
    assert pair.ask("/api/v1/alerts?company=Globex", headers=headers)
    etag = pair.fast.test_client().get("/api/v1/alerts?company=Globex").headers["ETag"]
    assert pair.ask("/api/v1/alerts?company=Globex", headers={**headers, "If-None-Match": etag})
    assert not pair.ask("/api/v1/alerts?company=", headers=headers)
    assert not pair.ask("/api/v1/alerts?company=Globex", "OPTIONS", headers={
        **headers, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match"})
    if origin == EXTENSION:
        response = pair.fast.test_client().get("/api/v1/alerts?company=Globex", headers=headers)
        assert response.headers["Access-Control-Allow-Origin"] == EXTENSION and response.headers["Vary"] == "Origin"


def test_behind_a_proxy_the_forwarded_client_and_host_are_the_ones_checked(seeded_db):
    pair = Pair(seeded_db, TRUSTED_PROXIES=1, RATE_LIMIT="1/minute")
    assert pair.ask("/api/v1/alerts?company=Globex", headers={"X-Forwarded-For": "203.0.113.7"})
    assert pair.ask("/api/v1/alerts?company=Globex", headers={"X-Forwarded-For": "203.0.113.8"})
    assert not pair.ask("/api/v1/alerts?company=Globex", headers={"X-Forwarded-For": "203.0.113.7"})  # 429
    assert not pair.ask("/api/v1/alerts?company=Globex", headers={"X-Forwarded-For": "203.0.113.9",
                                                                  "X-Forwarded-Host": "evil.example"})  # 421


@pytest.mark.parametrize("error", [RuntimeError("secret internals"), sqlite3.OperationalError("disk I/O error")])
def test_a_lookup_that_raises_is_answered_by_flasks_handlers(pair, monkeypatch, error):
    def failing(*args, **kwargs):
        raise error

    monkeypatch.setattr(alerts, "alert_for", failing)
    assert not pair.ask("/api/v1/alerts?company=Globex")
    assert pair.fast.test_client().get("/api/v1/alerts?company=Globex").status_code in (500, 503)


def test_a_hook_the_factory_did_not_add_makes_it_step_aside(seeded_db):
    pair = Pair(seeded_db)

    def add_header(app):
        app.after_request(lambda response: response.headers.add("X-Added", "later") or response)

    pair.both(add_header)
    assert not pair.ask("/api/v1/alerts?company=Globex")


def test_after_its_first_answer_the_app_refuses_new_hooks_as_flask_does(seeded_db):
    pair = Pair(seeded_db)
    assert pair.ask("/api/v1/alerts?company=Globex")
    for app in (pair.fast, pair.flask):
        with pytest.raises(AssertionError, match="first request"):
            app.after_request(lambda response: response)


def test_request_signal_receivers_see_every_request(pair):
    """A metrics or logging extension connects to Flask's request signals: while one does, Flask answers."""
    seen = []
    with signals.request_finished.connected_to(lambda sender, response, **extra: seen.append(response.status_code)):
        assert not pair.ask("/api/v1/alerts?company=Globex")
    assert seen == [200, 200]
    assert pair.ask("/api/v1/alerts?company=Globex")


def test_it_is_on_unless_switched_off(seeded_db):
    app = create_app({"TESTING": True, "DATABASE": str(seeded_db)})
    assert app.config["ALERTS_FAST_PATH"] is settings.UPHEAVAL_API_FAST_PATH  # True unless UPHEAVAL_API_FAST_PATH=0
    assert (layer_of(app) is not None) is settings.UPHEAVAL_API_FAST_PATH
    assert layer_of(create_app({"TESTING": True, "DATABASE": str(seeded_db), "ALERTS_FAST_PATH": False})) is None


def test_under_gunicorn_its_answers_are_in_the_access_log(seeded_db, tmp_path):
    """The API's one per-request record is gunicorn's access log (`upheaval serve`), written around the app."""
    port, log = free_port(), tmp_path / "access.log"
    command = gunicorn_command("127.0.0.1", port, 1)
    command[command.index("--access-logfile") + 1] = str(log)
    process = subprocess.Popen(command, cwd=REPO, env={**os.environ, "UPHEAVAL_DB": str(seeded_db)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/api/v1/alerts?company=Globex"
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(url, timeout=1) as response:
                    body, etag = response.read(), response.headers["ETag"]
                break
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not answer within 20 s"
                time.sleep(0.1)
        request = urllib.request.Request(url, headers={"If-None-Match": etag})
        with pytest.raises(urllib.error.HTTPError, match="304"):
            urllib.request.urlopen(request, timeout=5)
    finally:
        process.terminate()
        process.wait(timeout=15)
    lines = [line for line in log.read_text().splitlines() if "/api/v1/alerts?company=Globex" in line]
    assert f'"GET /api/v1/alerts?company=Globex HTTP/1.1" 200 {len(body)} ' in lines[-2]
    assert '"GET /api/v1/alerts?company=Globex HTTP/1.1" 304 0 ' in lines[-1]
