"""Money that flows per period and goals far ahead, in sentences written for these tests: neither is an act
promised by a moment, while a one-off payment or a promise dated in the near future still is."""

import pytest

from commitments.extraction.detect import Mode
from tests.unit.letter_frame import commitments_in


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    "sentence",
    [
        "Het Rijk betaalt in 2025 en 2026 € 3 miljoen per jaar mee aan de opvang van dak- en thuislozen.",
        "Het kabinet draagt vanaf 2025 jaarlijks 12 miljoen euro bij aan het herstelfonds.",
    ],
)
def test_an_amount_per_period_is_a_budget_line(sentence: str, mode: Mode) -> None:
    assert commitments_in(sentence, mode) == ()


def test_a_one_off_payment_by_a_moment_is_still_a_deliverable() -> None:
    (item,) = commitments_in("In juni maakt het kabinet 5 miljoen euro over aan het noodfonds.", Mode.RULES)
    assert item.kind == "deliverable"


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    "sentence",
    [
        "Het kabinet streeft naar een binnenvaart die in 2045 volledig emissievrij vaart.",
        "Wij streven naar havens die in 2040 geen fossiele brandstof meer gebruiken.",
    ],
)
def test_a_striving_towards_a_year_beyond_a_cabinet_s_term_is_a_goal(sentence: str, mode: Mode) -> None:
    assert commitments_in(sentence, mode) == ()


def test_a_striving_towards_a_moment_within_the_term_is_still_a_promise() -> None:
    (item,) = commitments_in("Het kabinet streeft ernaar het wetsvoorstel in 2025 in te dienen.", Mode.RULES)
    assert item.kind == "deliverable"


@pytest.mark.parametrize(
    "sentence",
    [
        "Het kabinet streeft ernaar dat in 2025 elke bewoner van een verpleeghuis een vaste mentor heeft.",
        "Het streven is om in 2026 geen wachtlijst voor de keuring meer te hebben.",
        "Wij streven ernaar dat in 2025 alle jongeren een stageplek kunnen vinden.",
    ],
)
def test_striving_for_a_state_of_the_world_is_a_goal(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Het streven is dat het nieuwe keurstelsel per 1 januari 2025 in werking treedt.",
        "Ik streef ernaar dat de handreiking voor gemeenten in september gereed is.",
        "Het streven is om het wetsvoorstel in het najaar bij uw Kamer in te dienen.",
    ],
)
def test_striving_for_an_act_or_a_product_ready_stays_a_promise(sentence: str) -> None:
    assert len(commitments_in(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Daarnaast open ik in september een subsidieregeling voor zonnepanelen op scholen, waarvoor "
        "€ 40 miljoen beschikbaar is.",
        "In oktober start ik een proef met deelauto's in drie regio's, die jaarlijks 2 miljoen euro kost.",
    ],
)
def test_an_act_whose_money_is_named_in_a_relative_clause_stays_a_promise(sentence: str) -> None:
    (item,) = commitments_in(sentence)
    assert item.kind == "deliverable"


def test_money_made_available_before_a_relative_clause_is_no_promise() -> None:
    sentence = (
        "In september is € 40 miljoen beschikbaar voor de regeling, waarmee scholen zonnepanelen kopen."
    )
    assert commitments_in(sentence) == ()
