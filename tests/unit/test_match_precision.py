"""Wrong proposals the second battery (matching-battery2) showed, read by structure: a mention is not an act,
a motie is told apart by its number and members, a moment belongs to its own clause. Made-up letters and
stores."""

from __future__ import annotations

from datetime import date

import pytest

from commitments.matching.scoring import Candidate
from tests.unit.test_match_acts import _letter, _proposals
from tests.unit.test_match_scoring import _record


def _motie(number: int, title: str, ref: str) -> Candidate:
    return Candidate.of(_record(number, title, ministry="VWS", refs=(ref,)))


def _promise(number: int, title: str, deadline: date) -> Candidate:
    return Candidate.of(_record(number, title, "toezegging", ministry="VWS", deadline=deadline))


def _store() -> list[Candidate]:
    return [
        _motie(1, "Motie-Dijk over een landelijk meldpunt voor wachttijden in de huisartsenzorg", "33578-40"),
        _motie(2, "Motie-Dijk over extra opleidingsplaatsen voor praktijkondersteuners", "33578-44"),
        _motie(3, "Motie-Tielen over de bekostiging van avonddiensten in huisartsenposten", "33578-47"),
        _promise(4, "Kamer informeren over de bereikbaarheid van huisartsenposten", date(2025, 12, 31)),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "De wachttijden in de huisartsenzorg lopen op. Een landelijk meldpunt ontbreekt nog.",
        "Patiënten wachten steeds langer op een afspraak bij de huisarts; een meldpunt voor wachttijden is "
        "er niet.",
    ],
)
def test_a_letter_opening_on_a_motie_subject_does_not_carry_the_motie_out(opening: str) -> None:
    text = _letter(f"{opening}\n\nIn deze brief beschrijf ik hoe huisartsen en zorgverzekeraars samenwerken.")
    assert ("fulfil", 1) not in _proposals(text, _store())


def test_an_opening_that_names_the_motie_and_its_act_carries_it_out() -> None:
    text = _letter(
        "Uw Kamer vroeg met de motie over een landelijk meldpunt voor wachttijden in de huisartsenzorg om "
        "zo'n meldpunt. Sinds 1 maart is het meldpunt open. De motie is daarmee uitgevoerd."
    )
    assert ("fulfil", 1) in _proposals(text, _store())


@pytest.mark.parametrize(
    "named",
    [
        "De motie van het lid Dijk (Kamerstuk 33 578, nr. 51) verzocht de regering",
        "De motie-Dijk (33 578, nr. 51) vroeg de regering",
    ],
)
def test_this_motie_after_a_mention_with_another_number_is_not_the_members_open_motie(named: str) -> None:
    text = _letter(
        f"{named} de eigen bijdrage te verlagen. Sinds januari is die verlaagd. Daarmee is deze motie "
        "uitgevoerd."
    )
    assert _proposals(text, [item for item in _store() if item.record.id != 2]) == []


def test_this_motie_after_a_mention_with_its_own_number_is_that_motie() -> None:
    text = _letter(
        "De motie van het lid Dijk (Kamerstuk 33 578, nr. 44) verzocht de regering extra opleidingsplaatsen "
        "te financieren. Sinds januari zijn die er. Daarmee is deze motie uitgevoerd."
    )
    assert ("fulfil", 2) in _proposals(text, _store())


def test_a_listed_motie_discharges_only_the_motie_of_its_own_number() -> None:
    text = _letter(
        "Met deze brief worden de volgende moties afgedaan:\n"
        "- de motie van het lid Dijk over opleidingsplaatsen voor praktijkondersteuners (Kamerstuk 33 578, "
        "nr. 44);\n"
        "- de motie van het lid Tielen over de bekostiging van avonddiensten (Kamerstuk 33 578, nr. 47).\n\n"
        "Over een meldpunt voor wachttijden in de huisartsenzorg informeer ik u volgend jaar."
    )
    found = set(_proposals(text, _store()))
    assert {("fulfil", 2), ("fulfil", 3)} <= found
    assert ("fulfil", 1) not in found


@pytest.mark.parametrize(
    "other_paragraph",
    [
        "Over een landelijk meldpunt voor wachttijden in de huisartsenzorg, waar een andere motie van "
        "hetzelfde lid om vraagt, besluit het kabinet na de zomer.",
        "Het landelijke meldpunt voor wachttijden in de huisartsenzorg werk ik dit jaar verder uit.",
    ],
)
def test_a_motie_named_by_a_member_only_is_the_one_whose_subject_its_paragraph_speaks_of(
    other_paragraph: str,
) -> None:
    text = _letter(
        "Sinds januari zijn er tweehonderd extra opleidingsplaatsen voor praktijkondersteuners. Daarmee is "
        f"ook de motie-Dijk uitgevoerd.\n\n{other_paragraph}"
    )
    found = set(_proposals(text, _store()))
    assert ("fulfil", 2) in found
    assert ("fulfil", 1) not in found


def _posts() -> list[Candidate]:
    return [
        _promise(
            4, "Kamer informeren over de bereikbaarheid van huisartsenposten in de nacht", date(2025, 7, 3)
        ),
        _promise(5, "Kamer informeren over de opleiding van praktijkondersteuners", date(2025, 12, 31)),
        _promise(6, "Kamer informeren over wachttijden bij de huisarts", date(2025, 9, 30)),
        _promise(7, "Plan voor de bekostiging van huisartsenposten naar de Kamer", date(2025, 12, 31)),
    ]


def _asked(answer: str) -> str:
    return _letter(
        "Met deze brief informeer ik u over de huisartsenzorg op het platteland.\n\nTijdens het "
        "commissiedebat van 5 maart vroeg het lid Tielen of ik uw Kamer kan informeren over de "
        f"bereikbaarheid van huisartsenposten in de nacht. {answer}\n\nIn drie regio's sluiten praktijken."
    )


@pytest.mark.parametrize(
    "answer",
    [
        "Die vraag beantwoord ik in een afzonderlijke brief.",
        "Die vraag beantwoord ik met een aparte brief.",
    ],
)
def test_an_answer_given_in_another_letter_is_no_act_of_this_one(answer: str) -> None:
    assert _proposals(_asked(answer), _posts()) == []


def test_an_answer_given_in_this_letter_is_an_act() -> None:
    found = _proposals(_asked("Die vraag beantwoord ik hieronder."), _posts())
    assert [item for _, item in found] == [4]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het plan is een bouwsteen voor de nieuwe bekostiging van huisartsenposten, waarin de posten vanaf "
        "2027 per dienst worden betaald.",
        "Het plan voor de bekostiging van huisartsenposten, waarin de posten per 1 januari 2027 per dienst "
        "worden betaald, is een bouwsteen.",
    ],
)
def test_a_moment_from_which_something_holds_is_no_new_deadline(sentence: str) -> None:
    assert _proposals(_letter(sentence), _posts()) == []


def test_a_moment_ahead_for_the_same_subject_still_moves_it() -> None:
    text = _letter(
        "Het plan voor de bekostiging van huisartsenposten ontvangt u later dan gedacht: in maart 2026."
    )
    assert ("postpone", 7) in _proposals(text, _posts())


@pytest.mark.parametrize("told", ["Zoals ik u in februari berichtte", "Zoals ik u in februari schreef"])
def test_a_moment_when_the_kamer_was_told_before_is_no_new_deadline(told: str) -> None:
    text = _letter(f"{told}, stuur ik u het plan voor de bekostiging van huisartsenposten in november.")
    assert _proposals(text, _posts()) == []
