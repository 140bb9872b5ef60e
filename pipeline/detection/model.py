"""The learned half of detection: one linear model per event kind over case-blind word and character
n-grams. Pure Python at run time (a dict of weights, loaded once from a small committed artifact), so a
fresh clone detects without scikit-learn and without `../shared`; `pipeline/detection/training.py` fits it.

Why these features: the rules read names from capitalisation, which ALL-CAPS wire headlines and Title Case
headlines defeat; lower-cased words, word pairs and the 3-5 letter pieces of each word ("acqui", "resig")
read "HALDEN, MORVO SET MERGER" and "Acme Announces Retirement Of Chief Executive" the same as plain text.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.constants import BANKRUPTCY, EXECUTIVE_DEPARTURE, LAYOFFS, MERGER_ACQUISITION

ARTIFACT = Path(__file__).resolve().parent.parent / "data" / "detector_model.json.gz"
FORMAT_VERSION = 3  # 3: four kinds (layoffs, bankruptcy)
KINDS = (MERGER_ACQUISITION, EXECUTIVE_DEPARTURE, LAYOFFS, BANKRUPTCY)

_URL = re.compile(r"https?://\S+|www\.\S+")
_DIGITS = re.compile(r"\d+")
_HAS_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\$[a-z]{1,6}\b|[a-z0-9]+(?:['’&-][a-z0-9]+)*")
_TICKER_TOKEN = re.compile(r"\$[a-z]{1,6}")


def words_of(text: str) -> list[str]:
    """Lower-cased words, numbers folded to 0, cashtags to one token, links dropped."""
    lowered = text.lower()
    if "http" in lowered or "www." in lowered:
        lowered = _URL.sub(" ", lowered)
    words = _WORD.findall(lowered)
    for position, word in enumerate(words):
        if word[0] == "$":
            words[position] = "$tkr"
        elif not word.isalpha() and _HAS_DIGIT.search(word):
            words[position] = _DIGITS.sub("0", word)
    return words


# Which kinds also read each word's 3-5 character pieces. Measured on the development fifth (average
# precision): pieces help departures (0.940 against 0.917 without: "resigns", "resignation", "resigned" share
# them) and hurt deals (0.86 against 0.89 on headlines, 0.40 against 0.58 on SENTiVENT sentences: "acqui"
# is in every passing mention too, and whole words and pairs carry the tense and the object). Layoffs and
# bankruptcy read pieces too, so "layoff", "layoffs", "laid" and "bankrupt", "bankruptcy" share them (chosen
# by analogy with departures, not measured separately).
PIECES = (False, True, True, True)


def featurize(text: str, pieces: bool = True) -> list[str]:
    """The model's features for one text, repeated as often as they occur: each word, with `pieces` its 3-5
    character pieces (edges marked), and each pair of adjacent words. Training calls this; `Model.scores`
    computes the same sums word by word (a word's own features are cached), so the two can never disagree."""
    words = words_of(text)
    features = []
    for word in words:
        features.extend(word_features(word) if pieces else (word,))
    features.extend(pairs(words))
    return features


@lru_cache(maxsize=1 << 16)  # the same few thousand words recur in every headline
def word_features(word: str) -> tuple[str, ...]:
    """A word and its 3-5 character pieces."""
    padded = f"<{word}>"
    return (word,) + tuple(padded[i:i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1))


def pairs(words: list[str]) -> list[str]:
    if not words:
        return []
    edged = ["^", *words, "$"]
    return [f"{a} {b}" for a, b in zip(edged, edged[1:])]


@dataclass(frozen=True)
class Scores:
    """Probability per event kind that the text reports one."""
    merger: float
    departure: float
    layoffs: float = 0.0
    bankruptcy: float = 0.0

    def of(self, kind: str) -> float:
        return (self.merger, self.departure, self.layoffs, self.bankruptcy)[KINDS.index(kind)]


class Model:
    """Weights per feature for each kind; the score is a logistic over their sum, scaled by the square root of
    the number of features so long and short texts are judged alike."""

    def __init__(self, weights: dict[str, tuple[float, ...]], bias: tuple[float, ...],
                 thresholds: tuple[float, ...], card: dict):
        self.weights, self.bias, self.thresholds, self.card = weights, bias, thresholds, card
        self._word_sums: dict[str, tuple] = {}  # a word's own (four sums, four counts), summed once
        self._pair_weights: dict[str, dict[str, tuple[float, ...]]] = {}
        for feature, pair in weights.items():
            if " " in feature:
                first, second = feature.split(" ", 1)
                self._pair_weights.setdefault(first, {})[second] = pair

    def _word_sum(self, word: str) -> tuple[float, float, float, float, int, int, int, int]:
        """A word's weight per kind with its pieces where that kind reads them, then its feature count per kind."""
        features = word_features(word)
        sums = [0.0] * len(KINDS)
        for position, pieces in enumerate(PIECES):
            for feature in features if pieces else features[:1]:
                weight = self.weights.get(feature)
                if weight is not None:
                    sums[position] += weight[position]
        return (*sums, *(len(features) if pieces else 1 for pieces in PIECES))

    def scores(self, text: str) -> Scores:
        words = words_of(text)
        if not words:
            return Scores(*([0.0] * len(KINDS)))
        # The four kinds' sums in plain variables, unrolled: this loop runs for every word of every sentence a gate
        # opens, and list indexing per kind cost as much as the rest of scoring.
        t0 = t1 = t2 = t3 = 0.0
        c0 = c1 = c2 = c3 = len(words) + 1  # the word pairs, edges included
        word_sums = self._word_sums
        for word in words:
            sums = word_sums.get(word)
            if sums is None:
                sums = word_sums[word] = self._word_sum(word)
            w0, w1, w2, w3, n0, n1, n2, n3 = sums
            t0 += w0
            t1 += w1
            t2 += w2
            t3 += w3
            c0 += n0
            c1 += n1
            c2 += n2
            c3 += n3
        # Word pairs through a dict per first word: no pair string is built for the lookup.
        pair_weights = self._pair_weights
        previous = "^"
        for word in [*words, "$"]:
            following = pair_weights.get(previous)
            if following is not None:
                weight = following.get(word)
                if weight is not None:
                    t0 += weight[0]
                    t1 += weight[1]
                    t2 += weight[2]
                    t3 += weight[3]
            previous = word
        b0, b1, b2, b3 = self.bias
        sqrt = math.sqrt
        return Scores(_sigmoid(t0 / sqrt(c0) + b0), _sigmoid(t1 / sqrt(c1) + b1), _sigmoid(t2 / sqrt(c2) + b2),
                      _sigmoid(t3 / sqrt(c3) + b3))

    def fires(self, scores: Scores, kind: str) -> bool:
        return scores.of(kind) >= self.thresholds[KINDS.index(kind)]

    def to_json(self) -> dict:
        return {"format": FORMAT_VERSION, "kinds": list(KINDS), "bias": list(self.bias),
                "thresholds": list(self.thresholds), "card": self.card,
                "weights": {feature: [round(w, 4) for w in weight] for feature, weight in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, document: dict) -> "Model":
        if document.get("format") != FORMAT_VERSION or tuple(document.get("kinds", ())) != KINDS:
            raise ValueError(f"detector model format {document.get('format')!r} is not {FORMAT_VERSION}: "
                             "retrain it with `upheaval train`")
        weights = {feature: tuple(weight) for feature, weight in document["weights"].items()}
        return cls(weights, tuple(document["bias"]), tuple(document["thresholds"]), document.get("card", {}))

    def save(self, path: Path) -> None:
        data = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode("utf-8")
        # mtime=0: the same model writes the same bytes, so a retrain that changes nothing shows no diff
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
            out.write(data)


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


@lru_cache(maxsize=4)
def load(path: Path = ARTIFACT) -> Model:
    """The committed model, read once per process."""
    with gzip.open(path, "rb") as raw:
        return Model.from_json(json.loads(raw.read().decode("utf-8")))
