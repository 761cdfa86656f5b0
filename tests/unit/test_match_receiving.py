""" "Ontvangt u" is the present only when the letter places the thing in or with itself ("Hierbij ontvangt u",
"bij deze brief"); with its object first and no such word it announces ("Het jaarverslag ontvangt u zoals
gebruikelijk voor de zomer"), and "los van deze brief" sends nothing with this letter. Made-up sentences."""

from __future__ import annotations

import pytest

from commitments.matching.scoring import Candidate
from commitments.matching.statements import sends_now
from tests.unit.test_match_acts import _letter, _proposals
from tests.unit.test_match_scoring import _record


@pytest.mark.parametrize(
    ("sentence", "now"),
    [
        ("Hierbij ontvangt u de jaarlijkse voortgangsrapportage over de jeugdzorg.", True),
        ("Bij deze brief ontvangt u het onderzoeksrapport naar de wachttijden.", True),
        ("In de bijlage ontvangt uw Kamer het overzicht van de openstaande moties.", True),
        ("Met deze brief ontvangt u, zoals toegezegd, de evaluatie van de regeling.", True),
        # look-alikes: the object first and no word of this letter, or expressly apart from it
        ("Het jaarverslag over de jeugdzorg ontvangt u zoals gebruikelijk rond Prinsjesdag.", False),
        ("De evaluatie van de regeling ontvangt u, zoals toegezegd, voor Verantwoordingsdag.", False),
        ("Over de wachttijden ontvangt u, los van deze brief, de gebruikelijke monitor.", False),
        ("Los van deze brief ontvangt u de rapportage over de wachttijden.", False),
    ],
)
def test_receiving_is_done_now_only_with_a_word_of_this_letter(sentence: str, now: bool) -> None:
    assert (sends_now(sentence) is not None) is now


def _report() -> list[Candidate]:
    return [
        Candidate.of(
            _record(
                1,
                "Jaarlijkse voortgangsrapportage hervormingsagenda jeugdzorg",
                "toezegging",
                ministry="VWS",
                quote="Uw Kamer ontvangt jaarlijks een voortgangsrapportage over de hervormingsagenda "
                "jeugdzorg.",
            )
        ),
        Candidate.of(_record(2, "Motie-Dijk over een meldpunt voor misstanden in de zorg", ministry="VWS")),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hierbij ontvangt u de jaarlijkse voortgangsrapportage over de hervormingsagenda jeugdzorg.",
        "Bij deze brief ontvangt u de jaarlijkse voortgangsrapportage over de hervormingsagenda jeugdzorg.",
    ],
)
def test_a_report_received_with_this_letter_is_fulfilled(sentence: str) -> None:
    text = _letter(f"{sentence} De rapportage laat zien dat gemeenten meer samenwerken.")
    assert ("fulfil", 1) in _proposals(text, _report())


@pytest.mark.parametrize(
    "sentence",
    [
        "De jaarlijkse voortgangsrapportage over de hervormingsagenda jeugdzorg ontvangt u zoals "
        "gebruikelijk voor Verantwoordingsdag.",
        "Over de hervormingsagenda jeugdzorg ontvangt u, los van deze brief, de jaarlijkse "
        "voortgangsrapportage.",
    ],
)
def test_a_report_announced_with_ontvangt_u_is_not_fulfilled(sentence: str) -> None:
    text = _letter(
        "In deze brief informeer ik u over de wachttijden in de ggz. Het aantal wachtenden is gedaald. "
        f"{sentence}"
    )
    assert not [found for found in _proposals(text, _report()) if found[1] == 1]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # "zoals toegezegd" beside a sending act this letter does not do restates the promise (the letter is
        # short: the sentence stands in its opening, which says what the letter answers)
        (
            "De campagne wordt herhaald; de jaarlijkse voortgangsrapportage over de hervormingsagenda "
            "jeugdzorg ontvangt u, zoals eerder toegezegd, na die verkiezingen.",
            False,
        ),
        (
            "De voortgangsrapportage over de hervormingsagenda jeugdzorg ontvangt de Kamer, zoals ik heb "
            "toegezegd, na de gemeenteraadsverkiezingen.",
            False,
        ),
        # look-alike: with this letter it is kept
        (
            "Hierbij ontvangt u, zoals toegezegd, de jaarlijkse voortgangsrapportage over de "
            "hervormingsagenda jeugdzorg.",
            True,
        ),
    ],
)
def test_as_promised_keeps_a_promise_only_beside_an_act_of_this_letter(sentence: str, kept: bool) -> None:
    text = _letter(
        "In deze brief informeer ik u over de wachttijden in de ggz. Het aantal wachtenden is gedaald. "
        f"{sentence}"
    )
    assert (("fulfil", 1) in _proposals(text, _report())) is kept
