"""Checks on what clients send, each failing with a message a person can act on.

The rules match server/openapi.json exactly (same character classes, same limits), so the document
promises what the server does: anything it calls valid is answered, anything else gets a 400.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote_to_bytes

from pipeline.constants import EVENT_KINDS, MAX_QUERY_CHARS
from server.errors import BadRequest

MAX_BATCH = 50
MAX_PAGE = 200
DEFAULT_PAGE = 50
# C0 and C1 control characters, and the whitespace JavaScript's \s knows: spelled out so that Python,
# the OpenAPI pattern and the extension agree on what "blank" means.
CONTROL = "\u0000-\u001f\u007f-\u009f"
WHITESPACE = " \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_HAS_CONTROL = re.compile(f"[{CONTROL}]")
# WHITESPACE's characters spelled out one by one, for str.strip: a regex that strips the end tries every
# position of the name, and names are stripped on every lookup.
_BLANKS = " \u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000\ufeff"
DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")
ATS = re.compile(r"[a-z]{2,20}:[A-Za-z0-9._~-]{1,100}")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CURSOR = re.compile(r"(\d{4}-\d{2}-\d{2})~([0-9a-f]{1,40})")
LIMIT = re.compile(r"[0-9]{1,3}")
COMPANY_ID = re.compile(r"[0-9]{1,18}")
_HIGH_ESCAPE = re.compile(r"%[89a-fA-F]")  # a %-escape of a byte past ASCII (a look-alike such as %8z: checked in full)


def ascii_query(raw: str) -> bool:
    """Whether a query string (as WSGI hands it over) decodes to nothing past ASCII, and so is UTF-8: most
    queries, every one the extension sends, and names whose only escapes are spaces and punctuation (%20,
    %26)."""
    return raw.isascii() and ("%" not in raw or not _HIGH_ESCAPE.search(raw))


def refuse_undecodable_query(req) -> None:
    """Checked before every request: a query string that is not UTF-8 once %-decoded is refused. Werkzeug
    would read `?company=%FF%FE` as two replacement characters and answer a confident "unknown" for a name
    nobody sent; the client has an encoding bug worth hearing about."""
    raw = req.environ.get("QUERY_STRING", "")  # the bytes as sent, one character each (PEP 3333)
    if ascii_query(raw):
        return
    try:
        unquote_to_bytes(req.query_string.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the query string is not UTF-8 once %-decoded (byte {exc.start + 1} of the decoded "
                         "parameters); percent-encode UTF-8 bytes, e.g. %C3%A9 for \u00e9") from None


def json_body(req):
    """The request's JSON body, or None when it does not parse (the caller's shape check answers 400).
    server/guard.py has already made sure it was sent as application/json."""
    try:
        return req.get_json(silent=True)
    except RecursionError:  # json's parser recurses once per level: 20,000 "[" outrun the stack
        raise BadRequest("the JSON body is nested too deeply") from None


def company_name(value, field: str = "company") -> str:
    if value is None:
        raise BadRequest(f"the {field} parameter is required, e.g. ?company=Acme")
    if not isinstance(value, str):
        raise BadRequest(f"{field} must be text")
    if len(value) > MAX_QUERY_CHARS:
        raise BadRequest(f"{field} is longer than {MAX_QUERY_CHARS} characters")
    if _HAS_CONTROL.search(value):
        raise BadRequest(f"{field} contains control characters")
    stripped = value.strip(_BLANKS)
    if not stripped:  # no control characters (above), so nothing but blanks
        raise BadRequest(f"{field} is empty")
    return stripped


def hints(domain, ats, where: str = "") -> dict:
    """The optional page hints: a web domain and an ATS `<system>:<slug>`; absent or null is fine."""
    found = {}
    if domain is not None:
        if not isinstance(domain, str) or not DOMAIN.fullmatch(domain):
            raise BadRequest(f"{where}domain must be a host name such as example.com")
        found["domain"] = domain.lower()
    if ats is not None:
        if not isinstance(ats, str) or not ATS.fullmatch(ats):
            raise BadRequest(f"{where}ats must look like system:slug, e.g. greenhouse:gitlab")
        found["ats"] = ats
    return found


def batch(body) -> list[tuple[str, dict]]:
    """`{"companies": [{"name", "domain"?, "ats"?}, ...]}` (1..50) to (name, hints) pairs, in order."""
    if not isinstance(body, dict):
        raise BadRequest('the body must be a JSON object: {"companies": [{"name": "Acme"}]}')
    companies = body.get("companies")
    if not isinstance(companies, list):
        raise BadRequest('"companies" must be a list of {"name": ...} objects')
    if not companies:
        raise BadRequest('"companies" is empty')
    if len(companies) > MAX_BATCH:
        raise BadRequest(f"too many names: at most {MAX_BATCH} per batch, got {len(companies)}")
    asked = []
    for index, item in enumerate(companies):
        if not isinstance(item, dict):
            raise BadRequest(f'companies[{index}] must be an object such as {{"name": "Acme"}}')
        name, domain, ats = item.get("name"), item.get("domain"), item.get("ats")
        try:
            asked.append((company_name(name), hints(domain, ats) if domain is not None or ats is not None else {}))
        except BadRequest:
            # Checked again with the item's place in the messages: naming it for every item that passes
            # cost as much as the checks themselves.
            where = f"companies[{index}]."
            company_name(name, field=where + "name")
            hints(domain, ats, where)
            raise
    return asked


def company_names(values: list) -> list[str]:
    """Repeated `company` parameters (the feed): 1 to MAX_BATCH names, each checked like one name; the
    same name twice is kept once."""
    if not values:
        raise BadRequest("the company parameter is required, e.g. ?company=Acme&company=Globex")
    if len(values) > MAX_BATCH:
        raise BadRequest(f"too many names: at most {MAX_BATCH} company parameters, got {len(values)}")
    return list(dict.fromkeys(company_name(value) for value in values))


def iso_date(value, field: str) -> str:
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        raise BadRequest(f"{field} must be a date, YYYY-MM-DD")
    year, month, day = (int(part) for part in value.split("-"))
    try:
        date(year or 2000, month, day)  # year 0000 is a valid RFC 3339 date (and, like 2000, a leap year)
        return value
    except ValueError:
        raise BadRequest(f"{field} is not a calendar date: {value}") from None


def event_kind(value) -> str | None:
    if value is None:
        return None
    if value not in EVENT_KINDS:
        raise BadRequest(f"kind must be one of: {', '.join(EVENT_KINDS)}")
    return value


def page_limit(value) -> int:
    if value is None:
        return DEFAULT_PAGE
    if not LIMIT.fullmatch(value) or not 1 <= int(value) <= MAX_PAGE:
        raise BadRequest(f"limit must be a whole number from 1 to {MAX_PAGE}")
    return int(value)


def cursor(value) -> tuple[str, str] | None:
    """The `next_cursor` of the previous page: where that page stopped (date~event id)."""
    if value is None:
        return None
    match = CURSOR.fullmatch(value)
    if not match:
        raise BadRequest("cursor must be the next_cursor of a previous page")
    return match.group(1), match.group(2)


def company_id(value: str) -> int | None:
    """A path segment to a company id, or None when it cannot name one (the caller answers 404)."""
    return int(value) if COMPANY_ID.fullmatch(value) else None


SITE = re.compile(r"[a-z0-9_-]{1,40}")
TIMESTAMP = re.compile(r"[0-9T:.+Z-]{1,40}")


def correction(body) -> dict:
    """A "wrong company?" report: {query, company_id, name?, site?, at?}."""
    if not isinstance(body, dict):
        raise BadRequest('expected a JSON object: {"query": "...", "company_id": 17, "name": "...", "site": "..."}')
    query = company_name(body.get("query"), "query")
    company = body.get("company_id")
    if isinstance(company, float) and company.is_integer():
        company = int(company)  # JSON Schema counts 2.0 as an integer, and so does our OpenAPI document
    if company is not None and (isinstance(company, bool) or not isinstance(company, int) or not 0 < company < 10**18):
        raise BadRequest("company_id must be a positive integer or null")
    name = body.get("name")
    name = company_name(name, "name") if name is not None else None
    site, at = body.get("site"), body.get("at")
    if site is not None and (not isinstance(site, str) or not SITE.fullmatch(site)):
        raise BadRequest("site must be a short lower-case name such as linkedin")
    if at is not None and (not isinstance(at, str) or not TIMESTAMP.fullmatch(at)):
        raise BadRequest("at must be an ISO 8601 timestamp")
    return {"query": query, "company_id": company, "name": name, "site": site, "reported_at": at}
