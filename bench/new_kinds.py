"""First-look figures for layoffs and bankruptcy (issue 13), and the deal and departure figures beside them:
every licensed set split by story or company (training.split), a model fitted on the fit parts with its
thresholds chosen out-of-fold on them, and the product (rules + model) reading each held-back part.

    .venv/bin/python bench/new_kinds.py [--corpus ../shared/corpus/labeled]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.detection import combine, training
from pipeline.detection.model import KINDS


def figures(rows: list[dict], found: list[set]) -> str:
    cells = []
    for kind, label in training.LABEL_OF_KIND.items():
        tp = fp = fn = 0
        for row, kinds in zip(rows, found):
            if label in row.get("unsure", ()):
                continue
            gold, hit = training.has_label(row, label), kind in kinds
            tp, fp, fn = tp + (gold and hit), fp + (hit and not gold), fn + (gold and not hit)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        cells.append(f"{label} P {precision:.3f} R {recall:.3f} F1 {f1:.3f} ({tp}/{fp}/{fn})")
    return "\n    ".join(cells)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=training.DEFAULT_CORPUS)
    args = parser.parse_args()
    sets = training.load_sets(args.corpus, training.LICENSED_SETS)
    fit_rows = [row for name in training.LICENSED_SETS for row in training.split(sets[name])[0]]
    model = training.fit(fit_rows)
    model.thresholds = training.choose_thresholds(fit_rows)
    print("thresholds", dict(zip(KINDS, model.thresholds)))
    for name in training.LICENSED_SETS:
        test = training.split(sets[name])[1]
        found = [{event.kind for event in combine.detect_events(row["text"], model=model)} for row in test]
        print(f"{name}: {len(test)} held-back rows\n    {figures(test, found)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
