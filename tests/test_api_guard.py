"""server/guard.py: no cross-site writes, no answers to foreign Host names (DNS rebinding), and bodies that
cannot be parsed are a 400, never a 500."""

from __future__ import annotations

import json
import sqlite3

import pytest

from pipeline import store
from server import create_app
from server.guard import allowed_hosts, host_name
from support import seed

EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
REPORT = {"query": "Globex", "company_id": None}
BATCH = {"companies": [{"name": "Globex"}]}


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    """One seeded database for the module (nothing here writes it): seeding costs seconds per test."""
    path = tmp_path_factory.mktemp("guard") / "upheaval.db"
    db = store.open_db(path)
    seed(db)
    db.close()
    return path


@pytest.fixture
def app(seeded_db, tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(seeded_db), "CORRECTIONS_DB": str(tmp_path / "c.db")})


def make_client(seeded_db, **config):
    return create_app({"TESTING": True, "DATABASE": str(seeded_db), **config}).test_client()


def recorded(app) -> int:
    try:
        return sqlite3.connect(app.config["CORRECTIONS_DB"]).execute("SELECT count(*) FROM corrections").fetchone()[0]
    except sqlite3.OperationalError:  # no report yet: no table
        return 0


def test_a_cross_site_text_plain_write_is_refused(app, client):
    # What a page on any site can send without a preflight: a "simple" text/plain POST.
    response = client.post("/api/v1/corrections", data=json.dumps(REPORT), content_type="text/plain",
                           headers={"Origin": "https://evil.example"})
    assert response.status_code == 403 and response.get_json()["code"] == 403
    assert recorded(app) == 0


@pytest.mark.parametrize("path, body", [("/api/v1/corrections", REPORT), ("/api/v1/alerts/batch", BATCH)])
@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", None])
def test_every_write_must_be_sent_as_json(client, path, body, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post(path, data=json.dumps(body), headers=headers)
    assert response.status_code == 415
    assert response.get_json() == {"code": 415, "message": "the body must be JSON, sent with Content-Type: application/json"}
    assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("origin", ["https://evil.example", "null", "http://127.0.0.1:8080.evil.example",
                                    "https://chrome-extension.evil.example"])
def test_foreign_origins_cannot_write_even_as_json(app, client, origin):
    for path, body in (("/api/v1/corrections", REPORT), ("/api/v1/alerts/batch", BATCH)):
        response = client.post(path, json=body, headers={"Origin": origin})
        assert response.status_code == 403, (path, origin)
    assert recorded(app) == 0


@pytest.mark.parametrize("origin", [None, EXTENSION, "moz-extension://0b1c2d3e-aaaa-bbbb-cccc-000000000000",
                                    "https://dashboard.example"])
def test_extensions_configured_origins_and_plain_clients_write(seeded_db, tmp_path, origin):
    app = create_app({"TESTING": True, "DATABASE": str(seeded_db), "CORS_ORIGINS": "https://dashboard.example",
                      "CORRECTIONS_DB": str(tmp_path / "c.db")})
    client = app.test_client()
    headers = {"Origin": origin} if origin else {}
    batch = client.post("/api/v1/alerts/batch", json=BATCH, headers=headers)
    assert batch.status_code == 200 and batch.get_json()["results"][0]["level"] == "warning"
    # As the extension sends them (extension/background/api.js): JSON with a charset is JSON too.
    report = client.post("/api/v1/corrections", data=json.dumps(REPORT), headers={
        **headers, "Content-Type": "application/json; charset=utf-8", "Accept": "application/json"})
    assert report.status_code == 202
    assert recorded(app) == 1


def test_reads_need_no_origin_check(client):
    response = client.get("/api/v1/alerts?company=Globex", headers={"Origin": "https://evil.example"})
    assert response.status_code == 200 and "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.parametrize("path", ["/api/v1/alerts/batch", "/api/v1/corrections"])
def test_deeply_nested_json_is_a_400(client, path):
    response = client.post(path, data="[" * 20_000 + "]" * 20_000, content_type="application/json")
    assert response.status_code == 400
    assert response.get_json() == {"code": 400, "message": "the JSON body is nested too deeply"}
    unclosed = client.post(path, data="[" * 20_000, content_type="application/json")
    assert unclosed.status_code == 400


@pytest.mark.parametrize("host", ["localhost", "localhost:8080", "127.0.0.1", "127.0.0.1:8080", "[::1]:8080",
                                  "LOCALHOST.:8080"])
def test_loopback_hosts_are_answered(seeded_db, host):
    client = make_client(seeded_db)
    assert client.get("/api/v1/alerts?company=Globex", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8080", "127.0.0.1.nip.io:8080", "10.0.0.5:8080"])
def test_other_hosts_get_a_json_421(seeded_db, host):
    client = make_client(seeded_db)
    for path in ("/api/v1/alerts?company=Globex", "/healthz", "/api/v1/snapshot"):
        response = client.get(path, headers={"Host": host})
        assert response.status_code == 421, (path, host)
        assert response.get_json()["code"] == 421 and "UPHEAVAL_ALLOWED_HOSTS" in response.get_json()["message"]
    refused_write = client.post("/api/v1/corrections", json=REPORT, headers={"Host": host})
    assert refused_write.status_code == 421


def test_configured_and_bound_hosts_are_answered(seeded_db):
    client = make_client(seeded_db, ALLOWED_HOSTS="radar.lan, Radar.Example.com", BIND_HOST="192.168.1.20")
    for host in ("radar.lan:8080", "radar.example.com", "192.168.1.20:8080", "localhost"):
        assert client.get("/healthz", headers={"Host": host}).status_code == 200, host
    assert client.get("/healthz", headers={"Host": "evil.example"}).status_code == 421


def test_bound_to_every_interface_answers_addresses_but_not_other_names(seeded_db):
    client = make_client(seeded_db, BIND_HOST="0.0.0.0")
    assert client.get("/healthz", headers={"Host": "10.0.0.5:8080"}).status_code == 200
    assert client.get("/healthz", headers={"Host": "[fd00::5]:8080"}).status_code == 200
    assert client.get("/healthz", headers={"Host": "evil.example:8080"}).status_code == 421


def test_a_star_turns_the_host_check_off(seeded_db):
    client = make_client(seeded_db, ALLOWED_HOSTS="*")
    assert client.get("/healthz", headers={"Host": "anything.example"}).status_code == 200


def test_host_names_are_compared_without_port_and_case():
    assert host_name("[::1]:8080") == "[::1]" and host_name("Example.COM.:80") == "example.com"
    hosts, any_address = allowed_hosts("::1", "")
    assert "[::1]" in hosts and not any_address
    assert allowed_hosts("::", "")[1] and allowed_hosts("0.0.0.0", "")[1]
