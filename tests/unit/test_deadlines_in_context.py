"""Deadlines read in context (issue 11), in sentences written for these tests: a moment pointed back at from
the middle of a clause ("Ik zal het rapport dan ... sturen"), a marker stressed by its accent ("ná de
zomer"), and a week named by its first day ("in de week van 12 januari"), which CONVENTIONS gives no day."""

from __future__ import annotations

import datetime as dt

import pytest

from commitments.deadlines import resolve
from commitments.extraction import cues
from tests.unit.letter_frame import commitments_in

REF = dt.date(2025, 12, 15)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Het eindrapport verschijnt naar verwachting in mei. Ik zal het rapport dan met een reactie "
            "aan uw Kamer sturen.",
            dt.date(2024, 5, 31),
        ),
        ("De evaluatie is in april gereed. Ik stuur de evaluatie dan aan uw Kamer.", dt.date(2024, 4, 30)),
        (
            "De inspectie rondt haar onderzoek in het najaar af. Wij zullen de bevindingen dan met een "
            "beleidsreactie naar uw Kamer sturen.",
            dt.date(2024, 12, 21),
        ),
    ],
)
def test_dan_after_the_object_points_back_at_the_moment_before(body: str, expected: dt.date) -> None:
    promise = next(item for item in commitments_in(body) if " dan " in item.quote)
    assert promise.deadline == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik zal het rapport later dan gepland sturen.",  # a comparative
        "Wij kiezen liever een subsidie dan een lening.",  # a comparative earlier in the clause
        "Ik zal het rapport dan ook sturen.",  # "dan ook": therefore
        "Ik zal de brief dan wel de nota sturen.",  # "dan wel": or
        "Ik zal niet meer dan nodig doen.",
    ],
)
def test_dan_of_a_comparison_or_a_conjunction_points_back_at_no_moment(sentence: str) -> None:
    assert cues.ANAPHORIC_MOMENT.search(sentence) is None


@pytest.mark.parametrize(
    ("phrase", "expected", "rule"),
    [
        ("Ik zal uw Kamer ná de zomer informeren.", dt.date(2026, 9, 30), "after-summer"),
        ("Direct ná het zomerreces ontvangt u de brief.", dt.date(2026, 9, 30), "after-recess"),
        ("Pas ná 1 maart beslis ik over de regeling.", None, "after-moment"),
    ],
)
def test_a_stressed_na_reads_as_na(phrase: str, expected: dt.date | None, rule: str) -> None:
    found = resolve(phrase, REF)
    assert found is not None
    assert (found.date, found.rule) == (expected, rule)


def test_a_stressed_voor_stays_before_the_moment() -> None:  # the look-alike: vóór is not a stressed "na"
    found = resolve("Ik zal uw Kamer vóór de zomer informeren.", REF)
    assert found is not None
    assert found.rule == "before-recess"


@pytest.mark.parametrize(
    "phrase",
    [
        "Ik zal uw Kamer in de week van 12 januari informeren.",
        "Uiterlijk in de week van 3 maart 2026 volgt de brief.",
    ],
)
def test_a_week_named_by_its_first_day_gives_no_day(phrase: str) -> None:
    found = resolve(phrase, REF)
    assert found is not None
    assert (found.date, found.rule) == (None, "week")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Ik zal uw Kamer op 12 januari informeren.", dt.date(2026, 1, 12)),  # a day, no week
        ("In het weekoverzicht van 12 januari staat de planning.", dt.date(2026, 1, 12)),  # no week of a day
    ],
)
def test_a_day_not_named_as_the_start_of_a_week_keeps_its_date(phrase: str, expected: dt.date) -> None:
    found = resolve(phrase, REF)
    assert found is not None
    assert found.date == expected
