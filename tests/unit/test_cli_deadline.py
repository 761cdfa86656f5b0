"""``toezegbot deadline`` in words: the first line answers, the lines below show what was found."""

from click.testing import CliRunner

from commitments.cli import main


def _lines(*args: str) -> list[str]:
    result = CliRunner().invoke(main, ["deadline", *args])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_a_phrase_before_the_reference_date_is_named_as_past_not_as_not_found() -> None:
    lines = _lines("eind 2025", "--ref", "2026-12-06")
    assert lines[0] == "geen komende termijn: wat gevonden is, ligt vóór de peildatum 2026-12-06"
    assert "2025-12-31" in lines[1]


def test_a_text_without_any_deadline_says_so() -> None:
    assert _lines("de minister vindt dit belangrijk", "--ref", "2026-12-06") == ["geen termijn gevonden"]


def test_a_coming_deadline_is_the_answer() -> None:
    assert _lines("eind 2027", "--ref", "2026-12-06")[0].startswith("2027-12-31")


def test_a_day_that_does_not_exist_is_refused_in_words() -> None:
    """Trial 6: `deadline "0 maart"` gave 31-03; a day that does not exist is named so, as in the chat."""
    assert _lines("0 maart", "--ref", "2026-12-07")[0] == (
        "De dag ‘0 maart’ bestaat niet. Kijk de datum na en probeer het opnieuw."
    )
