"""Layouts of whole letters the tuned sets have little of, in text written for these tests (none copied from a
letter): a verslag of a schriftelijk overleg or a nota naar aanleiding van het verslag, where the members'
questions are reported before the answer, and sub-headings that a PDF leaves without a full stop."""

import pytest

from commitments.extraction.detect import Mode
from commitments.extraction.moties import motie_status
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


@pytest.mark.parametrize(
    ("body", "opening", "status"),
    [
        (
            "Vraag 3\nWat is de stand van zaken van de motie Kaya over leerlingenvervoer "
            "(Kamerstuk 31 289, nr. 77)?\n\nAntwoord op vraag 3\nDe motie Kaya (Kamerstuk 31 289, nr. 77) "
            "voer ik uit met de regeling die in mei ingaat.",
            "De motie Kaya",
            "open",
        ),
        (
            "7. Bent u bereid de motie-Oosterhuis (Kamerstuk 29 544, nr. 1201) alsnog uit te voeren?\n\n"
            "Antwoord\nMet de aangepaste subsidieregeling is de motie-Oosterhuis "
            "(Kamerstuk 29 544, nr. 1201) uitgevoerd.",
            "Met de aangepaste subsidieregeling",
            "afgedaan",
        ),
    ],
)
def test_a_motie_named_in_a_question_is_quoted_where_the_answer_names_it(
    body: str, opening: str, status: str
) -> None:
    (item,) = commitments_in(body)
    assert (item.kind, item.quote.startswith(opening), item.motie_status) == ("motie", True, status)


def test_a_motie_named_only_in_a_question_is_quoted_there() -> None:
    body = (
        "Vraag 2\nKunt u aangeven hoe u de motie Kaya (Kamerstuk 31 289, nr. 77) uitvoert?\n\nAntwoord\nJa."
    )
    (item,) = commitments_in(body)
    assert item.kind == "motie"
    assert item.quote.startswith("Kunt u aangeven")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Met de nieuwe regeling is de motie-Brink (Kamerstuk 30 012, nr. 9) uitgevoerd.", "afgedaan"),
        ("Daarmee zijn beide moties (Kamerstuk 30 012, nrs. 9 en 11) uitgevoerd.", "afgedaan"),
        ("Tot nu toe is de motie-Brink (Kamerstuk 30 012, nr. 9) nog niet uitgevoerd.", "open"),
    ],
)
def test_a_motie_carried_out_reads_across_its_reference_in_brackets(sentence: str, status: str) -> None:
    assert motie_status(sentence) == status
