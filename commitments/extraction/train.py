"""Training the promise classifier from hand labels, and measuring it by leave-one-letter-out.

Run: ``.venv/bin/python -m commitments.extraction.train`` (letters 1-55 of ../shared/devset and the held-out
fixtures in tests/fixtures/heldout; letters 56-76 are never read). It writes
``commitments/extraction/promise_model.json``.

A sentence the model judges is a positive example when it is the same item as a required gold toezegging or
deliverable by the scoring protocol; a sentence that overlaps only optional items or moties (the motie finder
speaks for those) is no example at all. The thresholds by which rules and model combine are chosen on
out-of-fold probabilities only: each letter's sentences are judged by a model trained without that letter.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from commitments.extraction.classifier import BUCKETS, MODEL_PATH, Model, Thresholds, bucket
from commitments.extraction.detect import LetterReading, extraction_of, read_letter, selection
from commitments.extraction.evaluate import Gold, LetterScore, Report, letter_labels, overlaps, score_letter

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT.parent / "shared" / "devset"
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
TUNING_LETTERS = [f"letter-{number:02d}.txt" for number in range(1, 56)]
REGULARISATION = 0.5  # C of the logistic regression
KEEP_GRID = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.01)
ALONE_GRID = (0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass(frozen=True)
class LetterData:
    """A labelled letter as the rules read it, with a label per judged sentence (None: no example)."""

    name: str
    text: str
    golds: list[Gold]
    reading: LetterReading
    labels: list[int | None]
    scores: dict[tuple[int, ...], LetterScore] = field(default_factory=dict)  # by chosen sentences


def load_letters(sources: Sequence[tuple[Path, Sequence[str] | None]]) -> list[LetterData]:
    """The labelled letters of each ``(folder, letters or None for all)``."""
    letters: list[LetterData] = []
    for folder, only in sources:
        for name, text, day, golds in letter_labels(folder, only):
            reading = read_letter(text, day, keep_features=True, today=day)
            letters.append(LetterData(name, text, golds, reading, _labels(reading, golds)))
    return letters


def _labels(reading: LetterReading, golds: Sequence[Gold]) -> list[int | None]:
    view = reading.context.view
    labels: list[int | None] = []
    for sentence in reading.sentences:
        if sentence.features is None:
            labels.append(None)
            continue
        start, end = view.span_in_original(sentence.start, sentence.end)
        span = (start + reading.offset, end + reading.offset)
        hits = [
            gold
            for gold in golds
            if gold.start < span[1]
            and span[0] < gold.end
            and overlaps(reading.text, span, (gold.start, gold.end))
        ]
        if any(gold.required and gold.kind != "motie" for gold in hits):
            labels.append(1)
        else:
            labels.append(None if hits else 0)
    return labels


def _matrix(rows: Sequence[Sequence[str]]) -> csr_matrix:
    indptr: list[int] = [0]
    indices: list[int] = []
    data: list[float] = []
    for row in rows:
        counts: dict[int, float] = {}
        for feature in row:
            index = bucket(feature)
            counts[index] = counts.get(index, 0.0) + 1.0
        indices.extend(counts)
        data.extend(counts.values())
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), BUCKETS))


def fit(letters: Sequence[LetterData], thresholds: Thresholds) -> Model:
    """A model trained on the labelled sentences of ``letters``."""
    rows: list[tuple[str, ...]] = []
    targets: list[int] = []
    for letter in letters:
        for sentence, label in zip(letter.reading.sentences, letter.labels, strict=True):
            if label is not None and sentence.features is not None:
                rows.append(sentence.features)
                targets.append(label)
    classifier = LogisticRegression(C=REGULARISATION, solver="liblinear", max_iter=2000)
    classifier.fit(_matrix(rows), targets)
    weights = {
        int(index): float(value) for index, value in enumerate(classifier.coef_[0]) if abs(value) > 1e-3
    }
    return Model(float(classifier.intercept_[0]), weights, thresholds)


def out_of_fold(letters: Sequence[LetterData]) -> list[list[float | None]]:
    """Per letter, per judged sentence: the probability by a model trained without that letter."""
    probabilities: list[list[float | None]] = []
    for index, letter in enumerate(letters):
        model = fit(
            [other for other_index, other in enumerate(letters) if other_index != index], Thresholds(0, 1)
        )
        probabilities.append(
            [
                model.probability(s.features) if s.features is not None else None
                for s in letter.reading.sentences
            ]
        )
    return probabilities


def score(
    letter: LetterData,
    probabilities: Sequence[float | None] | None,
    thresholds: Thresholds | None,
    model_alone: bool = False,
) -> LetterScore:
    """The letter scored as the extractor would find it with these probabilities and thresholds."""
    chosen = selection(letter.reading, probabilities, thresholds, model_alone)
    cached = letter.scores.get(chosen)
    if cached is None:
        found = extraction_of(letter.reading, chosen).commitments
        cached = letter.scores[chosen] = score_letter(letter.name, letter.text, letter.golds, found)
    return cached


def _f1(scores: Sequence[LetterScore]) -> float:
    return Report(tuple(scores)).f1


def _choose(grid: Sequence[Thresholds], table: list[list[LetterScore]], leave_out: int | None) -> int:
    """The grid point with the best F1 over all letters but ``leave_out`` (ties: the earlier point)."""
    best, best_f1 = 0, -1.0
    for point in range(len(grid)):
        value = _f1([row[point] for index, row in enumerate(table) if index != leave_out])
        if value > best_f1 + 1e-9:
            best, best_f1 = point, value
    return best


@dataclass(frozen=True)
class CrossValidation:
    """Leave-one-letter-out figures: the rules alone, the model alone and both combined."""

    rules: Report
    model: Report
    combined: Report
    thresholds: Thresholds  # chosen on all letters' out-of-fold probabilities


def cross_validate(letters: Sequence[LetterData]) -> CrossValidation:
    """Each letter scored by a model trained without it, at thresholds chosen without it as well."""
    probabilities = out_of_fold(letters)
    combined_grid = [Thresholds(keep, add) for keep, add in itertools.product(KEEP_GRID, ADD_GRID)]
    alone_grid = [Thresholds(0, 1, alone) for alone in ALONE_GRID]
    combined = [
        [score(letter, probs, point) for point in combined_grid]
        for letter, probs in zip(letters, probabilities, strict=True)
    ]
    alone = [
        [score(letter, probs, point, model_alone=True) for point in alone_grid]
        for letter, probs in zip(letters, probabilities, strict=True)
    ]
    best = combined_grid[_choose(combined_grid, combined, None)]
    best_alone = alone_grid[_choose(alone_grid, alone, None)]
    return CrossValidation(
        rules=Report(tuple(score(letter, None, None) for letter in letters)),
        model=Report(tuple(row[_choose(alone_grid, alone, index)] for index, row in enumerate(alone))),
        combined=Report(
            tuple(row[_choose(combined_grid, combined, index)] for index, row in enumerate(combined))
        ),
        thresholds=Thresholds(best.keep, best.add, best_alone.alone),
    )


def default_sources(
    devset: Path = DEVSET, heldout: Path = HELDOUT
) -> list[tuple[Path, Sequence[str] | None]]:
    """Letters 1-55 of the development set and the held-out fixtures (letters 56-76 are never read)."""
    sources: list[tuple[Path, Sequence[str] | None]] = [(devset, TUNING_LETTERS)]
    if (heldout / "labels.json").exists():
        sources.append((heldout, None))
    return sources


def main() -> None:
    """Cross-validate, choose the thresholds, train on all letters and write the model file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    arguments = parser.parse_args()
    letters = load_letters(default_sources(arguments.devset))
    validation = cross_validate(letters)
    for title, report in (
        ("rules", validation.rules),
        ("model", validation.model),
        ("combined", validation.combined),
    ):
        print(f"== {title} (leave-one-letter-out, {len(report.letters)} letters)\n{report.summary()}")
    print(f"thresholds: {validation.thresholds}")
    model = fit(letters, validation.thresholds)
    arguments.out.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", "utf-8")
    print(f"{len(model.weights)} weights written to {arguments.out}")


if __name__ == "__main__":
    main()
