"""Promises written in general structures the issue describes (sentences written for these tests)."""

from datetime import date

import pytest

from commitments.extraction.detect import Mode
from tests.unit.letter_frame import commitments_in


def _found(body: str, mode: Mode = Mode.COMBINED) -> list[tuple[str, date | None, str | None]]:
    items = commitments_in(body, mode)
    return [(item.kind, item.deadline, item.motie_status) for item in items]


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        # a past main verb reporting a promise whose moment is still ahead
        ("Eerder heb ik aangegeven dat ik uw Kamer in het najaar opnieuw bericht.", date(2024, 12, 21)),
        ("Ik heb uw Kamer in december laten weten dat zij in mei een nieuwe rapportage ontvangt.", None),
        (
            "In het debat heb ik toegezegd dat ik u voor 1 juli een brief stuur over de uitvoering.",
            date(2024, 7, 1),
        ),
        # the Kamer as subject, many words before its verb
        (
            "Uw Kamer zal in het voorjaar van 2025 een tweede voortgangsrapportage over de aanpak ontvangen.",
            date(2025, 6, 20),
        ),
        (
            "De Kamer zal na afronding van het onderzoek in het najaar de eindrapportage ontvangen.",
            date(2024, 12, 21),
        ),
    ],
)
def test_promises_to_the_kamer_in_general_structures(
    sentence: str, deadline: date | None, mode: Mode
) -> None:
    (item,) = _found(sentence, mode)
    assert item[0] == "toezegging"
    if deadline is not None:
        assert item[1] == deadline


@pytest.mark.parametrize(
    "sentence",
    [
        "In het najaar kom ik met een uitwerking van deze plannen.",
        "Voor de zomer komen wij met een voorstel voor de nieuwe bekostiging.",
        "Het wetsvoorstel zal in het voorjaar van 2025 worden ingediend.",
        "Het wetsvoorstel wordt na de zomer bij uw Kamer ingediend.",
        "Het wetsvoorstel bied ik voor het einde van het jaar aan uw Kamer aan.",
    ],
)
def test_products_and_bills_with_a_moment_are_deliverables(sentence: str) -> None:
    (item,) = _found(sentence)
    assert item[0] == "deliverable"
    assert item[1] is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Eerder heb ik aangegeven dat ik uw Kamer in januari 2024 heb geïnformeerd.",
        "In 2019 heb ik gemeld dat de evaluatie in 2020 zou plaatsvinden.",
        "Uw Kamer heeft in januari de rapportage ontvangen.",
        "Het wetsvoorstel is in januari 2024 ingediend.",
    ],
)
def test_what_was_done_or_received_is_no_promise(sentence: str) -> None:
    assert _found(sentence) == []


def test_a_motie_carried_out_by_this_letter_named_by_its_members_only_is_discharged() -> None:
    body = "Met deze brief voer ik de motie van de leden Jansen en De Vries over de wachtlijsten uit."
    assert _found(body) == [("motie", None, "afgedaan")]


def test_a_motie_given_effect_named_by_its_member_only_is_one_motie() -> None:
    body = "Ik geef uitvoering aan de motie van het lid Bikker over schuldhulpverlening."
    assert _found(body) == [("motie", None, "afgedaan")]


def test_moties_enumerated_before_the_words_that_carry_them_out_are_discharged() -> None:
    body = (
        "De motie van het lid Jansen (Kamerstuk 36 200 XII, nr. 12) en de motie van de leden Bakker en "
        "De Wit (Kamerstuk 36 200 XII, nr. 15) voer ik uit met deze brief."
    )
    assert _found(body) == [("motie", None, "afgedaan"), ("motie", None, "afgedaan")]


def test_a_letter_sent_by_doen_toekomen_in_the_present_with_a_moment_is_a_toezegging() -> None:
    assert _found("Voor het einde van het jaar doe ik u een nieuwe brief toekomen.") == [
        ("toezegging", date(2024, 12, 31), None)
    ]


def test_a_promise_repeated_in_one_letter_is_one_item() -> None:
    body = (
        "Kern van deze brief: ik stuur uw Kamer voor 1 oktober een brief over de herziening van de "
        "havengelden.\n\nDe havengelden zijn sinds 2010 niet herzien.\n\n"
        "Ik stuur uw Kamer voor 1 oktober een brief over de herziening van de havengelden."
    )
    (item,) = commitments_in(body)
    assert item.quote.startswith("Ik stuur")
    pasted = "Ik stuur uw Kamer voor 1 juli een overzicht van de kosten van de sluizen. " * 40
    assert len(commitments_in(pasted)) == 1


def test_like_promises_with_other_moments_stay_two_items() -> None:
    body = (
        "Ik stuur uw Kamer voor 1 oktober een brief over de havengelden.\n\n"
        "Ik stuur uw Kamer voor 1 december een brief over de havengelden."
    )
    assert [item.deadline for item in commitments_in(body)] == [date(2024, 10, 1), date(2024, 12, 1)]


def test_a_motie_takes_the_moment_of_the_promise_that_points_back_at_what_it_asks() -> None:
    body = (
        "In de motie van het lid Bos (Kamerstuk 36 410, nr. 21) is de regering verzocht een register van "
        "deelscooters op te zetten. Ik zal uw Kamer dit register voor 1 november sturen."
    )
    motie, promise = commitments_in(body)
    assert (motie.kind, motie.deadline) == ("motie", date(2024, 11, 1))
    assert (promise.kind, promise.deadline) == ("toezegging", date(2024, 11, 1))
    other = body.replace("dit register", "een overzicht van de kosten")
    assert commitments_in(other)[0].deadline is None
