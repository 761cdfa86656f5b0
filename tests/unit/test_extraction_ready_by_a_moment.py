"""A government product that is ready, made or done by a moment ahead, told in the present or the perfect, in
sentences written for these tests: a deliverable; not when the moment lies behind, the readiness is denied or
another party makes it."""

from datetime import date

import pytest

from commitments.extraction.detect import Mode
from tests.unit.letter_frame import commitments_in


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("Eind 2024 is het vernieuwde draaiboek voor de hoogwaterafvoer gereed.", date(2024, 12, 31)),
        ("In het derde kwartaal zijn de herziene normen voor schermen beschikbaar.", date(2024, 9, 30)),
        # a thing that moves into a phase of its own by the moment
        (
            "Het wetsvoorstel over de pachtprijzen gaat in het derde kwartaal in internetconsultatie.",
            date(2024, 9, 30),
        ),
        ("De tweede tenderronde voor de warmtenetten gaat open op 1 oktober.", date(2024, 10, 1)),
        ("Het nieuwe meldpunt voor zwerfafval gaat in november open.", date(2024, 11, 30)),
    ],
)
def test_a_product_ready_by_a_dated_moment_ahead_is_a_deliverable(
    sentence: str, deadline: date, mode: Mode
) -> None:
    (item,) = commitments_in(sentence, mode)
    assert (item.kind, item.deadline) == ("deliverable", deadline)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinds januari is het vernieuwde draaiboek voor de hoogwaterafvoer beschikbaar.",
        "Eind 2024 is het vernieuwde draaiboek voor de hoogwaterafvoer nog niet gereed.",
        "Het vernieuwde draaiboek is gereed.",
    ],
)
def test_readiness_behind_denied_or_undated_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence, Mode.RULES) == ()


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    "sentence",
    [
        "Daarnaast verstuurt de Belastingdienst binnen vier weken na de wetswijziging een handreiking aan "
        "alle ondernemers.",
        "Het kabinet publiceert binnen drie maanden na de inwerkingtreding een overzicht voor gemeenten.",
    ],
)
def test_the_government_making_a_product_by_a_moment_without_a_day_is_a_deliverable(
    sentence: str, mode: Mode
) -> None:
    (item,) = commitments_in(sentence, mode)
    assert (item.kind, item.deadline) == ("deliverable", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Daarnaast verstuurt de brancheorganisatie binnen vier weken na de wetswijziging een handreiking aan "
        "alle ondernemers.",
        "Het kabinet publiceert jaarverslagen over de uitvoering van de wet.",
    ],
)
def test_another_party_s_product_or_one_without_a_moment_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence, Mode.RULES) == ()


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("De tweede verhoging van de toelage gaat in per september 2024.", date(2024, 9, 30)),
        ("De nieuwe tarieven voor de veerpont gaan in op 1 juli 2024.", date(2024, 7, 1)),
        (
            "Het herziene draaiboek, dat het kabinet in het najaar uitbrengt, bouwt hierop voort.",
            date(2024, 12, 21),
        ),
        ("Dit is een bouwsteen voor de visie, die wij in mei publiceren.", date(2024, 5, 31)),
        ("De regering neemt in juni een besluit over de subsidie.", date(2024, 6, 30)),
        ("De nieuwe regeling is per 1 januari 2025 van kracht.", date(2025, 1, 1)),
        ("Eind april ligt er een voorstel voor de verdeling van de middelen.", date(2024, 4, 30)),
        ("In juni ligt het plan voor de verdeling er.", date(2024, 6, 30)),
        # a perfect with a month still ahead this year, or with its year
        ("Die herziening is in oktober afgerond.", date(2024, 10, 31)),
        ("De herziening is in februari 2025 afgerond.", date(2025, 2, 28)),
        ("De evaluatie van de regeling is in februari gepland.", date(2025, 2, 28)),
    ],
)
def test_done_taking_effect_or_ready_by_a_moment_ahead_or_the_government_s_act_by_it_is_a_deliverable(
    sentence: str, deadline: date
) -> None:
    (item,) = commitments_in(sentence)
    assert (item.kind, item.deadline) == ("deliverable", deadline)


@pytest.mark.parametrize(
    "sentence",
    [
        "De regeling ging in per 1 januari 2024.",
        "Dit is een bouwsteen voor de visie, die het kabinet vorig jaar heeft uitgebracht.",
        "Dit is een stap naar het doel, dat het kabinet in 2025 wil halen.",
        "Er ligt nu een voorstel voor de verdeling van de middelen.",
        "Het rapport ligt sinds januari bij de Kamer.",
        "De regeling is sinds 1 januari van kracht.",
        # a perfect with a month already gone this year tells the past
        "Die herziening is in februari afgerond en opgenomen in het handboek.",
        "De evaluatie is in januari afgerond.",
    ],
)
def test_a_past_start_or_completion_a_product_ready_now_or_since_a_moment_or_a_past_act_or_wish_is_no_promise(
    sentence: str,
) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Vorig jaar ging de tenderronde voor de warmtenetten in oktober open.",  # behind
        "De gemeente Utrecht gaat in november in overleg met de bewoners.",  # another party
        "Het gesprek met de sector gaat in november over de kosten.",  # no phase
    ],
)
def test_a_phase_behind_another_party_s_or_no_phase_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence, Mode.RULES) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "De regionale zorgkaarten worden in het derde kwartaal door de provincies vastgesteld.",
        "Het onderzoek naar de veerdiensten wordt uitgevoerd door het Kennisinstituut en start in september.",
        "In november worden de tarieven door de waterschappen bekendgemaakt.",
    ],
)
def test_a_passive_whose_agent_is_another_party_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Het onderzoek wordt in mijn opdracht door het Kennisinstituut uitgevoerd en is in september gereed.",
        "De regionale zorgkaarten worden in oktober door de Dienst Uitvoering aan de provincies gestuurd.",
        "Het rapport wordt in oktober door mij aan uw Kamer gestuurd.",
    ],
)
def test_a_passive_on_commission_by_a_service_or_with_the_writer_stays_a_promise(sentence: str) -> None:
    assert len(commitments_in(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("De eindevaluatie van het programma is voorzien voor het najaar van 2027.", date(2027, 12, 21)),
        ("De herijking van de regeling is gepland voor het voorjaar van 2027.", date(2027, 6, 20)),
        ("Een tweede meting is voorzien in de zomer van 2027.", date(2027, 9, 22)),
    ],
)
def test_a_thing_planned_for_a_moment_beyond_a_date_alone_s_reach_is_a_deliverable(
    sentence: str, deadline: date
) -> None:
    (item,) = commitments_in(sentence)  # a letter of 15 March 2024: more than three years ahead
    assert (item.kind, item.deadline) == ("deliverable", deadline)


@pytest.mark.parametrize(
    "sentence",
    [
        "Alle sluizen zijn eind 2027 voorzien van nieuwe deuren.",  # provided with, not planned
        "De oplevering van het sluiscomplex staat gepland voor 2032.",  # a goal's far year
    ],
)
def test_what_is_provided_with_something_or_planned_far_ahead_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Het advies is een bouwsteen voor de nieuwe Zorgvisie, die het kabinet in september uitbrengt.",
        "Dat advies is nuttig voor de routekaart, die het kabinet in oktober presenteert.",
    ],
)
def test_advice_described_beside_the_government_s_own_dated_act_stays_a_promise(sentence: str) -> None:
    (item,) = commitments_in(sentence)
    assert item.kind == "deliverable"


@pytest.mark.parametrize(
    "sentence",
    [
        "Het advies is om de Zorgvisie in september te herzien.",
        "De aanbevelingen zijn dat de provincie in oktober een actieplan publiceert.",
    ],
)
def test_the_content_of_advice_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence) == ()
