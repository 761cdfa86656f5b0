"""A plan "for" a season, in phrases written for these tests: the participle of planning governs "voor", so
the moment is the season itself (by its end), not the day before it starts, as "voor" alone would be."""

from datetime import date

import pytest

from commitments.extraction.moments import deadline_phrases

DAY = date(2024, 3, 15)


def _only_date(text: str) -> date | None:
    (match,) = deadline_phrases(text, DAY)
    return match.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De aanbesteding van de veerdienst is voorzien voor het najaar van 2025.", date(2025, 12, 21)),
        ("De eerste proefvlucht staat gepland voor de winter.", date(2024, 3, 20)),
        ("De opening van het loket is ingepland voor het voorjaar van 2025.", date(2025, 6, 20)),
    ],
)
def test_a_season_a_plan_is_scheduled_for_is_due_by_its_end(text: str, expected: date) -> None:
    assert _only_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik stuur u het plan voor het najaar van 2025.", date(2025, 9, 22)),
        ("De gemeenten ontvangen de handreiking voor de winter.", date(2024, 12, 21)),
    ],
)
def test_a_season_after_a_bare_voor_is_due_before_it_starts(text: str, expected: date) -> None:
    assert _only_date(text) == expected
