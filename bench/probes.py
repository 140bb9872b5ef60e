"""The detector on the written probe sets in bench/probes/: precision, recall and F1 per event kind, and
whether each found event names the company the item is about.

The probes were written by helpers who had read neither the code nor any labelled data, from the event
definitions alone, with invented companies and people (bench/probes/README.md). Their first looks are in
docs/detection.md; every rule changed after them makes these figures a development measure, not a test.
Written text is cleaner than real news: a probe shows shapes the detector cannot read, not its recall.

    .venv/bin/python bench/probes.py [--show fn,fp,company] [FILE ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.companies import normalize_name  # noqa: E402
from pipeline.constants import BANKRUPTCY, EXECUTIVE_DEPARTURE, LAYOFFS, MERGER_ACQUISITION  # noqa: E402
from pipeline.detection import combine  # noqa: E402

KIND_OF_LABEL = {"merger": MERGER_ACQUISITION, "departure": EXECUTIVE_DEPARTURE, "layoffs": LAYOFFS,
                 "bankruptcy": BANKRUPTCY}
PROBES = REPO / "bench" / "probes"


def names_the_company(wanted: list[str], found: set[str]) -> bool:
    """A found company is right when its key is, contains or is contained in a wanted one's."""
    keys = {normalize_name(name) for name in wanted if name}
    return any(key and got and (key == got or key in got or got in key) for key in keys for got in found)


def shown(row: dict) -> str:
    """What to print of an item: its headline, or its text when it has none (a note, a filing paragraph)."""
    return row.get("title") or row.get("text", "")


def score(path: Path, show: set[str]) -> None:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # (style, label) -> tp, fp, fn
    company = Counter()
    for row in rows:
        events = combine.detect_events(row.get("title", ""), row.get("text", ""))
        style = row.get("style", "all")
        for label, kind in KIND_OF_LABEL.items():
            gold, hit = row["label"] == label, any(event.kind == kind for event in events)
            if not (gold or hit):
                continue
            for key in {(style, label), ("all", label)}:
                counts[key][0] += gold and hit
                counts[key][1] += hit and not gold
                counts[key][2] += gold and not hit
            if gold and hit:
                found = {normalize_name(event.company) for event in events if event.kind == kind and event.company}
                right = names_the_company(row.get("companies", []), found)
                company["right" if right else "wrong or none"] += 1
                if not right and "company" in show:
                    print(f"  company  {row['id']} {shown(row)[:110]!r}: wanted {row.get('companies')}, found {sorted(found)}")
            if gold and not hit and "fn" in show:
                print(f"  missed   {row['id']} {label}: {shown(row)[:140]!r}")
            if hit and not gold and "fp" in show:
                print(f"  false    {row['id']} {label} (labelled {row['label']}): {shown(row)[:140]!r}")
    print(f"{path.name}: {len(rows)} items")
    for (style, label), (tp, fp, fn) in sorted(counts.items()):
        if not tp + fn:
            continue  # a kind the probe has no items of: its false alarms are listed with --show fp
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"    {style:7} {label:10} P {precision:.3f} R {recall:.3f} F1 {f1:.3f} ({tp}/{fp}/{fn})")
    print(f"    company of the event: {company['right']} right of {sum(company.values())}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="probe files (default: bench/probes/*.jsonl)")
    parser.add_argument("--show", default="", help="list the misses: any of fn, fp, company, comma-separated")
    args = parser.parse_args(argv)
    files = args.files or sorted(PROBES.glob("*.jsonl"))
    if not files:
        print(f"no probe files in {PROBES}", file=sys.stderr)
        return 2
    show = {part.strip() for part in args.show.split(",") if part.strip()}
    for path in files:
        score(path, show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
