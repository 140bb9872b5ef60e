"""GET /api/v1/companies/<id> and GET /api/v1/events (cursor pagination)."""

from __future__ import annotations

import pytest

from pipeline import store
from tests.conftest import days_ago, seed

WORDS = ("Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa "
         "Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee").split()


def company_id(client, name):
    return client.get("/api/v1/alerts", query_string={"company": name}).get_json()["match"]["company_id"]


def test_company_has_aliases_and_full_history(client):
    cid = company_id(client, "Globex Corporation")
    response = client.get(f"/api/v1/companies/{cid}")
    assert response.status_code == 200
    company = response.get_json()
    assert company["company_id"] == cid and company["name"] == "Globex Corporation"
    assert company["level"] == "warning" and isinstance(company["aliases"], list)
    assert company["events"][0]["evidence"] and company["events"][0]["role"] == "target"
    assert response.headers["ETag"]


def test_sec_company_lists_its_ticker_alias(client):
    cid = company_id(client, "Apple Inc.")
    company = client.get(f"/api/v1/companies/{cid}").get_json()
    assert {"alias": "AAPL", "kind": "ticker"} in company["aliases"] and company["level"] == "none"


def test_a_subsidiary_names_its_parent_and_the_parent_its_subsidiaries(client):
    zappos = client.get("/api/v1/alerts", query_string={"company": "Zappos"}).get_json()["match"]
    amazon = zappos["parent"]
    assert (zappos["name"], amazon["name"]) == ("Zappos", "AMAZON COM INC")
    company = client.get(f"/api/v1/companies/{zappos['company_id']}").get_json()
    assert company["parent"] == amazon and company["origin"] == "catalog" and company["subsidiaries"] == []
    parent = client.get(f"/api/v1/companies/{amazon['company_id']}").get_json()
    assert parent["parent"] is None
    assert {"company_id": zappos["company_id"], "name": "Zappos"} in parent["subsidiaries"]


@pytest.mark.parametrize("path", ["/api/v1/companies/0", "/api/v1/companies/abc", "/api/v1/companies/-5",
                                  "/api/v1/companies/99999999999999999999999"])
def test_missing_company_is_a_json_404(client, path):
    response = client.get(path)
    assert response.status_code == 404 and response.get_json()["code"] == 404


@pytest.fixture
def many_events_client(seeded_db, app):
    db = store.open_db(seeded_db)
    seed(db, [{"title": f"{word} Logistics CEO Pat Doe resigns", "url": f"https://news.example.com/ceo-{i}.html",
               "summary": "", "published_at": days_ago(i % 20), "publisher": "Example Wire"}
              for i, word in enumerate(WORDS)])
    db.close()
    return app.test_client()


def test_events_pages_cover_every_event_once(many_events_client):
    client = many_events_client
    everything = client.get("/api/v1/events?limit=200").get_json()["events"]
    assert len(everything) > 20
    seen, cursor = [], None
    while True:
        query = {"limit": 7, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/v1/events", query_string=query).get_json()
        assert len(page["events"]) <= 7
        seen += page["events"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert [e["id"] for e in seen] == [e["id"] for e in everything]
    assert [e["date"] for e in seen] == sorted((e["date"] for e in seen), reverse=True)
    assert all(e["company"]["name"] for e in seen)


def test_events_filter_by_kind_and_since(many_events_client):
    client = many_events_client
    deals = client.get("/api/v1/events?kind=merger_acquisition").get_json()["events"]
    assert deals and {e["kind"] for e in deals} == {"merger_acquisition"}
    recent = client.get("/api/v1/events", query_string={"since": days_ago(3)[:10], "limit": 200}).get_json()["events"]
    assert recent and all(e["date"] >= days_ago(3)[:10] for e in recent)
    assert client.get("/api/v1/events?since=2999-01-01").get_json() == {
        **client.get("/api/v1/events?since=2999-01-01").get_json(), "events": [], "next_cursor": None}


@pytest.mark.parametrize("query, message", [
    ("since=yesterday", "since"), ("since=2026-02-30", "calendar date"), ("kind=layoff", "kind"),
    ("limit=0", "limit"), ("limit=201", "limit"), ("limit=ten", "limit"), ("cursor=abc", "cursor"),
])
def test_events_bad_parameters_are_400(client, query, message):
    response = client.get(f"/api/v1/events?{query}")
    assert response.status_code == 400 and message in response.get_json()["message"]
