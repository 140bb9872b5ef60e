"""pipeline/identity.py: the catalogue's seeding, aliases and news companies, the cached index and its
freshness across connections, and the `upheaval companies` commands that drive them."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from pipeline import identity, store

from support import REPO

ARTICLE = {"title": "Initech to acquire Globex Corporation", "url": "https://news.example.com/a1",
           "summary": "", "published_at": "2026-11-20T10:00:00Z", "publisher": "Example News"}


def resolved(db, name, **options):
    found = identity.resolve(db, name, **options)
    return found.company.id if found.company else None


# ---------------------------------------------------------------- seeding and names


def test_a_fresh_database_holds_sec_companies_tickers_and_brands(fresh_db):
    assert resolved(fresh_db, "Apple Inc.") == 320193
    assert resolved(fresh_db, "AAPL") == 320193  # a ticker written as one
    assert identity.resolve(fresh_db, "Instagram").company.name == "Meta Platforms, Inc."
    assert identity.resolve(fresh_db, "Amazon").company.name == "AMAZON COM INC"  # "AMAZON COM": a web tail


def test_brand_and_user_aliases(fresh_db):
    assert resolved(fresh_db, "Hooli") is None
    assert identity.add_alias(fresh_db, "Hooli", 320193) == "hooli"
    found = identity.resolve(fresh_db, "Hooli")  # the index notices the new alias
    assert found.company.name == "Apple Inc." and found.matched_on == "alias"
    assert {"alias": "Hooli", "key": "hooli", "kind": "user"} in identity.company_aliases(fresh_db, 320193)
    with pytest.raises(ValueError):
        identity.add_alias(fresh_db, "!!!", 320193)


def test_former_names_from_edgar_submissions(fresh_db):
    submissions = {"cik": "320193", "name": "Apple Inc.",
                   "formerNames": [{"name": "APPLE COMPUTER INC"}, {"name": "APPLE INC"}]}
    assert identity.former_names(submissions) == ["APPLE COMPUTER INC"]
    assert identity.import_former_names(fresh_db, submissions) == 1
    assert resolved(fresh_db, "Apple Computer") == 320193
    assert identity.import_former_names(fresh_db, {"cik": "999999999", "formerNames": [{"name": "X"}]}) == 0


def test_sec_rows_read_both_shapes_of_the_list():
    live = {"0": {"cik_str": 320193, "ticker": "AAPL", "title": "Apple Inc."}, "1": {"cik_str": 0, "title": "x"}}
    assert identity.sec_rows(live) == [(320193, "AAPL", "Apple Inc.")]
    assert identity.sec_rows({"rows": [[320193, "AAPL", "Apple Inc."]]}) == [(320193, "AAPL", "Apple Inc.")]


def test_a_filer_missing_from_sec_list_gets_its_cik_as_id(fresh_db):
    with store.transaction(fresh_db):
        assert identity.ensure_sec_company(fresh_db, 1999999998, "Quasar Filings Inc") == 1999999998
        assert identity.ensure_sec_company(fresh_db, 1999999998, "Renamed Later Inc") == 1999999998
    assert store.get_company(fresh_db, 1999999998).name == "Quasar Filings Inc"
    assert resolved(fresh_db, "Quasar Filings") == 1999999998


def test_identity_is_reached_only_through_its_own_module():
    # One module owns company identity: the store writes its SQL and no longer answers for it.
    for name in ("company_index", "add_news_company", "seed_companies", "add_alias", "ensure_sec_company"):
        assert callable(getattr(identity, name))
        assert not hasattr(store, name)


# ---------------------------------------------------------------- the cached index and its freshness


def test_company_index_learns_news_companies_and_forgets_rolled_back_ones(fresh_db):
    identity.company_index(fresh_db)  # cached before the writes below, as in a running crawl
    with store.transaction(fresh_db):
        added = identity.add_news_company(fresh_db, "Zephyrine Robotics")
    assert identity.resolve(fresh_db, "Zephyrine Robotics").company == added

    with pytest.raises(RuntimeError):
        with store.transaction(fresh_db):
            ghost = identity.add_news_company(fresh_db, "Quillfeather Analytics")
            assert identity.resolve(fresh_db, "Quillfeather Analytics").company == ghost
            raise RuntimeError("the batch failed")
    assert resolved(fresh_db, "Quillfeather Analytics") is None
    with store.transaction(fresh_db):
        again = identity.add_news_company(fresh_db, "Marlowe Kitchens")  # may reuse the rolled-back id
    assert identity.resolve(fresh_db, "Marlowe Kitchens").company == again
    assert resolved(fresh_db, "Quillfeather Analytics") is None


def test_a_reader_sees_every_catalog_change_another_connection_makes(db_path):
    """The reader's cached index is checked against a counter the writer's triggers move: a rename, a
    new alias and a deletion by another connection all reach it, and unrelated writes leave it cached."""
    writer = store.open_db(db_path)
    reader = store.open_db(db_path, readonly=True)
    first = identity.company_index(reader)
    with writer.atomic():
        store.save_article(writer, ARTICLE, "local-news")  # a write that touches no company
    assert identity.company_index(reader) is first

    identity.add_alias(writer, "Hooli", 320193)
    assert resolved(reader, "Hooli") == 320193

    # Changes made outside our code (sqlite-utils, a SQL shell) move the counter too.
    with writer.atomic():
        writer.execute("UPDATE companies SET name = 'Apple Orchards Ltd', norm_key = 'apple orchards' "
                       "WHERE id = 320193")
    assert resolved(reader, "Apple Orchards") == 320193
    with writer.atomic():
        writer.execute("DELETE FROM aliases WHERE alias_key = 'hooli'")
    assert resolved(reader, "Hooli") is None


@pytest.fixture
def lagging_reader(db_path, monkeypatch):
    """A read-only connection with a hand-driven clock, and a plain sqlite3 writer standing for another
    process (a crawl): nothing in this process is told of its commits."""
    store.open_db(db_path).close()  # schema and companies
    reader = store.open_db(db_path, readonly=True)
    clock = [1000.0]
    monkeypatch.setattr(identity.time, "monotonic", lambda: clock[0])
    writer = sqlite3.connect(db_path)
    yield reader, writer, clock
    writer.close()
    reader.close()


HOOLI = "INSERT INTO aliases (alias_key, company_id, alias, kind) VALUES ('hooli', 320193, 'Hooli', 'user')"


def test_a_reader_allowed_to_lag_checks_the_catalog_once_per_interval(lagging_reader):
    reader, writer, clock = lagging_reader
    first = identity.company_index(reader, recheck_after=60)
    with writer:
        writer.execute(HOOLI)
    clock[0] += 59
    assert identity.company_index(reader, recheck_after=60) is first  # within the interval: not checked
    clock[0] += 2
    assert identity.company_index(reader, recheck_after=60) is not first
    with writer:
        writer.execute("DELETE FROM aliases WHERE alias_key = 'hooli'")
    assert identity.resolve(reader, "Hooli").company is None  # no lag allowed: seen at once


def test_a_name_the_lagging_index_misses_makes_it_look_again_at_once(lagging_reader):
    reader, writer, clock = lagging_reader
    first = identity.company_index(reader, recheck_after=60)
    with writer:
        writer.execute(HOOLI)  # a crawl meets a company: a job page may ask for it the next moment
    clock[0] += 1
    assert identity.resolve(reader, "Hooli", lag=60).company.id == 320193
    assert identity.resolve(reader, "Hooli", index=first).company.id == 320193  # a caller's index, too
    assert identity.company_index(reader, recheck_after=60) is not first  # and what it found is kept


def test_within_the_lag_a_found_name_is_answered_without_looking(lagging_reader):
    """The lag is a promise about hits only: a name the lagging index finds is answered from it, even
    when the catalog has moved in between (here: Apple renamed after the index was read)."""
    reader, writer, clock = lagging_reader
    before = identity.company_index(reader, recheck_after=60)
    with writer:
        writer.execute("UPDATE companies SET name = 'Apple Orchards Ltd' WHERE id = 320193")
    clock[0] += 59
    assert identity.resolve(reader, "Apple Inc.", lag=60).company.name == "Apple Inc."  # the lagging answer
    assert identity.company_index(reader, recheck_after=60) is before
    clock[0] += 2
    assert identity.resolve(reader, "Apple Inc.", lag=60).company.name == "Apple Orchards Ltd"
    assert identity.resolve(reader, "Apple Inc.").company.name == "Apple Orchards Ltd"


def test_warm_builds_the_index_once(fresh_db):
    identity.forget_index(fresh_db)
    identity.warm(fresh_db)
    assert identity.company_index(fresh_db, recheck_after=60) is identity.company_index(fresh_db)


# ---------------------------------------------------------------- `upheaval companies`


def run_cli(tmp_path, *args, env=None):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, cwd=REPO,
                          env={"UPHEAVAL_DB": str(tmp_path / "u.db"), "PATH": "", **(env or {})}, timeout=60)


def test_companies_alias_command(tmp_path):
    result = run_cli(tmp_path, "companies", "alias", "Hooli", "Meta Platforms")
    assert result.returncode == 0, result.stderr
    assert "Meta Platforms" in result.stdout
    missing = run_cli(tmp_path, "companies", "alias", "Hooli", "No Such Company Anywhere")
    assert missing.returncode == 1 and "no company matches" in missing.stderr


def test_companies_refresh_from_file_and_offline(tmp_path):
    saved = tmp_path / "company_tickers.json"
    saved.write_text(json.dumps({"0": {"cik_str": 1999999999, "ticker": "HOOL", "title": "Hooli Inc."}}))
    result = run_cli(tmp_path, "companies", "refresh", "--file", str(saved))
    assert result.returncode == 0, result.stderr
    db = store.open_db(tmp_path / "u.db")
    assert resolved(db, "Hooli") == 1999999999
    db.close()
    offline = run_cli(tmp_path, "companies", "refresh", env={"UPHEAVAL_SEC_BASE": "http://127.0.0.1:9"})
    assert offline.returncode == 1
    assert len(offline.stderr.strip().splitlines()) == 1 and "cannot fetch" in offline.stderr


# ---------------------------------------------------------------- corporate structure: brands and subsidiaries

AMAZON, ALPHABET, META, MICROSOFT = "AMAZON COM INC", "Alphabet Inc.", "Meta Platforms, Inc.", "MICROSOFT CORP"


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    db = store.open_db(tmp_path_factory.mktemp("identity") / "c.db")
    yield db
    db.close()


@pytest.mark.parametrize("name, company, parent", [
    # A brand of the same legal company is that company.
    ("Facebook", META, None), ("Instagram", META, None), ("WhatsApp", META, None),
    ("Google", ALPHABET, None), ("AWS", AMAZON, None), ("Amazon Web Services", AMAZON, None),
    ("Xbox", MICROSOFT, None), ("Sam's Club", "Walmart Inc.", None),
    # A subsidiary is a company of its own, owned by its parent.
    ("Zappos", "Zappos", AMAZON), ("Whole Foods", "Whole Foods Market", AMAZON), ("Twitch", "Twitch", AMAZON),
    ("YouTube", "YouTube", ALPHABET), ("Google DeepMind", "DeepMind", ALPHABET), ("Waymo", "Waymo", ALPHABET),
    ("LinkedIn", "LinkedIn", MICROSOFT), ("GitHub", "GitHub", MICROSOFT),
    ("Activision", "Activision Blizzard", MICROSOFT), ("Oracle Health", "Cerner", "ORACLE CORP"),
    ("Cruise", "Cruise", "General Motors Co"),
    # A subsidiary's name does not swallow a listed namesake's.
    ("Ring Energy", "RING ENERGY, INC.", None),
])
def test_brands_are_their_parent_and_subsidiaries_are_companies_of_their_own(catalogue, name, company, parent):
    found = identity.resolve(catalogue, name).company
    assert found.name == company
    owner = identity.company_index(catalogue).parent_of(found)
    assert (owner.name if owner else None) == parent


def test_a_parent_knows_its_subsidiaries(catalogue):
    index = identity.company_index(catalogue)
    amazon = identity.resolve(catalogue, "Amazon").company
    assert {c.name for c in index.subsidiaries_of(amazon.id)} == {
        "Whole Foods Market", "Zappos", "Audible", "Twitch", "Ring"}
    assert index.subsidiaries_of(identity.resolve(catalogue, "Zappos").company.id) == []


def test_every_row_of_the_brand_table_loads(catalogue):
    """A row whose parent the catalogue does not know is skipped quietly at run time: here it fails."""
    table, _ = identity.bundled_brand_table()
    assert {relation for _, _, relation in table} == {identity.BRAND, identity.SUBSIDIARY}
    for name, parent, relation in table:
        found = identity.resolve(catalogue, name).company
        owner = identity.resolve(catalogue, parent).company
        assert found is not None and owner is not None, (name, parent)
        if relation == identity.SUBSIDIARY:
            assert found.parent_id == owner.id, name
        else:
            assert found == owner, name


def test_subsidiaries_get_the_same_ids_in_every_fresh_database(catalogue, tmp_path):
    other = store.open_db(tmp_path / "other.db")
    for name in ("Zappos", "YouTube", "LinkedIn"):
        first, second = identity.resolve(catalogue, name).company, identity.resolve(other, name).company
        assert first.id == second.id
        assert 900_000_000 <= first.id < 1_000_000_000  # clear of CIKs and of news companies' ids
    assert identity.add_news_company(other, "Brand New Startup").id >= 1_000_000_000


def test_refreshing_sec_companies_keeps_subsidiaries_and_their_events(fresh_db):
    zappos = identity.resolve(fresh_db, "Zappos").company
    identity.seed_companies(fresh_db, [(1018724, "AMZN", "AMAZON COM INC")])
    assert identity.resolve(fresh_db, "Zappos").company == zappos


def test_a_news_company_that_the_table_names_a_subsidiary_is_adopted(fresh_db):
    """A company met in the news before a newer brand table named it a subsidiary keeps its id (and so its
    events) and gains its parent."""
    met = identity.add_news_company(fresh_db, "Quibi Holdings")
    with fresh_db.atomic():  # as a database loaded by an older table would look
        fresh_db.execute("DELETE FROM companies WHERE norm_key = 'zappos'")
        fresh_db.execute("UPDATE companies SET name = 'Zappos', norm_key = 'zappos' WHERE id = ?", [met.id])
        fresh_db.execute("UPDATE meta SET value = 'an older table'")
    store.open_db(store.database_file(fresh_db)).close()
    adopted = identity.resolve(fresh_db, "Zappos").company
    assert adopted.id == met.id and adopted.parent_id == 1018724


OLD_SCHEMA = """
CREATE TABLE companies (id INTEGER PRIMARY KEY, name TEXT NOT NULL, norm_key TEXT NOT NULL, cik INTEGER UNIQUE,
                        ticker TEXT, origin TEXT NOT NULL DEFAULT 'sec');
CREATE TABLE aliases (alias_key TEXT NOT NULL, company_id INTEGER NOT NULL REFERENCES companies(id),
                      alias TEXT NOT NULL, kind TEXT NOT NULL, PRIMARY KEY (alias_key, company_id));
INSERT INTO companies VALUES (1018724, 'AMAZON COM INC', 'amazon com', 1018724, 'AMZN', 'sec'),
                             (1652044, 'Alphabet Inc.', 'alphabet', 1652044, 'GOOGL', 'sec');
INSERT INTO aliases VALUES ('zappos', 1018724, 'Zappos', 'brand'), ('aws', 1018724, 'AWS', 'brand'),
                           ('youtube', 1652044, 'YouTube', 'brand'), ('google', 1652044, 'Google', 'brand'),
                           ('everything store', 1018724, 'The Everything Store', 'user');
"""


def test_a_database_from_before_subsidiaries_is_brought_up_to_date(db_path):
    """Files made when every subsidiary was a brand alias of its parent: a reader that cannot change the
    file still opens it, and the next writer adds parent_id, the subsidiaries, and drops the old aliases."""
    old = sqlite3.connect(db_path)
    old.executescript(OLD_SCHEMA)
    old.close()
    reader = store.open_db(db_path, readonly=True)
    assert identity.resolve(reader, "Zappos").company.id == 1018724  # as it was, until a writer comes
    reader.close()

    db = store.open_db(db_path)
    zappos = identity.resolve(db, "Zappos").company
    assert zappos.name == "Zappos" and zappos.parent_id == 1018724
    assert identity.resolve(db, "YouTube").company.parent_id == 1652044
    assert identity.resolve(db, "AWS").company.id == 1018724  # a brand stays a brand
    assert identity.resolve(db, "The Everything Store").company.id == 1018724  # people's aliases stay
    assert {"alias": "Zappos", "key": "zappos", "kind": "brand"} not in identity.company_aliases(db, 1018724)
    digest = store.get_meta(db, "brand_table_digest")
    db.close()
    again = store.open_db(db_path)  # loaded once: the next open finds the same table and does nothing
    assert store.get_meta(again, "brand_table_digest") == digest
    again.close()
