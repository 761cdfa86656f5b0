"""The kinds of miss and false alarm seen on letters the rules were not built on (issue 11), in sentences
written for these tests: the Kamer as subject or in a passive, plans stated as a planning or an expectation,
the first person in the present with a moment, several moties in one sentence and their aliases, and the
false alarms (goals with a year, advice of others, past events, money per year, a willingness reported)."""

from datetime import date

import pytest

from commitments.extraction.detect import Mode
from commitments.extraction.moments import deadline_phrases
from commitments.extraction.moties import motie_status
from tests.unit.letter_frame import commitments_in


def _found(body: str, mode: Mode = Mode.COMBINED) -> list[tuple[str, date | None, str | None]]:
    items = commitments_in(body, mode)
    return [(item.kind, item.deadline, item.deadline_text) for item in items]


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "kind", "deadline"),
    [
        # the Kamer as subject, or in a passive
        (
            "U ontvangt de tussenrapportage over de pilot voor het kerstreces.",
            "toezegging",
            date(2024, 12, 19),
        ),
        (
            "Uw Kamer kan de beleidsreactie op het advies in juni tegemoet zien.",
            "toezegging",
            date(2024, 6, 30),
        ),
        (
            "Over de resultaten van de evaluatie wordt u uiterlijk januari 2025 bericht.",
            "toezegging",
            date(2025, 1, 31),
        ),
        (
            "U kunt de eerste voortgangsrapportage rond eind april verwachten.",
            "toezegging",
            date(2024, 4, 30),
        ),
        ("Medio april ontvangt u de monitor.", "toezegging", date(2024, 4, 20)),
        (
            "De Kamer krijgt uiterlijk in het derde kwartaal de kabinetsreactie.",
            "toezegging",
            date(2024, 9, 30),
        ),
        # plans stated as a planning or an expectation
        (
            "De planning is dat het wetsvoorstel in het derde kwartaal van 2024 naar de Raad van State gaat.",
            "deliverable",
            date(2024, 9, 30),
        ),
        ("Naar verwachting is de handreiking in september gereed.", "deliverable", date(2024, 9, 30)),
        (
            "Begin 2025 verwacht ik de Kamer het eindrapport te kunnen aanbieden.",
            "toezegging",
            date(2025, 3, 31),
        ),
        # the first person in the present with a moment ahead
        (
            "Op basis van de uitkomsten besluit ik in het najaar over verlenging van de subsidieregeling.",
            "deliverable",
            date(2024, 12, 21),
        ),
        ("In mei start ik met een proef met slimme verkeerslichten.", "deliverable", date(2024, 5, 31)),
        # a product as the object of "zal", without a moment
        (
            "Ik neem dit advies over: ik zal een wetsvoorstel voorbereiden dat de open normen invult.",
            "deliverable",
            None,
        ),
        # the government's act on another party, in consultation with another party
        (
            "Ik zal de NZa vragen om uiterlijk 1 oktober 2024 advies uit te brengen.",
            "deliverable",
            date(2024, 10, 1),
        ),
        (
            "In overleg met de VNG werk ik de komende maanden een handreiking uit, die ik voor het einde van "
            "het jaar aan gemeenten zal sturen.",
            "deliverable",
            date(2024, 12, 31),
        ),
        ("Er komt in 2025 een nieuwe regeling voor de tegemoetkoming.", "deliverable", date(2025, 12, 31)),
        # what the government expects to have by a moment
        (
            "Ik heb de SWOV gevraagd dit te onderzoeken; de resultaten verwacht ik voor het zomerreces.",
            "deliverable",
            date(2024, 7, 4),
        ),
        # a product that takes place by a moment
        ("De evaluatie van de wet vindt in 2025 plaats.", "deliverable", date(2025, 12, 31)),
        ("Volgend jaar zal een evaluatie van de wet plaatsvinden.", "deliverable", date(2025, 12, 31)),
        # a product that goes to the Kamer; a bill is a deliverable, however it reaches the Kamer
        ("De rapportage gaat uw Kamer voor de zomer toe.", "toezegging", date(2024, 7, 4)),
        ("Het plan van aanpak zal uw Kamer in het najaar bereiken.", "toezegging", date(2024, 12, 21)),
        ("Het wetsvoorstel gaat na de zomer naar de Kamer.", "deliverable", date(2024, 9, 30)),
        ("Uw Kamer zal medio 2025 het wetsvoorstel ontvangen.", "deliverable", date(2025, 6, 30)),
        ("De Tweede Kamer wordt over de voortgang op de hoogte gehouden.", "toezegging", None),
        ("U hoort voor de zomer van mij over de uitkomsten.", "toezegging", date(2024, 7, 4)),
        # telling the Kamer in other words than "informeren"
        ("Ik zal de uitkomsten na de zomer aan uw Kamer terugkoppelen.", "toezegging", date(2024, 9, 30)),
        ("Ik zal uw Kamer in het najaar de uitkomsten toelichten.", "toezegging", date(2024, 12, 21)),
        ("Voor het kerstreces stel ik u in kennis van de uitkomsten.", "toezegging", date(2024, 12, 19)),
        ("Ik zal uw Kamer voor de zomer mijn standpunt kenbaar maken.", "toezegging", date(2024, 7, 4)),
        # products by their many names
        ("De handreiking verschijnt in het najaar.", "deliverable", date(2024, 12, 21)),
        ("Er komt dit jaar een nieuwe leidraad voor gemeenten.", "deliverable", date(2024, 12, 31)),
        # a plan stated as a timetable or a target date
        ("De streefdatum voor de inwerkingtreding is 1 juli 2025.", "deliverable", date(2025, 7, 1)),
        (
            "Het tijdpad is dat de handreiking na de zomer aan gemeenten wordt gestuurd.",
            "deliverable",
            date(2024, 9, 30),
        ),
        # the date of a meeting ahead that the promise is due before
        (
            "Ik zal uw Kamer voor het commissiedebat van 12 juni informeren over de uitkomsten.",
            "toezegging",
            date(2024, 6, 12),
        ),
        # a member of the Kamer stands for the Kamer
        ("Daarbij zal ik ook ingaan op de vraag van het lid Bikker over de wachttijden.", "toezegging", None),
        # a willingness with a concrete act
        ("Ik ben bereid de uitkomsten van de monitor jaarlijks met uw Kamer te delen.", "toezegging", None),
    ],
)
def test_promises_written_in_general_structures(
    sentence: str, kind: str, deadline: date | None, mode: Mode
) -> None:
    (item,) = _found(sentence, mode)
    assert item[0] == kind
    if deadline is not None:
        assert item[1] == deadline


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2040 worden alle dieren in de veehouderij gehouden in een systeem dat past bij hun gedrag.",
        "In 2035 rijden alle bussen in het openbaar vervoer emissievrij.",
        "Vanaf 2025 trekt het kabinet structureel 50 miljoen euro per jaar uit voor de aanpak.",
        "Het kabinet investeert tot en met 2028 jaarlijks 100 miljoen euro in de regio.",
        "Ik heb de Kamer eerder laten weten dat ik bereid ben hiernaar te kijken.",
        "Ik heb aangegeven hiertoe bereid te zijn.",
        "Uw Kamer heeft op 12 maart een motie aangenomen waarin de regering wordt verzocht dit te verlengen.",
        "Het kabinet ziet uit naar de algemene politieke beschouwingen op 19 september.",
        "De Raad voor de leefomgeving adviseert om voor 2026 een mobiliteitsfonds op te richten.",
        "Het is goed dat ik in mei met de sector spreek over de uitvoering.",
        "Eerder heb ik aangegeven bereid te zijn om te bezien of een pilot mogelijk is.",
        "De NZa zal uiterlijk 1 oktober 2024 een advies uitbrengen over de bekostiging.",
        "Ik heb de NZa gevraagd om uiterlijk 1 oktober 2024 een advies uit te brengen.",
        "De evaluatie van de wet vond in 2023 plaats.",
        "Het verantwoordingsdebat vindt plaats op 20 juni.",
        "De streefdatum voor de inwerkingtreding was 1 januari 2024.",
        "Het wetsvoorstel is vorig jaar naar de Kamer gegaan.",
        "De handreiking van de VNG verschijnt in het najaar.",
        "In de bijlage vindt u een overzicht van de maatregelen.",
    ],
)
def test_goals_money_and_reported_willingness_are_no_promises(sentence: str) -> None:
    assert _found(sentence) == []


def test_a_recurring_promise_takes_its_first_named_moment() -> None:
    ((kind, deadline, _),) = _found(
        "Ik zal uw Kamer voortaan ieder voorjaar over de uitkomsten van de monitor informeren, voor het "
        "eerst in het voorjaar van 2025."
    )
    assert (kind, deadline) == ("toezegging", date(2025, 6, 20))
    (item,) = commitments_in(
        "Ik zal uw Kamer ieder voorjaar informeren, voor het eerst in het voorjaar van 2025."
    )
    assert item.recurring == "yearly"


def test_moties_named_in_one_sentence_each_with_its_subject_and_reference_and_an_alias_is_the_same() -> None:
    body = (
        "Ook ga ik in op de motie van het lid Vestering over het couperen van staarten (Kamerstuk 36 600 "
        "XIV, nr. 41) en de motie van de leden Van Campen en Grinwis over een convenant met de zuivelketen "
        "(Kamerstuk 36 600 XIV, nr. 52).\n\nDaarmee geef ik uitvoering aan de motie-Van Campen/Grinwis, die "
        "de regering verzoekt bindende afspraken te maken.\n\nDe motie-Vestering verzoekt de regering een "
        "einddatum te stellen."
    )
    moties = [item for item in commitments_in(body) if item.kind == "motie"]
    assert [item.refs for item in moties] == [("36600-XIV-41",), ("36600-XIV-52",)]
    assert "couperen van staarten (Kamerstuk" in moties[0].quote


def test_a_nameless_motie_takes_the_reference_at_the_end_of_its_clause() -> None:
    body = (
        "Ook is er op 15 november 2022 bij de behandeling van de begroting door het lid Knops c.s. een motie "
        "ingediend waarin wordt verzocht met nieuwe oplossingen te komen om de bedrijfsvoering van de "
        "strafrechtketen te verbeteren en uw Kamer hierover voor 1 juni 2023 te informeren (Kamerstuk 36 200 "
        "VI, nr. 76)."
    )
    (item,) = commitments_in(body)
    assert (item.kind, item.refs) == ("motie", ("36200-VI-76",))


def test_a_superscript_footnote_marker_ends_the_sentence() -> None:
    body = (
        "Ik zal uw Kamer ieder voorjaar informeren, voor het eerst in het voorjaar van 2025.¹ Daarnaast laat "
        "ik onderzoeken hoe de doorstroming kan verbeteren; de resultaten verwacht ik medio 2025.\n\n"
        "¹ Kamerstuk 29 398, nr. 1050."
    )
    found = _found(body)
    assert [(kind, deadline) for kind, deadline, _ in found] == [
        ("toezegging", date(2025, 6, 20)),
        ("deliverable", date(2025, 6, 30)),
    ]


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        # the moment of the promise, not of what it is about
        (
            "Het onderzoek wordt in april gestart en ik verwacht u in oktober over de uitkomst te berichten.",
            date(2024, 10, 31),
        ),
        (
            "Na vaststelling van de begroting voor 2025 informeer ik uw Kamer in januari over de verdeling.",
            date(2025, 1, 31),
        ),
        # a recurrence keeps its own next date when the other date is not its first time
        (
            "Ik zal uw Kamer jaarlijks informeren over de voortgang van de aanpak, die in 2026 af moet zijn.",
            date(2025, 3, 15),
        ),
        ("Ik zal uw Kamer uiterlijk januari 2025 informeren over de uitkomsten.", date(2025, 1, 31)),
        ("Ik zal uw Kamer rond eind april informeren over de uitkomsten.", date(2024, 4, 30)),
        ("Ik zal uw Kamer halfjaarlijks informeren over de voortgang.", date(2024, 9, 15)),
        # not the moment of a clause about something else: a relative clause, a clause of time, a goal
        ("Ik informeer u in het voorjaar over de subsidieronde die in februari sluit.", date(2024, 6, 20)),
        (
            "In oktober informeer ik uw Kamer over de regeling die per 1 januari 2026 ingaat.",
            date(2024, 10, 31),
        ),
        (
            "Ik informeer u jaarlijks over de voortgang richting het doel dat in 2030 alle scholen zijn "
            "aangesloten.",
            date(2025, 3, 15),
        ),
        (
            "Het doel is dat in 2030 alle scholen zijn aangesloten; ik informeer u jaarlijks over de "
            "voortgang.",
            date(2025, 3, 15),
        ),
        (
            "In overleg met de VNG werk ik de komende maanden een handreiking uit, die ik voor 1 oktober aan "
            "gemeenten zal sturen.",
            date(2024, 10, 1),
        ),
        # a moment without a year told in the past is behind the letter, not next year
        (
            "In februari heb ik met de gemeenten gesproken en in september informeer ik u over de "
            "uitkomsten.",
            date(2024, 9, 30),
        ),
        ("De pilot is in januari gestart en ik stuur u de resultaten in oktober.", date(2024, 10, 31)),
        ("In februari heb ik u toegezegd u in oktober te informeren over de voortgang.", date(2024, 10, 31)),
        # ... also in a perfect whose participle is an infinitive ("heb laten starten"), past an "en"
        (
            "De volgende rapportage ontvangt u in het voorjaar, samen met de eerste resultaten van de "
            "onderzoeken naar werving en selectie die ik in februari heb laten starten.",
            date(2024, 6, 20),
        ),
        (
            "Uw Kamer ontvangt de monitor in het najaar, met de cijfers van de proeven in Utrecht en Zwolle "
            "die wij in februari hebben moeten stilleggen.",
            date(2024, 12, 21),
        ),
        # ... but not a moment of the promise itself, nor one planned
        ("In februari ontvangt u de evaluatie, zoals ik heb toegezegd.", date(2025, 2, 28)),
        ("De evaluatie van de wet is in februari gepland.", date(2025, 2, 28)),
        # a recess, a quarter, a season in another year than the next one
        ("Ik informeer u voor het zomerreces van volgend jaar over de uitkomsten.", date(2025, 7, 3)),
        ("Ik zal uw Kamer in het eerste kwartaal van volgend jaar informeren.", date(2025, 3, 31)),
        ("Uw Kamer wordt na de zomer van volgend jaar geïnformeerd over de evaluatie.", date(2025, 9, 30)),
    ],
)
def test_the_deadline_is_the_moment_of_the_promise(sentence: str, deadline: date) -> None:
    ((_, found, _),) = _found(sentence)
    assert found == deadline


@pytest.mark.parametrize(
    ("sentence", "behind"),
    [
        (
            "Ik informeer u over de gesprekken met bonden en bazen die ik in februari heb kunnen voeren.",
            True,
        ),
        (
            "Ik informeer u over de gesprekken met bonden en bazen die ik in februari wil laten voeren.",
            False,
        ),
    ],
)
def test_a_perfect_with_an_infinitive_tells_its_moment_in_the_past(sentence: str, behind: bool) -> None:
    (february,) = [m for m in deadline_phrases(sentence, date(2024, 3, 15)) if m.text == "in februari"]
    assert (february.backward, february.date.year if february.date else None) == (
        behind,
        2024 if behind else 2025,
    )


def test_a_vague_moment_of_the_promise_is_not_replaced_by_the_date_of_what_it_is_about() -> None:
    ((_, deadline, text),) = _found(
        "Ik zal uw Kamer zo spoedig mogelijk informeren over de regeling die per 1 januari 2026 ingaat."
    )
    assert (deadline, text) == (None, "zo spoedig mogelijk")


def test_a_phrase_outside_the_corpus_table_gives_no_date() -> None:
    ((_, deadline, text),) = _found("Ik zal uw Kamer tegen de zomer informeren over de uitkomsten.")
    assert (deadline, text) == (None, "tegen de zomer")


def test_a_recurrence_in_the_next_clause_stays_with_the_first_moment() -> None:
    (item,) = commitments_in(
        "De eerste rapportage ontvangt u in juni; daarna informeer ik u ieder half jaar."
    )
    assert (item.deadline, item.recurring) == (date(2024, 6, 30), "half-yearly")


def test_a_promise_that_carries_out_a_named_motie_is_a_toezegging_beside_the_motie() -> None:
    items = commitments_in("Voor 1 juli stuur ik uw Kamer de uitwerking van de motie-Bikker.")
    assert sorted((item.kind, item.deadline) for item in items) == [
        ("motie", None),
        ("toezegging", date(2024, 7, 1)),
    ]


@pytest.mark.parametrize(
    ("context", "status"),
    [
        ("Daarmee is de motie uitgevoerd.", "afgedaan"),
        ("De motie is hiermee volledig uitgevoerd.", "afgedaan"),
        ("De motie is nog niet uitgevoerd.", "open"),
        ("Met deze brief doe ik de volgende moties af:", "afgedaan"),
        ("Met deze brief voer ik motie 36 200 XVI, nr. 40 uit.", "afgedaan"),
    ],
)
def test_a_motie_said_to_be_carried_out_is_discharged(context: str, status: str) -> None:
    assert motie_status(context) == status


def test_a_motie_takes_the_moment_its_own_words_ask_for_from_a_later_mention() -> None:
    body = (
        "Ook ga ik in op de motie van het lid Bikker c.s. (Kamerstuk 36 200 XVI, nr. 40).\n\nDe motie-Bikker "
        "c.s. verzoekt de regering om voor de zomer een plan te presenteren. Ik stuur u dit plan in juni."
    )
    motie, promise = commitments_in(body)
    assert (motie.kind, motie.refs, motie.deadline) == ("motie", ("36200-XVI-40",), date(2024, 7, 4))
    assert (promise.kind, promise.deadline) == ("toezegging", date(2024, 6, 30))


def test_a_motie_named_by_surname_is_the_motie_named_with_first_name_and_reference() -> None:
    body = (
        "Ook geef ik invulling aan de motie van het lid Olger van Dijk c.s. over snelheid (Kamerstuk 29 398, "
        "nr. 1102).\n\nMotie Van Dijk\n\nDe motie Van Dijk c.s. verzoekt de regering om gemeenten meer "
        "ruimte te geven. Hiermee is de motie uitgevoerd."
    )
    moties = [item for item in commitments_in(body) if item.kind == "motie"]
    assert [(item.refs, item.motie_status) for item in moties] == [(("29398-1102",), "afgedaan")]


def test_a_motie_named_by_its_second_submitter_is_not_the_first_submitters_motie() -> None:
    body = (
        "Ook geef ik invulling aan de motie van de leden Kuik en Jansen over de opvang (Kamerstuk 29 398, "
        "nr. 1102).\n\nDaarnaast voer ik de motie-Jansen uit."
    )
    moties = [item for item in commitments_in(body) if item.kind == "motie"]
    assert len(moties) == 2


def test_the_motie_text_in_a_relative_clause_is_the_motie_not_a_promise() -> None:
    body = (
        "De Kamer heeft de motie van het lid Bromet1 aangenomen, die de regering verzoekt om het plan voor "
        "de zomer te presenteren.\n\n1 Kamerstuk 28 286, nr. 1301."
    )
    assert [(item.kind, item.refs) for item in commitments_in(body)] == [("motie", ("28286-1301",))]


def test_the_items_of_a_list_complete_its_introduction_and_take_its_moment() -> None:
    body = (
        "Voor de zomer zal ik:\n\n- uw Kamer het plan van aanpak sturen;\n\n- de evaluatie van de pilot aan "
        "uw Kamer aanbieden.\n\nIk zal uw Kamer informeren over:\n\n- de uitkomsten van de pilot (na de "
        "zomer);\n\n- het wetsvoorstel (in het najaar)."
    )
    assert [(item.kind, item.deadline, item.quote.split()[1]) for item in commitments_in(body)] == [
        ("toezegging", date(2024, 7, 4), "uw"),
        ("toezegging", date(2024, 7, 4), "de"),
        ("toezegging", date(2024, 9, 30), "de"),
        ("deliverable", date(2024, 12, 21), "het"),
    ]


def test_an_introduction_that_is_a_whole_promise_stays_one() -> None:
    body = (
        "Ik zal uw Kamer voor de zomer informeren over de volgende onderwerpen:\n\n- de uitkomsten van de "
        "pilot;\n\n- de evaluatie van de wet."
    )
    items = commitments_in(body)
    assert items[0].quote.startswith("Ik zal uw Kamer voor de zomer informeren")
    assert {item.deadline for item in items} == {date(2024, 7, 4)}


def test_a_recurrence_of_what_the_promise_is_about_is_not_the_promises() -> None:
    (item,) = commitments_in(
        "De monitor die jaarlijks in juni verschijnt, stuur ik uw Kamer dit jaar in november."
    )
    assert (item.deadline, item.recurring) == (date(2024, 11, 30), None)


def test_a_report_the_kamer_receives_is_a_report_to_come_not_this_letter() -> None:
    (item,) = commitments_in("Uw Kamer ontvangt deze rapportage tweemaal per jaar, in maart en in september.")
    assert (item.kind, item.deadline, item.recurring) == ("toezegging", date(2024, 3, 31), "half-yearly")
