"""Acts on items told in other words: a motie named by its submitter alone after a paragraph on its subject, a
deliverable's own act in the perfect with its moment put first, a moment denied for another, a promise said to
lapse. Made-up letters, items and names; each with a look-alike that must not act."""

from __future__ import annotations

from datetime import date

import pytest

from commitments.deadlines import find
from commitments.matching.action import Action
from commitments.matching.cues import WITHDRAWN
from commitments.matching.items import pending_items, read_items
from commitments.matching.scoring import Candidate
from commitments.matching.statements import find_statements, in_the_past
from tests.unit.test_match_acts import DAY, _letter, _proposals
from tests.unit.test_match_scoring import _record


def _namesakes() -> list[Candidate]:
    return [
        Candidate.of(_record(1, "Motie-Rozema over vergoeding van fysiotherapie", ministry="VWS")),
        Candidate.of(_record(2, "Motie-Rozema over een statiegeld op frisdrankblikjes", ministry="VWS")),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Vanaf 1 januari wordt fysiotherapie bij artrose vergoed uit het basispakket. Daarmee is ook de "
        "motie-Rozema uitgevoerd.",
        "Patiënten met artrose krijgen sinds dit jaar hun fysiotherapie vergoed. Hiermee is de motie van het "
        "lid Rozema uitgevoerd.",
    ],
)
def test_a_motie_named_by_its_submitter_alone_is_the_one_its_paragraph_speaks_of(paragraph: str) -> None:
    text = _letter(
        f"{paragraph}\n\nOver statiegeld op frisdrankblikjes, waarom een andere motie van hetzelfde lid "
        "vraagt, besluit het kabinet in het najaar."
    )
    found = _proposals(text, _namesakes())
    assert ("fulfil", 1) in found
    assert not [item for item in found if item[1] == 2]


def test_a_submitter_named_without_a_subject_anywhere_names_no_namesake_apart() -> None:
    # look-alike: nothing in the paragraph tells which motie of the member is meant; neither is told apart
    text = _letter("De zorg voor ouderen staat onder druk. Daarmee is ook de motie-Rozema uitgevoerd.")
    found = {item for _, item in _proposals(text, _namesakes())}
    assert found != {2}


@pytest.mark.parametrize(
    ("sentence", "moment", "past"),
    [
        ("Op 3 maart is de subsidieregeling voor groene daken opengesteld.", "Op 3 maart", True),
        ("In februari werden de tarieven voor de kraamzorg gepubliceerd, met uitleg.", "februari", True),
        # look-alikes: a moment ahead with the present or an adjective
        ("Op 3 april wordt de subsidieregeling voor groene daken opengesteld.", "Op 3 april", False),
        ("Op 1 juni is de nieuwe handreiking gereed.", "Op 1 juni", False),
    ],
)
def test_a_moment_put_before_a_perfect_is_gone_by(sentence: str, moment: str, past: bool) -> None:
    match = next(found for found in find(sentence, DAY) if moment in found.text)
    assert in_the_past(sentence, match) is past


_OPENING = "Gemeenten vragen al lang om zekerheid over de plannen. Zij willen weten waar zij aan toe zijn."


def _deliverables() -> list[Candidate]:
    return [
        Candidate.of(
            _record(
                1,
                "Openstelling subsidieregeling groene daken",
                kind="deliverable",
                ministry="VWS",
                deadline=date(2025, 3, 31),
                quote="De subsidieregeling voor groene daken wordt in het eerste kwartaal opengesteld.",
            )
        ),
        Candidate.of(
            _record(
                2,
                "Tarieven kraamzorg gepubliceerd",
                kind="deliverable",
                ministry="VWS",
                deadline=date(2025, 4, 1),
                quote="De nieuwe tarieven voor de kraamzorg worden voor 1 april gepubliceerd.",
            )
        ),
    ]


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Op 3 maart is de subsidieregeling voor groene daken opengesteld, met een budget van 2 ton.", 1),
        ("In februari zijn de nieuwe tarieven voor de kraamzorg gepubliceerd.", 2),
    ],
)
def test_a_deliverable_whose_own_act_is_told_done_is_fulfilled(sentence: str, item: int) -> None:
    text = _letter(f"{_OPENING}\n\n{sentence} De eerste reacties zijn positief.")
    assert ("fulfil", item) in _proposals(text, _deliverables())


@pytest.mark.parametrize(
    "sentence",
    [
        "De subsidieregeling voor groene daken is in voorbereiding; de openstelling volgt.",
        "Over de subsidieregeling voor groene daken is advies gevraagd aan de Raad van State.",
    ],
)
def test_another_act_on_a_deliverable_fulfils_nothing(sentence: str) -> None:
    text = _letter(f"{_OPENING}\n\n{sentence}")
    assert not [found for found in _proposals(text, _deliverables()) if found[0] == "fulfil"]


@pytest.mark.parametrize(
    ("sentence", "moment"),
    [
        ("Die brief komt niet voor de zomer, maar voor het kerstreces.", date(2025, 12, 18)),
        ("De nota komt niet in september, maar eind november.", date(2025, 11, 30)),
    ],
)
def test_a_moment_denied_for_another_is_the_new_one(sentence: str, moment: date) -> None:
    text = _letter(
        "Ik heb uw Kamer toegezegd voor de zomer een brief te sturen over de tarieven van de kraamzorg. "
        f"{sentence} De NZa heeft haar analyse later afgerond dan verwacht."
    )
    postponed = [found for found in find_statements(text, DAY) if found.action is Action.POSTPONE]
    assert postponed
    new = postponed[0].new_deadline
    assert new is not None
    assert new.date == moment


def test_a_contrast_of_causes_names_no_new_moment() -> None:
    # look-alike: "niet …, maar …" between causes, not moments
    text = _letter(
        "Ik heb uw Kamer toegezegd voor de zomer een brief te sturen over de tarieven van de kraamzorg. "
        "Die brief komt later. Dat komt niet in de eerste plaats door de kosten, maar door de capaciteit."
    )
    postponed = [found for found in find_statements(text, DAY) if found.action is Action.POSTPONE]
    assert all(found.new_deadline is None for found in postponed)


@pytest.mark.parametrize(
    ("sentence", "withdrawn"),
    [
        ("Ik zie er daarom van af die verkenning te laten uitvoeren.", True),
        ("Wij zien er na overleg met de provincies van af.", True),
        ("Ik beschouw de toezegging daarom als vervallen.", True),
        ("Die toezegging is daarmee vervallen.", True),
        # look-alikes: a promise kept, a regulation that lapses
        ("Ik beschouw de toezegging daarmee als afgedaan.", False),
        ("De oude regeling is per 1 januari vervallen.", False),
    ],
)
def test_a_promise_given_up_in_other_words_is_withdrawn(sentence: str, withdrawn: bool) -> None:
    assert (WITHDRAWN.search(sentence) is not None) is withdrawn


def test_a_promise_said_to_lapse_is_no_fulfilment() -> None:
    text = _letter(
        "In het debat heb ik toegezegd dit najaar een verkenning te sturen naar een bindend referendum in "
        "gemeenten. Uw Kamer behandelt nu een initiatiefvoorstel. Ik beschouw de toezegging daarom als "
        "vervallen."
    )
    actions = {found.action for found in find_statements(text, DAY)}
    assert Action.POSTPONE in actions
    assert Action.FULFIL not in actions


def _monitor() -> list[Candidate]:
    return [
        Candidate.of(
            _record(
                1,
                "Resultaten monitor wachttijden jeugdzorg en reactie op onderzoek naar tarieven",
                kind="toezegging",
                ministry="VWS",
                deadline=date(2025, 7, 3),
            )
        )
    ]


@pytest.mark.parametrize(
    "after",
    [
        "Daarmee doe ik een deel van mijn toezegging uit het commissiedebat gestand.",
        "Daarmee is een eerste deel van de toezegging uit het debat over de jeugdzorg ingelost.",
    ],
)
def test_a_sending_called_a_part_in_the_next_sentence_is_partial(after: str) -> None:
    text = _letter(
        "Met deze brief stuur ik u de resultaten van de monitor wachttijden in de jeugdzorg, die het Nivel "
        f"heeft uitgevoerd. {after}\n\nUit de monitor blijkt dat de wachttijden dalen."
    )
    assert ("partial", 1) in _proposals(text, _monitor())


def test_a_sending_followed_by_an_unrelated_part_is_whole() -> None:
    # look-alike: the next paragraph speaks of a part of something else
    text = _letter(
        "Met deze brief stuur ik u de resultaten van de monitor wachttijden in de jeugdzorg, die het Nivel "
        "heeft uitgevoerd.\n\nDaarmee is een deel van de gemeenten al aan de slag gegaan."
    )
    found = _proposals(text, _monitor())
    assert ("fulfil", 1) in found
    assert ("partial", 1) not in found


def _study() -> list[Candidate]:
    return [
        Candidate.of(
            _record(
                1,
                "Onderzoek naar niet-gebruik van huurtoeslag naar de Kamer",
                kind="toezegging",
                ministry="VWS",
                deadline=date(2025, 4, 14),
                quote="Voor het meireces stuur ik u het onderzoek naar niet-gebruik van huurtoeslag.",
            )
        ),
        Candidate.of(_record(2, "Brief over de vereenvoudiging van de Participatiewet", "toezegging")),
        Candidate.of(_record(3, "Motie-Kroon over automatisch toekennen van bijzondere bijstand")),
        Candidate.of(_record(4, "Landelijke campagne over regelingen voor minima", "deliverable")),
    ]


_SUBJECT = "Datum 12 maart 2025\nBetreft Aanpak niet-gebruik van huurtoeslag\n\nGeachte voorzitter,\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Het onderzoek naar de oorzaken van niet-gebruik van huurtoeslag, dat ik u heb toegezegd, wordt op "
        "2 april gepubliceerd.",
        "Het toegezegde onderzoek naar niet-gebruik van huurtoeslag verschijnt eind maart.",
    ],
)
def test_a_subject_whose_promise_the_letter_says_is_still_to_come_is_pending(sentence: str) -> None:
    text = f"{_SUBJECT}Veel huishoudens laten geld liggen. Dat wil ik veranderen.\n\n{sentence}\n"
    study = _study()
    assert pending_items(read_items(text, DAY, 0, study), study) == {1}


def test_a_promise_recalled_with_its_own_moment_is_not_pending() -> None:
    # look-alike: the moment ahead is the one promised, in the clause that recalls it
    text = (
        f"{_SUBJECT}Veel huishoudens laten geld liggen. Dat wil ik veranderen.\n\nIn het debat heb ik "
        "toegezegd dat u het onderzoek naar niet-gebruik van huurtoeslag voor het meireces ontvangt.\n"
    )
    study = _study()
    assert pending_items(read_items(text, DAY, 0, study), study) == set()


def test_a_subject_whose_promise_is_sent_now_is_not_pending() -> None:
    # look-alike: the recalled promise is kept with this letter
    text = (
        f"{_SUBJECT}Veel huishoudens laten geld liggen. Dat wil ik veranderen.\n\nHierbij stuur ik u het "
        "onderzoek naar de oorzaken van niet-gebruik van huurtoeslag, dat ik u heb toegezegd.\n"
    )
    study = _study()
    assert pending_items(read_items(text, DAY, 0, study), study) == set()


def _new_moment(body: str) -> date | None:
    postponed = [found for found in find_statements(_letter(body), DAY) if found.action is Action.POSTPONE]
    assert postponed
    new = postponed[0].new_deadline
    return new.date if new is not None else None


@pytest.mark.parametrize(
    ("body", "moment"),
    [
        (
            "In het debat heb ik toegezegd het rapport over de kraamzorg voor de zomer te sturen.\n\n"
            "Helaas lukt het niet om het rapport binnen die termijn af te ronden. De respons bleef achter. "
            "Daarom is de vragenlijst opnieuw uitgezet.\n\nIk zend u het rapport in oktober toe.",
            date(2025, 10, 31),
        ),
        (
            "Ik heb uw Kamer toegezegd de evaluatie van de jeugdwet voor 1 juni te sturen.\n\n"
            "Dat is helaas niet gelukt. De gegevens van gemeenten kwamen laat binnen.\n\n"
            "De evaluatie ontvangt u in november.",
            date(2025, 11, 30),
        ),
    ],
)
def test_the_new_moment_may_follow_the_paragraph_that_tells_the_delay(body: str, moment: date) -> None:
    assert _new_moment(body) == moment


def test_a_moment_two_paragraphs_past_a_delay_told_with_the_promise_is_another_things() -> None:
    # look-alike: the delay is told with the promise; two paragraphs on, another thing's moment
    body = (
        "Ik heb toegezegd het rapport over de kraamzorg voor 1 mei te sturen, maar dat is niet gelukt.\n\n"
        "Verloskundigen maken zich zorgen over de tarieven. Zij vragen om duidelijkheid.\n\n"
        "Het jaarverslag van de NZa ontvangt u in november."
    )
    assert _new_moment(body) != date(2025, 11, 30)


@pytest.mark.parametrize(
    ("after", "moment"),
    [
        ("Ik zend u het rapport in het derde kwartaal toe.", date(2025, 9, 30)),
        ("Ik stuur u de uitkomsten in oktober, met een eerste reactie.", date(2025, 10, 31)),
        # look-alike: a sending now says nothing of the moment to come
        ("Hierbij stuur ik u alvast de tussenstand.", date(2025, 8, 31)),
    ],
)
def test_the_moment_the_kamer_receives_it_beats_the_end_of_the_work(after: str, moment: date) -> None:
    body = (
        "Ik heb toegezegd het onderzoek naar de kraamzorg voor de zomer te sturen. Helaas lukt dat niet. "
        f"Het onderzoek wordt daardoor in augustus afgerond. {after}"
    )
    assert _new_moment(body) == moment
