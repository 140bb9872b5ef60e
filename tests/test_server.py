"""The app itself: JSON errors without internals, CORS for extension origins only, health, the OpenAPI
document, and one read-only connection kept per worker."""

from __future__ import annotations

import json

import pytest

from server import create_app
from server import db as server_db

EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"


@pytest.fixture
def cors_client(seeded_db):
    app = create_app({"TESTING": True, "DATABASE": str(seeded_db),
                      "CORS_ORIGINS": f"{EXTENSION}, moz-extension://0b1c2d3e-aaaa-bbbb-cccc-000000000000"})
    return app.test_client()


def test_unknown_path_and_wrong_method_are_json(client):
    missing = client.get("/api/v1/nothing-here")
    assert missing.status_code == 404 and missing.get_json()["code"] == 404
    wrong = client.put("/api/v1/alerts?company=Acme")
    assert wrong.status_code == 405 and wrong.get_json()["code"] == 405
    assert "GET" in wrong.headers["Allow"]


def test_unexpected_error_is_a_bare_500(app, monkeypatch):
    from server import alerts

    def explode(*args, **kwargs):
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(alerts, "alert_for", explode)
    response = app.test_client().get("/api/v1/alerts?company=Acme")
    assert response.status_code == 500
    assert response.get_json() == {"code": 500, "message": "internal error"}
    assert b"secret" not in response.data and b"Traceback" not in response.data


def test_database_errors_never_show_sql(tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "missing" / "none.db")})
    response = app.test_client().get("/api/v1/alerts?company=Acme")
    assert response.status_code == 503
    body = response.get_json()
    assert body == {"code": 503, "message": "the alert database is not available"}
    assert app.test_client().get("/healthz").status_code == 503


def test_oversized_body_is_a_json_413(client):
    response = client.post("/api/v1/alerts/batch", data="x" * 300_000, content_type="application/json")
    assert response.status_code == 413 and response.get_json()["code"] == 413


def test_healthz_reports_database_and_crawl_age(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok" and body["database"] is True
    assert "newest_crawl" in body and "newest_crawl_age_seconds" in body
    assert response.headers["Cache-Control"] == "no-store"


def test_openapi_document_is_served_and_covers_every_route(client, app):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.get_json()
    assert document["openapi"].startswith("3.1")
    routes = {rule.rule.replace("<company_id>", "{company_id}") for rule in app.url_map.iter_rules()
              if rule.endpoint != "static"}
    assert routes == set(document["paths"])


def test_openapi_limits_match_the_validator(app):
    from server import validate
    from server.health import openapi_document

    batch = openapi_document()["paths"]["/api/v1/alerts/batch"]["post"]["requestBody"]["content"]
    companies = batch["application/json"]["schema"]["properties"]["companies"]
    assert companies["maxItems"] == validate.MAX_BATCH
    name = companies["items"]["properties"]["name"]
    assert name["maxLength"] == 200 and validate.CONTROL in name["pattern"] and validate.WHITESPACE in name["pattern"]


def test_names_are_stripped_of_exactly_the_blanks_the_pattern_names():
    import re

    from server import validate

    blank = re.compile(f"[{validate.WHITESPACE}]")
    assert {ch for ch in map(chr, range(0x10000)) if blank.fullmatch(ch)} == set(validate._BLANKS)


def test_cors_only_for_configured_extension_origins(cors_client):
    allowed = cors_client.get("/api/v1/alerts?company=Globex", headers={"Origin": EXTENSION})
    assert allowed.headers["Access-Control-Allow-Origin"] == EXTENSION
    assert "Origin" in allowed.headers["Vary"]
    stranger = cors_client.get("/api/v1/alerts?company=Globex", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in stranger.headers
    preflight = cors_client.options("/api/v1/alerts/batch", headers={
        "Origin": EXTENSION, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in preflight.headers["Access-Control-Allow-Headers"]


def test_no_cors_headers_when_no_origin_is_configured(client):
    response = client.get("/api/v1/alerts?company=Globex", headers={"Origin": EXTENSION})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_one_readonly_connection_is_kept_across_requests(app):
    client = app.test_client()
    client.get("/api/v1/alerts?company=Globex")
    with app.app_context():
        first = server_db.get_db()
    client.get("/api/v1/alerts?company=Vandelay")
    with app.app_context():
        assert server_db.get_db() is first
        with pytest.raises(Exception, match="readonly|read-only"):
            first.execute("DELETE FROM companies")


def test_errors_are_never_cached(client):
    assert client.get("/api/v1/alerts").headers["Cache-Control"] == "no-store"


def test_responses_are_plain_json(client):
    response = client.get("/api/v1/alerts?company=Globex")
    assert response.mimetype == "application/json"
    json.loads(response.data)


def test_healthz_fails_on_a_corrupted_database(seeded_db):
    # Damage the middle of the file: it still opens, and the crawl log healthz used to read is intact.
    size = seeded_db.stat().st_size
    with open(seeded_db, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(bytes(range(256)) * (size // 4 // 256))
    app = create_app({"TESTING": True, "DATABASE": str(seeded_db)})
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["code"] == 503 and "damaged" in response.get_json()["message"]
    assert response.headers["Cache-Control"] == "no-store"


def test_healthz_checks_integrity_at_most_every_few_minutes(app, monkeypatch):
    from server import health

    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    checks = []
    real_open = health.readonly.open_for_reading
    monkeypatch.setattr(health.readonly, "open_for_reading", lambda path: checks.append(path) or real_open(path))
    assert client.get("/healthz").status_code == 200 and checks == []  # the last check still counts
    monkeypatch.setattr(health, "INTEGRITY_EVERY_SECONDS", 0)
    assert client.get("/healthz").status_code == 200 and len(checks) == 1
