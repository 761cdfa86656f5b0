"""A product the letter sends by its proper name (capitals on every word, as Dutch writes a name) is the item
that names it so, even where its common words are shared by look-alikes (matching-battery2 case 21)."""

from __future__ import annotations

import pytest

from commitments.matching.scoring import Candidate
from tests.unit.test_match_acts import _letter, _proposals
from tests.unit.test_match_scoring import _record

_DISCUSSION = (
    "Het aantal mensen met een collectieve zorgverzekering daalt verder. De premieverschillen tussen "
    "verzekeraars zijn klein."
)


def _store(monitor: str) -> list[Candidate]:
    quote = f"Voor de zomer stuur ik u de {monitor} van de NZa."
    records = [
        _record(1, f"{monitor} naar de Kamer sturen", "toezegging", ministry="VWS", quote=quote),
        _record(2, "Kamer informeren over collectieve zorgverzekeringen", "toezegging", ministry="VWS"),
        _record(3, "Motie-Bushoff over de premie van de zorgverzekering", ministry="VWS"),
    ]
    return [Candidate.of(record) for record in records]


@pytest.mark.parametrize(
    "sending",
    [
        "Hierbij zend ik u de Monitor Zorgverzekeringen 2026.",
        "De staatssecretaris van Volksgezondheid, Welzijn en Sport biedt u hierbij de Monitor "
        "Zorgverzekeringen aan.",
    ],
)
def test_a_product_sent_by_its_name_is_the_item_that_names_it(sending: str) -> None:
    found = _proposals(_letter(f"{sending}\n\n{_DISCUSSION}"), _store("Monitor Zorgverzekeringen"))
    assert ("fulfil", 1) in found
    assert all(number == 1 for _, number in found)


def test_a_name_another_item_gives_too_tells_nothing() -> None:  # the look-alike
    store = _store("Monitor Zorgverzekeringen")
    store.append(
        Candidate.of(
            _record(4, "Monitor Zorgverzekeringen 2027 naar de Kamer sturen", "toezegging", ministry="VWS")
        )
    )
    found = _proposals(_letter(f"Hierbij zend ik u de Monitor Zorgverzekeringen.\n\n{_DISCUSSION}"), store)
    assert ("fulfil", 1) not in found
    assert ("fulfil", 4) not in found
