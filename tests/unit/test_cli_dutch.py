"""Click's English and the reminder slots, in Dutch."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from commitments.cli import main
from commitments.cli.dutch_click import dutch_error
from commitments.dutch import reminder_label


def test_reminder_slots_read_as_dutch() -> None:
    assert reminder_label("before_5") == "5 werkdagen vooraf"
    assert reminder_label("before_1") == "1 werkdag vooraf"
    assert reminder_label("on_day") == "op de dag zelf"
    assert reminder_label("overdue_166") == "verlopen, 166e herinnering"


def test_click_errors_read_as_dutch() -> None:
    assert dutch_error("Missing argument 'COMMITMENT_ID'.") == "Ontbrekend argument COMMITMENT_ID."
    assert dutch_error("Invalid value for '--status': 'x' is not one of 'actief', 'alle'.") == (
        "Ongeldige waarde voor '--status': ‘x’ is niet een van 'actief', 'alle'."
    )
    assert dutch_error("'abc' is not a valid integer.") == "‘abc’ is geen geheel getal."


def test_a_usage_error_has_no_english() -> None:
    result = CliRunner().invoke(main, ["show", "abc"], prog_name="toezegbot")
    assert result.exit_code == 2
    assert "Gebruik: toezegbot show" in result.output
    assert "geen geheel getal" in result.output
    assert "Error" not in result.output
    assert "Usage" not in result.output


def test_a_missing_file_or_a_folder_is_named_in_dutch(tmp_path: Path) -> None:
    missing = CliRunner().invoke(main, ["extract", str(tmp_path / "weg.txt")], prog_name="toezegbot")
    assert f"‘{tmp_path / 'weg.txt'}’ bestaat niet." in missing.output
    folder = CliRunner().invoke(main, ["extract", str(tmp_path)], prog_name="toezegbot")
    assert "is een map, geen bestand." in folder.output
    assert "does not exist" not in missing.output + folder.output
