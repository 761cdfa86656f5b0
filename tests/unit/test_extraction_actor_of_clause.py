"""Who acts in the clause that holds the promise, in sentences written for these tests: the writer's "ik" in
one clause does not make another party's intention in the next clause a promise of the government."""

import pytest

from commitments.extraction.detect import Mode
from tests.unit.letter_frame import commitments_in


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    "sentence",
    [
        "Ik wil niet op de uitkomst vooruitlopen; de netbeheerders zijn voornemens om de tarieven te "
        "verlagen.",
        "Over de uitkomst zeg ik nu nog niets; verschillende zorgverzekeraars hebben zich bereid verklaard "
        "om aan de pilot deel te nemen.",
    ],
)
def test_an_intention_of_others_in_a_clause_beside_the_writer_s_is_no_promise(
    sentence: str, mode: Mode
) -> None:
    assert commitments_in(sentence, mode) == ()


def test_an_intention_of_the_writer_in_the_clause_after_another_is_a_promise() -> None:
    sentence = (
        "Ik wil niet op de uitkomst vooruitlopen; ik ben wel voornemens om de resultaten voor de zomer met "
        "uw Kamer te delen."
    )
    (item,) = commitments_in(sentence, Mode.RULES)
    assert item.kind == "toezegging"


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    "sentence",
    [
        "Het Trimbos-instituut voert in mijn opdracht een verkenning uit naar de preventie van "
        "gokverslaving en rondt die naar verwachting in september af.",
        "In september rondt het Verwey-Jonker Instituut in opdracht van het ministerie het onderzoek naar de "
        "jeugdhulp af.",
    ],
)
def test_work_another_party_does_on_the_government_s_commission_is_the_government_s_deliverable(
    sentence: str, mode: Mode
) -> None:
    (item,) = commitments_in(sentence, mode)
    assert item.kind == "deliverable"


def test_the_same_work_of_another_party_on_its_own_account_is_no_promise() -> None:
    sentence = (
        "Het Trimbos-instituut voert op eigen initiatief een verkenning uit naar de preventie van "
        "gokverslaving en rondt die naar verwachting in september af."
    )
    assert commitments_in(sentence, Mode.RULES) == ()


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    "sentence",
    [
        "Het schoolbestuur stelt in mei het nieuwe spreidingsplan vast.",
        "De bestuursrechter doet naar verwachting in oktober uitspraak over de vergunning.",
        "In juni stelt de medezeggenschapsraad het nieuwe reglement vast.",
        "Het college van burgemeester en wethouders legt in september het bestemmingsplan ter inzage.",
    ],
)
def test_a_body_named_by_the_head_of_its_compound_acts_by_itself(sentence: str, mode: Mode) -> None:
    assert commitments_in(sentence, mode) == ()


def test_the_ministerraad_is_the_government_not_another_body() -> None:
    (item,) = commitments_in("De ministerraad stelt in mei het nieuwe spreidingsplan vast.", Mode.RULES)
    assert item.kind == "deliverable"


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    "sentence",
    [
        "Naar verwachting wordt het besluit, dat provincies een nieuwe taak bij het natuurherstel geeft, in "
        "september aan de Raad van State voorgelegd.",
        "De regeling, die waterschappen meer ruimte voor eigen heffingen biedt, wordt in oktober "
        "gepubliceerd.",
    ],
)
def test_a_plural_party_before_a_singular_verb_is_the_object_of_the_relative_clause(
    sentence: str, mode: Mode
) -> None:
    (item,) = commitments_in(sentence, mode)
    assert item.kind == "deliverable"


def test_a_plural_party_that_agrees_with_the_verb_is_the_subject_and_its_product_no_promise() -> None:
    sentence = "De pilot, die provincies zelf uitvoeren, wordt in oktober afgerond."
    assert commitments_in(sentence, Mode.RULES) == ()
