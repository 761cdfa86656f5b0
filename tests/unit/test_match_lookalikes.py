"""Look-alike items a letter does not act on, read by structure: a table row speaks of its own item only, a
motie named by its member and another number is another motie. Made-up letters and stores."""

from __future__ import annotations

from datetime import date

import pytest

from commitments.matching.items import item_proposals, read_items
from commitments.matching.scoring import Candidate, LetterSide
from commitments.matching.statements import ahead, left_for_later
from commitments.matching.text import Sentences, table_row
from tests.unit.test_match_acts import DAY, _letter, _proposals
from tests.unit.test_match_scoring import _record

_TABLE = (
    "Hieronder staat de stand van zaken van de moties over de zorg.\n\n"
    "Nr. | Omschrijving | Kamerstuk | Stand | Status\n"
    "1 | Motie van de leden Bakker en Visser over een meldplicht voor datalekken bij zorgaanbieders | "
    "31 765, nr. 701 | Meldplicht opgenomen in de regeling; geldt sinds 1 januari. | Afgedaan\n"
    "2 | Motie van het lid Visser over een register van zorgverzekeraars die polissen weigeren | 31 765, "
    "nr. 705 | De NZa werkt een voorstel uit. Dat verwacht ik in het najaar. | Loopt\n"
    "3 | Motie van het lid Jansen over betaalbare huisartsenzorg op de Waddeneilanden | 29 247, nr. 88 | "
    "De subsidieregeling is op 1 februari gestart. | Afgedaan"
)


def test_each_table_row_is_one_sentence_even_with_full_stops_in_its_cells() -> None:
    text = _letter(_TABLE)
    rows = [
        text[span.start : span.end]
        for span in Sentences.of(text).spans
        if table_row(text[span.start : span.end])
    ]
    assert [row.split(" | ")[0] for row in rows] == ["Nr.", "1", "2", "3"]
    assert rows[2].endswith("| Loopt")


def _moties() -> list[Candidate]:
    return [
        Candidate.of(
            _record(1, "Motie-Bakker/Visser over een meldplicht voor datalekken bij zorgaanbieders",
                    ministry="VWS", refs=("31765-701",))
        ),
        Candidate.of(
            _record(2, "Motie-Visser over een register van zorgverzekeraars die polissen weigeren",
                    ministry="VWS", refs=("31765-705",))
        ),
        Candidate.of(
            _record(3, "Motie-Jansen over betaalbare ambulancezorg op de Waddeneilanden", ministry="VWS",
                    refs=("29247-91",))
        ),
    ]  # fmt: skip


def test_a_row_done_acts_on_its_own_item_not_on_the_next_row_nor_on_a_namesake_motie() -> None:
    assert set(_proposals(_letter(_TABLE), _moties())) == {("fulfil", 1)}


def test_a_motie_named_by_its_member_and_another_number_is_another_motie_of_that_member() -> None:
    text = _letter(
        "De motie van het lid Jansen over betaalbare huisartsenzorg op de Waddeneilanden (Kamerstuk 29 247, "
        "nr. 88) is uitgevoerd: de subsidieregeling voor de eilanden is op 1 februari opengesteld."
    )
    assert _proposals(text, _moties()) == []


def test_a_recalled_promise_its_paragraph_says_is_on_schedule_is_not_postponed_by_a_delay_further_on() -> (
    None
):
    text = _letter(
        "In mijn brief van 3 oktober heb ik toegezegd dat u voor het zomerreces de evaluatie van het "
        "programma Gezonde Wijken ontvangt. Het evaluatiebureau is in januari begonnen en ligt op schema.\n\n"
        "Over de subsidieregeling voor buurtsportcoaches kan ik nog niet zeggen of die wordt verlengd. Ik "
        "verwacht daar begin volgend jaar meer over te weten."
    )
    assert _proposals(text, [_promise("Evaluatie van het programma Gezonde Wijken")]) == []


def _promise(title: str, **fields: object) -> Candidate:
    """A toezegging of VWS due before the summer recess of 2025."""
    return Candidate.of(_record(9, title, "toezegging", ministry="VWS", deadline=date(2025, 7, 3), **fields))


def _motie_on_waiting_lists() -> list[Candidate]:
    title = "Motie-De Wit over kortere wachtlijsten in de jeugdzorg"
    return [*_moties(), Candidate.of(_record(4, title, ministry="VWS", refs=("31839-990",)))]


@pytest.mark.parametrize(
    "paragraph",
    [
        "De regeling wordt op dit moment uitgewerkt met de gemeenten. Daarmee wordt invulling gegeven aan de "
        "motie van het lid De Wit over kortere wachtlijsten in de jeugdzorg. Tot de regeling in werking "
        "treedt, houd ik de motie open.",
        "Ik heb de NZa gevraagd de analyse af te ronden en zal u de resultaten voor de zomer sturen. Met de "
        "resultaten geef ik ook uitvoering aan de motie-De Wit over kortere wachtlijsten in de jeugdzorg.",
    ],
)
def test_giving_effect_through_something_still_to_come_or_kept_open_does_not_carry_out_the_motie(
    paragraph: str,
) -> None:
    assert _proposals(_letter(paragraph), _motie_on_waiting_lists()) == []


def test_giving_effect_through_what_the_letter_sends_now_carries_out_the_motie() -> None:
    paragraph = (
        "Hierbij stuur ik u de analyse van de NZa. Met de analyse geef ik uitvoering aan de motie-De Wit "
        "over kortere wachtlijsten in de jeugdzorg."
    )
    assert ("fulfil", 4) in _proposals(_letter(paragraph), _motie_on_waiting_lists())


@pytest.mark.parametrize(
    ("sentence", "later"),
    [
        ("De motie-De Wit over wachtlijsten werk ik uit met de VNG; ik kom daarop in juni terug.", True),
        ("Op de uitvoering van de motie-De Wit kom ik in de voortgangsrapportage terug.", True),
        ("Met deze brief kom ik terug op mijn toezegging over de wachtlijsten in de jeugdzorg.", False),
        ("De motie-De Wit (Kamerstuk 31 839, nr. 990) betrek ik bij die brief.", True),
        ("De motie-De Wit wordt door de gemeenten betrokken bij de nieuwe inkoop.", True),
        ("Hiermee geef ik uitvoering aan de motie-De Wit over de wachtlijsten.", False),
    ],
)
def test_coming_back_to_a_motie_later_or_taking_it_into_other_work_leaves_it_for_later(
    sentence: str, later: bool
) -> None:
    assert left_for_later("", sentence, "") is later


def test_the_state_of_a_promised_evaluation_is_not_the_evaluation() -> None:
    text = _letter(
        "Tijdens het commissiedebat Langdurige zorg heb ik u toegezegd de evaluatie van de respijtregeling "
        "voor mantelzorgers voor de zomer aan te bieden. Met deze brief informeer ik u over de stand van "
        "zaken van die evaluatie.\n\nHet onderzoeksbureau heeft de enquête onder mantelzorgers afgerond en "
        "werkt nu aan de gesprekken met gemeenten."
    )
    title = "Evaluatie van de respijtregeling voor mantelzorgers"
    assert not [found for found in _proposals(text, [_promise(title)]) if found[0] != "postpone"]


def test_a_later_moment_of_another_thing_beside_an_item_restated_as_promised_moves_nothing() -> None:
    text = _letter(
        "De huidige regeling buurthuizen in krimpgebieden loopt eind 2025 af. Hoe de kosten van de "
        "buurthuizen tussen Rijk en gemeenten worden verdeeld, bespreek ik de komende maanden met de VNG. "
        "Zoals ik u eerder heb toegezegd, informeer ik u voor de zomer over de bekostiging na 2025."
    )
    title = "Kamer informeren over de bekostiging van buurthuizen in krimpgebieden na 2025"
    quote = "Voor de zomer informeer ik uw Kamer over de bekostiging van buurthuizen in krimpgebieden."
    assert _proposals(text, [_promise(title, quote=quote), *_moties()]) == []


def test_the_item_reading_leaves_an_item_the_letter_says_comes_at_a_moment_ahead() -> None:
    text = (
        "21 501-03 Raad Algemene Zaken en Raad Economische Zaken\n\nNr. 1450 BRIEF VAN DE MINISTER VAN "
        "VOLKSGEZONDHEID, WELZIJN EN SPORT\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 12 maart 2025\n\nHierbij bied ik u de geannoteerde agenda aan voor de Raad Algemene Zaken "
        "van 24 maart 2025.\n\nDe Raad spreekt over de uitbreiding van de Unie met de Westelijke Balkan.\n\n"
        "Het verslag van de Raad van 27 januari jl. ontvangt u, zoals gebruikelijk, voor het meireces.\n"
    )
    title = "Verslag van de Raad Algemene Zaken van januari"
    item = Candidate.of(_record(1, title, "toezegging", ministry="VWS", deadline=date(2025, 4, 25)))
    side = LetterSide("VWS", None, DAY, ahead(text, DAY))
    items = [item, *_moties()]
    assert item_proposals(read_items(text, DAY, 0, items), items, side) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik verwacht de motie van het lid De Wit over kortere wachtlijsten in de jeugdzorg na de zomer als "
        "afgedaan te kunnen beschouwen.",
        "De wachttijden blijven lang. Daarom geef ik met het nieuwe actieplan, dat u in het najaar ontvangt, "
        "uitvoering aan de motie van het lid De Wit over kortere wachtlijsten in de jeugdzorg.",
    ],
)
def test_an_act_expected_later_or_through_a_means_still_to_come_is_not_done_now(sentence: str) -> None:
    """The future of a clause with a long object; a means a clause of its own says comes later."""
    opening = "Met deze brief informeer ik u over enkele onderwerpen uit het zorgbeleid.\n\nJeugdzorg\n\n"
    assert _proposals(_letter(opening + sentence), _motie_on_waiting_lists()) == []


def test_a_delay_of_another_thing_after_an_item_restated_in_time_does_not_postpone_the_item() -> None:
    paragraph = (
        "Met deze brief informeer ik u over enkele onderwerpen uit het zorgbeleid.\n\nMantelzorg\n\n"
        "De evaluatie van de respijtregeling voor mantelzorgers ontvangt u, zoals toegezegd, voor de zomer. "
        "Het onderzoek naar de mantelzorgboete loopt vertraging op; dat verwacht ik eind dit jaar."
    )
    item = _promise("Evaluatie van de respijtregeling voor mantelzorgers")
    assert _proposals(_letter(paragraph), [*_motie_on_waiting_lists(), item]) == []


def _evaluations() -> list[Candidate]:
    return [
        Candidate.of(
            _record(1, "Evaluatie Wet toezicht jeugdhulp naar de Kamer", "toezegging", ministry="VWS",
                    deadline=date(2025, 7, 1))
        ),
        Candidate.of(
            _record(2, "Evaluatie Wet zorg en dwang naar de Kamer", "toezegging", ministry="VWS",
                    deadline=date(2025, 7, 1))
        ),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        "Uw Kamer wacht op twee evaluaties van jeugdhulpwetgeving. De evaluatie van de wet loopt vertraging "
        "op, omdat de onderzoekers de gegevens later ontvangen. Ik verwacht haar na de zomer te sturen.",
        "Beide lopende evaluaties gaan over toezicht in de jeugdhulp. De evaluatie van de wet is vertraagd; "
        "ik stuur haar u na de zomer.",
    ],
)
def test_a_kind_counted_among_several_does_not_tell_look_alikes_apart(body: str) -> None:
    assert _proposals(_letter(body), _evaluations()) == []


def test_one_of_a_kind_named_by_its_own_words_is_told_apart() -> None:
    body = (
        "De evaluatie van de Wet toezicht jeugdhulp loopt vertraging op, omdat de onderzoekers de gegevens "
        "later ontvangen. Ik verwacht haar na de zomer te sturen."
    )
    assert ("postpone", 1) in _proposals(_letter(body), _evaluations())
    assert not [found for found in _proposals(_letter(body), _evaluations()) if found[1] == 2]
