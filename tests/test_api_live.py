"""The API under gunicorn (its production server), including reads while a crawl writes."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

from pipeline import store
from tests.conftest import days_ago, seed


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
