"""`upheaval publish DIR`: the snapshot and every flagged company's alert as static files, so any web
server, object store or CDN can answer the extension with no API process (docs/publish.md).

Layout (format version 1):

    DIR/index.json              the entry point, the one file whose name never changes
    DIR/snapshot/<hash>.json    GET /api/v1/snapshot's document, without `freshness` (it is in the index)
    DIR/keys/<hash>.json        {"<normalised name>": "alerts/<hash>.json"}: where a name's alert is
    DIR/alerts/<hash>.json      one flagged company's alert (the alert contract), without `freshness`

Every file but the index is named by a hash of its content (without its `generated_at` stamp), so a
name never changes meaning: caches may keep such files forever, and a file already present is never
rewritten. `freshness` lives only in the index because it moves with every crawl; left in the documents it
would rename all of them after each crawl that found nothing new.

Atomic: new documents are written under temporary names and renamed into place, the index last (one
os.replace), so a reader sees the old publication or the new one, never half of one. Files of the
publication before the previous one are pruned only after the new index is in place: a client that read
the previous index a moment ago can still fetch what it names."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from pipeline.companies import normalize_name

FORMAT = "upheaval-radar publication"
VERSION = 1
INDEX = "index.json"
DOCUMENT_FOLDERS = ("snapshot", "keys", "alerts")
STAGING = ".staging"
LOCK = ".publish.lock"
_STAMP = re.compile(rb'"generated_at":"[^"]*"')
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


class PublishError(Exception):
    """A publication that cannot be written (the folder is not writable, or is a file): one line."""


@dataclass
class Outcome:
    written: list[str] = field(default_factory=list)    # documents and index newly written
    kept: int = 0                                        # documents already present with the same bytes
    pruned: list[str] = field(default_factory=list)
    index_changed: bool = False
    companies: int = 0
    total_bytes: int = 0


# ---------------------------------------------------------------- pure: documents in, files out


def encode(payload) -> bytes:
    return _ENCODER.encode(payload).encode("utf-8")


def without_stamp(body: bytes) -> bytes:
    """The bytes that say what a document means: its `generated_at` only says when it was made."""
    return _STAMP.sub(b"", body)


def content_name(folder: str, body: bytes) -> str:
    # 64 bits are plenty to tell apart the few hundred thousand documents a publication can hold.
    return f"{folder}/{hashlib.blake2b(without_stamp(body), digest_size=8).hexdigest()}.json"


def documents_by_key(companies: list[dict], documents: dict[int, str]) -> dict[str, str]:
    """{normalised name: document} for the snapshot's companies, resolved as the extension's private mode
    and the server resolve (background/snapshot.js): a company's own name first, then its other keys; a
    key two companies share in the tier that decides it points nowhere, as the server answers such a name
    with candidates rather than a guess. `documents`: company_id -> its alert document."""
    own: dict[str, set[int]] = {}
    other: dict[str, set[int]] = {}
    for company in companies:
        if company["company_id"] not in documents:
            continue
        name_key = normalize_name(company["name"])
        if name_key:
            own.setdefault(name_key, set()).add(company["company_id"])
        for key in company.get("keys") or []:
            if key != name_key:
                other.setdefault(key, set()).add(company["company_id"])
    resolved = {}
    for key in sorted(set(own) | set(other)):
        holders = own.get(key) or other[key]
        if len(holders) == 1:
            resolved[key] = documents[next(iter(holders))]
    return resolved


def plan_publication(snapshot: dict, alerts: dict[int, dict]) -> tuple[dict[str, bytes], dict]:
    """Every document of a publication by its path, and the index that names them. `snapshot` is
    build_snapshot's document; `alerts` maps each of its companies' ids to that company's alert."""
    bodies: dict[int, bytes] = {}
    documents: dict[int, str] = {}
    for company_id in sorted(alerts):
        bodies[company_id] = encode({key: value for key, value in alerts[company_id].items() if key != "freshness"})
        documents[company_id] = content_name("alerts", bodies[company_id])
    keys = documents_by_key(snapshot["companies"], documents)
    # Only documents a key leads to: a company all of whose names are shared is reached through the
    # snapshot alone.
    reachable = set(keys.values())
    files = {documents[id_]: body for id_, body in bodies.items() if documents[id_] in reachable}
    keys_body = encode(keys)
    keys_path = content_name("keys", keys_body)
    snapshot_body = encode({key: value for key, value in snapshot.items() if key != "freshness"})
    snapshot_path = content_name("snapshot", snapshot_body)
    files[keys_path] = keys_body
    files[snapshot_path] = snapshot_body
    index = {"format": FORMAT, "version": VERSION, "generated_at": snapshot["generated_at"],
             "window_days": snapshot["window_days"], "freshness": snapshot["freshness"],
             "companies": len(snapshot["companies"]), "snapshot": snapshot_path, "keys": keys_path}
    return files, index


def referenced(directory: Path, index: dict | None) -> set[str]:
    """The documents an index in `directory` needs: its snapshot, its keys file and every alert the keys
    file names. Nothing for a missing or foreign index."""
    if not index or not isinstance(index.get("keys"), str) or not isinstance(index.get("snapshot"), str):
        return set()
    try:
        alerts = set(json.loads((directory / index["keys"]).read_bytes()).values())
    except (OSError, ValueError, AttributeError):
        alerts = set()
    return {index["snapshot"], index["keys"], *alerts}


# ---------------------------------------------------------------- reading the database (one call site)


_ALERTS_AT_ONCE = 500


def read_documents(db, today: date, window_days: int, progress: Callable[[int, int], None] | None = None):
    """The snapshot and each flagged company's alert, as the API would answer them now: both read the alerts
    stored per company (pipeline/company_alert.py) when they are for today, as the API does."""
    from pipeline import identity
    from pipeline.alerts import alerts_for, current_freshness
    from server.snapshot import build_snapshot

    freshness = current_freshness(db)
    snapshot = build_snapshot(db, today, window_days, freshness)
    index = identity.company_index(db)
    alerts = {}
    companies = snapshot["companies"]
    total = len(companies)
    for start in range(0, total, _ALERTS_AT_ONCE):  # each chunk's stored alerts read in one statement
        chunk = companies[start:start + _ALERTS_AT_ONCE]
        answered = alerts_for(db, [(company["name"], None) for company in chunk], today=today,
                              window_days=window_days, index=index, freshness=freshness)
        for company, alert in zip(chunk, answered):
            # Its own name resolves to it, unless another company shares that name exactly: then the
            # snapshot's entry is all a client gets (the keys file leaves such a name out anyway).
            if alert["match"] and alert["match"]["company_id"] == company["company_id"]:
                alerts[company["company_id"]] = alert
        done = start + len(chunk)
        if progress and (done % 5000 == 0 or done == total):
            progress(done, total)
    return snapshot, alerts


# ---------------------------------------------------------------- writing the folder


def publish(db, directory: str | Path, today: date, window_days: int,
            progress: Callable[[str], None] | None = None) -> Outcome:
    directory = Path(directory)
    say = progress or (lambda line: None)
    with _locked(directory):
        snapshot, alerts = read_documents(
            db, today, window_days, lambda done, total: say(f"read {done:,}/{total:,} flagged companies' alerts"))
        files, index = plan_publication(snapshot, alerts)
        outcome = write_publication(directory, files, index, say)
        outcome.companies = len(snapshot["companies"])
        return outcome


def write_publication(directory: Path, files: dict[str, bytes], index: dict,
                      say: Callable[[str], None] = lambda line: None) -> Outcome:
    """Documents first (each complete under its final name before the index can name it), the index
    last; a document already there with the same meaning is left alone, bytes and mtime."""
    outcome = Outcome(total_bytes=sum(len(body) for body in files.values()))
    staging = directory / STAGING
    _clear(staging)  # what a publish that crashed left behind
    for folder in DOCUMENT_FOLDERS:
        (directory / folder).mkdir(exist_ok=True)
    for done, (path, body) in enumerate(sorted(files.items()), start=1):
        if _same_content(directory / path, body):
            outcome.kept += 1
        else:
            _place(staging, directory / path, body)
            outcome.written.append(path)
        if done % 10000 == 0 or done == len(files):
            say(f"wrote {len(outcome.written):,} new documents, kept {outcome.kept:,} ({done:,}/{len(files):,})")
    previous = read_index(directory)
    index_body = encode(index) + b"\n"
    outcome.total_bytes += len(index_body)
    if _same_content(directory / INDEX, index_body):
        _clear(staging)
        return outcome  # nothing new: not one byte or mtime changed
    # Renamed documents are durable before the index that names them is, even across a power cut.
    os.sync()
    _place(staging, directory / INDEX, index_body)
    outcome.written.append(INDEX)
    outcome.index_changed = True
    outcome.pruned = prune(directory, keep=set(files) | referenced(directory, previous))
    _clear(staging)
    return outcome


def read_index(directory: Path) -> dict | None:
    try:
        return json.loads((directory / INDEX).read_bytes())
    except (OSError, ValueError):
        return None


def prune(directory: Path, keep: set[str]) -> list[str]:
    removed = []
    for folder in DOCUMENT_FOLDERS:
        for path in sorted((directory / folder).glob("*.json")):
            name = f"{folder}/{path.name}"
            if name not in keep:
                path.unlink(missing_ok=True)
                removed.append(name)
    return removed


def _same_content(path: Path, body: bytes) -> bool:
    try:
        return without_stamp(path.read_bytes()) == without_stamp(body)
    except OSError:
        return False


def _place(staging: Path, target: Path, body: bytes) -> None:
    """Write under a temporary name beside the target (same file system), then rename: a reader sees the
    whole file or none of it."""
    staging.mkdir(exist_ok=True)  # only when something is written: a publish with nothing new touches nothing
    temporary = staging / target.name
    temporary.write_bytes(body)
    os.replace(temporary, target)


def _clear(folder: Path) -> None:
    if folder.is_dir():
        for leftover in folder.iterdir():
            leftover.unlink(missing_ok=True)
        folder.rmdir()


@contextmanager
def _locked(directory: Path):
    """One publish at a time per folder: two at once could prune what the other's index names."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle = open(directory / LOCK, "a")
    except (FileExistsError, NotADirectoryError):
        raise PublishError(f"{directory}: is a file, not a folder") from None
    except OSError as exc:
        raise PublishError(f"{directory}: cannot write there: {exc.strerror or exc}") from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        _refuse_foreign(directory)
        yield


def _refuse_foreign(directory: Path) -> None:
    """Pruning deletes files: never in a folder that holds something other than a publication."""
    ours = {INDEX, STAGING, LOCK, *DOCUMENT_FOLDERS}
    foreign = sorted(entry.name for entry in directory.iterdir() if entry.name not in ours)
    if foreign and read_index(directory) is None:
        raise PublishError(f"{directory}: holds other files ({', '.join(foreign[:3])}"
                           f"{', ...' if len(foreign) > 3 else ''}) and no publication; choose an empty or new folder")
