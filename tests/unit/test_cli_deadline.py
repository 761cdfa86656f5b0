"""``toezegbot deadline`` in words: the first line answers, the lines below show what was found."""

import datetime as dt

import pytest
from click.testing import CliRunner

from commitments.cli import main
from commitments.deadline_input import read_deadline


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


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("volgende week vrijdag", "2026-12-18"),
        ("uiterlijk volgende week woensdag", "2026-12-16"),
        ("voor 31-12", "2026-12-31"),
        ("voor 15/1", "2027-01-15"),
        ("31-12", "2026-12-31"),  # a day in figures that is all the text, as a chat answer
        ("1/7", "2027-07-01"),
        ("voor het zomerreces", "2027-07-01"),  # a parliamentary phrase as before
    ],
)
def test_the_cli_reads_a_deadline_as_the_chat_does(text: str, date: str) -> None:
    """Found in a user trial: `deadline "volgende week vrijdag"` said vague and "voor 31-12" nothing, while
    the chat read 18 and 31 December. One function reads both."""
    assert _lines(text, "--ref", "2026-12-07")[0].startswith(date)
    assert read_deadline(text, dt.date(2026, 12, 7)).date.isoformat() == date  # as a chat answer reads it


def test_a_text_the_chat_reads_no_day_in_gives_none_in_the_cli_either() -> None:
    assert _lines("volgende week", "--ref", "2026-12-07")[0] == "geen datum (vraag een datum): vague"


def test_a_day_in_figures_within_a_sentence_needs_a_deadline_word() -> None:
    assert _lines("de stand was 3-1 na de rust", "--ref", "2026-12-07")[0] == "geen termijn gevonden"
    assert _lines("31-13", "--ref", "2026-12-07")[0] == "geen termijn gevonden"  # no month: no day
