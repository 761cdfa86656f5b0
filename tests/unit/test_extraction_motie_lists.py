"""Several moties named in one sentence, each with its own subject or in the compact hyphenated form, in
sentences written for these tests: one record per motie, each with its own reference."""

import pytest

from tests.unit.letter_frame import commitments_in, moties_in


@pytest.mark.parametrize(
    "body",
    [
        "De moties van de leden Jansen en Pieters over de wachtlijsten (Kamerstuk 36 410 XVI, nr. 31) en van "
        "het lid De Boer over de mondzorg (Kamerstuk 36 410 XVI, nr. 37) beschouw ik hiermee als afgedaan.",
        "Met deze brief doe ik de moties-Jansen over de wachtlijsten (Kamerstuk 36 410 XVI, nr. 31) en "
        "-De Boer over de mondzorg (Kamerstuk 36 410 XVI, nr. 37) af.",
        "De moties-Jansen (Kamerstuk 36 410 XVI, nr. 31) en -De Boer (Kamerstuk 36 410 XVI, nr. 37) over de "
        "toegang tot de zorg zijn hiermee uitgevoerd.",
        "De moties van het lid Jansen (Kamerstuk 36 410 XVI, nr. 31) en het lid De Boer (Kamerstuk 36 410 "
        "XVI, nr. 37) beschouw ik hiermee als afgedaan.",
    ],
)
def test_each_motie_of_a_plural_mention_with_subjects_or_hyphens_is_a_record_of_its_own(body: str) -> None:
    moties = moties_in(body)
    assert [item.refs for item in moties] == [("36410-XVI-31",), ("36410-XVI-37",)]
    assert {item.motie_status for item in moties} == {"afgedaan"}


def test_a_document_named_after_a_motie_with_its_subject_is_no_second_motie() -> None:
    body = (
        "De motie van het lid Jansen over de wachtlijsten (Kamerstuk 36 410 XVI, nr. 31) en de brief van "
        "mijn ambtsvoorganger over de mondzorg (Kamerstuk 32 620, nr. 290) zijn het vertrekpunt van deze "
        "aanpak."
    )
    assert [item.refs for item in moties_in(body)] == [("36410-XVI-31",)]


@pytest.mark.parametrize(
    "body",
    [
        "De motie van het lid Jansen over de visserij (Kamerstuk 21 501-32, nr. 1400) betrek ik bij de "
        "voorbereiding van de Landbouwraad van juni.",
        "De motie van de leden Pieters en De Boer over de mestafzet (Kamerstuk 33 037, nr. 520) verwerk ik "
        "in de instructie voor de Milieuraad van 12 mei.",
    ],
)
def test_carrying_out_a_motie_towards_a_dated_meeting_is_the_motie_alone(body: str) -> None:
    assert [item.kind for item in commitments_in(body)] == ["motie"]


def test_an_act_beside_a_motie_by_a_moment_of_its_own_is_a_promise_of_its_own() -> None:
    body = (
        "De motie van het lid Jansen over de visserij (Kamerstuk 21 501-32, nr. 1400) betrek ik in juni bij "
        "de voorbereiding van de Landbouwraad."
    )
    assert sorted(item.kind for item in commitments_in(body)) == ["deliverable", "motie"]
