"""A motie's member named by surname alone ("motie-Van Dijk c.s.") is the member the item names with a first
name ("Motie-Inge van Dijk c.s."), not a namesake with another first name; the subject then tells the two
namesakes' moties apart. Made-up names, moties and letters."""

from __future__ import annotations

import pytest

from commitments.matching.scoring import Candidate
from commitments.matching.text import same_name
from tests.unit.test_match_acts import _letter, _proposals
from tests.unit.test_match_scoring import _record


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("dijk", "inge dijk", True),
        ("inge dijk", "dijk", True),
        ("staaij", "kees staaij", True),
        # look-alikes: another first name, another surname
        ("jasper dijk", "inge dijk", False),
        ("dijk", "inge dam", False),
    ],
)
def test_a_surname_alone_names_the_member_with_a_first_name(one: str, other: str, same: bool) -> None:
    assert same_name(one, other) is same


def _moties() -> list[Candidate]:
    return [
        Candidate.of(
            _record(
                1,
                "Motie-Inge van Dijk c.s. over een eigen tegemoetkoming voor mantelzorgers van dementerenden",
                ministry="VWS",
            )
        ),
        Candidate.of(
            _record(
                2,
                "Motie-Jasper van Dijk over kwijtschelding van eigen bijdragen in de wijkzorg",
                ministry="VWS",
            )
        ),
        Candidate.of(_record(3, "Motie-Tielen over respijtzorg voor mantelzorgers", ministry="VWS")),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Met deze regeling geef ik uitvoering aan de motie-Van Dijk c.s. over een eigen tegemoetkoming voor "
        "mantelzorgers van dementerenden.",
        "Hiermee beschouw ik de motie van het lid Van Dijk c.s. over een eigen tegemoetkoming voor "
        "mantelzorgers van dementerenden als uitgevoerd.",
    ],
)
def test_a_motie_named_by_surname_alone_is_the_one_with_its_subject(sentence: str) -> None:
    text = _letter(f"Mantelzorgers kunnen vanaf 1 juni een tegemoetkoming aanvragen. {sentence}")
    found = _proposals(text, _moties())
    assert ("fulfil", 1) in found
    assert not [item for item in found if item[1] == 2]


def test_a_namesake_with_another_first_name_is_not_the_motie() -> None:
    text = _letter(
        "Mantelzorgers kunnen vanaf 1 juni een tegemoetkoming aanvragen. Hiermee beschouw ik de motie van "
        "het lid Jasper van Dijk over een eigen tegemoetkoming voor mantelzorgers van dementerenden als "
        "uitgevoerd."
    )
    assert not [item for item in _proposals(text, _moties()) if item[1] == 1]
