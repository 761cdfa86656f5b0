"""A motie carried out, told with the auxiliary before its subject and the participle last (Dutch puts the
verb second after "Hiermee"): "Hiermee zijn de motie van het lid X (…, nr. 821) en de motie van het lid Y
uitgevoerd" carries out both, however long the subject between. Made-up moties and letters."""

from __future__ import annotations

import pytest

from commitments.matching.scoring import Candidate
from tests.unit.test_match_acts import _letter, _proposals
from tests.unit.test_match_scoring import _record


def _moties() -> list[Candidate]:
    return [
        Candidate.of(
            _record(
                1, "Motie-Kuipers over een uurbus naar kleine kernen", ministry="VWS", refs=("23645-821",)
            )
        ),
        Candidate.of(
            _record(
                2,
                "Motie-Bamenga over reisassistentie zonder reservering",
                ministry="VWS",
                refs=("23645-830",),
            )
        ),
        Candidate.of(
            _record(
                3, "Motie-Kuipers over een prijsstop voor het ov-tarief", ministry="VWS", refs=("23645-826",)
            )
        ),
    ]


_DONE = (
    "Met de provincies is afgesproken dat kleine kernen elk uur een bus naar het station houden, en "
    "reizigers met een beperking krijgen vanaf 1 januari reisassistentie zonder reservering. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiermee zijn de motie van het lid Kuipers (Kamerstuk 23 645, nr. 821) en de motie van het lid "
        "Bamenga (Kamerstuk 23 645, nr. 830) uitgevoerd.",
        "Daarmee zijn zowel de motie-Kuipers c.s. (23 645, nr. 821) als de motie-Bamenga (23 645, nr. 830) "
        "nagekomen.",
    ],
)
def test_two_moties_after_a_fronted_auxiliary_are_both_carried_out(sentence: str) -> None:
    found = _proposals(_letter(_DONE + sentence), _moties())
    assert ("fulfil", 1) in found
    assert ("fulfil", 2) in found
    assert not [item for item in found if item[1] == 3]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiermee zijn de motie van het lid Kuipers (Kamerstuk 23 645, nr. 821) en de motie van het lid "
        "Bamenga (Kamerstuk 23 645, nr. 830) nog niet uitgevoerd.",
        "Daarmee is de motie van het lid Kuipers (Kamerstuk 23 645, nr. 826) over een prijsstop niet "
        "uitgevoerd.",
    ],
)
def test_a_fronted_auxiliary_with_a_negation_carries_out_nothing(sentence: str) -> None:
    preface = "De provincies en vervoerders zijn in gesprek over het openbaar vervoer buiten de Randstad. "
    found = _proposals(_letter(preface + sentence), _moties())
    assert not [item for item in found if item[0] == "fulfil"]
