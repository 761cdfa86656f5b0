"""Finding the statements in a letter that fulfil or postpone earlier commitments."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from commitments.matching.action import Action
from commitments.matching.statements import find_statements
from commitments.matching.text import Sentences, member_groups

DEVSET = Path(__file__).resolve().parents[2].parent / "shared" / "devset"
LETTERS = Path(__file__).resolve().parents[1] / "fixtures" / "matching" / "letters"


def _devset(name: str) -> str:
    if not (DEVSET / name).exists():
        pytest.skip("development set not available")
    return (DEVSET / name).read_text("utf-8")


def test_quotes_are_spans_of_the_text() -> None:
    text = _devset("letter-03.txt")
    for statement in find_statements(text, date(2023, 9, 28)):
        assert text[statement.start : statement.end] == statement.quote


def test_nota_2023_discharges_four_moties_one_statement_each() -> None:
    statements = find_statements(_devset("letter-03.txt"), date(2023, 9, 28))
    sent, *found = statements
    assert sent.quote == "Het Actieplan vindt u in de bijlage."  # sent now: it answers a promise by subject
    assert sent.target.kind == "toezegging"
    assert [s.action for s in found] == [Action.FULFIL] * 4
    assert [s.target.refs for s in found] == [
        ("35570-VI-50",),
        ("28638-VI-225",),
        ("28638-VI-230",),
        ("28638-VI-226",),
    ]
    assert found[0].target.members == ("kuik", "graaf")
    assert found[0].quote.startswith("Motie Kuik")  # the list marker is not quoted


def test_letter_2020_postpones_first_quarter_promise_to_before_the_summer_recess() -> None:
    sent, statement = find_statements(_devset("letter-04.txt"), date(2020, 4, 1))
    assert " ".join(sent.quote.split()).startswith("In de bijlage treft u de Slachtoffermonitor")
    assert statement.action is Action.POSTPONE
    assert statement.target.refs == ("28638-178",)  # from footnote 5
    assert statement.old_deadline == date(2020, 3, 31)
    assert statement.new_deadline is not None
    assert statement.new_deadline.date == date(2020, 7, 2)
    assert (
        statement.reason
        == "Dit laatste vraagstuk is complex en vraagt om nog verdere uitwerking en toetsing."
    )


def test_issue_example_postponement_with_reason() -> None:
    text = (LETTERS / "uitstel-evaluatie.txt").read_text("utf-8")
    [statement] = find_statements(text, date(2025, 3, 20))
    assert statement.action is Action.POSTPONE
    assert statement.old_deadline == date(2025, 4, 1)
    assert statement.new_deadline is not None
    assert statement.new_deadline.date == date(2025, 4, 30)
    assert statement.reason is not None
    assert statement.reason.startswith("Dit komt later doordat de onderzoekers")


def test_kamervragen_uitstel() -> None:
    text = (LETTERS / "kamervragen-uitstel.txt").read_text("utf-8")
    [statement] = find_statements(text, date(2025, 3, 24))
    assert statement.action is Action.POSTPONE
    assert statement.target.kind == "vragen"
    assert statement.target.members == ("bikker",)
    assert statement.new_deadline is not None
    assert statement.new_deadline.date == date(2025, 4, 15)
    assert statement.reason is not None
    assert statement.reason.startswith("De reden hiervan is")


def test_postponement_without_a_new_date() -> None:
    [statement] = find_statements(_devset("letter-09.txt"), date(2019, 4, 25))
    assert statement.action is Action.POSTPONE
    assert statement.new_deadline is not None
    assert statement.new_deadline.date is None
    assert statement.target.refs == ("35000-VII-18",)


def test_fulfilment_and_progress_in_one_sentence() -> None:
    found = find_statements(_devset("letter-25.txt"), date(2020, 9, 15))
    moties = [s.target.members for s in found if s.target.kind == "motie"]
    assert moties == [("berg",), ("regterschot",)]  # Dik-Faber en Ellemeet: only progress


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Hiermee geef ik uitvoering aan de motie Kuik (Kamerstuk 28 638, nr. 180).", Action.FULFIL),
        ("Met deze brief kom ik mijn toezegging na om u te informeren over de pilots.", Action.FULFIL),
        ("De motie Bikker (Kamerstuk 24 515, nr. 712) beschouw ik hiermee als afgedaan.", Action.FULFIL),
        ("Met deze brief geef ik gedeeltelijk invulling aan de motie Van der Plas.", Action.PARTIAL),
        ("Ik zal in het voorjaar uitvoering geven aan de motie Kuik (Kamerstuk 28 638, nr. 180).", None),
        ("In het kader van de motie Kuik (Kamerstuk 28 638, nr. 180) vinden gesprekken plaats.", None),
        (
            "Aan de motie Kuik (Kamerstuk 28 638, nr. 180) kan nog niet volledig uitvoering worden gegeven.",
            None,
        ),
        ("Parallel wordt uitvoering gegeven aan de afspraak uit het coalitieakkoord.", None),
        # "zoals toegezegd" beside a moment ahead restates the promise; beside an act now it keeps it
        ("Het advies over de zorgbonus stuur ik u, zoals toegezegd, in het najaar van 2025.", None),
        ("Het rapport over de jeugdzorgregio's ontvangt u, zoals eerder toegezegd, voor 1 juni 2025.", None),
        ("Hierbij stuur ik u, zoals toegezegd, het advies over de zorgbonus.", Action.FULFIL),
    ],
)
def test_fulfilment_cues(sentence: str, action: Action | None) -> None:
    found = find_statements(f"Geachte voorzitter,\n\n{sentence}\n", date(2025, 1, 10))
    assert [statement.action for statement in found] == ([action] if action else [])


def test_matching_reads_sentences_and_footnotes_as_the_extraction_does() -> None:
    text = (
        "SOURCE: x\n\nIk doe de motie-Van der Staaij c.s. hierover af.1 Ik heb het rapport ontvangen, "
        "zoals op 3 mei jl.2 gemeld.\n\n1 Kamerstuk 28 638, nr. 178: de rapportage\nover de knelpunten.\n"
        "2 Kamerstuk 28 638, nr. 179.\n"
    )
    read = Sentences.of(text, text.index("Ik"))
    assert [text[s.start : s.end] for s in read.spans][:2] == [
        "Ik doe de motie-Van der Staaij c.s. hierover af.1",
        "Ik heb het rapport ontvangen, zoals op 3 mei jl.2 gemeld.",
    ]
    assert read.notes_in("hierover af.1") == [
        "1 Kamerstuk 28 638, nr. 178: de rapportage\nover de knelpunten."
    ]
    assert read.unmarked("op 3 mei jl.2 gemeld") == "op 3 mei jl. gemeld"


def test_member_groups_tell_motions_apart_by_their_footnote_markers() -> None:
    groups = member_groups("invulling aan de moties van de leden Van den Berg c.s.1 en Regterschot2")
    assert [(group.surnames, group.note) for group in groups] == [(("berg",), 1), (("regterschot",), 2)]


REFERENCE = date(2024, 5, 1)


def _one(body: str) -> tuple[Action, str | None, str | None]:
    """The single statement in a short letter: its act, its old and its new moment (ISO)."""
    [statement] = find_statements(f"Geachte voorzitter,\n\n{body}", REFERENCE)
    new = statement.new_deadline.date if statement.new_deadline else None
    old = statement.old_deadline
    return statement.action, old.isoformat() if old else None, new.isoformat() if new else None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ik moet terugkomen op mijn toezegging om u voor 1 juni te informeren over de evaluatie van de "
            "Jeugdwet. Het onderzoeksbureau heeft meer tijd nodig. Ik verwacht u in oktober 2024 te "
            "informeren.",
            (Action.POSTPONE, "2024-06-01", "2024-10-31"),
        ),
        (
            "De evaluatie van de Jeugdwet verschijnt later dan toegezegd. Ik stuur u de evaluatie uiterlijk "
            "eind dit jaar.",
            (Action.POSTPONE, None, "2024-12-31"),
        ),
        (
            "In tegenstelling tot wat ik heb toegezegd is de verwachting dat de monitor pas in het voorjaar "
            "van 2025 gereed is.",
            (Action.POSTPONE, None, "2025-06-20"),
        ),
        (
            "In het commissiedebat van 4 maart heb ik u een brief over de wachtlijsten in de jeugdzorg "
            "toegezegd voor het einde van het jaar. De brief volgt nu in het eerste kwartaal van 2025.",
            (Action.POSTPONE, "2024-12-31", "2025-03-31"),
        ),
        (
            "De toegezegde brief over netcongestie kan niet voor de gestelde datum van 1 mei naar de Kamer. "
            "Ik zal u voor 1 juli informeren.",
            (Action.POSTPONE, "2024-05-01", "2024-07-01"),
        ),
        (
            "Ik heb toegezegd u voor 1 juni te informeren over de kinderopvangtoeslag. Door de drukte bij "
            "de Belastingdienst is er nog niet genoeg bekend. Zodra dat zo is, informeer ik u.",
            (Action.POSTPONE, "2024-06-01", None),
        ),
        (
            "De uitvoering van de motie van het lid Bikker over schuldhulp vergt meer tijd dan voorzien. Ik "
            "verwacht de Kamer hierover in het voorjaar van 2025 te informeren.",
            (Action.POSTPONE, None, "2025-06-20"),
        ),
        (
            "Helaas lukt het niet om de brief over de arbeidsmarktkrapte voor het zomerreces naar uw Kamer "
            "te sturen. Ik stuur u de brief in september.",
            (Action.POSTPONE, "2024-07-04", "2024-09-30"),
        ),
        (
            "De brief over de toekomst van de kinderopvang zal later verschijnen dan eerder aangekondigd. Ik "
            "verwacht de brief eind oktober aan uw Kamer te sturen.",
            (Action.POSTPONE, None, "2024-10-31"),
        ),
    ],
)
def test_postponements_by_their_structure(body: str, expected: tuple[Action, str | None, str | None]) -> None:
    assert _one(body) == expected


def test_moties_named_by_their_members_before_and_after_the_act() -> None:
    found = find_statements(
        "Geachte voorzitter,\n\nTijdens het debat hebben de leden Bikker en Ceder een motie ingediend over "
        "schuldhulp (Kamerstuk 36 200 XV, nr. 40). Ook het lid Kuik c.s. diende een motie in over "
        "armoede. Wij beschouwen beide moties als uitgevoerd met de maatregelen in deze brief. "
        "De motie-Van der Staaij c.s. over prostitutie is hiermee eveneens uitgevoerd.",
        REFERENCE,
    )
    assert [(s.action, s.target.members, s.target.refs) for s in found] == [
        (Action.FULFIL, ("bikker", "ceder"), ("36200-XV-40",)),
        (Action.FULFIL, ("kuik",), ()),
        (Action.FULFIL, ("staaij",), ()),
    ]


def test_an_act_described_or_still_to_come_acts_on_nothing() -> None:
    letter = (
        "Geachte voorzitter,\n\nConform het verzoek van de leden Bruins en Geurts informeer ik u over de "
        "wijze waarop ik uitvoering geef aan de motie Bruins c.s. over de aanlandplicht. Conform de motie "
        "Van der Graaf c.s. (Kamerstuk 35 000 IV, nr. 21) zend ik uw Kamer medio juli een brief."
    )
    found = find_statements(letter, REFERENCE)
    # the letter informs about the request (what it says it is about), not about the moties
    assert [statement.target.kind for statement in found] == ["informatie"]
    announced = (
        "Geachte voorzitter,\n\nDe vaste commissie voor Economische Zaken heeft verzocht om een reactie op "
        "het rapport over de energietransitie. Die reactie zal ik u na de zomer sturen."
    )
    [moved] = find_statements(announced, REFERENCE)  # not answered now: the request is moved
    assert moved.action is Action.POSTPONE
    assert moved.new_deadline is not None
    assert moved.new_deadline.text == "na de zomer"
    assert "Bruins en Geurts" in found[0].target.words


def test_sending_now_answers_a_promise_by_its_subject_but_an_interim_copy_does_not() -> None:
    [sent] = find_statements(
        "Geachte voorzitter,\n\nNaar aanleiding van het vragenuur stuur ik u het rapport «Boedelopmaak "
        "Aanvalsprogramma» van de ondernemingsraad.",
        REFERENCE,
    )
    assert sent.action is Action.FULFIL
    assert "Boedelopmaak" in sent.target.words
    interim = find_statements(
        "Geachte voorzitter,\n\nHierbij doe ik u een afschrift toekomen van mijn verzoek om een "
        "ambtsbericht. Over de uitkomsten hiervan zal ik u nader informeren.",
        REFERENCE,
    )
    assert interim == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a recall in the simple past; the new moment two sentences on
            "In mijn brief van 14 maart schreef ik u dat het advies over de lerarenopleidingen in mei zou "
            "verschijnen. De commissie heeft haar werk verlengd. Ik verwacht het advies nu in september met "
            "uw Kamer te delen.",
            (Action.POSTPONE, "2024-05-31", "2024-09-30"),
        ),
        (  # a verb-last recall ("dan ik u in april heb gemeld")
            "Anders dan ik u in april heb gemeld, kan ik de Nationale Omgevingsvisie niet dit najaar "
            "aanbieden. De visie verschijnt nu in het tweede kwartaal van 2025.",
            (Action.POSTPONE, "2024-12-21", "2025-06-30"),
        ),
        (  # "uitgesteld tot" names the new moment in the same sentence
            "De toegezegde kabinetsreactie op het rapport over demografie wordt uitgesteld tot na de zomer.",
            (Action.POSTPONE, None, "2024-09-30"),
        ),
        (  # a moment in a later paragraph on another subject is not the new one
            "Ik heb toegezegd u in mei te informeren over de aanbesteding van de fregatten. Dat kan ik nog "
            "niet, omdat een inschrijver bezwaar maakte.\n\nOver de onderzeeboten ontvangt u in juli de "
            "jaarrapportage.",
            (Action.POSTPONE, "2024-05-31", None),
        ),
        (  # the consequence of the delay, a paragraph on and in other words, names the new moment
            "Ik heb toegezegd u in mei te informeren over de aanbesteding van de fregatten. Dat kan ik nog "
            "niet, omdat een inschrijver bezwaar maakte.\n\nDe rechter doet pas in augustus uitspraak. U "
            "ontvangt mijn brief daarom in oktober.",
            (Action.POSTPONE, "2024-05-31", "2024-10-31"),
        ),
        (
            "Ik heb toegezegd u in juni de evaluatie van de jeugdwet te sturen. Die is vertraagd."
            "\n\nHet bureau levert pas na de zomer op. Ik zend u het rapport en mijn reactie daardoor in "
            "december.",
            (Action.POSTPONE, "2024-06-30", "2024-12-31"),
        ),
        (  # look-alike: a consequence in the past tense tells what was done, not the new moment
            "Ik heb toegezegd u in mei te informeren over de aanbesteding van de fregatten. Dat kan ik nog "
            "niet, omdat een inschrijver bezwaar maakte.\n\nWe hebben daarom in april een tweede ronde "
            "gehouden.",
            (Action.POSTPONE, "2024-05-31", None),
        ),
    ],
)
def test_postponements_read_across_sentences(
    body: str, expected: tuple[Action, str | None, str | None]
) -> None:
    found = find_statements(f"Geachte voorzitter,\n\n{body}", REFERENCE)
    postponements = [statement for statement in found if statement.action is Action.POSTPONE]
    first = postponements[0]
    new = first.new_deadline.date if first.new_deadline else None
    old = first.old_deadline
    assert (first.action, old.isoformat() if old else None, new.isoformat() if new else None) == expected


def _postponements(text: str, reference: date) -> list[tuple[date | None, str]]:
    return [
        (s.new_deadline.date if s.new_deadline else None, s.quote)
        for s in find_statements(text, reference)
        if s.action is Action.POSTPONE
    ]


def test_the_new_moment_may_follow_a_paragraph_that_explains_the_delay() -> None:
    text = (
        "In het wetgevingsoverleg heb ik u toegezegd dat ik de verkenning naar de zorgbonus voor 1 maart "
        "aan uw Kamer zou sturen.\n\n"
        "Dat blijkt niet haalbaar. De uitvoerders hebben meer tijd nodig voor de gegevens. Zij verwachten "
        "de cijfers na de zomer. Ik wil geen onvolledig beeld geven. Ik stuur u de verkenning in november "
        "van dit jaar.\n\nHet advies van de Gezondheidsraad ontvangt u voor het kerstreces.\n"
    )
    [(new, _)] = _postponements(text, date(2025, 2, 10))
    assert new == date(2025, 11, 30)  # "de verkenning" again, not the researchers' "na de zomer"


def test_a_delay_compared_with_the_promise_puts_the_new_moment_after_the_recall() -> None:
    text = (
        "De monitor zal later gereed zijn dan ik u had gemeld; ik verwacht hem u in het derde kwartaal te "
        "sturen.\n"
    )
    [(new, _)] = _postponements(text, date(2025, 2, 10))
    assert new == date(2025, 9, 30)


def test_a_promise_restated_as_promised_is_no_postponement() -> None:
    text = (
        "Over de uitkomsten van het onderzoek naar de tolheffing informeer ik u, zoals ik heb toegezegd, "
        "in het najaar. Ook de evaluatie van de vrachtwagenheffing volgt; die is voorzien voor 2027.\n"
    )
    assert _postponements(text, date(2025, 6, 1)) == []


def test_what_a_delay_expressly_does_not_affect_is_not_postponed() -> None:
    text = (
        "De publicatie van de monitor is uitgesteld tot na de zomer.\n\n"
        "Het uitstel van het onderzoek heeft geen gevolgen voor de openstelling van de subsidieregeling. De "
        "voortgangsbrief over de regeling ontvangt u voor de zomer.\n"
    )
    assert not any("geen gevolgen" in quote for _, quote in _postponements(text, date(2025, 6, 1)))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a moment in a clause of cause explains the delay; the new one follows
            "Het onderzoek naar de huisartsenposten, dat ik u voor 1 juni had beloofd, zal later gereed zijn "
            "dan toegezegd, omdat het Nivel de gegevens pas in april kon ontvangen. Ik verwacht het rapport "
            "in september aan u te sturen.",
            (Action.POSTPONE, "2024-06-01", "2024-09-30"),
        ),
        (  # the month a promise was made is not the month it was due
            "In tegenstelling tot wat ik u in maart heb toegezegd, is de verwachting dat de evaluatie van de "
            "Wet verplichte ggz pas in het eerste kwartaal van 2025 wordt afgerond.",
            (Action.POSTPONE, None, "2025-03-31"),
        ),
        (  # a past intention in a subordinate clause, the new moment in the main clause
            "Het plan voor de penitentiaire inrichting, dat ik u in april had willen sturen, ontvangt u in "
            "september. De gemeente heeft om meer tijd gevraagd.",
            (Action.POSTPONE, None, "2024-09-30"),
        ),
        (  # one moment denied for another: the one denied is the old deadline
            "De toegezegde beleidsregel publiceer ik niet in september, zoals eerder gemeld, maar in "
            "december.",
            (Action.POSTPONE, "2024-09-30", "2024-12-31"),
        ),
        (  # a moved moment named after "naar"
            "De rapportage over de wachttijden bij de IND schuift op naar het najaar.",
            (Action.POSTPONE, None, "2024-12-21"),
        ),
    ],
)
def test_a_postponements_moments_are_read_by_their_clause(
    body: str, expected: tuple[Action, str | None, str | None]
) -> None:
    assert _one(body) == expected


def test_a_motie_asking_for_a_delay_is_not_delayed_itself() -> None:
    body = (
        "In de motie van de leden Dassen en Inge van Dijk werd de regering verzocht jaarlijks een overzicht "
        "te geven van de projecten van het Groeifonds die vertraging oplopen. Dit overzicht is vanaf dit "
        "jaar opgenomen in het jaarverslag."
    )
    found = find_statements(f"Geachte voorzitter,\n\n{body}", REFERENCE)
    assert not [statement for statement in found if statement.action is Action.POSTPONE]


@pytest.mark.parametrize(
    ("fragment", "members"),
    [
        ("de motie van de leden Bontenbal (CDA) en Kröger (GroenLinks-PvdA)", ("bontenbal", "kroger")),
        ("de motie die het lid Kostić heeft ingediend", ("kostic",)),
        ("de motie van het Kamerlid Vedder", ("vedder",)),
    ],
)
def test_members_named_with_their_party_after_the_motion_or_as_kamerlid(
    fragment: str, members: tuple[str, ...]
) -> None:
    assert [group.surnames for group in member_groups(fragment)] == [members]


@pytest.mark.parametrize(
    ("cause", "reason"),
    [
        ("Door een storing bij de leverancier lukt dat niet.", "Door een storing bij de leverancier"),
        ("Dat lukt niet als gevolg van een storing bij de leverancier.", "als gevolg van een storing"),
        ("Dat lukt niet in verband met een storing bij de leverancier.", "in verband met een storing"),
    ],
)
def test_a_cause_beside_a_postponement_is_its_reason(cause: str, reason: str) -> None:
    text = (
        "Datum 3 februari 2026\n\nGeachte voorzitter,\n\n"
        "In het debat over de dijken heb ik toegezegd u in maart 2026 een overzicht van de dijkversterkingen "
        f"te sturen. {cause} Het overzicht ontvangt u daarom niet in maart, maar uiterlijk 1 juni 2026.\n"
    )
    [statement] = find_statements(text, date(2026, 2, 3))
    assert statement.action is Action.POSTPONE
    assert statement.reason is not None
    assert reason in statement.reason
