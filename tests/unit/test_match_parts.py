"""A recalled promise on several subjects answered for one of them ("Over het eerste onderwerp kan ik u nu
informeren") is partly fulfilled; answered for its subject as a whole it is fulfilled. Made-up letters."""

from __future__ import annotations

from datetime import date

import pytest

from commitments.matching.scoring import Candidate
from tests.unit.test_match_acts import _letter, _proposals
from tests.unit.test_match_scoring import _record

_RECALLED = (
    "In het commissiedebat Visserij van 5 februari jl. heb ik toegezegd u voor de zomer te informeren over "
    "de uitkomsten van mijn gesprekken met de vissers over twee onderwerpen: de vernieuwing van de "
    "vangstregels en de gevolgen van de sluiting van de visgronden."
)


def _store() -> list[Candidate]:
    return [
        Candidate.of(
            _record(
                1,
                "Kamer informeren over uitkomsten gesprekken met vissers over vangstregels en visgronden",
                "toezegging",
                ministry="VWS",
            )
        ),
        Candidate.of(_record(2, "Motie-Tielen over de opschaling van aquacultuur", ministry="VWS")),
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "Over het eerste onderwerp kan ik u nu informeren.",
        "Met deze brief informeer ik u over het eerste onderdeel daarvan.",
    ],
)
def test_one_of_the_promised_subjects_answered_is_a_part(answer: str) -> None:
    text = _letter(f"{_RECALLED} {answer} De vissers vragen om eenvoudiger regels.")
    found = _proposals(text, _store())
    assert ("partial", 1) in found
    assert ("fulfil", 1) not in found


def test_the_promised_subjects_answered_together_are_fulfilled() -> None:
    text = _letter(
        f"{_RECALLED} Over beide onderwerpen kan ik u nu informeren. De vissers vragen om minder regels."
    )
    found = _proposals(text, _store())
    assert ("fulfil", 1) in found
    assert ("partial", 1) not in found


def _due_late() -> list[Candidate]:
    return [
        Candidate.of(
            _record(
                1,
                "Kamer informeren over vulling vacatures per zorgsector en maatregelen voor herintreders",
                "toezegging",
                ministry="VWS",
                deadline=date(2025, 12, 31),
            )
        ),
        Candidate.of(_record(2, "Halfjaarlijkse arbeidsmarktrapportage zorg", "toezegging", ministry="VWS")),
    ]


_PROMISED_LATE = (
    "In het commissiedebat van 26 februari jl. heb ik uw Kamer toegezegd eind dit jaar te informeren over de "
    "vulling van de vacatures per zorgsector en over de maatregelen voor herintreders."
)


@pytest.mark.parametrize(
    "answer",
    [
        "Omdat de cijfers nu beschikbaar zijn, stuur ik u het eerste deel nu al.",
        "Met deze brief doe ik een deel van die toezegging gestand.",
    ],
)
def test_a_part_sent_long_before_the_deadline_is_partly_fulfilled(answer: str) -> None:
    text = _letter(f"{_PROMISED_LATE} {answer} De vulling is het afgelopen jaar gestegen.")
    assert ("partial", 1) in _proposals(text, _due_late())


def test_an_interim_letter_long_before_the_deadline_fulfils_nothing() -> None:
    text = _letter(
        "Met deze brief informeer ik u over de vulling van de vacatures per zorgsector. De vulling is het "
        "afgelopen jaar gestegen."
    )
    assert not [item for item in _proposals(text, _due_late()) if item[1] == 1]
