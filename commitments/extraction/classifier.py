"""A small linear classifier over a letter's candidate sentences: is this sentence a government promise?

Its features are the sentence's words (Snowball-stemmed, numbers and names normalised) as 1- and 2-grams,
and what the rules of :mod:`commitments.extraction.cues` read in it (the cue that applied, the vetoes, a
deadline ahead, the actor, the Kamer, tense, position and length). Features are hashed into a fixed number of
buckets, so the model file is a JSON list of weights and no pickle is loaded at run time. The model is trained
by :mod:`commitments.extraction.train`; inference is a sum of weights and a logistic function.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import snowballstemmer

MODEL_PATH = Path(__file__).with_name("promise_model.json")
BUCKETS = 1 << 16
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
# Capitalised words kept as words: they say who acts or receives, not which name is meant.
_KEPT_CAPITALS = frozenset(
    {"kamer", "tweede", "eerste", "uw", "u", "ik", "wij", "we", "minister", "staatssecretaris", "kabinet"}
)
_STEMMER = snowballstemmer.stemmer("dutch")
_CACHED = 200_000  # a bound on the memory of each cache below for very long texts
_STEMS: dict[str, str] = {}
# A word's token inside a sentence, by the word as written: the same words recur in every letter, so each
# is read once.
_TOKENS: dict[str, str] = {}


def _stem(word: str) -> str:
    stem = _STEMS.get(word)
    if stem is None:
        stem = _STEMMER.stemWord(word)
        if len(_STEMS) < _CACHED:
            _STEMS[word] = stem
    return stem


def _inner_token(word: str) -> str:
    """The token of a word that is not the first of its sentence (see :func:`words`)."""
    token = _TOKENS.get(word)
    if token is None:
        lower = word.lower()
        if word[0].isdigit():
            token = "<num>"
        elif word[0].isupper() and lower not in _KEPT_CAPITALS:
            token = "<naam>"
        else:
            token = _stem(lower)
        if len(_TOKENS) < _CACHED:
            _TOKENS[word] = token
    return token


def words(text: str) -> list[str]:
    """The sentence's words, stemmed; a number is ``<num>``, a capitalised word inside it ``<naam>``."""
    found = _WORD.findall(text)
    cache = _TOKENS
    tokens = [cache.get(word) or _inner_token(word) for word in found]
    if found and not found[0][0].isdigit():
        tokens[0] = _stem(found[0].lower())  # a capital opens a sentence: the first word is no name
    return tokens


def features(text: str, structure: Iterable[str]) -> list[str]:
    """The feature strings of a sentence: its word 1- and 2-grams and the rules' readings of it."""
    tokens = words(text)
    grams = [f"w:{token}" for token in tokens]
    grams.extend(f"b:{first} {second}" for first, second in itertools.pairwise(tokens))
    grams.extend(f"s:{name}" for name in structure)
    return grams


def bucket(feature: str) -> int:
    """The hashed index of a feature string (stable across runs and machines)."""
    return zlib.crc32(feature.encode("utf-8")) % BUCKETS


@dataclass(frozen=True)
class Thresholds:
    """How rules and model combine: a rule hit is dropped below ``keep``, a sentence no rule catches is
    added from ``add`` on; the model alone keeps a sentence from ``alone`` on."""

    keep: float
    add: float
    alone: float = 0.5


@dataclass(frozen=True)
class Model:
    """Hashed feature weights of a logistic regression, and the thresholds chosen by cross-validation."""

    bias: float
    weights: dict[int, float]
    thresholds: Thresholds
    _remembered: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def probability(self, feature_list: Sequence[str]) -> float:
        """The probability that the sentence with these features is a promise."""
        try:  # most sentences' features were all met before: their weights are summed without a call each
            weights = sum(map(self._remembered.__getitem__, feature_list))
        except KeyError:
            weights = sum(map(self.weight, feature_list))
        score = self.bias + weights
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def weight(self, feature: str) -> float:
        """The weight of one feature (remembered: the same words recur in every letter)."""
        known = self._remembered.get(feature)
        if known is None:
            known = self.weights.get(bucket(feature), 0.0)
            if len(self._remembered) < 500_000:  # a bound on memory for very long texts
                self._remembered[feature] = known
        return known

    def to_json(self) -> dict[str, object]:
        """The model file's content: only non-zero weights, rounded (the file stays small)."""
        return {
            "buckets": BUCKETS,
            "bias": round(self.bias, 5),
            "thresholds": {
                "keep": self.thresholds.keep,
                "add": self.thresholds.add,
                "alone": self.thresholds.alone,
            },
            "weights": {str(index): round(value, 4) for index, value in sorted(self.weights.items())},
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Model:
        """A model read from its JSON form."""
        if data.get("buckets") != BUCKETS:
            raise ValueError("model file made with another number of buckets: train again")
        raw, weights, bias = data["thresholds"], data["weights"], data["bias"]
        if not (isinstance(raw, dict) and isinstance(weights, dict) and isinstance(bias, float | int)):
            raise ValueError("model file is not a trained promise model")
        return cls(
            float(bias),
            {int(index): float(value) for index, value in weights.items()},
            Thresholds(float(raw["keep"]), float(raw["add"]), float(raw.get("alone", 0.5))),
        )


@cache
def load_model() -> Model | None:
    """The committed model, or None when none has been trained yet."""
    if not MODEL_PATH.exists():
        return None
    return Model.from_json(json.loads(MODEL_PATH.read_text("utf-8")))
