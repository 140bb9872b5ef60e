"""GET /api/v1/feed.atom: the events of a few companies as Atom, read back with feedparser."""

from __future__ import annotations

import feedparser
import pytest

from pipeline import store
from tests.conftest import days_ago, seed


def feed(client, *names, **headers):
    return client.get("/api/v1/feed.atom", query_string=[("company", name) for name in names], headers=headers)


def test_the_feed_parses_and_lists_each_company_s_events_with_their_evidence(client):
    response = feed(client, "Globex", "Vandelay Industries", "Nonesuch Widgets")
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    parsed = feedparser.parse(response.data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    titles = [entry.title for entry in parsed.entries]
    assert any(t.startswith("Globex Corporation:") for t in titles)
    assert any(t.startswith("Vandelay Industries:") for t in titles)
    assert "Not recognised: Nonesuch Widgets" in parsed.feed.subtitle
    globex = next(e for e in parsed.entries if e.title.startswith("Globex"))
    assert globex.link == "https://news.example.com/2026/11/20/initech-globex.html"
    assert globex.id.startswith("tag:upheaval-radar.org,2026:event/") and globex.updated_parsed
    assert globex.tags[0].term == "merger_acquisition"
    # Newest first, and the feed's <updated> is its newest entry's, not the time of the request.
    assert [e.updated_parsed for e in parsed.entries] == sorted((e.updated_parsed for e in parsed.entries), reverse=True)
    assert parsed.feed.updated_parsed == parsed.entries[0].updated_parsed


def test_entry_ids_and_bytes_are_stable_and_a_known_etag_gets_304(client):
    first = feed(client, "Globex", "Vandelay Industries")
    again = feed(client, "Vandelay Industries", "Globex")
    ids = lambda answer: [entry.id for entry in feedparser.parse(answer.data).entries]  # noqa: E731
    assert ids(first) == ids(again)  # asked in another order: the same entries, the same ids
    assert feed(client, "Globex", "Vandelay Industries").data == first.data
    etag = first.headers["ETag"]
    cached = feed(client, "Globex", "Vandelay Industries", **{"If-None-Match": etag})
    assert cached.status_code == 304 and cached.data == b"" and cached.headers["ETag"] == etag


def test_a_new_event_changes_the_feed_and_its_etag(client, seeded_db):
    before = feed(client, "Globex")
    db = store.open_db(seeded_db)
    seed(db, [{"title": "Globex Corporation CFO Hank Scorpio resigns", "url": "https://news.example.com/globex-cfo.html",
               "summary": "", "published_at": days_ago(1), "publisher": "Example Wire"}])
    db.close()
    after = feed(client, "Globex", **{"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200 and after.headers["ETag"] != before.headers["ETag"]
    entries = feedparser.parse(after.data).entries
    assert entries[0].link == "https://news.example.com/globex-cfo.html"
    assert len(entries) == len(feedparser.parse(before.data).entries) + 1


@pytest.mark.parametrize("query, message", [
    ([], "required"),
    ([("company", "  ")], "empty"),
    ([("company", "Acme\x07")], "control characters"),
    ([("company", "x" * 201)], "longer than"),
    ([("company", f"Company {i}") for i in range(51)], "at most 50"),
])
def test_names_are_checked_like_the_alerts_endpoint(client, query, message):
    response = client.get("/api/v1/feed.atom", query_string=query)
    assert response.status_code == 400 and message in response.get_json()["message"]


def test_a_feed_of_unknown_names_is_an_empty_valid_feed(client):
    parsed = feedparser.parse(feed(client, "Nonesuch Widgets").data)
    assert not parsed.bozo and parsed.entries == [] and parsed.feed.title == "upheaval-radar: no recognised company"
