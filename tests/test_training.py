"""pipeline/detection/training.py: honest splits and a deterministic fit that the run-time model reproduces."""

import csv
import json
import math

import pytest

pytest.importorskip("sklearn")

from pipeline.detection import training  # noqa: E402
from pipeline.detection.model import PIECES, featurize  # noqa: E402


def rows_of(pairs):
    return [{"text": text, "label": label, "group": f"g{i}", "set": "t"} for i, (text, label) in enumerate(pairs)]


SMALL = rows_of([
    ("Acme to acquire Globex for $3 billion", "merger"), ("Initech agrees to buy Hooli", "merger"),
    ("Vandelay and Kramerica set merger", "merger"), ("Pendant to be acquired by Soylent", "merger"),
    ("Acme CEO resigns", "departure"), ("Globex chairman steps down", "departure"),
    ("Initech founder retires as chief executive", "departure"), ("Hooli CFO quits", "departure"),
    ("Acme profit rises", "other"), ("Globex opens new plant", "other"), ("Initech names new CMO", "other"),
    ("Hooli buys back shares", "other"), ("Markets fall on rates", "other"), ("Soylent launches product", "other"),
])


def test_split_is_fixed_and_keeps_each_group_on_one_side():
    rows = [{"text": str(i), "label": "other", "group": f"story-{i % 40}", "set": "t"} for i in range(400)]
    fit, test = training.split(rows)
    assert {r["group"] for r in fit}.isdisjoint({r["group"] for r in test})
    assert 0.1 < len(test) / len(rows) < 0.3
    assert training.split(rows) == (fit, test)


def test_fit_is_deterministic_and_the_run_time_model_reproduces_sklearn():
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    first, second = training.fit(SMALL, prune=0.0), training.fit(SMALL, prune=0.0)
    assert first.weights == second.weights and first.bias == second.bias
    # The same estimator fitted directly on the same features gives the same probability for a new text.
    kept_vocab, rows = {}, []
    for row in SMALL:
        features = featurize(row["text"], pieces=PIECES[1])
        rows.append({f: features.count(f) / math.sqrt(len(features)) for f in set(features)})
        for f in features:
            kept_vocab.setdefault(f, len(kept_vocab))
    indptr, indices, values = [0], [], []
    for row in rows:
        for f, v in row.items():
            indices.append(kept_vocab[f])
            values.append(v)
        indptr.append(len(indices))
    matrix = csr_matrix((values, indices, indptr), shape=(len(rows), len(kept_vocab)))
    direct = LogisticRegression(C=32.0, solver="liblinear", class_weight="balanced", random_state=0,
                                max_iter=2000).fit(matrix, [r["label"] == "departure" for r in SMALL])
    text = "Acme chief executive resigns"
    features = [f for f in featurize(text, pieces=PIECES[1]) if f in kept_vocab]
    new = csr_matrix(([1 / math.sqrt(len(featurize(text, pieces=PIECES[1])))] * len(features),
                      [kept_vocab[f] for f in features], [0, len(features)]), shape=(1, len(kept_vocab)))
    assert first.scores(text).departure == pytest.approx(direct.predict_proba(new)[0, 1], abs=1e-6)


def test_a_fitted_model_separates_what_it_learned():
    model = training.fit(SMALL)
    assert model.scores("Vandelay and Kramerica set merger").merger > 0.5 > model.scores("Acme profit rises").merger
    assert model.scores("Hooli CFO quits").departure > 0.5 > model.scores("Globex opens new plant").departure


def test_a_missing_corpus_is_named():
    with pytest.raises(FileNotFoundError, match="--corpus"):
        training.load_sets(None, ["tfnt"])
    with pytest.raises(ValueError, match="unknown labelled set"):
        training.load_sets(None, ["reuters"])


def test_train_reads_only_licensed_sets(tmp_path, monkeypatch):
    """A corpus folder with the licensed files in their real formats; the unlicensed ones are absent, and
    training must not need them."""
    with open(tmp_path / "tfnt_train.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        for i, row in enumerate(SMALL * 3):
            writer.writerow([f"{row['text']} {i} https://t.co/x", 13])
    with open(tmp_path / "tfnt_train_labels.tsv", "w", encoding="utf-8") as handle:
        handle.write("row\tlabel\tnote\n")
        for i, row in enumerate(SMALL * 3):
            handle.write(f"{i}\t{row['label']}\t\n")
    fiqa = {str(i): {"sentence": r["text"], "info": [{"target": "Acme", "aspects": "['Corporate/M&A/M&A']"
                                                                     if r["label"] == "merger" else "['Stock']"}]}
            for i, r in enumerate(SMALL)}
    for name in ("fiqa_headline_train.json", "fiqa_post_train.json"):
        (tmp_path / name).write_text(json.dumps(fiqa), encoding="utf-8")
    monkeypatch.setattr(training, "choose_thresholds", lambda rows, **kw: (0.6, 0.6))
    model = training.train(tmp_path)
    assert set(model.card["trained_on"]) == set(training.LICENSED_SETS)
    assert model.card["trained_on"]["tfnt"]["merger"] == 12
    assert model.thresholds == (0.6, 0.6)
