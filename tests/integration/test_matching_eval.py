"""The labelled matching evaluation: the figures reached, so a change that lowers them fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from commitments.cli.matching import match_eval_command
from commitments.db import Database
from commitments.matching.evaluate import DEVSET, evaluate

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "matching"
WRITTEN = Path(__file__).resolve().parents[1] / "fixtures" / "matching-written"
BLIND = Path(__file__).resolve().parents[1] / "fixtures" / "matching-blind"
BLIND4 = Path(__file__).resolve().parents[1] / "fixtures" / "matching-blind4"
VARIED = Path(__file__).resolve().parents[1] / "fixtures" / "matching-varied"

pytestmark = pytest.mark.skipif(not DEVSET.exists(), reason="development set not available")


def test_precision_and_recall_on_the_labelled_cases(db: Database) -> None:
    report = evaluate(db, CASES)
    assert len(report.outcomes) == 81
    assert report.expected == 100
    assert report.precision >= 0.95, report.details()
    assert report.recall >= 0.95, report.details()  # 96 of 100 at the time of writing
    assert report.detail_accuracy == 1.0, report.details()


def test_written_cases_of_postponements_and_moties_by_their_members(db: Database) -> None:
    """Hand-written letters with look-alike items of the same ministry: postponements phrased in many ways
    (a new moment in another sentence or none), moties carried out named only by their members, annex
    tables."""
    report = evaluate(db, WRITTEN)
    assert len(report.outcomes) == 29
    assert report.precision >= 0.95, report.details()  # 35 of 35 at the time of writing
    assert report.recall >= 0.95, report.details()
    assert report.detail_accuracy == 1.0, report.details()


def test_cases_written_blind_keep_what_their_fixes_reached(db: Database) -> None:
    """Written by someone who had not seen the matcher: 0.455 precision and 0.625 recall before their misses
    were read (see the folder's README); the general fixes since must not slip back."""
    report = evaluate(db, BLIND)
    assert len(report.outcomes) == 16
    assert report.precision >= 0.90, report.details()  # 15 of 15 at the time of writing
    assert report.recall >= 0.85, report.details()  # 15 of 16


def test_the_fourth_blind_set_keeps_what_its_fixes_reached(db: Database) -> None:
    """Written blind in stop 13: 0.593 precision and 0.762 recall on its first run (its README); 18 of 19
    proposals right and 18 of 21 actions found after the general fixes it showed."""
    report = evaluate(db, BLIND4)
    assert len(report.outcomes) == 20
    assert report.precision >= 0.90, report.details()
    assert report.recall >= 0.80, report.details()


def test_varied_wording_of_postponements_and_moties_carried_out(db: Database) -> None:
    """Issue 12's second round: made-up letters in varied wording (and devset letters 39 and 49). "tune"
    was tuned on; "check" was written before any change of that round and "later" after them, neither
    tuned on: their figures are measured, not reached."""
    report = evaluate(db, VARIED)
    assert len(report.outcomes) == 47
    groups = report.groups()
    assert sorted(groups) == ["check", "later", "tune"]
    tune = groups["tune"]
    assert tune.precision >= 0.95, tune.details()  # 35 of 35 at the time of writing
    assert tune.recall >= 0.95, tune.details()  # 35 of 36 (devset letter 39, a refusal, is missed)
    assert tune.detail_accuracy == 1.0, tune.details()
    for name in ("check", "later"):
        assert groups[name].precision >= 0.85  # 8 of 9 and 7 of 8 at the time of writing
        assert groups[name].recall >= 0.85  # 8 of 8 and 7 of 8


def test_real_letters_are_split_into_a_tuning_and_a_checking_part(db: Database) -> None:
    groups = evaluate(db, CASES).groups()
    assert sorted(groups) == ["check", "check2", "check3", "check4", "check5", "tune"]
    real = [outcome for group in groups.values() for outcome in group.outcomes]
    assert len(real) >= 12
    prefixes = ("real-", "check2-", "check3-", "check4-", "check5-")
    assert all(outcome.name.startswith(prefixes) for outcome in real)
    blind = groups.pop("check5")  # never tuned on: its figures are measured, not reached by tuning
    for name, group in groups.items():
        assert group.precision >= 0.90, (name, group.details())
        assert group.recall >= 0.70, (name, group.details())
    assert blind.precision >= 0.80  # 7 right, none wrong
    assert (
        blind.recall >= 0.75
    )  # 7 of 9; 2 of 9 before the item-driven reading, then 5 (issue 12 read its misses)


def test_match_eval_reports_each_folder_and_shows_details_only_on_request(tmp_path: Path) -> None:
    second = tmp_path / "tweede"
    second.mkdir()
    case = json.loads((CASES / "motie-afgedaan.json").read_text("utf-8"))
    case["letter"] = str(CASES / "letters" / case["letter"])
    (second / "een.json").write_text(json.dumps(case), "utf-8")
    result = CliRunner().invoke(match_eval_command, [str(CASES), str(second)])
    assert result.exit_code == 0, result.output
    assert f"{CASES}:\n81 gevallen, 100 verwachte acties" in result.output
    assert (
        f"{second}:\n1 gevallen, 1 verwachte acties, 1 voorstellen\nprecisie 1.000  recall 1.000"
        in result.output
    )
    assert "deel tune:" in result.output
    assert "deel check:" in result.output
    assert "gemist:" not in result.output
    detailed = CliRunner().invoke(match_eval_command, [str(CASES), "--details"])
    assert "gemist:" in detailed.output


def test_match_eval_says_so_for_a_folder_without_cases(tmp_path: Path) -> None:
    result = CliRunner().invoke(match_eval_command, [str(tmp_path)])
    assert result.exit_code == 1
    assert f"geen gevallen (*.json) in {tmp_path}" in result.output
