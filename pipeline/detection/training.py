"""Fit the detector's model from labelled text, deterministically, and split labelled sets honestly.

Training needs scikit-learn (`pip install -e '.[train]'`); running the model does not. Each labelled set
is loaded as rows {"text", "label", "group", "set"}: `label` is merger, departure, layoffs, bankruptcy or
other; `also` lists a second kind the row reports and `unsure` the kinds it is left out of (both from
more_kinds_labels.jsonl, our reading of layoffs and bankruptcy in rows labelled before those kinds existed);
`group` is the story, article or company a row belongs to, so a split never puts sentences of one story on
both sides.

    upheaval train [--corpus ../shared/corpus/labeled] [--out pipeline/data/detector_model.json.gz]
"""

from __future__ import annotations

import csv
import html
import json
import math
import re
import zlib
from collections.abc import Iterable
from pathlib import Path

from pipeline.detection.model import KINDS, PIECES, Model, featurize

REPO = Path(__file__).resolve().parent.parent.parent
OWN_LABELLED = REPO / "tests" / "files" / "labeled"
WRITTEN = Path(__file__).resolve().parent / "written"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "labeled"
LABEL_OF_KIND = dict(zip(KINDS, ("merger", "departure", "layoffs", "bankruptcy")))
MORE_KINDS_LABELS = Path(__file__).resolve().parent / "more_kinds_labels.jsonl"
# Out-of-fold precision each kind's threshold must reach: layoffs and bankruptcy were asked for 0.95 from the
# start (issue 13); deals and departures keep the 0.9 their measured figures were made with.
MIN_PRECISION = dict(zip(KINDS, (0.9, 0.9, 0.95, 0.95)))

# Which sets a committed artifact may learn from: their licences allow it (labeled/README.md). Gentry's CEO
# notes and SENTiVENT carry no licence: they are for development and measurement only.
LICENSED_SETS = ("tfnt", "fiqa", "own", "written")
TFNT_TOPIC_MERGER, TFNT_TOPIC_PERSONNEL = 13, 17
_TCO = re.compile(r"\s*https?://t\.co/\S+")


# ---------------------------------------------------------------- the labelled sets


def load_tfnt(corpus: Path) -> list[dict]:
    """Financial-news tweets and headlines with our own labels (rows not read by hand are other)."""
    ours = {}
    with open(corpus / "tfnt_train_labels.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            ours[int(row["row"])] = row["label"]
    rows = []
    with open(corpus / "tfnt_train.csv", encoding="utf-8", newline="") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            text = html.unescape(_TCO.sub("", row["text"])).strip()
            # Bot accounts repeat templates; a group per normalised opening keeps a template on one side.
            rows.append({"text": text, "label": ours.get(index, "other"), "set": "tfnt",
                         "group": "tfnt:" + " ".join(re.sub(r"[^a-z ]", "", text.lower()).split()[:6])})
    return _more_kinds(rows, "tfnt")


def load_fiqa(corpus: Path) -> list[dict]:
    """FiQA headlines and posts: M&A aspects are mergers. Appointment rows are left out of departure
    training (a few report an exit, most do not) by labelling them `None` for that kind."""
    rows = []
    for name in ("fiqa_headline_train.json", "fiqa_post_train.json"):
        for key, item in json.loads((corpus / name).read_text("utf-8")).items():
            aspects = " ".join(info.get("aspects", "") for info in item["info"])
            label = "merger" if "M&A" in aspects else "other"
            target = item["info"][0].get("target", "") if item["info"] else ""
            rows.append({"text": html.unescape(_TCO.sub("", item["sentence"])).strip(), "label": label,
                         "set": "fiqa", "group": f"fiqa:{target.lower() or key}",
                         "unsure": ["departure"] if "Appointment" in aspects else []})
    return rows


def has_label(row: dict, label: str) -> bool:
    return row["label"] == label or label in row.get("also", ())


def _more_kinds(rows: list[dict], set_name: str) -> list[dict]:
    """Layoffs and bankruptcy in rows labelled before those kinds existed: our reading of every row a broad
    keyword screen flagged (more_kinds_labels.jsonl; tfnt rows by index, ours by text). "unsure-<kind>"
    leaves a row out of that kind, as FiQA's appointment rows are left out of departures."""
    by_index, by_text = {}, {}
    for entry in _json_lines(MORE_KINDS_LABELS):
        if entry["set"] == set_name:
            (by_index if "row" in entry else by_text).setdefault(entry.get("row", entry["text"]), []).append(entry["label"])
    for index, row in enumerate(rows):
        for label in by_index.get(index, ()) if set_name == "tfnt" else by_text.get(row["text"], ()):
            if label.startswith("unsure-"):
                row["unsure"] = [*row.get("unsure", ()), label.removeprefix("unsure-")]
            elif row["label"] == "other":
                row["label"] = label
            else:
                row["also"] = [*row.get("also", ()), label]
    return rows


def _json_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def load_gentry(corpus: Path) -> list[dict]:
    """Researchers' notes on real CEO departures (all positives), grouped by company."""
    return [{"text": row["text"], "label": "departure", "set": "gentry",
             "group": f"gentry:{row['meta'].get('gvkey') or row['companies'][0]}"}
            for row in _json_lines(corpus / "gentry_departures_train.jsonl")]


def load_sentivent(corpus: Path) -> list[dict]:
    return [{"text": row["text"], "label": row["label"], "set": "sentivent",
             "group": f"sentivent:{row['meta']['document_id']}"}
            for row in _json_lines(corpus / "sentivent_events.jsonl")]


def load_own() -> list[dict]:
    """The project's own labelled files (tests/files/labeled): written by us, modelled on real news."""
    return _more_kinds([{"text": row["text"], "label": row["label"], "set": "own", "group": f"own:{path.stem}:{number}"}
                        for path in sorted(OWN_LABELLED.glob("*.jsonl")) for number, row in enumerate(_json_lines(path))],
                       "own")


def load_written() -> list[dict]:
    """Sentences we wrote for training (pipeline/detection/written/*.jsonl): shapes and eras no licensed set
    covers (wire copy, press releases, narrative notes on executives leaving, modern posts)."""
    return _more_kinds([{"text": row["text"], "label": row["label"], "set": "written",
                         "group": f"written:{path.stem}:{row.get('group', number)}"}
                        for path in sorted(WRITTEN.glob("*.jsonl")) for number, row in enumerate(_json_lines(path))],
                       "written")


def load_sets(corpus: Path | None, names: Iterable[str]) -> dict[str, list[dict]]:
    loaders = {"tfnt": lambda: load_tfnt(corpus), "fiqa": lambda: load_fiqa(corpus),
               "gentry": lambda: load_gentry(corpus), "sentivent": lambda: load_sentivent(corpus),
               "own": load_own, "written": load_written}
    result = {}
    for name in names:
        if name not in loaders:
            raise ValueError(f"unknown labelled set {name!r}; known: {', '.join(loaders)}")
        if name not in ("own", "written") and (corpus is None or not corpus.is_dir()):
            raise FileNotFoundError(f"labelled corpus not found at {corpus}: pass --corpus DIR")
        result[name] = loaders[name]()
    return result


def in_test_part(row: dict, parts: int = 5) -> bool:
    """Whether a row's group falls in the held-back fifth: fixed by the group's checksum, so the split is the
    same on every machine and every run, and a story never sits on both sides."""
    return zlib.crc32(row["group"].encode("utf-8")) % parts == 0


def split(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    fit = [row for row in rows if not in_test_part(row)]
    test = [row for row in rows if in_test_part(row)]
    return fit, test


# ---------------------------------------------------------------- fitting


def fit(rows: list[dict], *, c: float = 32.0, prune: float = 0.02, card: dict | None = None,
        progress=None) -> Model:
    """A logistic regression per kind on `featurize` features scaled by 1/sqrt(count), as `Model` scores
    them. Weights smaller than `prune` are dropped (they move no decision and keep the artifact small).
    Deterministic: liblinear with a fixed seed on rows in a fixed order."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    weights: dict[str, list[float]] = {}
    biases = []
    for position, kind in enumerate(KINDS):
        label = LABEL_OF_KIND[kind]
        kept = [row for row in rows if label not in row.get("unsure", ())]
        vocabulary: dict[str, int] = {}
        indptr, indices, values = [0], [], []
        for row in kept:
            features = featurize(row["text"], pieces=PIECES[position])
            scale = 1.0 / math.sqrt(len(features)) if features else 0.0
            for feature in features:
                indices.append(vocabulary.setdefault(feature, len(vocabulary)))
                values.append(scale)  # a feature seen twice sums to twice the value, as Model.scores adds it
            indptr.append(len(indices))
        matrix = csr_matrix((values, indices, indptr), shape=(len(kept), len(vocabulary)))
        target = [has_label(row, label) for row in kept]
        if progress:
            progress(f"fitting {label}: {len(kept)} rows, {sum(target)} positive, {len(vocabulary):,} features")
        if len(set(target)) < 2:  # a small set with no row of this kind: the kind never fires
            biases.append(-30.0 if not any(target) else 30.0)
            continue
        model = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", random_state=0, max_iter=2000)
        model.fit(matrix, target)
        biases.append(float(model.intercept_[0]))
        for feature, column in vocabulary.items():
            weight = float(model.coef_[0][column])
            if abs(weight) >= prune:
                weights.setdefault(feature, [0.0] * len(KINDS))[position] = weight
    return Model({feature: tuple(weight) for feature, weight in weights.items()}, tuple(biases),
                 (0.5,) * len(KINDS), card or {})


# ---------------------------------------------------------------- the committed artifact


def choose_thresholds(rows: list[dict], *, c: float = 32.0, folds: int = 5,
                      min_precision: dict[str, float] = MIN_PRECISION, progress=None) -> tuple[float, ...]:
    """Per kind, the lowest threshold whose out-of-fold precision is at least `min_precision` (folds by
    group, so a story never scores itself). Low thresholds find more; the rules' precision is higher than the
    model's, so the model is asked to be sure before it adds an event the rules did not read. Precision is
    counted on real text only: our written sentences are cleaner than news, and would let it look easy."""
    scored: list[tuple[tuple[float, ...], dict]] = []
    for fold in range(folds):
        held = [row for row in rows if zlib.crc32(row["group"].encode("utf-8")) % folds == fold]
        fitted = fit([row for row in rows if zlib.crc32(row["group"].encode("utf-8")) % folds != fold], c=c)
        for row in held:
            scores = fitted.scores(row["text"])
            scored.append((tuple(scores.of(kind) for kind in KINDS), row))
        if progress:
            progress(f"threshold fold {fold + 1}/{folds}")
    chosen = []
    for position, kind in enumerate(KINDS):
        label = LABEL_OF_KIND[kind]
        ranked = sorted(((kind_scores[position], has_label(row, label)) for kind_scores, row in scored
                         if label not in row.get("unsure", ()) and row["set"] != "written"), reverse=True)
        best, true_positives = 0.95, 0
        for count, (score, positive) in enumerate(ranked, 1):
            true_positives += positive
            if positive and true_positives / count >= min_precision[kind]:
                best = score
        chosen.append(round(max(min(best, 0.95), 0.3), 3))
    return tuple(chosen)


def train(corpus: Path | None, *, c: float = 32.0, progress=None) -> Model:
    """The committed model: every licensed set, all rows (their split halves were used to measure it)."""
    sets = load_sets(corpus, LICENSED_SETS)
    rows = [row for name in LICENSED_SETS for row in sets[name]]
    thresholds = choose_thresholds(rows, c=c, progress=progress)
    model = fit(rows, c=c, progress=progress)
    model.thresholds = thresholds
    counts = {name: {label: sum(has_label(row, label) for row in sets[name])
                     for label in (*LABEL_OF_KIND.values(), "other")} for name in LICENSED_SETS}
    model.card = {
        "trained_on": counts,
        "licences": {"tfnt": "MIT (zeroshot/twitter-financial-news-topic), labels ours",
                     "fiqa": "MIT (elinsky/fiqa)", "own": "ours (tests/files/labeled)",
                     "written": "ours (pipeline/detection/written)"},
        "not_trained_on": "gentry CEO notes and SENTiVENT (no licence: measurement only)",
        "features": "featurize(): lower-cased words, word pairs, and for departures 3-5 character pieces; "
                    "scaled 1/sqrt(n)",
        "estimator": f"LogisticRegression(C={c}, liblinear, class_weight=balanced), per kind",
        "thresholds": "lowest with out-of-fold precision >= 0.9 (deals, departures) or 0.95 (layoffs, "
                      "bankruptcy) on real text (5 folds by story)",
    }
    return model
