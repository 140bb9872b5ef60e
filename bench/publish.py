"""Benchmark of `upheaval publish` (pipeline/publish.py) at scale.

Builds the database bench/api.py builds (100,000 companies, 200,000 events on 40,000 of them, a third of
the companies with an alias), publishes it into an empty folder, publishes again with nothing new, and
prints: publish time, the folder's size and file count, the republish time (and that it changed no file),
and what the extension downloads: the snapshot (private mode) and the index and keys file (static mode),
raw and gzip-compressed as a web server or CDN would send them.

    python bench/publish.py [--quick] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline import publish, store  # noqa: E402


def _bench_api():
    """bench/api.py, for its database builder (one way to build the big database, not two)."""
    spec = importlib.util.spec_from_file_location("bench_api", REPO / "bench" / "api.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def folder_state(directory: Path) -> dict[str, tuple[int, int]]:
    return {str(path.relative_to(directory)): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in directory.rglob("*") if path.is_file() and not path.name.startswith(".")}


def sizes(body: bytes) -> str:
    return f"{len(body):,} bytes raw, {len(gzip.compress(body, compresslevel=6)):,} gzip"


def timed_publish(db_path: Path, out: Path) -> tuple[dict, publish.Outcome]:
    """publish.publish's steps one by one, each timed: reading the alerts, encoding and hashing, writing."""
    db = store.open_db(db_path, readonly=True)
    times = {}
    started = time.perf_counter()
    snapshot, alerts = publish.read_documents(db, datetime.now(timezone.utc).date(), 365)
    times["read"] = time.perf_counter() - started
    files, index = publish.plan_publication(snapshot, alerts)
    times["encode"] = time.perf_counter() - started - times["read"]
    out.mkdir(parents=True, exist_ok=True)
    outcome = publish.write_publication(out, files, index)
    outcome.companies = len(snapshot["companies"])
    times["total"] = time.perf_counter() - started
    times["write"] = times["total"] - times["read"] - times["encode"]
    db.close()
    return times, outcome


def breakdown(times: dict) -> str:
    return (f"{times['total']:.1f} s (reading alerts {times['read']:.1f} s, encoding and hashing "
            f"{times['encode']:.1f} s, comparing and writing {times['write']:.1f} s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10,000 companies and 20,000 events")
    parser.add_argument("--keep", type=Path, help="build in DIR and keep it (default: a temporary folder)")
    args = parser.parse_args()
    bench_api = _bench_api()
    companies, events = (10_000, 20_000) if args.quick else (bench_api.COMPANIES, bench_api.EVENTS)
    work = args.keep or Path(tempfile.mkdtemp(prefix="upheaval-publish-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        db_path = work / "bench.db"
        if db_path.exists():
            db_path.unlink()
        bench_api.build_database(db_path, companies, events)
        out = work / "site"
        shutil.rmtree(out, ignore_errors=True)

        first, outcome = timed_publish(db_path, out)
        state = folder_state(out)
        print(f"publish: {outcome.companies:,} flagged companies of {companies:,} ({events:,} events) in "
              f"{breakdown(first)}; {len(state):,} files, {sum(size for size, _ in state.values()):,} bytes")

        again, repeat = timed_publish(db_path, out)
        unchanged = folder_state(out) == state
        print(f"republish with nothing new: {breakdown(again)}; files written {len(repeat.written)}, "
              f"every file's bytes and mtime unchanged: {unchanged}")

        index = json.loads((out / publish.INDEX).read_bytes())
        print(f"private mode downloads index.json ({sizes((out / publish.INDEX).read_bytes())}) and the snapshot "
              f"({sizes((out / index['snapshot']).read_bytes())})")
        keys_body = (out / index["keys"]).read_bytes()
        alert_sizes = sorted(path.stat().st_size for path in (out / "alerts").glob("*.json"))
        print(f"static mode downloads index.json, the keys file ({sizes(keys_body)}) and one alert per flagged "
              f"company a page names (median {alert_sizes[len(alert_sizes) // 2]:,} bytes raw)")
        return 0 if unchanged and not repeat.written else 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
