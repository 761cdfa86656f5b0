"""Each part of a sentence belongs to the act of its own clause: a moment to its clause's verb, a word of
delay to who says it, a state to the noun a relative clause describes. Made-up sentences, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from commitments.deadlines import find
from commitments.matching.action import Action
from commitments.matching.cues import DELAY, DICTUM, PARTIAL
from commitments.matching.items import item_proposals, read_items
from commitments.matching.scoring import Candidate, LetterSide
from commitments.matching.statements import acts_now, ahead, in_the_past, sends_now, without_findings
from tests.unit.test_match_acts import _letter, _proposals
from tests.unit.test_match_scoring import _record

DAY = date(2025, 3, 12)


def _past(sentence: str, moment: str) -> bool:
    [match] = [found for found in find(sentence, DAY) if found.text == moment]
    return in_the_past(sentence, match)


@pytest.mark.parametrize(
    ("sentence", "moment", "past"),
    [
        (
            "De pilot, waarvoor in de zomer twintig scholen zijn geselecteerd in Utrecht, loopt door.",
            "in de zomer",
            True,
        ),
        ("De regeling, die in juli is ingegaan, werkt goed.", "in juli", True),
        ("Het rapport, waaraan in april drie bureaus gewerkt hebben, ontvangt u later.", "in april", True),
        ("De evaluatie, die ik u voor de zomer heb toegezegd, stuur ik u in juni.", "voor de zomer", True),
        # look-alikes: the perfect or the future is another clause's, or the clause is in the future
        ("De regeling, die in juli wordt ingevoerd, is vorig jaar aangekondigd.", "in juli", False),
        ("Het rapport, waarover ik u in de zomer informeer, is in opdracht gegeven.", "in de zomer", False),
        ("De evaluatie, die ik heb toegezegd, stuur ik u voor de zomer.", "voor de zomer", False),
    ],
)
def test_a_moment_belongs_to_the_tense_of_its_own_clause(sentence: str, moment: str, past: bool) -> None:
    assert _past(sentence, moment) is past


def test_a_moment_of_a_promise_recalled_in_a_relative_clause_announces_nothing() -> None:
    sent = "Hierbij ontvangt u de evaluatie van de jeugdwet, die ik u in januari voor de zomer heb toegezegd."
    later = "De evaluatie van de jeugdwet, die ik u in januari heb toegezegd, ontvangt u voor de zomer."
    measured = (
        "Het onderzoek naar de geluidshinder, waarvoor in de zomer meetpunten zijn geplaatst, loopt nog."
    )
    assert ahead(sent, DAY) == ()
    assert ahead(measured, DAY) == ()
    assert ahead(later, DAY) == (later,)


@pytest.mark.parametrize(
    "sentence",
    [
        "Uit de toets blijkt dat gemeenten die niet tijdig zijn aangesloten een vangnet nodig hebben.",
        "De onderzoekers concluderen dat het herstel pas in het tweede jaar op gang komt bij wie lang wacht.",
        "Het rapport laat zien dat de bouw van opvangplekken vertraging oploopt in het noorden.",
    ],
)
def test_what_a_study_found_is_not_the_letters_delay(sentence: str) -> None:
    assert not DELAY.search(without_findings(sentence))
    assert DELAY.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het rapport over de opvangplekken ontvangt u later dan ik heb toegezegd.",
        "Uit de planning volgt dat ik u de evaluatie pas in het najaar kan sturen.",  # no study's finding
        "De onderzoekers hebben meer tijd nodig; het rapport volgt in juni.",  # the study's own delay
    ],
)
def test_a_delay_the_letter_states_itself_stays(sentence: str) -> None:
    assert DELAY.search(without_findings(sentence))


def test_a_study_finding_does_not_postpone_the_promise_beside_it() -> None:
    text = _letter(
        "In het debat heb ik toegezegd u voor 1 juni de evaluatie van de schuldhulpverlening te sturen. Met"
        " deze"
        " brief stuur ik u die evaluatie.\n\nUit de evaluatie blijkt dat schuldhulp bij jongeren vaak te laat"
        " begint en dat gemeenten die niet tijdig signaleren hogere kosten hebben."
    )
    item = _record(
        1, "Evaluatie van de schuldhulpverlening", "toezegging", deadline=date(2025, 6, 1), ministry="VWS"
    )
    found = _proposals(text, [Candidate.of(item)])
    assert ("fulfil", 1) in found
    assert ("postpone", 1) not in found


@pytest.mark.parametrize(
    "kept",
    [
        "Met deze brief doe ik een deel van die toezegging gestand.",
        "Hierbij informeer ik u over het eerste deel daarvan.",
    ],
)
def test_a_part_kept_now_is_partial_though_the_rest_comes_later(kept: str) -> None:
    text = _letter(
        "In het debat van 4 februari heb ik toegezegd u voor de zomer in te gaan op de bekostiging van de"
        " huisartsenzorg, die de huidige tarieven vanaf 2027 vervangt, en op de gevolgen daarvan voor de"
        f" avondspoed. {kept}\n\nIn het nieuwe stelsel betaalt de zorgverzekeraar de praktijken rechtstreeks."
        "\n\nOver de gevolgen voor de avondspoed, waarover ik met huisartsen nog in gesprek ben, stuur ik u"
        " in juni een afzonderlijke brief."
    )
    item = _record(
        1, "Kamer informeren over de bekostiging van de huisartsenzorg en de gevolgen voor de avondspoed",
        "toezegging", deadline=date(2025, 6, 30), ministry="VWS",
    )  # fmt: skip
    side = LetterSide("VWS", None, DAY, ahead(text, DAY))
    items = [Candidate.of(item)]
    [(statement, _)] = item_proposals(read_items(text, DAY, 0, items), items, side)  # the item-driven reading
    assert statement.action is Action.PARTIAL


def test_a_whole_answer_with_its_subject_still_to_come_is_no_fulfilment() -> None:
    text = _letter(
        "In het debat van 4 februari heb ik toegezegd u voor de zomer in te gaan op de bekostiging van de"
        " huisartsenzorg, die de huidige tarieven vanaf 2027 vervangt, en op de gevolgen daarvan voor de"
        " avondspoed. Met deze brief ga ik daarop in.\n\nOver de gevolgen voor de avondspoed, waarover ik met"
        " de huisartsen nog in gesprek ben, stuur ik u in juni een afzonderlijke brief."
    )
    item = _record(
        1, "Kamer informeren over de bekostiging van de huisartsenzorg en de gevolgen voor de avondspoed",
        "toezegging", deadline=date(2025, 6, 30), ministry="VWS",
    )  # fmt: skip
    side = LetterSide("VWS", None, DAY, ahead(text, DAY))
    items = [Candidate.of(item)]
    assert [s.action for s, _ in item_proposals(read_items(text, DAY, 0, items), items, side)] != [
        Action.FULFIL
    ]


INTRO = (  # an opening on another subject: what follows is the letter's body
    "Het kabinet werkt aan de verduurzaming van de industrie en de energievoorziening. Daarbij zijn veel"
    " partijen betrokken, van netbeheerders tot gemeenten.\n\n"
)


def _moties() -> list[Candidate]:
    titles = [
        "Motie-Jansen over eisen voor de productie van groene waterstof",
        "Motie-Pietersen over groene waterstof voor de scheepvaart en de binnenvaart",
        "Motie-De Vries over betaalbare ambulancezorg op de Waddeneilanden",
        "Motie-Bakker over een register van zorgverzekeraars die polissen weigeren",
    ]
    return [Candidate.of(_record(number, title, ministry="VWS")) for number, title in enumerate(titles, 1)]


@pytest.mark.parametrize(
    "other",
    [
        "De motie van het lid Pietersen over groene waterstof voor de scheepvaart en de binnenvaart heb ik"
        " eerder besproken.",
        "Op de motie-Pietersen over waterstof voor scheepvaart en binnenvaart kom ik later terug.",
    ],
)
def test_a_sentence_naming_another_moties_members_acts_on_that_motie(other: str) -> None:
    text = _letter(
        INTRO
        + "Aan de eisen voor de productie van groene waterstof voor de scheepvaart, waar de motie van het"
        f" lid Jansen om vraagt, is inmiddels voldaan. {other}"
    )
    found = _proposals(text, _moties())
    assert ("fulfil", 1) in found
    assert ("fulfil", 2) not in found


def test_a_motie_named_as_carried_out_beside_another_is_fulfilled() -> None:
    text = _letter(
        INTRO
        + "Aan de eisen voor de productie van groene waterstof voor de scheepvaart, waar de motie van het"
        " lid Jansen om vraagt, is inmiddels voldaan. Ook de motie van het lid Pietersen over groene"
        " waterstof voor de scheepvaart en de binnenvaart is daarmee uitgevoerd."
    )
    assert ("fulfil", 2) in _proposals(text, _moties())


@pytest.mark.parametrize(
    "state",
    ["is nog niet afgerond", "is niet uitgevoerd, omdat de middelen ontbreken", "is nog niet voltooid"],
)
def test_a_negated_state_of_a_named_motie_is_not_done(state: str) -> None:
    text = _letter(
        INTRO
        + f"Het onderzoek naar de productie van groene waterstof, waar de motie-Jansen om vraagt, {state}."
    )
    assert ("fulfil", 1) not in _proposals(text, _moties())


def test_a_state_of_a_named_motie_not_negated_is_done() -> None:
    text = _letter(
        INTRO
        + "Het onderzoek naar de productie van groene waterstof, waar de motie-Jansen om vraagt, is afgerond."
    )
    assert ("fulfil", 1) in _proposals(text, _moties())


def _jansen() -> list[Candidate]:
    titles = [
        "Motie-Jansen over handhaving op de online verkoop van vuurwerk",
        "Motie-Jansen over vuurwerkvrije zones in binnensteden",
        "Motie-De Vries over betaalbare ambulancezorg op de Waddeneilanden",
        "Motie-Bakker over een register van zorgverzekeraars die polissen weigeren",
    ]
    return [Candidate.of(_record(number, title, ministry="VWS")) for number, title in enumerate(titles, 1)]


@pytest.mark.parametrize(
    "background",
    [
        "Al in 2021 vroeg uw Kamer met de motie van het lid Jansen om handhaving op de online verkoop van"
        " vuurwerk, en de afspraken die toen met de politie zijn gemaakt, gelden nog steeds.",
        "De motie van het lid Jansen over handhaving op de online verkoop van vuurwerk ligt ten grondslag aan"
        " het convenant, waarin destijds de taken van de politie zijn vastgelegd.",
    ],
)
def test_a_state_in_a_relative_clause_describes_a_noun_and_carries_out_no_motie(background: str) -> None:
    assert ("fulfil", 1) not in _proposals(_letter(INTRO + background), _jansen())


def test_a_state_asserted_in_the_main_clause_carries_out_the_motie() -> None:
    text = _letter(
        INTRO
        + "De handhaving op de online verkoop van vuurwerk, waar de motie van het lid Jansen om vroeg, is"
        " inmiddels geregeld in het convenant met de politie."
    )
    assert ("fulfil", 1) in _proposals(text, _jansen())


@pytest.mark.parametrize(
    "done",
    [
        "De motie van het lid Jansen is daarmee uitgevoerd.",
        "Hiermee is aan de motie van het lid Jansen voldaan.",
    ],
)
def test_a_member_named_again_with_a_pointer_back_is_the_motie_described_before(done: str) -> None:
    text = _letter(
        INTRO + "De motie van het lid Jansen verzocht de regering te zorgen voor handhaving op de online"
        " verkoop van vuurwerk. Sinds 1 januari kan de inspectie webwinkels die vuurwerk aan consumenten"
        f" verkopen een boete opleggen. {done}"
    )
    found = _proposals(text, _jansen())
    assert ("fulfil", 1) in found
    assert ("fulfil", 2) not in found


def test_a_member_named_in_another_paragraph_is_not_the_motie_described_before() -> None:
    text = _letter(
        INTRO + "De motie van het lid Jansen verzocht de regering te zorgen voor handhaving op de online"
        " verkoop van vuurwerk. Daarover overleg ik met de inspectie.\n\nDe motie van het lid Jansen over"
        " vuurwerkvrije zones in binnensteden is daarmee uitgevoerd."
    )
    assert ("fulfil", 1) not in _proposals(text, _jansen())


@pytest.mark.parametrize(
    ("sentence", "now"),
    [
        ("Over de resultaten van de proef bericht ik u na afloop ervan.", False),
        ("Over de inhoud van het akkoord informeer ik u na de ondertekening ervan in Brussel.", False),
        ("Ik informeer u over de uitkomst nadat de Raad heeft besloten.", False),
        # look-alikes: this letter does it, or the event is not the act's
        ("Hierbij stuur ik u, na afronding van het overleg met de sector, het actieplan.", True),
        ("Na de behandeling in de ministerraad bied ik u met deze brief het actieplan aan.", True),
        ("Over de resultaten van de proef bericht ik u hieronder.", True),
    ],
)
def test_an_act_after_an_event_still_to_come_is_for_later(sentence: str, now: bool) -> None:
    assert (sends_now(sentence) is not None) is now


def test_an_item_whose_report_comes_after_an_event_is_not_fulfilled() -> None:
    item = _record(
        1, "Resultaten van de proef met mobiele rollenbanken naar de Kamer", "toezegging", ministry="VWS"
    )
    for later in ("bericht ik u na afloop ervan", "informeer ik u na de evaluatie ervan door de politie"):
        text = _letter(
            INTRO
            + "De politie controleert sinds januari met mobiele rollenbanken; over de resultaten van die"
            f" proef {later}."
        )
        assert ("fulfil", 1) not in _proposals(text, [Candidate.of(item), *_jansen()[2:]])


@pytest.mark.parametrize(
    "recalled",
    [
        "Uw Kamer heeft de regering tijdens de behandeling van de begroting verzocht om werkgevers van"
        " vrijwilligers te compenseren, zodat kleine ondernemers niet langer zelf de kosten dragen.",
        "In de motie is de regering verzocht de opleiding in modules aan te bieden, omdat die nu nog niet te"
        " combineren is met werk.",
    ],
)
def test_what_the_kamer_asked_is_not_the_letters_delay(recalled: str) -> None:
    assert DELAY.search(recalled)
    assert not DELAY.search(DICTUM.sub("", recalled))


def test_a_delay_the_government_states_itself_is_kept() -> None:
    said = "De regering heeft meer tijd nodig omdat de adviseurs nog niet om advies zijn gevraagd."
    assert DELAY.search(DICTUM.sub("", said))


@pytest.mark.parametrize(
    "done",
    [
        "Daarmee is aan dit verzoek van uw Kamer voldaan.",
        "Aan de motie is hiermee voldaan.",
        "Hiermee is aan de wens van uw Kamer voldaan.",
    ],
)
def test_the_passive_of_complying_with_its_verb_last_fulfils(done: str) -> None:
    assert acts_now(done)


@pytest.mark.parametrize(
    "not_done", ["Aan dit verzoek is nog niet voldaan.", "Of aan de motie is voldaan, beoordeel ik later."]
)
def test_the_passive_of_complying_negated_or_undecided_does_not(not_done: str) -> None:
    assert not acts_now(not_done)


def _delayed_item(body: str) -> list[tuple[str, object]]:
    item = _record(
        1,
        "Onderzoek naar de wachttijden in de jeugdzorg",
        "toezegging",
        deadline=date(2025, 4, 1),
        ministry="VWS",
    )
    others = [Candidate.of(_record(2, "Monitor huisartsenzorg naar de Kamer", "toezegging", ministry="VWS"))]
    text = _letter(INTRO + body)
    side = LetterSide("VWS", None, DAY, ahead(text, DAY))
    items = [Candidate.of(item), *others]
    found = item_proposals(read_items(text, DAY, 0, items), items, side)
    return [
        (statement.action.value, statement.new_deadline and statement.new_deadline.date)
        for statement, score in found
        if score.commitment_id == 1
    ]


@pytest.mark.parametrize(
    "next_paragraph",
    [
        "De monitor van de huisartsenzorg ontvangt u, zoals toegezegd, voor de zomer.",
        "Over de huisartsenzorg stuur ik u in september een brief.",
    ],
)
def test_a_moment_in_the_next_paragraph_is_another_subjects(next_paragraph: str) -> None:
    body = (
        "In het debat van 4 februari heb ik toegezegd u voor 1 april het onderzoek naar de wachttijden in"
        " de jeugdzorg te sturen. Dat onderzoek loopt helaas vertraging op, omdat de gegevens ontbreken."
        f"\n\n{next_paragraph}"
    )
    assert _delayed_item(body) == [("postpone", None)]


def test_a_moment_in_the_same_paragraph_is_the_new_one() -> None:
    body = (
        "In het debat van 4 februari heb ik toegezegd u voor 1 april het onderzoek naar de wachttijden in"
        " de jeugdzorg te sturen. Dat onderzoek loopt helaas vertraging op, omdat de gegevens ontbreken. Ik"
        " verwacht het in september af te ronden."
    )
    assert _delayed_item(body) == [("postpone", date(2025, 9, 30))]


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Met deze brief ontvangt u de eerste van die twee evaluaties.", True),
        ("Hierbij stuur ik u het eerste van de drie deelrapporten over de zorgkosten.", True),
        ("Hierbij stuur ik u de eerste evaluatie van de wet.", False),  # the first of its kind, not a part
        ("Dit is de eerste van de maatregelen die ik neem; hierbij stuur ik u de evaluatie.", False),
        # some of a counted set
        ("Vier van die pilots zijn afgerond; de resultaten treft u in de bijlage aan.", True),
        ("Hierbij stuur ik u drie van de vijf deelrapporten over de zorgkosten.", True),
        ("Twee van de maatregelen zijn genomen; hierbij stuur ik u de evaluatie.", False),
    ],
)
def test_one_of_a_counted_set_is_a_part(sentence: str, part: bool) -> None:
    assert bool(PARTIAL.search(sentence)) is part


_ANALYSIS = (
    "In het debat van 4 februari heb ik uw Kamer een analyse toegezegd van de wachttijden in de ggz en in de "
    "jeugdzorg, uitgesplitst naar regio. {sent} De cijfers over de jeugdzorg zijn nog niet volledig, omdat "
    "twee regio's later hebben aangeleverd. {rest}"
)


def _analysis_item() -> Candidate:
    return Candidate.of(
        _record(
            1, "Analyse wachttijden ggz en jeugdzorg per regio", "toezegging", ministry="VWS",
            deadline=date(2025, 7, 3),
            quote="Ik stuur uw Kamer voor het zomerreces een analyse van de wachttijden in de ggz en de "
            "jeugdzorg, uitgesplitst naar regio.",
        )
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sent", "rest"),
    [
        (
            "Met deze brief stuur ik u het deel over de ggz.",
            "Het deel over de jeugdzorg ontvangt u, zoals toegezegd, voor het zomerreces.",
        ),
        (
            "Hierbij bied ik u het eerste deel aan, over de ggz.",
            "Het tweede deel, over de jeugdzorg, volgt zoals toegezegd voor de zomer.",
        ),
    ],
)
def test_a_part_sent_now_with_the_rest_in_time_is_partly_kept_not_delayed(sent: str, rest: str) -> None:
    text = _letter(_ANALYSIS.format(sent=sent, rest=rest))
    assert set(_proposals(text, [_analysis_item()])) <= {("partial", 1)}
    assert ("partial", 1) in _proposals(text, [_analysis_item()])


def test_a_part_sent_now_with_the_rest_later_than_promised_is_still_a_postponement() -> None:
    text = _letter(
        _ANALYSIS.format(
            sent="Met deze brief stuur ik u het deel over de ggz.",
            rest="Het deel over de jeugdzorg ontvangt u daarom later dan toegezegd, in oktober.",
        )
    )
    assert ("postpone", 1) in _proposals(text, [_analysis_item()])


def test_a_recalled_promise_restated_in_time_is_not_delayed_by_another_paragraph() -> None:
    text = _letter(
        "De analyse van de wachttijden in de ggz, die ik uw Kamer heb toegezegd, ontvangt u zoals toegezegd "
        "voor de zomer.\n\nDe motie van het lid Dijk over de jeugdzorg is nog niet uitgevoerd: de afspraken "
        "met de gemeenten worden nog uitgewerkt."
    )
    assert ("postpone", 1) not in _proposals(text, [_analysis_item()])
