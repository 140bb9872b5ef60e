"""How good are the two judgements: which event a story reports, and which company it concerns.

Prints precision, recall and F1 per class, company-extraction accuracy, a confusion matrix and the 20
worst errors on (1) our own labelled set (tests/files/labeled/headlines.jsonl) and (2) the SENTiVENT
development sentences (../shared/corpus/labeled) when present; then the company-trap results and speed:
detection plus resolution per headline on one core, and company lookup against 100,000 companies.

    .venv/bin/python bench/quality.py [--corpus PATH] [--quick]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline import identity, store  # noqa: E402
from pipeline.detection import detect_events  # noqa: E402
from pipeline.detection.gates import GATES  # noqa: E402
from pipeline.companies import Company, CompanyIndex, normalize_name, resolve_company  # noqa: E402
from pipeline.constants import EXECUTIVE_DEPARTURE, MERGER_ACQUISITION  # noqa: E402

OWN_SET = REPO / "tests" / "files" / "labeled" / "headlines.jsonl"
HELDOUT = REPO / "tests" / "files" / "labeled" / "heldout.jsonl"
FRESH = REPO / "tests" / "files" / "labeled" / "fresh.jsonl"
HELDOUT2 = REPO / "tests" / "files" / "labeled" / "heldout2.jsonl"
HELDOUT3 = REPO / "tests" / "files" / "labeled" / "heldout3.jsonl"
HELDOUT4 = REPO / "tests" / "files" / "labeled" / "heldout4.jsonl"
TRAPS = REPO / "tests" / "files" / "labeled" / "company_traps.json"
SENTIVENT = REPO.parent / "shared" / "corpus" / "labeled" / "sentivent_events.jsonl"
KIND_OF_LABEL = {"merger": MERGER_ACQUISITION, "departure": EXECUTIVE_DEPARTURE}
LABELS = ("merger", "departure", "other")


def load_own() -> list[dict]:
    return [json.loads(line) for line in OWN_SET.read_text("utf-8").splitlines() if line.strip()]


def load_sentivent(path: Path) -> list[dict]:
    """Body sentences from 2017-18 articles: fed to the detector as text, as a summary sentence would be."""
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows.append({"text": row["text"], "field": "text", "label": row["label"], "company": None,
                         "id": row["id"], "document": row["meta"]["document_id"],
                         "index": row["meta"]["sentence_idx"]})
    return rows


def with_context(rows: list[dict], before: int = 5) -> list[dict]:
    """Each sentence with its article's first sentence (the headline) and the `before` sentences preceding it,
    as the detector sees an article read a sentence at a time. Labels stay per sentence."""
    by_position = {(row["document"], row["index"]): row["text"] for row in rows}
    result = []
    for row in rows:
        earlier = [by_position.get((row["document"], i)) for i in range(max(1, row["index"] - before), row["index"])]
        if row["index"] > 0:
            earlier.insert(0, by_position.get((row["document"], 0)))
        result.append({**row, "context": " ".join(text for text in earlier if text)})
    return result


def detect(row: dict):
    if row.get("field") == "text":
        return detect_events("", row["text"], context=row.get("context", ""))
    return detect_events(row["text"])


def predicted_label(events) -> str:
    kinds = {e.kind for e in events}
    if MERGER_ACQUISITION in kinds and EXECUTIVE_DEPARTURE in kinds:
        return "both"
    if MERGER_ACQUISITION in kinds:
        return "merger"
    if EXECUTIVE_DEPARTURE in kinds:
        return "departure"
    return "other"


def same_company(gold: str, written: str, index: CompanyIndex | None) -> bool:
    """The event's company is the labelled one: same key, one key's words within the other's
    ("Acme" / "Acme Corp"), or both resolve to the same company."""
    a, b = normalize_name(gold), normalize_name(written)
    if not a or not b:
        return False
    if a == b or set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()):
        return True
    if index is not None:
        ra, rb = resolve_company(gold, index), resolve_company(written, index)
        return bool(ra.company and rb.company and ra.company.id == rb.company.id)
    return False


def evaluate(name: str, rows: list[dict], index: CompanyIndex | None) -> dict:
    counts = Counter()
    confusion = Counter()
    company_right = company_total = 0
    errors = []
    for row in rows:
        events = detect(row)
        predicted = predicted_label(events)
        confusion[(row["label"], predicted)] += 1
        gold_kind = KIND_OF_LABEL.get(row["label"])
        found_kinds = {e.kind for e in events}
        for label, kind in KIND_OF_LABEL.items():
            counts[(kind, gold_kind == kind, kind in found_kinds)] += 1
        wrong_company = False
        if gold_kind and gold_kind in found_kinds and row.get("company"):
            company_total += 1
            written = [e.company for e in events if e.kind == gold_kind]
            if any(same_company(row["company"], w, index) for w in written):
                company_right += 1
            else:
                wrong_company = True
        if predicted != row["label"] or wrong_company:
            # Worst first: a false alarm, then a missed event, then a wrong company.
            severity = 3 if gold_kind is None else (2 if gold_kind not in found_kinds else 1)
            errors.append((severity, row, events))
    print(f"\n== {name}: {len(rows)} rows ==")
    print(f"{'class':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    scores = {}
    for kind in KIND_OF_LABEL.values():
        tp, fp, fn = counts[(kind, True, True)], counts[(kind, False, True)], counts[(kind, True, False)]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[kind] = f1
        print(f"{kind:<22}{precision:>7.3f}{recall:>7.3f}{f1:>7.3f}{tp:>6}{fp:>6}{fn:>6}")
    if company_total:
        print(f"company of the event correct: {company_right}/{company_total} = {company_right / company_total:.3f}")
    else:
        print("company of the event: not labelled in this set")
    predicted_columns = ("merger", "departure", "both", "other")
    print("confusion (rows: label, columns: detected)")
    print(f"{'':<12}" + "".join(f"{c:>11}" for c in predicted_columns))
    for label in LABELS:
        print(f"{label:<12}" + "".join(f"{confusion[(label, c)]:>11}" for c in predicted_columns))
    print("20 worst errors:")
    for severity, row, events in sorted(errors, key=lambda e: -e[0])[:20]:
        kind = {3: "FALSE ALARM", 2: "MISSED", 1: "WRONG COMPANY"}[severity]
        found = "; ".join(f"{e.kind}:{e.company or '?'} {e.reason}" for e in events) or "-"
        text = row["text"] if len(row["text"]) <= 110 else row["text"][:107] + "..."
        print(f"  {kind:<13} [{row['label']}] {text}\n                -> {found}")
    return {"scores": scores, "company": (company_right, company_total)}


def traps(index: CompanyIndex) -> None:
    rows = json.loads(TRAPS.read_text("utf-8"))["rows"]
    false_matches = misses = 0
    for row in rows:
        found = resolve_company(row["query"], index)
        got = found.company.name if found.company else None
        if got != row["match"]:
            if got is not None:
                false_matches += 1
            else:
                misses += 1
            print(f"  trap failed: {row['query']!r} -> {got!r} (want {row['match']!r})")
    print(f"\n== company traps: {len(rows)} names, {false_matches} false matches, {misses} misses ==")


def speed(index: CompanyIndex, own: list[dict], stream: list[str], quick: bool) -> None:
    """Detection plus resolution of every company found, per headline, on one core: on a realistic stream
    (real news sentences, most of which report no event) and on our trigger-dense labelled set."""
    print("\n== speed (one core) ==")
    dense = [r["text"] for r in own]
    for label, texts in (("real news stream", stream), ("labelled set (nearly all triggers)", dense)):
        if not texts:
            continue
        sample = (texts * (1 + 20000 // len(texts)))[:20000 if not quick else 5000]
        # Best of three passes, timed by this process's CPU clock as well as the wall clock: one core's
        # throughput is what is asked, and on a shared 2-core machine the wall clock also counts the
        # time other processes held the core.
        best_cpu = best_wall = float("inf")
        for _ in range(3 if not quick else 1):
            wall, cpu = time.perf_counter(), time.process_time()
            for headline in sample:
                for event in detect_events(headline):
                    if event.company:
                        resolve_company(event.company, index)
            best_cpu = min(best_cpu, time.process_time() - cpu)
            best_wall = min(best_wall, time.perf_counter() - wall)
        print(f"detection + resolution, {label}: {len(sample) / best_cpu:,.0f} headlines per CPU second "
              f"({len(sample) / best_wall:,.0f}/s by the wall clock; {len(sample)} texts, best of "
              f"{3 if not quick else 1})")

    big = _hundred_thousand(index)
    queries = ["Apple", "Meta Platforms, Inc.", "Facebook", "JPMorganChase", "American Airlines", "Stripe",
               "Royal Bank", "Discover Bank", "Ford", "Acme Widgets 4711", "Nonexistent Holdings",
               "Warner Bros Discovery"]
    rounds = 200 if not quick else 50
    start = time.perf_counter()
    for _ in range(rounds):
        for query in queries:
            resolve_company(query, big)
    per_lookup = (time.perf_counter() - start) / (rounds * len(queries))
    worst = 0.0
    for query in queries:
        t0 = time.perf_counter()
        for _ in range(20):
            resolve_company(query, big)
        worst = max(worst, (time.perf_counter() - t0) / 20)
    print(f"company lookup against {len(big):,} companies: mean {per_lookup * 1e3:.3f} ms, "
          f"slowest query {worst * 1e3:.3f} ms")


def _hundred_thousand(index: CompanyIndex) -> CompanyIndex:
    """The real companies plus made-up ones in the same shapes, up to 100,000."""
    rng = random.Random(4)
    syllables = ["ac", "ver", "lo", "tri", "nex", "ma", "qua", "zen", "por", "ix", "ta", "gen", "sol", "ar", "bel"]
    tails = ["Inc.", "Corp", "Holdings", "Group", "Technologies", "Ltd", "Bancorp", "Therapeutics", "Partners", ""]
    companies = [(c, normalize_name(c.name)) for c in index.by_id.values()]
    next_id = 2_000_000_000
    while len(companies) < 100_000:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
        second = rng.choice(["", " Capital", " Systems", " Bio", " Energy", " " + rng.choice(syllables).capitalize()])
        name = f"{word}{second} {rng.choice(tails)}".strip()
        companies.append((Company(id=next_id, name=name), normalize_name(name)))
        next_id += 1
    return CompanyIndex(companies, [])


# ---------------------------------------------------------------- honest figures: rows nothing was fitted to

HONEST_SETS = ("tfnt", "fiqa", "own", "sentivent", "gentry")


def _as_input(row: dict) -> tuple[str, str]:
    """Headlines and posts are read as titles; body sentences and researchers' notes as summary text."""
    if row["set"] in ("sentivent", "gentry") or row.get("field") == "text":
        return "", row["text"]
    return row["text"], ""


def _score_line(rows: list[dict], kinds_of) -> str:
    cells = []
    for kind, label in ((MERGER_ACQUISITION, "merger"), (EXECUTIVE_DEPARTURE, "departure")):
        tp = fp = fn = 0
        for row, kinds in zip(rows, kinds_of):
            if label in row.get("unsure", ()):
                continue
            gold, found = row["label"] == label, kind in kinds
            tp, fp, fn = tp + (gold and found), fp + (found and not gold), fn + (gold and not found)
        if tp + fn == 0:
            cells.append(f"{label}: no positives, {fp} false alarms")
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        cells.append(f"{label} P {precision:.3f} R {recall:.3f} F1 {f1:.3f} ({tp}/{fp}/{fn})")
    return " | ".join(cells)


def honest(corpus: Path) -> None:
    """Each labelled set's held-back fifth (split by story or company, fixed by checksum), read by the rules
    alone, by a model that never saw that set (cross-dataset), and, where the set's licence lets the committed
    model learn from it, by a model that saw only its other four fifths (in-domain); each model combined with
    the rules as the product runs them. Needs scikit-learn (training); prints the gate's recall too."""
    from pipeline.detection import combine, rules, training
    from pipeline.detection.model import KINDS

    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("\n(honest figures skipped: they fit models, which needs scikit-learn: pip install -e '.[train]')")
        return
    sets = training.load_sets(corpus, HONEST_SETS + ("written",))
    print("\n== honest figures: each set's held-back fifth (tp/fp/fn); no rule or label was written for these rows ==")
    gate_total = gate_passed = 0
    for held in HONEST_SETS:
        fit_part, test_part = training.split(sets[held])
        others = [row for name in training.LICENSED_SETS if name != held for row in sets[name]]
        settings = {"cross-dataset (model never saw this set)": others}
        if held in training.LICENSED_SETS:
            settings["in-domain (model saw the other 4/5)"] = others + fit_part
        inputs = [_as_input(row) for row in test_part]
        print(f"\n{held}: {len(test_part)} rows held back "
              f"({sum(r['label'] == 'merger' for r in test_part)} merger, "
              f"{sum(r['label'] == 'departure' for r in test_part)} departure)")
        print(f"  {'rules alone':<48}" + _score_line(test_part, [{e.kind for e in rules.detect_events(t, x)}
                                                                for t, x in inputs]))
        for setting, rows in settings.items():
            model = training.fit(rows)
            model.thresholds = training.choose_thresholds(rows, folds=3)
            alone = []
            for title, text in inputs:
                scores = combine.model_scores(title, text, model)
                alone.append({kind for kind in KINDS if model.fires(scores, kind)})
            print(f"  {'model alone, ' + setting:<48}" + _score_line(test_part, alone))
            print(f"  {'rules + model, ' + setting:<48}" + _score_line(
                test_part, [{e.kind for e in combine.detect_events(t, x, model=model)} for t, x in inputs]))
        for row, (title, text) in zip(test_part, inputs):
            if row["label"] in KIND_OF_LABEL:  # the deals and departures this script scores
                gate_total += 1
                kind = KIND_OF_LABEL[row["label"]]
                gate_passed += any(kind in GATES.opened(unit.lower()) for unit in combine._units(title, text))
    print(f"\nmodel gate: {gate_passed}/{gate_total} held-back labelled events have a word of their kind "
          f"({gate_passed / max(gate_total, 1):.3f}); the model cannot add the others")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SENTIVENT, help="SENTiVENT jsonl (default: %(default)s)")
    parser.add_argument("--quick", action="store_true", help="fewer speed rounds, no honest figures")
    parser.add_argument("--labeled", type=Path, default=SENTIVENT.parent,
                        help="the labelled corpus for the honest figures (default: %(default)s)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = store.open_db(Path(tmp) / "quality.db")
        index = identity.company_index(db)
        own = load_own()
        evaluate("own labelled set, development part (tests/files/labeled/headlines.jsonl)", own, index)
        later = []
        for part, path in (("second", HELDOUT), ("third", FRESH), ("fourth", HELDOUT2), ("fifth", HELDOUT3),
                           ("sixth", HELDOUT4)):
            rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
            evaluate(f"own labelled set, {part} part (tests/files/labeled/{path.name})", rows, index)
            later.append(rows)
        heldout, fresh = later[0], later[1]
        stream = []
        if args.corpus.exists():
            sentences = load_sentivent(args.corpus)
            evaluate(f"SENTiVENT dev sentences, each alone ({args.corpus})", sentences, index)
            evaluate("SENTiVENT dev sentences, each after its article's headline and 5 preceding sentences",
                     with_context(sentences), index)
            stream = [row["text"] for row in sentences]
        else:
            print(f"\n({args.corpus} not present: skipped)")
        if not args.quick and args.labeled.is_dir():
            honest(args.labeled)
        traps(index)
        speed(index, own + heldout + fresh, stream, args.quick)
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
