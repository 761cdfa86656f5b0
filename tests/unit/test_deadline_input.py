"""Reading a deadline that a person types (chat answers, CLI arguments, spreadsheet cells)."""

import re
from datetime import date

import pytest

from commitments.deadline_input import day_and_reason, impossible_day, read_deadline, read_letter_date
from commitments.dutch import dutch_date
from commitments.errors import InvalidInput
from commitments.services import NewDeadline

TODAY = date(2026, 3, 1)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2026-07-01", date(2026, 7, 1)),
        ("1-7-2026", date(2026, 7, 1)),
        ("eind 2026", date(2026, 12, 31)),
        ("1 januari 2020", date(2020, 1, 1)),  # in the past: the service decides whether that may
        ("eerste kwartaal van 2025", date(2025, 3, 31)),
    ],
)
def test_a_typed_deadline_is_read_as_written(written: str, expected: date) -> None:
    assert read_deadline(written, TODAY).date == expected


@pytest.mark.parametrize(
    "written",
    ["31-02-2027", "29/2/2027", "2027-04-31", "31 april 2027", "30 februari", "01-13-2027", "2027-13-01"],
)
def test_a_day_that_does_not_exist_is_named_so_in_figures_as_in_words(written: str) -> None:
    """Found in a user trial: "30 februari" got "bestaat niet", "31-02-2027" "Ik kan geen datum halen"; trial
    11: a month 13 ("01-13-2027", written the American way) still got "Ik kan geen datum halen", and so
    /uitstel took it for the reason."""
    with pytest.raises(InvalidInput, match=f"De dag ‘{written}’ bestaat niet"):
        read_deadline(written, TODAY)


@pytest.mark.parametrize("named_days", [True, False])
@pytest.mark.parametrize("written", ["ooit misschien", "qwerty"])
def test_each_example_a_refusal_suggests_is_read_there(written: str, named_days: bool) -> None:
    """Found in a user trial: the refusal suggested 'volgende week vrijdag', which a register cell (where
    days named relative to today are not read) refuses in turn."""
    with pytest.raises(InvalidInput) as refused:
        read_deadline(written, TODAY, named_days=named_days)
    examples = re.findall(r"‘([^’]+)’", refused.value.message)[1:]  # the first quotes what was typed
    assert len(examples) >= 3
    for example in examples:
        assert read_deadline(example, TODAY, named_days=named_days).date is not None


@pytest.mark.parametrize("written", ["morgenvroeg misschien", "3 februari jl.", "", "2026-2027"])
def test_no_date_gets_a_dutch_explanation(written: str) -> None:
    with pytest.raises(InvalidInput, match="Ik kan geen datum halen"):
        read_deadline(written, TODAY)


@pytest.mark.parametrize(
    "written", ["31 februari 2027", "uiterlijk 30 februari", "29 februari 2027", "31 april"]
)
def test_a_day_that_does_not_exist_is_named_not_moved(written: str) -> None:
    """Not the last day of the month (the month rule would give it): the person is asked to look again."""
    with pytest.raises(InvalidInput, match="bestaat niet"):
        read_deadline(written, TODAY)


def test_a_leap_day_exists_in_a_leap_year() -> None:
    assert read_deadline("29 februari 2028", TODAY).date == date(2028, 2, 29)


def test_a_long_answer_quoted_back_is_cut_visibly() -> None:
    """What the person typed is quoted back; a long answer is cut with "…", never silently."""
    written = (
        "ergens in de komende periode zodra de uitvoeringsorganisaties hun toets hebben afgerond en dat "
        "aan ons hebben gemeld"
    )
    with pytest.raises(InvalidInput) as refused:
        read_deadline(written, TODAY)
    quoted = refused.value.message.split("‘")[1].split("’")[0]
    assert quoted.endswith("…")
    assert written.startswith(quoted.removesuffix("…"))


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("vandaag", date(2026, 3, 1)),
        ("Morgen", date(2026, 3, 2)),
        ("overmorgen", date(2026, 3, 3)),
        ("gisteren", date(2026, 2, 28)),
        ("Eergisteren.", date(2026, 2, 27)),
        ("uiterlijk gisteren", date(2026, 2, 28)),
    ],
)
def test_a_day_named_relative_to_today_is_read_against_today(written: str, expected: date) -> None:
    """Also a day behind today: the caller names it as past (a card's 'Toch opslaan', a refused
    postponement)."""
    assert read_deadline(written, TODAY).date == expected


@pytest.mark.parametrize("written", ["gisteren toegezegd", "zoals gisteren besproken", "gisteren of zo"])
def test_gisteren_in_a_sentence_is_no_deadline(written: str) -> None:
    """In running text "gisteren" tells when something happened."""
    with pytest.raises(InvalidInput, match="Ik kan geen datum halen"):
        read_deadline(written, TODAY)


def test_gisteren_in_an_old_register_cell_is_no_day() -> None:
    with pytest.raises(InvalidInput, match="Ik kan geen datum halen"):
        read_deadline("gisteren", TODAY, named_days=False)


MONDAY = date(2026, 12, 7)  # a Monday; a letter's date lies on or before it


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("15 november", date(2026, 11, 15)),  # no year: this year's, already past
        ("20 december", date(2025, 12, 20)),  # no year, later in this year: last year's
        ("7 december", MONDAY),  # today itself
        ("29 februari", date(2024, 2, 29)),  # the latest leap day
        ("3 mrt. jl.", date(2026, 3, 3)),
        ("Vrijdag 4 december 2026", date(2026, 12, 4)),
        ("1-10-2026", date(2026, 10, 1)),
        ("2026-10-01", date(2026, 10, 1)),
        ("vandaag", MONDAY),
        ("Eergisteren.", date(2026, 12, 5)),
        ("maandag", MONDAY),  # a weekday: today or the latest before it
        ("woensdag", date(2026, 12, 2)),
        ("afgelopen maandag", date(2026, 11, 30)),  # "afgelopen": before today
        ("vorige week dinsdag", date(2026, 12, 1)),
        ("donderdag vorige week", date(2026, 12, 3)),
        ("deze week maandag", MONDAY),
    ],
)
def test_a_letter_date_is_read_back_in_time(written: str, expected: date) -> None:
    assert read_letter_date(written, MONDAY) == expected


@pytest.mark.parametrize(
    "written", ["12 januari 2027", "2027-01-12", "morgen", "deze week woensdag", "woensdag 9 december 2026"]
)
def test_a_letter_date_after_today_is_refused(written: str) -> None:
    with pytest.raises(InvalidInput, match="ligt in de toekomst"):
        read_letter_date(written, MONDAY)


@pytest.mark.parametrize(
    "written",
    [
        "vorige week dinsdag rond tien uur",  # a word left over is not dropped
        "ergens vorige maand",
        "november",  # a month is no day
        "voor het zomerreces",  # a deadline phrase, no letter's date
        "3 februari a.s.",
        "",
    ],
)
def test_a_letter_date_not_read_whole_is_refused(written: str) -> None:
    with pytest.raises(InvalidInput, match="Ik kan geen datum van een brief halen"):
        read_letter_date(written, MONDAY)


def test_a_letter_date_that_does_not_exist_or_names_the_wrong_weekday_is_refused() -> None:
    with pytest.raises(InvalidInput, match="bestaat niet"):
        read_letter_date("30 februari", MONDAY)
    with pytest.raises(InvalidInput, match="is een vrijdag, geen dinsdag"):
        read_letter_date("dinsdag 4 december 2026", MONDAY)


@pytest.mark.parametrize(
    ("written", "expected", "text"),
    [
        ("morgen", date(2026, 12, 8), "dinsdag 8 december 2026"),
        ("uiterlijk donderdag", date(2026, 12, 10), "donderdag 10 december 2026"),
        ("volgende week woensdag", date(2026, 12, 16), "woensdag 16 december 2026"),
        ("over drie weken", date(2026, 12, 28), "maandag 28 december 2026"),
        ("binnen tien dagen", date(2026, 12, 17), "donderdag 17 december 2026"),
        ("dinsdag a.s.", date(2026, 12, 8), "dinsdag 8 december 2026"),
    ],
)
def test_a_day_counted_from_today_keeps_the_day_not_the_words(
    written: str, expected: date, text: str
) -> None:
    """ "volgende week woensdag" is another day next week: the deadline's text (card, CSV, agenda) names the
    day it was read as."""
    assert read_deadline(written, MONDAY) == NewDeadline(expected, text)


@pytest.mark.parametrize("written", ["voor het kerstreces", "eind januari", "15 maart 2027", "Q2 2027"])
def test_a_phrase_of_its_own_keeps_its_words(written: str) -> None:
    assert read_deadline(written, MONDAY).text == written


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("3-9", date(2027, 9, 3)),
        ("03/09", date(2027, 9, 3)),
        ("7-12", date(2026, 12, 7)),  # today
        ("6/12", date(2027, 12, 6)),  # yesterday's: next year's
        ("29-2", date(2028, 2, 29)),
    ],
)
def test_a_day_and_month_without_a_year_is_the_next_such_day(written: str, expected: date) -> None:
    assert read_deadline(written, MONDAY) == NewDeadline(expected, dutch_date(expected))


@pytest.mark.parametrize("written", ["31-4", "12-13", "0-5"])
def test_a_day_and_month_that_do_not_exist_are_named(written: str) -> None:
    with pytest.raises(InvalidInput, match="bestaat niet"):
        read_deadline(written, MONDAY)


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("32 januari", "32 januari"),
        ("0 maart", "0 maart"),
        ("31 april", "31 april"),
        ("uiterlijk 32 januari 2027", "32 januari 2027"),
        ("32-01-2027", "32-01-2027"),
        ("2027-01-32", "2027-01-32"),
        ("voor 0-3", "0-3"),
    ],
)
def test_a_day_number_no_month_has_is_refused_not_read_as_the_month(written: str, day: str) -> None:
    """Trial 6: "32 januari" became 31 januari and "0 maart" 31 maart. The day is quoted without
    "uiterlijk"."""
    with pytest.raises(InvalidInput, match=f"^De dag ‘{day}’ bestaat niet"):
        read_deadline(written, TODAY)


@pytest.mark.parametrize(
    ("written", "expected"),
    [("1-3-27", date(2027, 3, 1)), ("15/9/26", date(2026, 9, 15)), ("31-12-30", date(2030, 12, 31))],
)
def test_a_year_of_two_figures_is_of_this_century(written: str, expected: date) -> None:
    """Trial 6: "1-3-27" gave no date."""
    assert read_deadline(written, TODAY).date == expected


def test_a_day_of_a_two_figure_year_that_does_not_exist_is_named_so() -> None:
    with pytest.raises(InvalidInput, match="De dag ‘29-2-27’ bestaat niet"):
        read_deadline("29-2-27", TODAY)


@pytest.mark.parametrize("written", ["begin dit najaar", "eind 1 maart", "medio 15 april 2027"])
def test_a_modifier_the_phrase_does_not_take_is_refused_not_dropped(written: str) -> None:
    """ "begin dit najaar" is not "dit najaar": the person is told which word could not be read."""
    with pytest.raises(InvalidInput, match=r"kan ik ‘(begin|eind|medio)’ niet lezen"):
        read_deadline(written, TODAY)


@pytest.mark.parametrize(
    ("phrase", "refusal"),
    [
        ("voor 32 januari", "De dag ‘32 januari’ bestaat niet"),
        ("uiterlijk 31-4", "De dag ‘31-4’ bestaat niet"),
    ],
)
def test_a_day_that_does_not_exist_in_a_message_is_named(phrase: str, refusal: str) -> None:
    found = impossible_day(phrase, TODAY)
    assert found is not None
    assert found.startswith(refusal)


@pytest.mark.parametrize("phrase", [None, "voor 31 januari", "zo snel mogelijk"])
def test_another_phrase_is_no_day_that_does_not_exist(phrase: str | None) -> None:
    assert impossible_day(phrase, TODAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 mei wegens overleg met de gemeenten", True),
        ("Eind juni, omdat de uitvoerder meer tijd vraagt", True),
        ("volgende week dinsdag in verband met het reces", True),
        # look-alikes: a promise with an act, a reason inside a subject, a day alone, a reason alone
        ("De minister stuurt 15 mei een brief wegens vragen uit de Kamer", False),
        ("Voor 15 mei een plan over de wegen", False),
        ("15 mei", False),
        ("omdat de uitvoerder meer tijd vraagt", False),
    ],
)
def test_a_day_followed_by_a_reason_is_a_postponement_s_answer(text: str, expected: bool) -> None:
    """Found in a user trial: "1 april wegens afstemming met de sector" sent to a private chat without a
    question became a card titled "Wegens afstemming met de sector"."""
    assert day_and_reason(text, TODAY) is expected
