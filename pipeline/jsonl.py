"""JSON lines a person hands `upheaval detect`: bytes in, (line number, record or the reason it is not one) out.

Strict on purpose: a Latin-1 file decoded with replacement characters reads as text with no events, and a
`{"headline": ...}` line reads as an empty article; both looked like "nothing found" when they were
"nothing read". A UTF-8 byte order mark is accepted on line 1 (editors on Windows write one).
"""

from __future__ import annotations

import codecs
import json
from typing import Iterable, Iterator

TEXT_KEYS = ("title", "text")
EXPECTED = '{"title", "text", "published", "context"}'


def records(lines: Iterable[bytes]) -> Iterator[tuple[int, dict | None, str | None]]:
    """Each non-blank line as (number, record, None), or (number, None, why it cannot be read)."""
    for number, raw in enumerate(lines, 1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield number, None, (f"not UTF-8 text (byte 0x{raw[exc.start]:02X} at column {exc.start + 1}); "
                                 "save the file as UTF-8")
            continue
        if not line.strip():
            continue
        yield number, *_record(line)


def _record(line: str) -> tuple[dict | None, str | None]:
    try:
        record = json.loads(line)
    except ValueError as exc:
        return None, f"not JSON: {exc}"
    if not isinstance(record, dict):
        return None, f"expected a JSON object {EXPECTED}, got {type(record).__name__}"
    if not any(isinstance(record.get(key), str) and record[key].strip() for key in TEXT_KEYS):
        keys = ", ".join(f'"{key}"' for key in list(record)[:5]) or "none"
        return None, (f'nothing to read: "title" and "text" are missing or empty (expected {EXPECTED}; '
                      f"keys here: {keys})")
    return record, None
