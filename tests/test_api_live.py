"""The API under gunicorn (its production server), including reads while a crawl writes."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest

from pipeline import store
from tests.conftest import days_ago, free_port, seed, start_gunicorn


def fetch(url, data=None, headers=None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_alert_batch_and_snapshot_under_gunicorn(live_api):
    status, headers, body = fetch(f"{live_api}/api/v1/alerts?company=Globex%20Corporation")
    assert status == 200 and json.loads(body)["level"] == "warning"
    assert fetch(f"{live_api}/api/v1/alerts?company=Globex%20Corporation",
                 headers={"If-None-Match": headers["ETag"]})[0] == 304
    payload = json.dumps({"companies": [{"name": "Vandelay Industries"}, {"name": "Globex Corporation"}]}).encode()
    status, _, body = fetch(f"{live_api}/api/v1/alerts/batch", payload, {"Content-Type": "application/json"})
    assert status == 200
    assert [r["level"] for r in json.loads(body)["results"]] == ["warning", "warning"]
    status, headers, body = fetch(f"{live_api}/api/v1/snapshot")
    assert status == 200 and headers["ETag"] and json.loads(body)["companies"]
    status, _, body = fetch(f"{live_api}/api/v1/alerts?company=%00")
    assert status == 400 and json.loads(body)["code"] == 400


def test_reads_keep_working_while_a_crawl_writes(live_api, seeded_db):
    stop = threading.Event()
    written = []

    def crawl():
        db = store.open_db(seeded_db)
        i = 0
        while not stop.is_set() and i < 200:
            seed(db, [{"title": f"Initech to acquire Target{chr(65 + i % 26)}{chr(65 + i // 26)} Systems",
                       "url": f"https://news.example.com/live-{i}.html", "summary": "",
                       "published_at": days_ago(1), "publisher": "Example Wire"}])
            written.append(i)
            i += 1
        db.close()

    writer = threading.Thread(target=crawl)
    writer.start()
    try:
        statuses = [fetch(f"{live_api}/api/v1/alerts?company=Vandelay%20Industries")[0] for _ in range(60)]
    finally:
        stop.set()
        writer.join(timeout=30)
    assert written and statuses == [200] * 60
    status, _, body = fetch(f"{live_api}/api/v1/alerts?company=TargetAA%20Systems")
    assert status == 200 and json.loads(body)["level"] in ("warning", "watch")


def raw_request(port: int, request: bytes) -> tuple[int, dict, bytes]:
    """Bytes on a socket: urllib would refuse to send some of these requests at all."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    return int(status_line.split()[1]), headers, body


@pytest.fixture
def configured_api(seeded_db):
    """The API under gunicorn with the settings `upheaval serve` gives it (server/gunicorn_config.py)."""
    port = free_port()
    process = start_gunicorn(seeded_db, port, {"GUNICORN_CMD_ARGS": "--config python:server.gunicorn_config"})
    yield port
    process.terminate()
    process.wait(timeout=10)


def test_the_http_servers_own_errors_are_json_too(configured_api):
    port = configured_api
    too_long = raw_request(port, b"GET /api/v1/alerts?company=" + b"A" * 5000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    huge_header = raw_request(port, b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + b"a" * 9000 + b"\r\n\r\n")
    malformed = raw_request(port, b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header<script>: x\r\n\r\n")
    for (status, headers, body), expected in ((too_long, 414), (huge_header, 431), (malformed, 400)):
        assert status == expected and headers["content-type"] == "application/json"
        assert json.loads(body)["code"] == expected and b"<" not in body


def test_under_gunicorn_foreign_hosts_and_cross_site_writes_are_refused(configured_api):
    port = configured_api
    status, headers, body = raw_request(port, b"GET /api/v1/alerts?company=Globex HTTP/1.1\r\n"
                                              b"Host: rebound.evil.example:8080\r\nConnection: close\r\n\r\n")
    assert status == 421 and json.loads(body)["code"] == 421
    report = json.dumps({"query": "Globex", "company_id": None}).encode()
    status, _, body = fetch(f"http://127.0.0.1:{port}/api/v1/corrections", data=report,
                            headers={"Content-Type": "text/plain", "Origin": "https://evil.example"})
    assert status == 403 and json.loads(body)["code"] == 403
    status, _, body = fetch(f"http://127.0.0.1:{port}/api/v1/alerts/batch", data=b"[" * 20_000,
                            headers={"Content-Type": "application/json"})
    assert status == 400 and json.loads(body)["message"] == "the JSON body is nested too deeply"
    status, _, _ = fetch(f"http://127.0.0.1:{port}/api/v1/corrections", data=report,
                         headers={"Content-Type": "application/json",
                                  "Origin": "chrome-extension://abcdefghijklmnopabcdefghijklmnop"})
    assert status == 202
