"""Company identity: which companies a database knows, under which names, and the index that finds them.

The one module that owns the catalogue's life: seeding it (SEC's company list and the bundled brand
table), teaching it names (aliases, former names, companies first met in the news or in a filing), and
the in-memory index every resolver reads, kept fresh against the catalog_version counter that triggers
move on every change (so renames and aliases made by other processes and tools reach every reader).
Matching a name to a company is pure and lives in `pipeline/companies.py`; every SQL statement is
`pipeline/store.py`'s, which this module calls.
"""

from __future__ import annotations

import hashlib
import json
import time
import zlib
from importlib import resources
from typing import Iterable

import sqlite_utils

from pipeline import store
from pipeline.companies import Company, CompanyIndex, Resolution, normalize_name, resolve_company

# ---------------------------------------------------------------- the bundled catalogue


def bundled_sec_companies() -> list[tuple[int, str, str]]:
    """SEC's company list shipped with the package: (cik, ticker, name) rows."""
    raw = resources.files("pipeline").joinpath("data/sec_company_tickers.json").read_text("utf-8")
    return [tuple(row) for row in json.loads(raw)["rows"]]


def sec_rows(raw: dict) -> list[tuple[int, str, str]]:
    """(cik, ticker, name) rows from SEC's company_tickers.json ({"0": {"cik_str", "ticker", "title"}, ...})
    or from the bundled copy ({"rows": [[cik, ticker, name], ...]})."""
    if isinstance(raw.get("rows"), list):
        return [(int(r[0]), r[1], r[2]) for r in raw["rows"]]
    return [(int(v["cik_str"]), v.get("ticker") or "", v["title"]) for v in raw.values()
            if isinstance(v, dict) and v.get("cik_str") and v.get("title")]


BRAND = "brand"  # the parent company itself under another name: an alias of the parent
SUBSIDIARY = "subsidiary"  # a company of its own that the parent owns: a company with a parent_id


def bundled_brand_table() -> tuple[list[tuple[str, str, str]], str]:
    """The bundled brand table (pipeline/data/brands.json; its "about" gives the rule for each relation):
    (name, parent, relation) rows, and a digest that changes whenever the file does."""
    raw = resources.files("pipeline").joinpath("data/brands.json").read_text("utf-8")
    rows = [(row[0], row[1], row[2] if len(row) > 2 else BRAND) for row in json.loads(raw)["rows"]]
    return rows, hashlib.sha1(raw.encode("utf-8")).hexdigest()


def bundled_brands() -> list[tuple[str, str]]:
    """The brand rows alone: a name to the parent it is another name of ("Instagram" -> "Meta Platforms, Inc.")."""
    return [(name, parent) for name, parent, relation in bundled_brand_table()[0] if relation == BRAND]


# "AMAZON COM INC" is known as Amazon: SEC spells a web address's dot as a word.
_WEB_TAIL = (" com", " net", " org")
_BRAND_TABLE_DIGEST = "brand_table_digest"


def ensure_catalog(db: sqlite_utils.Database) -> None:
    """A writer's part of opening a database: a new file gets SEC's companies and the brand table, and a
    file loaded with an older brand table (or none) gets the current one."""
    if not store.has_companies(db):
        seed_companies(db, bundled_sec_companies())
    elif store.get_meta(db, _BRAND_TABLE_DIGEST) != bundled_brand_table()[1]:
        apply_brand_table(db)


def seed_companies(db: sqlite_utils.Database, rows: Iterable[tuple[int, str, str]]) -> int:
    """Insert SEC companies by CIK (one company, several tickers share a CIK); tickers become aliases, and
    the bundled brand table adds brands and subsidiaries. Re-running it refreshes names and keeps news
    companies."""
    companies: dict[int, dict] = {}
    aliases = []
    for cik, ticker, name in rows:
        if cik not in companies:
            key = normalize_name(name)
            companies[cik] = {"id": cik, "name": name, "norm_key": key, "cik": cik,
                              "ticker": ticker, "origin": "sec"}
            if key.endswith(_WEB_TAIL) and " " in key:
                aliases.append({"alias_key": key.rsplit(" ", 1)[0], "company_id": cik, "alias": name,
                                "kind": "short_name"})
        if ticker:
            aliases.append({"alias_key": normalize_name(ticker), "company_id": cik, "alias": ticker,
                            "kind": "ticker"})
    store.write_catalog(db, companies.values(), aliases)
    apply_brand_table(db)
    return len(companies)


# Subsidiaries from the brand table get ids of their own, below news companies' (from 1,000,000,000) and
# far above any CIK, derived from the name so that every fresh database gives a subsidiary the same id.
_CATALOG_IDS = (900_000_000, 990_000_000)


def apply_brand_table(db: sqlite_utils.Database) -> None:
    """Load the bundled brand table: each subsidiary becomes (or, when a company of that name exists
    already, is marked as) a company with its parent's id as parent_id; each brand becomes an alias of
    its parent. Brand aliases the table no longer holds are dropped, so a name that turned from a brand
    into a subsidiary ("Zappos") stops answering for the parent. Rows whose parent the catalogue lacks
    are skipped."""
    table, digest = bundled_brand_table()
    keys = store.company_ids_by_key(db, [normalize_name(name) for name, parent, _ in table] +
                                    [normalize_name(parent) for _, parent, _ in table])
    ids: dict[str, int] = {key: found[0] for key, found in keys.items()}  # the lowest id: SEC's before news'
    taken = store.taken_ids(db, *_CATALOG_IDS)
    companies, parents, aliases = [], [], []
    for name, parent, relation in table:
        key, parent_id = normalize_name(name), ids.get(normalize_name(parent))
        if parent_id is None or not key:
            continue
        if relation == SUBSIDIARY:
            company_id = ids.get(key)
            if company_id is None or company_id == parent_id:
                company_id = _catalog_id(key, taken)
                companies.append({"id": company_id, "name": name, "norm_key": key, "cik": None, "ticker": None,
                                  "origin": "catalog", "parent_id": parent_id})
                ids[key] = company_id
            else:
                parents.append((company_id, parent_id))  # met in the news before, or loaded by an older table
        else:
            aliases.append({"alias_key": key, "company_id": parent_id, "alias": name, "kind": "brand"})
    wanted = {(alias["alias_key"], alias["company_id"]) for alias in aliases}
    stale = store.aliases_of_kind(db, "brand") - wanted
    store.write_catalog(db, companies, aliases, drop_aliases=stale, parents=parents,
                        meta={_BRAND_TABLE_DIGEST: digest})


def _catalog_id(key: str, taken: set[int]) -> int:
    low, high = _CATALOG_IDS
    company_id = low + zlib.crc32(key.encode("utf-8")) % (high - low)
    while company_id in taken:
        company_id = low + (company_id - low + 1) % (high - low)
    taken.add(company_id)
    return company_id


# ---------------------------------------------------------------- names taught later


def add_alias(db: sqlite_utils.Database, alias: str, company_id: int, kind: str = "user") -> str:
    """Teach the database another name for a company; returns the alias's normalised key."""
    key = normalize_name(alias)
    if not key:
        raise ValueError(f"{alias!r} has no letters or digits to match on")
    store.write_catalog(db, (), [{"alias_key": key, "company_id": company_id, "alias": alias, "kind": kind}])
    return key


def company_aliases(db: sqlite_utils.Database, company_id: int) -> list[dict]:
    """A company's aliases (alias, key, kind): tickers, former names, brands and users' own."""
    return store.aliases_of(db, company_id)


def former_names(submissions: dict) -> list[str]:
    """Former names from an EDGAR submissions document (data.sec.gov/submissions/CIK##########.json)."""
    current = normalize_name(submissions.get("name") or "")
    names = []
    for entry in submissions.get("formerNames") or []:
        name = (entry or {}).get("name")
        if name and normalize_name(name) and normalize_name(name) != current:
            names.append(name)
    return names


def import_former_names(db: sqlite_utils.Database, submissions: dict) -> int:
    """Add an EDGAR filer's former names as aliases of its company (id == CIK)."""
    cik = int(submissions.get("cik") or 0)
    if not cik or store.get_company(db, cik) is None:
        return 0
    names = former_names(submissions)
    store.write_catalog(db, (), [{"alias_key": normalize_name(n), "company_id": cik, "alias": n,
                                  "kind": "former_name"} for n in names])
    return len(names)


def add_news_company(db: sqlite_utils.Database, name: str) -> Company:
    """A company first met in the news. Its id stays clear of CIKs, which are SEC company ids."""
    key = normalize_name(name)
    company = store.insert_news_company(db, name, key)
    # Add it to the cached index in place: news brings new companies all the time, and a rebuild costs
    # 0.2 s. If the transaction rolls back, store.transaction drops the index (forget_index).
    path = store.database_file(db)
    cached = _INDEXES.get(path)
    if cached is not None:
        cached[1].add_company(company, key)
        _INDEXES[path] = (store.catalog_signature(db), cached[1])
    return company


def ensure_sec_company(db: sqlite_utils.Database, cik: int, name: str) -> int:
    """An SEC filer's company row (its id is its CIK), created from the filing when SEC's list lacks it."""
    if store.get_company(db, cik) is None:
        store.insert_sec_company(db, cik, name, normalize_name(name))
    return cik


def company_for_names(db: sqlite_utils.Database, names: list[str]) -> int | None:
    """The company a source names in several spellings (a WARN employer's legal name, then its trade name):
    the first that resolves; None when one is ambiguous and none resolves; else a news company under the
    first name, so "ACME CORP DBA ACME FOODS" and "ACME CORP" are one company, never two."""
    index = company_index(db)
    ambiguous = False
    for name in names:
        resolution = resolve_company(name, index)
        if resolution.company is not None:
            return resolution.company.id
        ambiguous = ambiguous or bool(resolution.candidates)
    if ambiguous or not names or not normalize_name(names[0]):
        return None
    return add_news_company(db, names[0]).id


# ---------------------------------------------------------------- the in-memory index and its freshness
# One index per database file per process, rebuilt when its companies or aliases change: the
# catalog_version triggers tell every writer's change, so writers need not drop the index themselves
# (only a rolled-back transaction does, through forget_index).

# How long the API's workers may answer from an index without checking the catalog (docs/api.md): events
# are always read live, and a name the index does not find makes it look again at once (resolve).
SERVER_LAG_SECONDS = 0.05

_INDEXES: dict[str, tuple[tuple, CompanyIndex]] = {}
_STAMPS: dict[str, tuple] = {}
_CHECKED: dict[str, float] = {}  # database path -> time.monotonic() of the last freshness check


def company_index(db: sqlite_utils.Database, recheck_after: float = 0.0) -> CompanyIndex:
    """The companies and aliases of this database, in memory: lookups in microseconds, not queries.

    `recheck_after` (seconds): a reader that may lag the catalog by that long (the API: a company added
    by a crawl reaches it within that time) skips even the one-statement freshness check in between, which
    on a connection shared by a worker's threads also means one less wait for the connection."""
    path = store.database_file(db)
    cached = _INDEXES.get(path)
    now = time.monotonic()
    if cached and recheck_after and now - _CHECKED.get(path, float("-inf")) < recheck_after:
        return cached[1]
    _CHECKED[path] = now
    # Nothing committed by anyone since the last look: the cached index stands without reading the counter.
    stamp = store.commit_stamp(db)
    if cached and _STAMPS.get(path) == stamp:
        return cached[1]
    _STAMPS[path] = stamp
    signature = store.catalog_signature(db)
    if cached and cached[0] == signature:
        return cached[1]
    companies, aliases = store.catalog_rows(db)
    index = CompanyIndex(companies, aliases)
    _INDEXES[path] = (signature, index)
    return index


def forget_index(db: sqlite_utils.Database) -> None:
    """Drop this database's cached index: it may hold companies a rolled-back transaction never stored."""
    path = store.database_file(db)
    _INDEXES.pop(path, None)
    _STAMPS.pop(path, None)
    _CHECKED.pop(path, None)


def resolve(db: sqlite_utils.Database, name: str, hints: dict | None = None, lag: float = 0.0,
            index: CompanyIndex | None = None) -> Resolution:
    """Which company a name is, by this database's index. A reader allowed to `lag` the catalog (the API:
    SERVER_LAG_SECONDS) checks it for changes at most that often; a name it does not find then makes it
    look again at once, so a company a crawl just met is never answered as unknown. `index` (from
    company_index) lets a caller resolving many names at once look the index up once."""
    return lookup(db, name, hints, lag, index)[0]


def lookup(db: sqlite_utils.Database, name: str, hints: dict | None = None, lag: float = 0.0,
           index: CompanyIndex | None = None) -> tuple[Resolution, CompanyIndex]:
    """`resolve`, and the index that answered: ask it for the company's parent and subsidiaries."""
    first = index if index is not None else company_index(db, recheck_after=lag)
    resolution = resolve_company(name, first, hints=hints)
    if resolution.company is None and (lag or index is not None):
        current = company_index(db)
        if current is not first:
            return resolve_company(name, current, hints=hints), current
    return resolution, first


def lookup_many(db: sqlite_utils.Database, asked: list[tuple[str, dict | None]], lag: float = 0.0,
                index: CompanyIndex | None = None) -> list[tuple[Resolution, CompanyIndex]]:
    """`lookup` for each (name, hints), in order (a page's batch): the index looked up once, and the names it
    does not find make it look again once for all of them, not once each (each look is a statement)."""
    first = index if index is not None else company_index(db, recheck_after=lag)
    found = [(resolve_company(name, first, hints=hints), first) for name, hints in asked]
    if (lag or index is not None) and any(resolution.company is None for resolution, _ in found):
        current = company_index(db)
        if current is not first:
            found = [(resolution, answered_by) if resolution.company is not None else
                     (resolve_company(name, current, hints=hints), current)
                     for (name, hints), (resolution, answered_by) in zip(asked, found)]
    return found


def warm(db: sqlite_utils.Database) -> None:
    """Build this database's index before a server's threads share the connection, so it is built once."""
    company_index(db)
