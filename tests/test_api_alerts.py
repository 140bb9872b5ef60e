"""GET /api/v1/alerts and POST /api/v1/alerts/batch: the alert contract, validation, hints, order."""

from __future__ import annotations

import pytest

from server import alerts as alerts_view

ALERT_KEYS = {"query", "match", "level", "score", "window_days", "events", "generated_at"}


def test_alert_for_a_flagged_company(client):
    response = client.get("/api/v1/alerts", query_string={"company": "Globex Corporation"})
    assert response.status_code == 200
    alert = response.get_json()
    assert ALERT_KEYS <= alert.keys()
    assert alert["match"]["name"] == "Globex Corporation"
    assert alert["level"] == "warning"
    event = alert["events"][0]
    assert event["kind"] == "merger_acquisition" and event["role"] == "target"
    assert event["evidence"][0]["url"].startswith("https://news.example.com/")


def test_unknown_company_is_unknown_not_clean(client):
    alert = client.get("/api/v1/alerts?company=Zzyzx%20Nonexistent%20Widgets").get_json()
    assert alert["level"] == "unknown" and alert["match"] is None


def test_a_company_added_by_another_process_is_known_at_once_despite_the_index_lag(client, seeded_db):
    import sqlite3

    assert client.get("/api/v1/alerts?company=Zzyzx%20Widgets").get_json()["level"] == "unknown"
    # A crawl in another process meets the company: the worker's index, checked moments ago, has not seen it.
    crawl = sqlite3.connect(seeded_db)
    with crawl:
        crawl.execute("INSERT INTO companies (id, name, norm_key, origin) VALUES (1999999998, 'Zzyzx Widgets', "
                      "'zzyzx widgets', 'news')")
    crawl.close()
    alert = client.get("/api/v1/alerts?company=Zzyzx%20Widgets").get_json()
    assert alert["match"]["company_id"] == 1999999998 and alert["level"] == "none"


def test_surrounding_blanks_are_ignored(client):
    alert = client.get("/api/v1/alerts", query_string={"company": "\u00a0 Globex Corporation  "}).get_json()
    assert alert["query"] == "Globex Corporation" and alert["level"] == "warning"


@pytest.mark.parametrize("query, message", [
    ({}, "required"),
    ({"company": ""}, "empty"),
    ({"company": "   "}, "empty"),
    ({"company": "\u3000\ufeff"}, "empty"),
    ({"company": "x" * 201}, "longer than 200"),
    ({"company": "Acme\x00Corp"}, "control characters"),
    ({"company": "Acme\nCorp"}, "control characters"),
    ({"company": "Acme\x85"}, "control characters"),
    ({"company": "Acme", "domain": "not a domain"}, "domain"),
    ({"company": "Acme", "ats": "greenhouse"}, "ats"),
])
def test_bad_queries_get_a_clear_400(client, query, message):
    response = client.get("/api/v1/alerts", query_string=query)
    assert response.status_code == 400
    body = response.get_json()
    assert body["code"] == 400 and message in body["message"]


def test_two_hundred_characters_is_fine(client):
    assert client.get("/api/v1/alerts", query_string={"company": "x" * 200}).status_code == 200


def test_hints_reach_the_alert_lookup(client, monkeypatch):
    seen = []

    def fake_alert_for(db, name, window_days, hints=None, index=None, lag=0.0, freshness=None, **options):
        seen.append((name, hints))
        return {"query": name, "match": None, "level": "unknown", "score": 0.0, "window_days": window_days,
                "events": [], "generated_at": "2026-01-01T00:00:00Z"}

    def fake_alerts_for(db, asked, window_days, **options):
        return [fake_alert_for(db, name, window_days, hints) for name, hints in asked]

    monkeypatch.setattr(alerts_view, "alert_for", fake_alert_for)
    monkeypatch.setattr(alerts_view, "alerts_for", fake_alerts_for)
    client.get("/api/v1/alerts", query_string={"company": "GitLab", "domain": "GitLab.com", "ats": "greenhouse:gitlab"})
    client.post("/api/v1/alerts/batch", json={"companies": [{"name": "Acme", "domain": None, "ats": "lever:acme"}]})
    assert seen == [("GitLab", {"domain": "gitlab.com", "ats": "greenhouse:gitlab"}), ("Acme", {"ats": "lever:acme"})]


def test_batch_answers_every_name_in_order(client):
    names = ["Vandelay Industries", "Nobody Such Co", "Globex Corporation", "Vandelay Industries"]
    response = client.post("/api/v1/alerts/batch", json={"companies": [{"name": n} for n in names]})
    assert response.status_code == 200
    body = response.get_json()
    assert [r["query"] for r in body["results"]] == names
    assert [r["level"] for r in body["results"]] == ["warning", "unknown", "warning", "warning"]
    assert body["generated_at"]


def test_batch_of_fifty_is_accepted_and_fifty_one_refused(client):
    ok = client.post("/api/v1/alerts/batch", json={"companies": [{"name": f"Company {i}"} for i in range(50)]})
    assert ok.status_code == 200 and len(ok.get_json()["results"]) == 50
    too_many = client.post("/api/v1/alerts/batch", json={"companies": [{"name": "Acme"}] * 51})
    assert too_many.status_code == 400 and "at most 50" in too_many.get_json()["message"]


@pytest.mark.parametrize("body, message", [
    ("not json", "JSON object"),
    ([], "JSON object"),
    ({}, "list"),
    ({"companies": "Acme"}, "list"),
    ({"companies": []}, "empty"),
    ({"companies": ["Acme"]}, "companies[0] must be an object"),
    ({"companies": [{"name": "Acme"}, {"title": "x"}]}, "companies[1].name"),
    ({"companies": [{"name": 5}]}, "must be text"),
    ({"companies": [{"name": "Ac\tme"}]}, "control characters"),
    ({"companies": [{"name": "Acme", "domain": 3}]}, "domain"),
])
def test_batch_shape_errors_are_400(client, body, message):
    if isinstance(body, str):
        response = client.post("/api/v1/alerts/batch", data=body, content_type="application/json")
    else:
        response = client.post("/api/v1/alerts/batch", json=body)
    assert response.status_code == 400
    assert message in response.get_json()["message"]


def test_alerts_are_cacheable_and_conditional(client):
    first = client.get("/api/v1/alerts?company=Globex")
    assert "max-age=" in first.headers["Cache-Control"]
    etag = first.headers["ETag"]
    again = client.get("/api/v1/alerts?company=Globex", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    other = client.get("/api/v1/alerts?company=Vandelay%20Industries", headers={"If-None-Match": etag})
    assert other.status_code == 200


@pytest.mark.parametrize("query", ["company=%FF%FE", "company=Acme%C3", "company=Acme&domain=%E9.com",
                                   "kind=%80&since=2026-01-01"])
def test_a_query_string_that_is_not_utf8_is_refused(client, query):
    path = "/api/v1/events" if query.startswith("kind") else "/api/v1/alerts"
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400
    assert response.get_json()["message"].startswith("the query string is not UTF-8")


def test_utf8_names_and_plus_signs_still_pass(client):
    assert client.get("/api/v1/alerts?company=Soci%C3%A9t%C3%A9+G%C3%A9n%C3%A9rale").status_code == 200


# A client may send bytes above 127 without %-encoding them; WSGI hands them over one character per byte.
@pytest.mark.parametrize("raw, status", [("company=Soci\xc3\xa9t\xc3\xa9", 200), ("company=Soci\xe9t\xe9", 400)])
def test_unencoded_bytes_in_the_query_are_held_to_utf8_too(client, raw, status):
    response = client.get("/api/v1/alerts", environ_overrides={"QUERY_STRING": raw})
    assert response.status_code == status
    if status == 200:
        assert response.get_json()["query"] == "Soci\u00e9t\u00e9"


def test_the_batch_answer_carries_no_etag(client):
    """A POST is never conditional: the batch gets Cache-Control but no tag to send back."""
    response = client.post("/api/v1/alerts/batch", json={"companies": [{"name": "Globex"}]})
    assert response.status_code == 200 and "ETag" not in response.headers
    assert response.headers["Cache-Control"].startswith("private, max-age=")
    assert client.get("/api/v1/alerts?company=Globex").headers["ETag"]
