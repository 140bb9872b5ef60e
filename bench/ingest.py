"""Ingestion speed: feed bytes to stored, classified rows, on one core, beside bare feedparser.

    .venv/bin/python bench/ingest.py [--items 30000] [--batch 500] [--corpus DIR]

End to end = parse (pipeline.feeds / pipeline.edgar) + clean + detect + resolve + store (SQLite, WAL,
one transaction per batch), exactly the calls the crawl's item pipeline makes. The corpus is
../shared/corpus/feeds and ../shared/corpus/edgar/current_feed when present (each copy's links are made
unique so every pass stores new articles, as a real crawl would), else a generated one. Targets:
at least 5,000 items/s end to end, and at least half of bare feedparser's rate on the same bytes.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import feedparser  # noqa: E402

from pipeline import store  # noqa: E402
from pipeline.edgar import filing_events, parse_current_feed  # noqa: E402
from pipeline.feeds import FeedError, parse_feed  # noqa: E402
from pipeline.detection import warm  # noqa: E402
from pipeline.ingest import ingest_batch  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
SEC_BASE = "https://www.sec.gov"


def load_corpus(corpus: Path) -> list[tuple[str, bytes]]:
    """(kind, bytes) for every feed file: kind is "feed" or "edgar"."""
    files = []
    feeds = corpus / "feeds"
    if feeds.is_dir():
        files += [("feed", p.read_bytes()) for p in sorted(feeds.iterdir()) if p.is_file()]
    edgar = corpus / "edgar" / "current_feed"
    if edgar.is_dir():
        files += [("edgar", p.read_bytes()) for p in sorted(edgar.glob("*.atom.xml"))]
    return files or generated_corpus()


def generated_corpus(feeds: int = 20, per_feed: int = 50) -> list[tuple[str, bytes]]:
    heads = ["Initech to acquire Globex Corporation in $4.2 billion deal",
             "Vandelay Industries CEO Art Vandelay resigns, effective immediately",
             "Markets rally as inflation cools", "Acme and Wayne Enterprises to merge",
             "Umbrella Corp reports quarterly earnings"]
    out = []
    for f in range(feeds):
        items = "".join(
            f"<item><title>{heads[i % len(heads)]}</title><link>https://news.example.com/{f}/{i}.html</link>"
            f"<description><![CDATA[<p>Story {i} of feed {f}, with <b>markup</b> &amp;amp; entities.</p>]]>"
            f"</description><pubDate>Mon, 0{1 + i % 9} Jun 2026 10:00:00 GMT</pubDate></item>"
            for i in range(per_feed))
        out.append(("feed", f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                            f"<title>Generated {f}</title>{items}</channel></rss>".encode()))
    return out


_LINK = re.compile(rb"(<link[^>]*>\s*(?:<!\[CDATA\[)?\s*https?://|<link[^>]*href=[\"']https?://)")


def make_unique(body: bytes, copy: int) -> bytes:
    # A new host on every link per copy: each copy's entries are new articles; namespaces stay intact.
    return _LINK.sub(lambda m: m.group(1) + f"c{copy}.".encode(), body)


def build_input(corpus: list[tuple[str, bytes]], target_items: int) -> list[tuple[str, bytes]]:
    per_pass = sum(len(feedparser.parse(body).entries) for _, body in corpus) or 1
    copies = max(1, -(-target_items // per_pass))
    return [(kind, make_unique(body, c)) for c in range(copies) for kind, body in corpus]


def run_end_to_end(bodies: list[tuple[str, bytes]], db_path: str, batch_size: int) -> tuple[int, int, int, float]:
    db = store.open_db(db_path)
    warm()  # the detector's model and catalogue load once per process, as a crawl loads them when it opens
    entries = stored = events = 0
    batch: list[dict] = []
    started = time.perf_counter()
    for kind, body in bodies:
        try:
            if kind == "edgar":
                filings = parse_current_feed(body, SEC_BASE)
                entries += sum(len(f.parties) for f in filings)
                for filing in filings:
                    found = filing_events(filing)
                    if found:
                        batch.append({"article": {"title": f"{filing.form}: {filing.parties[0].name}",
                                                  "url": filing.index_url, "published_at": filing.filed,
                                                  "publisher": f"SEC EDGAR {filing.form}"},
                                      "source": "bench-edgar",
                                      "events": [{**e.__dict__} for e in found]})
            else:
                feed = parse_feed(body)
                entries += len(feed.entries) + feed.skipped
                batch += [{"article": {"title": e.title, "url": e.url, "summary": e.summary,
                                       "published_at": e.published_at, "publisher": e.publisher},
                           "source": "bench-feed"} for e in feed.entries]
        except FeedError:
            pass  # recorded as the source's error in a real crawl
        if len(batch) >= batch_size:
            results = ingest_batch(db, batch)
            stored += len(results)
            events += sum(r.events for r in results)
            batch = []
    if batch:
        results = ingest_batch(db, batch)
        stored += len(results)
        events += sum(r.events for r in results)
    elapsed = time.perf_counter() - started
    db.close()
    return entries, stored, events, elapsed


def run_bare_feedparser(bodies: list[tuple[str, bytes]]) -> tuple[int, float]:
    started = time.perf_counter()
    entries = sum(len(feedparser.parse(body).entries) for _, body in bodies)
    return entries, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=30000, help="about how many feed entries to process")
    parser.add_argument("--batch", type=int, default=500, help="articles per transaction")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    corpus = load_corpus(args.corpus)
    bodies = build_input(corpus, args.items)
    megabytes = sum(len(b) for _, b in bodies) / 1e6
    print(f"input: {len(corpus)} feed files x {len(bodies) // max(len(corpus), 1)} copies = "
          f"{len(bodies)} feeds, {megabytes:.1f} MB ({'shared corpus' if args.corpus.is_dir() else 'generated'})")
    with tempfile.TemporaryDirectory() as tmp:
        db_path = str(Path(tmp) / "bench.db")
        store.open_db(db_path).close()  # schema and SEC company seed are set-up, not ingestion
        entries, stored, events, e2e = run_end_to_end(bodies, db_path, args.batch)
    bare_entries, bare = run_bare_feedparser(bodies)
    e2e_rate, bare_rate = entries / e2e, bare_entries / bare
    print(f"end to end (parse+clean+detect+resolve+store): {entries} entries in {e2e:.2f} s = "
          f"{e2e_rate:,.0f} items/s  ({stored} articles/filings stored, {events} events)")
    print(f"bare feedparser (parse only):                  {bare_entries} entries in {bare:.2f} s = "
          f"{bare_rate:,.0f} items/s")
    ratio = e2e_rate / bare_rate
    print(f"ratio end-to-end / feedparser: {ratio:.2f}  (targets: >= 5,000 items/s: "
          f"{'met' if e2e_rate >= 5000 else 'MISSED'}; >= 0.5x feedparser: {'met' if ratio >= 0.5 else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
