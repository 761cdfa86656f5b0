"""Layouts of whole letters the tuned sets have little of, in text written for these tests (none copied from a
letter): a verslag of a schriftelijk overleg or a nota naar aanleiding van het verslag, where the members'
questions are reported before the answer, and sub-headings that a PDF leaves without a full stop."""

import pytest

from commitments.extraction.detect import Mode
from tests.unit.letter_frame import commitments_in


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    "sentence",
    [
        "De leden van de SP-fractie willen weten wanneer de staatssecretaris de Kamer zal informeren over de "
        "pilot.",
        "Ook vragen deze leden of de regering de evaluatie voor de zomer naar de Kamer zal sturen.",
        "Het lid Van Dam informeert naar de datum waarop het onderzoeksrapport in juni zal verschijnen.",
        "De leden van de fractie van de ChristenUnie wensen te vernemen hoe de minister de Kamer dit najaar "
        "zal informeren.",
    ],
)
def test_a_reported_question_of_members_of_the_kamer_is_no_promise(sentence: str, mode: Mode) -> None:
    assert commitments_in(sentence, mode) == ()


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    "sentence",
    [
        "Het lid Van Dam vroeg naar de planning; ik zal uw Kamer voor de zomer over de planning informeren.",
        "Ik zal de leden van de commissie voor de zomer informeren over de uitkomst van de pilot.",
    ],
)
def test_an_answer_in_the_same_sentence_or_members_as_recipients_stay_a_promise(
    sentence: str, mode: Mode
) -> None:
    (item,) = commitments_in(sentence, mode)
    assert item.kind == "toezegging"


def test_a_sub_heading_under_a_heading_is_not_read_into_the_answer() -> None:
    body = (
        "II Reactie van de regering\n\n"
        "Reactie op de vragen van de leden van de PVV-fractie\n"
        "Het advies van de commissie wordt meegenomen in de monitor die ik u in juni toestuur."
    )
    (item,) = commitments_in(body)
    assert item.quote.startswith("Het advies van de commissie")
