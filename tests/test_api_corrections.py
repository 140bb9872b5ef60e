"""POST /api/v1/corrections: "wrong company?" reports land in their own file; the alert database is untouched."""

import sqlite3

import pytest


def test_a_report_is_recorded_in_its_own_file(client, app, seeded_db):
    before = sqlite3.connect(seeded_db).execute("SELECT count(*) FROM companies").fetchone()[0]
    report = {"query": "Globex", "company_id": 1000000000, "name": "Globex Corporation", "site": "greenhouse",
              "at": "2026-11-25T19:00:00Z"}
    response = client.post("/api/v1/corrections", json=report)
    assert response.status_code == 202
    assert response.get_json() == {"status": "recorded"}
    rows = sqlite3.connect(app.config["CORRECTIONS_DB"]).execute(
        "SELECT query, company_id, name, site, reported_at FROM corrections").fetchall()
    assert rows == [("Globex", 1000000000, "Globex Corporation", "greenhouse", "2026-11-25T19:00:00Z")]
    assert app.config["CORRECTIONS_DB"] != str(seeded_db)
    assert sqlite3.connect(seeded_db).execute("SELECT count(*) FROM companies").fetchone()[0] == before


@pytest.mark.parametrize("body", [
    [], "Globex", {}, {"query": ""}, {"query": "x" * 201}, {"query": "Glo\x00bex"},
    {"query": "Globex", "company_id": "17"}, {"query": "Globex", "company_id": True},
    {"query": "Globex", "company_id": -3}, {"query": "Globex", "site": "<script>"},
    {"query": "Globex", "at": "yesterday afternoon"},
])
def test_bad_reports_get_a_json_400(client, app, body):
    response = client.post("/api/v1/corrections", json=body)
    assert response.status_code == 400
    assert response.get_json()["code"] == 400 and response.get_json()["message"]


def test_reports_keep_their_source_and_the_file_is_capped_and_expired(seeded_db, tmp_path):
    from server import create_app

    path = tmp_path / "corrections.db"
    app = create_app({"TESTING": True, "DATABASE": str(seeded_db), "CORRECTIONS_DB": str(path),
                      "CORRECTIONS_KEEP": 5, "CORRECTIONS_KEEP_DAYS": 30})
    client = app.test_client()
    extension = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    for number in range(8):
        response = client.post("/api/v1/corrections", json={"query": f"Name {number}"}, headers={"Origin": extension})
        assert response.status_code == 202
    rows = sqlite3.connect(path).execute("SELECT query, origin, client FROM corrections ORDER BY rowid").fetchall()
    assert [row[0] for row in rows] == [f"Name {number}" for number in range(3, 8)]  # the newest 5
    assert {row[1:] for row in rows} == {(extension, "127.0.0.1")}
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE corrections SET received_at = '2000-01-01T00:00:00Z' WHERE query != 'Name 7'")
    assert client.post("/api/v1/corrections", json={"query": "Fresh"}).status_code == 202
    left = sqlite3.connect(path).execute("SELECT query, origin FROM corrections ORDER BY rowid").fetchall()
    assert left == [("Name 7", extension), ("Fresh", None)]
