"""More made-up variants of the issue-11 kinds of miss and false alarm, each kind in several grammatical
forms: the Kamer as (indirect) object of a passive, a product that "comes to" the Kamer, a plan stated as an
intention of the writer's post, a time phrase opening the clause before the government as subject, coming
back to the Kamer on something; and the goals, advice, past events, budgets and other parties that are no
promise. None is copied from a development letter."""

from datetime import date

import pytest

from commitments.extraction.detect import Mode
from tests.unit.letter_frame import commitments_in


def _found(body: str, mode: Mode) -> list[tuple[str, date | None]]:
    return [(item.kind, item.deadline) for item in commitments_in(body, mode)]


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "kind", "deadline"),
    [
        # the Kamer as object of a passive, a noun "vragen" before the auxiliary
        (
            "De antwoorden op de schriftelijke vragen zullen u in mei worden toegezonden.",
            "toezegging",
            date(2024, 5, 31),
        ),
        (
            "De beantwoording van de vragen zal uw Kamer voor 1 juni worden toegestuurd.",
            "toezegging",
            date(2024, 6, 1),
        ),
        (
            "De Kamer wordt voor de zomer per brief op de hoogte gebracht van de keuzes.",
            "toezegging",
            date(2024, 7, 4),
        ),
        (
            "U wordt in het najaar nader geïnformeerd over de uitkomsten van het overleg.",
            "toezegging",
            date(2024, 12, 21),
        ),
        ("Uw Kamer mag de kabinetsreactie in september verwachten.", "toezegging", date(2024, 9, 30)),
        # a product that comes to the Kamer
        (
            "De rapportage over het eerste jaar zal uw Kamer voor het kerstreces toekomen.",
            "toezegging",
            date(2024, 12, 19),
        ),
        ("De eindevaluatie komt u in het najaar toe.", "toezegging", date(2024, 12, 21)),
        ("Het verslag van de werkgroep gaat de Kamer in oktober toe.", "toezegging", date(2024, 10, 31)),
        # a plan stated as the intention of the post
        (
            "Het voornemen is de subsidieregeling in oktober open te stellen.",
            "deliverable",
            date(2024, 10, 31),
        ),
        (
            "Mijn voornemen is de nieuwe werkwijze per 1 september in te voeren.",
            "deliverable",
            date(2024, 9, 1),
        ),
        (
            "Het is mijn inzet om de Kamer voor het zomerreces een eerste analyse te sturen.",
            "toezegging",
            date(2024, 7, 4),
        ),
        ("Het is ons voornemen het wetsvoorstel eind 2024 in te dienen.", "deliverable", date(2024, 12, 31)),
        (
            "Het streven is om de nieuwe systematiek medio 2025 in te voeren.",
            "deliverable",
            date(2025, 6, 30),
        ),
        # a time phrase opening the clause, the government as subject after the verb
        (
            "Dit najaar start het ministerie een verkenning naar de mogelijkheden.",
            "deliverable",
            date(2024, 12, 21),
        ),
        (
            "Volgend jaar start het kabinet een campagne over de nieuwe regels.",
            "deliverable",
            date(2025, 12, 31),
        ),
        (
            "Dit voorjaar begint de minister met een reeks werkbezoeken aan de regio's.",
            "deliverable",
            date(2024, 6, 20),
        ),
        # coming back to the Kamer
        (
            "Ik kom voor het einde van het jaar bij uw Kamer terug op de uitkomsten.",
            "toezegging",
            date(2024, 12, 31),
        ),
        (
            "In het najaar komt de staatssecretaris bij de Kamer terug op dit onderwerp.",
            "toezegging",
            date(2024, 12, 21),
        ),
    ],
)
def test_promise_is_found(sentence: str, kind: str, deadline: date | None, mode: Mode) -> None:
    assert _found(sentence, mode) == [(kind, deadline)]


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    "sentence",
    [
        # a named party with a multi-word name as subject
        "Het Planbureau voor de Leefomgeving brengt in oktober de nieuwe verkenning uit.",
        "Het Centraal Bureau voor de Statistiek publiceert in juni de cijfers over 2023.",
        "De Raad voor het Openbaar Bestuur brengt in het najaar een advies uit.",
        # the calendar itself
        "Het schooljaar begint op 1 september.",
        "Het nieuwe kwartaal start op 1 april.",
        # goals, advice, past events, budgets
        "In 2030 is het aantal verkeersdoden met de helft verminderd.",
        "De Gezondheidsraad beveelt aan om voor 2026 een landelijk screeningsprogramma in te voeren.",
        "De Raad van State adviseert het wetsvoorstel voor de zomer aan te passen.",
        "Op 3 april vond een rondetafelgesprek plaats met de sector.",
        "Voor deze regeling is vanaf 2025 jaarlijks 20 miljoen euro beschikbaar.",
        "In het debat heb ik gezegd dat ik bereid ben om naar de mogelijkheden te kijken.",
    ],
)
def test_no_promise(sentence: str, mode: Mode) -> None:
    assert _found(sentence, mode) == []


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        # a moment in a clause of purpose or content ("om ... te") gives way to the promise's own
        (
            "Voor de zomer stuur ik u een plan om de wachttijden uiterlijk eind 2026 te halveren.",
            date(2024, 7, 4),
        ),
        (
            "In mei informeer ik uw Kamer over een aanpak om de achterstanden voor 2027 weg te werken.",
            date(2024, 5, 31),
        ),
        (
            "Dit najaar start ik een proef om in 2026 alle aanvragen digitaal af te handelen.",
            date(2024, 12, 21),
        ),
        # a moment that qualifies a noun after a preposition gives way too
        (
            "In juni informeer ik uw Kamer over de voortgang, met het oog op de evaluatie in 2027.",
            date(2024, 6, 30),
        ),
        ("Eind 2024 ontvangt u de routekaart naar een emissievrije sector in 2035.", date(2024, 12, 31)),
        ("Ik zal u in oktober schrijven over de gevolgen voor de woningmarkt in 2030.", date(2024, 10, 31)),
        # ... but where it is the only moment, it is the deadline
        ("Ik streef ernaar om de regeling uiterlijk eind 2024 aan te passen.", date(2024, 12, 31)),
        ("Ik zal uw Kamer over de uitkomsten in het najaar informeren.", date(2024, 12, 21)),
        ("Het kabinet is voornemens om de wet per 1 januari 2026 te wijzigen.", date(2026, 1, 1)),
    ],
)
def test_the_promise_s_own_moment(sentence: str, deadline: date) -> None:
    assert [item.deadline for item in commitments_in(sentence)] == [deadline]


def test_first_time_is_no_noun() -> None:
    sentence = "Ik zal uw Kamer ieder najaar informeren, voor het eerst in het najaar van 2025."
    assert [item.deadline for item in commitments_in(sentence)] == [date(2025, 12, 21)]


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a promise the letter says cannot be kept is none (nor may the model add it); its new moment is
        (
            "Het is helaas niet mogelijk de rapportage voor de zomer aan uw Kamer te sturen. De rapportage "
            "volgt nu na de zomer.",
            [("toezegging", date(2024, 9, 30))],
        ),
        ("Het blijkt niet haalbaar het wetsvoorstel voor 1 juli in te dienen.", []),
        # the Kamer's own request in a relative clause vetoes nothing; another party's request does
        (
            "Het onderzoek, waar uw Kamer om heeft gevraagd, wordt voor het kerstreces aan u gestuurd.",
            [("toezegging", date(2024, 12, 19))],
        ),
        (
            "De evaluatie waar de Kamer naar heeft gevraagd, ontvangt u in september.",
            [("toezegging", date(2024, 9, 30))],
        ),
        ("Het adviescollege heeft het kabinet gevraagd voor de zomer een plan op te stellen.", []),
        # a rapportage that follows is a message to the Kamer
        ("De voortgangsrapportage verschijnt in juni.", [("toezegging", date(2024, 6, 30))]),
        ("De eerste rapportage volgt in het najaar.", [("toezegging", date(2024, 12, 21))]),
    ],
)
def test_negation_requests_and_reports(body: str, expected: list[tuple[str, date]], mode: Mode) -> None:
    assert _found(body, mode) == expected


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a decision taken to act by a moment ahead is a plan of the government
        (
            "Daarom heb ik besloten uw Kamer in het najaar een uitgebreide analyse te sturen.",
            [("toezegging", date(2024, 12, 21))],
        ),
        (
            "Het kabinet heeft besloten de regeling per 1 januari 2025 te verlengen.",
            [("deliverable", date(2025, 1, 1))],
        ),
        ("Wij hebben besloten in september een pilot te starten.", [("deliverable", date(2024, 9, 30))]),
        # without a moment ahead, or with money only, or told of the past, it is none
        ("Ik heb besloten het advies niet over te nemen.", []),
        ("Het kabinet heeft besloten om hiervoor 10 miljoen euro beschikbaar te stellen.", []),
        ("In 2022 heeft het kabinet besloten de regeling te verlengen.", []),
    ],
)
def test_a_decision_to_act(sentence: str, expected: list[tuple[str, date]], mode: Mode) -> None:
    assert _found(sentence, mode) == expected


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an intention or a plan named by its noun
        (
            "Ik heb de intentie om het wetsvoorstel in het voorjaar van 2025 in te dienen.",
            [("deliverable", date(2025, 6, 20))],
        ),
        ("Het plan is om de subsidie in september open te stellen.", [("deliverable", date(2024, 9, 30))]),
        ("Ons plan is dat de nieuwe werkwijze eind 2024 ingaat.", [("deliverable", date(2024, 12, 31))]),
        # a product of the government expected ready by a moment
        ("Ik verwacht dat de evaluatie in het najaar gereed is.", [("deliverable", date(2024, 12, 21))]),
        ("Wij verwachten dat het actieplan eind 2024 beschikbaar is.", [("deliverable", date(2024, 12, 31))]),
        # a forecast, another party's act, a past plan, an expected outcome: none
        ("Ik verwacht dat het aantal aanvragen in 2025 verder stijgt.", []),
        ("Ik verwacht dat de Raad van State in juni advies uitbrengt.", []),
        ("Het plan is in 2023 door de Kamer besproken.", []),
        ("Ik verwacht dat de evaluatie positief uitvalt.", []),
    ],
)
def test_intentions_and_expectations(sentence: str, expected: list[tuple[str, date]], mode: Mode) -> None:
    assert _found(sentence, mode) == expected


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the Kamer receiving in the second-person future, its committee, both chambers, its members
        ("U zult de rapportage in juni ontvangen.", [("toezegging", date(2024, 6, 30))]),
        ("U zult in het najaar van mij een brief ontvangen.", [("toezegging", date(2024, 12, 21))]),
        ("Zoals u zult begrijpen, is dit een complex vraagstuk.", []),
        (
            "De vaste commissie ontvangt voor 1 juli de gevraagde informatie.",
            [("toezegging", date(2024, 7, 1))],
        ),
        ("Beide Kamers ontvangen de evaluatie voor de zomer.", [("toezegging", date(2024, 7, 4))]),
        (
            "De Kamerleden ontvangen in mei een uitnodiging voor een briefing.",
            [("toezegging", date(2024, 5, 31))],
        ),
        # answering the Kamer's questions is a message to it (a written procedure is no meeting)
        (
            "De schriftelijke vragen van het lid Van Dijk zal ik voor 1 juni beantwoorden.",
            [("toezegging", date(2024, 6, 1))],
        ),
        (
            "De vragen uit het schriftelijk overleg beantwoord ik voor het zomerreces.",
            [("toezegging", date(2024, 7, 4))],
        ),
        ("De Kamervragen hierover worden binnen drie weken beantwoord.", [("toezegging", date(2024, 4, 5))]),
    ],
)
def test_the_kamer_receives_or_is_answered(
    sentence: str, expected: list[tuple[str, date]], mode: Mode
) -> None:
    assert _found(sentence, mode) == expected


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the Kamer's request that the promise answers vetoes nothing; the request told on its own does
        (
            "Zoals uw Kamer heeft verzocht, stuur ik u voor de zomer de evaluatie.",
            [("toezegging", date(2024, 7, 4))],
        ),
        ("Uw Kamer heeft verzocht om voor 1 juni te worden geïnformeerd.", []),
        ("De Kamer heeft gevraagd om voor de zomer een brief over de voortgang te sturen.", []),
        # what runs out by itself
        ("In het najaar van 2025 loopt de concessie af.", []),
        ("De vergunning vervalt per 1 juli 2025.", []),
        ("Het huidige convenant verloopt eind 2024.", []),
        ("Ik laat de regeling per 1 juli 2025 vervallen.", [("deliverable", date(2025, 7, 1))]),
        ("De concessie, die in 2025 afloopt, wordt niet verlengd.", []),
        # ... not what runs out named in what the Kamer receives
        (
            "Uw Kamer ontvangt voor het kerstreces een brief over de pilot die in oktober afloopt.",
            [("toezegging", date(2024, 12, 19))],
        ),
        (
            "Voor de zomer ontvangt u een overzicht van de vergunningen die dit jaar verlopen.",
            [("toezegging", date(2024, 7, 4))],
        ),
        # a view of others reported
        ("De eerste resultaten worden in de zomer van 2025 verwacht, aldus de onderzoekers.", []),
    ],
)
def test_requests_expiry_and_reported_views(
    sentence: str, expected: list[tuple[str, date]], mode: Mode
) -> None:
    assert _found(sentence, mode) == expected


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the capitalised title of a law or a programme is no other party
        (
            "De evaluatie van de Wet toezicht wordt in het najaar afgerond.",
            [("deliverable", date(2024, 12, 21))],
        ),
        (
            "De uitwerking van het Programma Aardgasvrij volgt in het najaar.",
            [("deliverable", date(2024, 12, 21))],
        ),
        (
            "De herziening van het Besluit kwaliteit wordt in het eerste kwartaal van 2025 gepubliceerd.",
            [("deliverable", date(2025, 3, 31))],
        ),
        # a named party's product stays the party's
        ("Het rapport van de Onderzoeksraad wordt in juni gepubliceerd.", []),
        ("Het advies van de Kinderombudsman verschijnt in het najaar.", []),
    ],
)
def test_titles_are_no_parties(sentence: str, expected: list[tuple[str, date]], mode: Mode) -> None:
    assert _found(sentence, mode) == expected


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun of growth is no forecast
        (
            "De wijziging van de regeling, waarmee de groei van het aantal aanvragen wordt beperkt, gaat per "
            "1 juli in.",
            [("deliverable", date(2024, 7, 1))],
        ),
        (
            "Het kabinet investeert extra in de groei van het aantal opleidingsplaatsen en werkt dit voor de "
            "zomer uit in een plan.",
            [("deliverable", date(2024, 7, 4))],
        ),
        ("Het aantal aanvragen groeit in 2025 verder.", []),
        ("Naar verwachting stijgt het aantal meldingen in 2025.", []),
        # another party receiving is where the government's act goes
        (
            "Gemeenten ontvangen in juni een brief van mij over de verdeling, die ik ook aan uw Kamer stuur.",
            [("toezegging", date(2024, 6, 30))],
        ),
        ("De gemeenten stellen in juni hun plannen vast.", []),
    ],
)
def test_growth_nouns_and_parties_receiving(
    sentence: str, expected: list[tuple[str, date]], mode: Mode
) -> None:
    assert _found(sentence, mode) == expected


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a promise reported in a dat-clause: coming back to the Kamer, reporting to it
        (
            "Ik heb uw Kamer toegezegd dat ik in het najaar terugkom op de uitkomsten van het onderzoek.",
            [("toezegging", date(2024, 12, 21))],
        ),
        (
            "Eerder heb ik gemeld dat ik voor de zomer over de voortgang rapporteer.",
            [("toezegging", date(2024, 7, 4))],
        ),
        # fulfilled by this letter: none
        ("Daarmee voldoe ik aan mijn toezegging om u voor het zomerreces te informeren.", []),
    ],
)
def test_reported_promises(sentence: str, expected: list[tuple[str, date]], mode: Mode) -> None:
    assert _found(sentence, mode) == expected


@pytest.mark.parametrize(
    ("body", "deadline"),
    [
        # "dan", "op dat moment" point back at the moment named just before
        (
            "Het onderzoek is naar verwachting in september afgerond. Ik zal uw Kamer dan over de uitkomsten "
            "informeren.",
            date(2024, 9, 30),
        ),
        (
            "In het najaar volgt meer duidelijkheid. Op dat moment zal ik uw Kamer informeren.",
            date(2024, 12, 21),
        ),
        # a comparative, "dan ook" and a past moment point at nothing
        ("Het budget is meer dan verdubbeld. Ik zal uw Kamer dan ook informeren over de verdeling.", None),
        ("Op 1 februari is de pilot gestart. Ik zal uw Kamer dan ook informeren over de uitkomsten.", None),
    ],
)
def test_a_moment_pointed_back_at(body: str, deadline: date | None) -> None:
    promises = [item for item in commitments_in(body) if item.kind == "toezegging"]
    assert [item.deadline for item in promises] == [deadline]


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a moment that says "soon" without a day is a moment for an act in the present tense
        ("Op korte termijn start ik een verkenning naar de mogelijkheden.", [("deliverable", None)]),
        (
            "Binnenkort wordt een internetconsultatie gestart over het conceptbesluit.",
            [("deliverable", None)],
        ),
        ("Het kabinet publiceert eerdaags de nieuwe richtlijn.", [("deliverable", None)]),
        ("De komende maanden werk ik samen met de sector een plan van aanpak uit.", [("deliverable", None)]),
        ("In de komende weken benader ik de betrokken partijen.", [("deliverable", None)]),
        # ... not a span of years, and not what another party does soon
        ("De komende jaren investeert het kabinet in de regio.", []),
        ("De NZa publiceert binnenkort haar nieuwe beleidsregels.", []),
    ],
)
def test_soon_without_a_day(sentence: str, expected: list[tuple[str, date | None]], mode: Mode) -> None:
    assert _found(sentence, mode) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Op 4 april nam uw Kamer de motie-Bikker (Kamerstuk 36 200 XVI, nr. 12) aan. Deze motie behelst "
        "onder meer «zo spoedig mogelijk een nulmeting te doen».",
        "De motie van het lid Kat (Kamerstuk 35 925 VII, nr. 40) vraagt om binnenkort een loket te openen.",
        "Genoemde motie beoogt op korte termijn een meldpunt in te richten (Kamerstuk 35 925 VII, nr. 41).",
    ],
)
def test_what_a_motie_holds_is_no_promise(body: str) -> None:
    assert [item.kind for item in commitments_in(body)] == ["motie"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In het najaar neem ik uw Kamer mee in de uitwerking van de plannen.",
        "Voor de zomer licht ik u in over de voortgang.",
        "In september laat ik u weten hoe de pilot verloopt.",
        "Begin volgend jaar schets ik u de contouren van het nieuwe stelsel.",
        "In het voorjaar geef ik u een overzicht van de resultaten.",
        "Voor het kerstreces leg ik u een voorstel voor.",
        "In oktober geef ik uw Kamer inzicht in de kosten.",
        "Ik zal u in het najaar een overzicht geven van de stand van zaken.",
    ],
)
def test_telling_the_kamer_in_other_words_is_a_toezegging(sentence: str) -> None:
    assert [item.kind for item in commitments_in(sentence)] == ["toezegging"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik leg de nieuwe normen voor de zomer vast in een regeling.",
        "In het najaar geef ik de NZa opdracht een nieuwe bekostiging uit te werken.",
    ],
)
def test_acts_that_tell_the_kamer_nothing_stay_deliverables(sentence: str) -> None:
    assert [item.kind for item in commitments_in(sentence)] == ["deliverable"]


def test_this_letter_in_one_clause_leaves_a_promise_in_the_next() -> None:
    body = (
        "Graag bied ik uw Kamer hierbij het jaarverslag aan; het volgende jaarverslag ontvangt u in mei 2025."
    )
    assert [(item.kind, item.deadline) for item in commitments_in(body)] == [
        ("toezegging", date(2025, 5, 31))
    ]


def test_this_letter_in_the_clause_of_the_cue_is_no_promise() -> None:
    assert commitments_in("Hierbij ontvangt u de rapportage over het eerste kwartaal van 2024.") == ()
