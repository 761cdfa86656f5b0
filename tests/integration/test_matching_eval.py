"""The labelled matching evaluation: the figures reached, so a change that lowers them fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from commitments.cli.matching import match_eval_command
from commitments.db import Database
from commitments.matching.evaluate import DEVSET, evaluate

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "matching"

pytestmark = pytest.mark.skipif(not DEVSET.exists(), reason="development set not available")


def test_precision_and_recall_on_the_labelled_cases(db: Database) -> None:
    report = evaluate(db, CASES)
    assert len(report.outcomes) == 26
    assert report.expected == 30
    assert report.precision >= 0.95, report.details()
    assert report.recall >= 0.95, report.details()  # 29 of 30 at the time of writing
    assert report.detail_accuracy == 1.0, report.details()


def test_match_eval_command_prints_the_figures() -> None:
    result = CliRunner().invoke(match_eval_command, [str(CASES)])
    assert result.exit_code == 0, result.output
    assert "precisie 1.000  recall 0.967" in result.output
