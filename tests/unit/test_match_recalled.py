"""A promise recalled in the perfect tells what was to come then ("heb ik toegezegd het rapport te sturen
zodra het gereed was"): its words of later do not make the sentence an announcement, so the letter that keeps
that promise is not taken for one that still announces it. Made-up sentences and letters."""

from __future__ import annotations

from datetime import date

import pytest

from commitments.matching.scoring import Candidate
from commitments.matching.statements import ahead
from tests.unit.test_match_acts import DAY, _letter, _proposals
from tests.unit.test_match_scoring import _record


@pytest.mark.parametrize(
    ("sentence", "announces"),
    [
        ("In het debat van 3 februari heb ik toegezegd u het rapport te sturen zodra het gereed was.", False),
        ("Ik heb uw Kamer beloofd de evaluatie toe te zenden zodra die beschikbaar is.", False),
        ("Mijn voorganger heeft toegezegd de Kamer te informeren zodra de cijfers bekend zijn.", False),
        # look-alikes: the promise is kept in a main clause of its own, made now, or only an adjective
        ("Zoals ik heb toegezegd, ontvangt u het rapport zodra het gereed is.", True),
        ("De toegezegde evaluatie stuur ik u zodra die beschikbaar is.", True),
        ("Ik zeg u toe het rapport te sturen zodra het gereed is.", True),
    ],
)
def test_words_of_later_inside_a_recalled_promise_announce_nothing(sentence: str, announces: bool) -> None:
    assert bool(ahead(_letter(sentence), DAY)) is announces


def _store() -> list[Candidate]:
    return [
        Candidate.of(
            _record(
                1,
                "Resultaten onderzoek gezondheidseffecten fijnstof rond Schiphol naar de Kamer",
                "toezegging",
                ministry="VWS",
                quote="Ik stuur uw Kamer de resultaten van het onderzoek zodra het rapport gereed is.",
            )
        ),
        Candidate.of(_record(2, "Brief over nachtvluchten op Schiphol", "toezegging", ministry="VWS")),
    ]


@pytest.mark.parametrize(
    "recalled",
    [
        "In het commissiedebat van 16 februari heb ik uw Kamer toegezegd de resultaten van het onderzoek "
        "naar de gezondheidseffecten van fijnstof rond Schiphol te sturen zodra het rapport gereed was.",
        "Ik heb uw Kamer beloofd de resultaten van het onderzoek naar de gezondheidseffecten van "
        "fijnstof rond Schiphol toe te zenden zodra het rapport beschikbaar was.",
    ],
)
def test_a_recalled_promise_kept_now_is_fulfilled(recalled: str) -> None:
    text = _letter(f"{recalled} U treft het rapport als bijlage aan. Daarmee kom ik mijn toezegging na.")
    assert ("fulfil", 1) in _proposals(text, _store())


def test_a_recalled_promise_still_to_come_is_not_fulfilled() -> None:
    text = _letter(
        "In het commissiedebat van 16 februari heb ik uw Kamer toegezegd de resultaten van het onderzoek "
        "naar de gezondheidseffecten van fijnstof rond Schiphol te sturen zodra het rapport gereed was. Het "
        "onderzoek loopt nog; zodra het rapport gereed is, stuur ik het u toe."
    )
    assert not [found for found in _proposals(text, _store()) if found == ("fulfil", 1)]


def _beschut() -> list[Candidate]:
    return [
        Candidate.of(
            _record(
                1,
                "Brief over de organisatie van beschut werk door gemeenten",
                "toezegging",
                ministry="VWS",
                deadline=date(2025, 5, 1),
            )
        ),
        Candidate.of(_record(2, "Voortgangsrapportage banenafspraak", "toezegging", ministry="VWS")),
    ]


_RECALLED = (
    "Tijdens het wetgevingsoverleg van 3 februari heb ik uw Kamer toegezegd vóór 1 mei per brief in te gaan "
    "op de wijze waarop gemeenten beschut werk kunnen organiseren."
)


@pytest.mark.parametrize(
    ("answer", "action"),
    [
        ("Hierbij doe ik die toezegging gestand.", "fulfil"),
        ("Met deze brief kom ik die toezegging na.", "fulfil"),
        ("Met deze brief doe ik een deel van die toezegging gestand.", "partial"),
        ("Met deze brief kom ik die toezegging gedeeltelijk na.", "partial"),
    ],
)
def test_the_moment_inside_a_recalled_promise_is_its_old_deadline(answer: str, action: str) -> None:
    found = _proposals(_letter(f"{_RECALLED} {answer}"), _beschut())
    assert (action, 1) in found
    assert not [item for item in found if item[0] == "postpone"]


def test_a_recalled_promise_followed_by_its_delay_is_not_fulfilled() -> None:
    text = _letter(
        f"{_RECALLED} Dat lukt helaas niet: de gesprekken met gemeenten lopen nog. Ik stuur u de brief na de "
        "zomer."
    )
    assert not [item for item in _proposals(text, _beschut()) if item[0] in {"fulfil", "partial"}]
