"""How fast company mentions are found: the bundled finder's build time, and `find` per headline on one core.

Headlines are the committed labelled sets' texts (tests/files/labeled/*.jsonl) plus the same texts in
ALL CAPS and Title Case, so every casing path is timed. Goal: `find` well under 20 us per ~100-character
headline (the detector's budget is 20,000 headlines a second per core), build well under 1 s.

    .venv/bin/python bench/mentions.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline import identity  # noqa: E402,F401  (imported first: its import time is no part of the build)
from pipeline.detection.mentions import MentionFinder  # noqa: E402


def headlines() -> list[str]:
    texts = []
    for path in sorted((REPO / "tests" / "files" / "labeled").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts + [t.upper() for t in texts] + [t.title() for t in texts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    started = time.perf_counter()
    finder = MentionFinder.bundled()
    build = time.perf_counter() - started
    print(f"build: {build * 1000:.0f} ms for {finder.size:,} surface forms (bundled SEC list + brands, "
          f"data files read included)")

    texts = headlines()
    chars = statistics.mean(map(len, texts))
    found = sum(len(finder.find(t)) for t in texts)
    per_round = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for text in texts:
            finder.find(text)
        per_round.append((time.perf_counter() - started) / len(texts))
    best, median = min(per_round), statistics.median(per_round)
    print(f"find: {len(texts):,} headlines (mean {chars:.0f} chars, {found / len(texts):.2f} mentions each): "
          f"median {median * 1e6:.1f} us, best {best * 1e6:.1f} us per headline "
          f"= {1 / median:,.0f} headlines/s on one core")

    short = "Halden Systems and Morvo set merger; Acme (NYSE: ACME) shares jump 12% on report of sale talks"
    started = time.perf_counter()
    for _ in range(20_000):
        finder.find(short)
    print(f"find on a {len(short)}-char headline: {(time.perf_counter() - started) / 20_000 * 1e6:.1f} us")

    big = " ".join(texts) * 4
    started = time.perf_counter()
    mentions = finder.find(big)
    print(f"find on {len(big) / 1e6:.1f} MB of text: {time.perf_counter() - started:.2f} s, "
          f"{len(mentions):,} mentions")


if __name__ == "__main__":
    main()
