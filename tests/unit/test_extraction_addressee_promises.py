"""The addressee who promises the Kamer something, in sentences written for these tests: in a nota the
bewindspersoon it is written to ("u"); the Kamer, the addressee of a Kamerbrief, promises nothing."""

from datetime import date

import pytest

from commitments.extraction.detect import Mode
from tests.unit.letter_frame import commitments_in


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        (
            "In de bijgevoegde brief zegt u toe de Kamer eind 2024 te informeren over de pilots.",
            date(2024, 12, 31),
        ),
        ("Met deze brief zegt u de Kamer toe haar in september een planning te sturen.", date(2024, 9, 30)),
    ],
)
def test_the_addressee_of_a_nota_who_promises_the_kamer_makes_a_toezegging(
    sentence: str, deadline: date, mode: Mode
) -> None:
    (item,) = commitments_in(sentence, mode)
    assert (item.kind, item.deadline) == ("toezegging", deadline)


@pytest.mark.parametrize(
    "sentence",
    [
        "Zegt u toe de Kamer eind 2024 te informeren over de pilots?",
        "In de bijgevoegde brief zegt u toe dat de wachttijden in het najaar dalen.",
    ],
)
def test_a_question_or_a_promise_that_sends_the_kamer_nothing_is_no_toezegging(sentence: str) -> None:
    assert commitments_in(sentence, Mode.RULES) == ()


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        (
            "Ik heb toegezegd dat uw Kamer de Staat van de Luchtkwaliteit, die het RIVM opstelt, in oktober "
            "van mij ontvangt.",
            date(2024, 10, 31),
        ),
        ("Uw Kamer kan de benchmark, die de VNG samenstelt, in september tegemoet zien.", date(2024, 9, 30)),
    ],
)
def test_the_kamer_receiving_another_party_s_product_named_in_a_relative_clause_is_a_toezegging(
    sentence: str, deadline: date
) -> None:
    (item,) = commitments_in(sentence)
    assert (item.kind, item.deadline) == ("toezegging", deadline)


def test_another_party_s_product_that_the_kamer_does_not_receive_is_no_promise() -> None:
    sentence = "De benchmark, die de VNG samenstelt, wordt in september door de gemeenten besproken."
    assert commitments_in(sentence, Mode.RULES) == ()
