"""The extractor on the shared development set: the targets of issue 4."""

from pathlib import Path

import pytest

from commitments.extraction.evaluate import evaluate

DEVSET = Path(__file__).parents[2].parent / "shared" / "devset"

pytestmark = pytest.mark.skipif(not (DEVSET / "labels.json").exists(), reason="shared devset not present")


def test_devset_targets() -> None:
    report = evaluate(DEVSET)
    assert report.recall >= 0.9, report.details()
    assert report.precision >= 0.85, report.details()
    assert report.deadline_accuracy >= 0.9, report.details()


def test_nationaal_rapporteur_letters_give_almost_nothing() -> None:
    report = evaluate(DEVSET, ["letter-01.txt", "letter-02.txt"])
    assert sum(len(letter.false_positives) for letter in report.letters) == 0
