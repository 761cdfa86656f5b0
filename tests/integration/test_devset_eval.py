"""The extractor on the shared development set, letters 1-55 (the rest is set aside for measuring only).

The thresholds are what the extractor reaches on letters 1-55 (issue 11), a little under, so that a
regression in extraction fails here. Only letters 1-55 are scored and shown: letters 56-76 are for the lead.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner

from commitments.cli.extract import eval_command
from commitments.extraction.detect import Mode
from commitments.extraction.evaluate import evaluate
from commitments.extraction.train import TUNING_LETTERS

DEVSET = Path(__file__).parents[2].parent / "shared" / "devset"

pytestmark = pytest.mark.skipif(not (DEVSET / "labels.json").exists(), reason="shared devset not present")


def test_devset_targets_on_the_tuning_letters() -> None:
    report = evaluate(DEVSET, TUNING_LETTERS)
    assert len(report.letters) == 55
    assert report.recall >= 0.98, report.details()
    assert report.precision >= 0.98, report.details()
    assert report.kind_accuracy >= 0.97, report.details()
    assert report.deadline_accuracy >= 0.95, report.details()


def test_nationaal_rapporteur_letters_give_almost_nothing() -> None:
    report = evaluate(DEVSET, ["letter-01.txt", "letter-02.txt"])
    assert sum(len(letter.false_positives) for letter in report.letters) == 0


def test_cross_validation_scores_each_letter_by_a_model_trained_without_it() -> None:
    result = CliRunner().invoke(eval_command, [str(DEVSET), "--letters", "40-55", "--cv"])
    assert result.exit_code == 0, result.output
    sections = result.output.split("== ")[1:]
    assert [section.split(",")[0] for section in sections] == [
        "alleen regels (op deze brieven afgesteld: optimistisch)",
        "alleen model",
        "regels en model samen",
    ]
    assert all("letters            16" in section for section in sections)
    recall = [float(section.split("recall")[1].split()[0]) for section in sections]
    assert recall[2] >= 0.9, result.output  # the model must not undo what the rules find
    assert "drempels" in result.output


def test_the_rules_alone_can_be_measured() -> None:
    report = evaluate(DEVSET, TUNING_LETTERS[:20], Mode.RULES)
    assert report.recall >= 0.98, report.details()
