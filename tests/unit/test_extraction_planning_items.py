"""A planning told as a list whose items open with their moment ("- Tweede kwartaal 2025: ..."), in sentences
written for these tests: each item plans what it names by that moment, unless another party does it or the
moment is behind, a goal's far year, or a meeting of the Kamer."""

from datetime import date

import pytest

from commitments.extraction.moments import deadline_phrases
from tests.unit.letter_frame import DAY, commitments_in


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "- Derde kwartaal 2024: het wetsvoorstel over de huurtoeslag gaat in internetconsultatie.",
            date(2024, 9, 30),
        ),
        (
            "• Eind 2025: de keurmeesters hebben in alle provincies een spreekuur ingericht.",
            date(2025, 12, 31),
        ),
        ("- 2025: landelijke uitrol van het digitale loket voor schadeclaims.", date(2025, 12, 31)),
    ],
)
def test_an_item_labelled_by_a_moment_ahead_plans_what_it_names(item: str, expected: date) -> None:
    body = f"Tijdpad\n\n{item}\n- Na de zomer: de regeling voor de bewoners treedt in werking."
    (found, *_) = commitments_in(body)
    assert found.kind == "deliverable"
    assert found.deadline == expected
    assert found.quote == item


@pytest.mark.parametrize(
    "item",
    [
        "- 2022: 812 meldingen van schade bij de gemeenten.",  # behind the letter
        "- 2036: de helft minder ongevallen dan in 2020.",  # a goal's far year
        "- Tweede kwartaal 2024: de provincies stellen hun uitvoeringsplannen vast.",  # another party's act
        "- Streefbeeld voor 2025: minder wachttijd aan het loket.",  # more than a moment labels it
        "- 11 april: commissiedebat over het verkeer.",  # a meeting of the Kamer
    ],
)
def test_an_item_that_plans_nothing_of_the_government_is_none(item: str) -> None:
    assert commitments_in(f"Tijdpad\n\n{item}\n- Ook elders gebeurt veel.") == ()


def test_a_year_alone_labels_a_list_item_but_is_no_moment_elsewhere() -> None:
    (labelled,) = deadline_phrases("- 2025: uitrol van het loket.", DAY)
    assert (labelled.date, labelled.text) == (date(2025, 12, 31), "2025")
    (numbered,) = deadline_phrases("3. 2026: een nieuwe keuring voor bromfietsen.", DAY)
    assert numbered.date == date(2026, 12, 31)
    assert deadline_phrases("Het nummer 2025: een code van de dienst.", DAY) == []
    assert deadline_phrases("Tabel 2025: aantallen per regio.", DAY) == []
