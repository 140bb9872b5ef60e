"""pipeline/detection/model.py: features, scoring, the committed artifact."""

import gzip
import json
import math

import pytest

from pipeline.detection import model as detector_model
from pipeline.detection.model import ARTIFACT, KINDS, PIECES, Model, featurize, load, words_of
from pipeline.detection.training import LICENSED_SETS


def tiny_model() -> Model:
    weights = {"merger": (3.0, 0.0, 0.0, 0.0), "set merger": (2.0, 0.0, 0.0, 0.0), "resigns": (0.0, 3.0, 0.0, 0.0),
               "<res": (0.0, 1.0, 0.0, 0.0), "^ acme": (0.5, 0.5, 0.2, 0.1), "dlrs $": (1.0, 0.0, 0.0, 0.0),
               "layoffs": (0.0, 0.0, 3.0, 0.0), "<lay": (0.0, 0.0, 1.0, 0.0), "chapter 0": (0.0, 0.0, 0.0, 2.5),
               "<bank": (0.0, 0.0, 0.0, 1.0)}
    return Model(weights, (-2.0, -2.0, -2.0, -2.0), (0.5, 0.5, 0.5, 0.5), {})


def by_hand(model: Model, text: str, position: int) -> float:
    features = featurize(text, pieces=PIECES[position])
    total = sum(model.weights.get(f, (0.0,) * len(KINDS))[position] for f in features)
    return 1 / (1 + math.exp(-(total / math.sqrt(len(features)) + model.bias[position])))


@pytest.mark.parametrize("text", [
    "HALDEN SYSTEMS, MORVO SET MERGER",
    "Acme vice-chairman resigns; Acme resigns again",  # repeated words count twice, as in training
    "acme set merger at 12.50 dlrs",
    "$ACME: resignation https://t.co/xyz",
    "ACME LAYOFFS: 1,200 JOBS; Acme files for Chapter 11 bankruptcy",
])
def test_scores_equal_the_training_features_summed(text):
    model = tiny_model()
    scores = model.scores(text)
    for position, kind in enumerate(KINDS):
        assert scores.of(kind) == pytest.approx(by_hand(model, text, position))


def test_reading_is_case_blind():
    model = load()
    assert model.scores("HALDEN SYSTEMS, MORVO SET MERGER") == model.scores("Halden Systems, Morvo set merger")


@pytest.mark.parametrize("text, words", [
    ("Acme's CEO quits, 12.5% drop", ["acme's", "ceo", "quits", "0", "0", "drop"]),
    ("$ACME to buy https://t.co/abc Globex", ["$tkr", "to", "buy", "globex"]),
    ("", []),
])
def test_words(text, words):
    assert words_of(text) == words


def test_empty_text_scores_nothing():
    assert tiny_model().scores("  ,, ").merger == 0.0


def test_the_committed_artifact_loads_and_learned_only_from_licensed_sets():
    model = load()
    assert ARTIFACT.stat().st_size < 3_000_000  # small enough to commit and to load at every start
    assert all(0.0 < threshold < 1.0 for threshold in model.thresholds)
    assert set(model.card["trained_on"]) <= set(LICENSED_SETS)  # no unlicensed set reaches the artifact
    assert len(model.weights) > 1000


@pytest.mark.parametrize("text, kind", [
    ("HALDEN SYSTEMS, MORVO SET MERGER", "merger_acquisition"),
    ("Kestrel Vice-Chairman Resigns", "executive_departure"),
    ("Acme Corp. Announces Retirement of Chief Executive Officer", "executive_departure"),
    ("Brightwater agrees to be acquired by Pelham Partners for $31 a share", "merger_acquisition"),
    ("Quarterly profit at Tessaly rose 5% on strong demand", None),
])
def test_the_committed_model_reads_plain_shapes_in_any_casing(text, kind):
    model = load()
    for variant in (text, text.upper()):
        scores = model.scores(variant)
        assert {k for k in KINDS if model.fires(scores, k)} == ({kind} if kind else set())


def test_saving_is_byte_for_byte_repeatable(tmp_path):
    model = tiny_model()
    model.save(tmp_path / "a.json.gz")
    model.save(tmp_path / "b.json.gz")
    assert (tmp_path / "a.json.gz").read_bytes() == (tmp_path / "b.json.gz").read_bytes()
    again = Model.from_json(json.loads(gzip.decompress((tmp_path / "a.json.gz").read_bytes())))
    assert again.scores("Acme set merger").merger == pytest.approx(model.scores("Acme set merger").merger, abs=1e-4)


def test_an_artifact_of_another_format_is_refused_with_a_hint():
    with pytest.raises(ValueError, match="upheaval train"):
        Model.from_json({"format": detector_model.FORMAT_VERSION + 1, "kinds": list(KINDS)})
