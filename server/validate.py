"""Checks on what clients send, each failing with a message a person can act on."""

from __future__ import annotations

import re

from pipeline.constants import MAX_QUERY_CHARS
from server.errors import BadRequest

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def company_name(value) -> str:
    if value is None:
        raise BadRequest("the company parameter is required, e.g. ?company=Acme")
    if not isinstance(value, str):
        raise BadRequest("company must be text")
    value = value.strip()
    if not value:
        raise BadRequest("company is empty")
    if len(value) > MAX_QUERY_CHARS:
        raise BadRequest(f"company is longer than {MAX_QUERY_CHARS} characters")
    if _CONTROL.search(value):
        raise BadRequest("company contains control characters")
    return value
