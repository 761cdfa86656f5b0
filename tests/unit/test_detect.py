from datetime import date

import pytest

from commitments.extraction import extract
from commitments.letters import new_from_found
from tests.unit.letter_frame import DAY, LETTER, commitments_in


def _found(body: str, day: date = DAY) -> list[tuple[str, str]]:
    extraction = extract(LETTER.format(body=body), day, today=day)
    return [(item.kind, " ".join(item.quote.split())) for item in extraction.commitments]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ik zal uw Kamer voor het zomerreces informeren over de voortgang.", "toezegging"),
        ("Dit najaar zal ik u het plan van aanpak doen toekomen.", "toezegging"),
        ("Uw Kamer wordt jaarlijks geïnformeerd over de voortgang van het programma.", "toezegging"),
        ("Ik streef ernaar deze voor het zomerreces met de Kamer te kunnen delen.", "toezegging"),
        ("Ik verwacht uw Kamer hierover dit najaar te kunnen informeren.", "toezegging"),
        ("In Q1 2025 ontvangt uw Kamer de jaarlijkse voortgangsrapportage.", "toezegging"),
        ("Deze analyse wordt in september uitgevoerd en zal begin oktober gereed zijn.", "deliverable"),
        (
            "Tot slot zal dit jaar gestart worden met een traject om een monitor te ontwikkelen.",
            "deliverable",
        ),
        ("Het wetsvoorstel wordt aangeboden in de ministerraad van 3 november a.s.", "deliverable"),
        (
            "Het kabinet zet zich in om het wetsvoorstel zo spoedig mogelijk aan uw Kamer aan te bieden.",
            "deliverable",
        ),
    ],
)
def test_promises_are_found_with_their_kind(sentence: str, kind: str) -> None:
    assert _found(sentence) == [(kind, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 18 oktober 2019 heeft de Nationaal Rapporteur zijn rapport gepubliceerd.",
        "Uw Kamer heeft verzocht het wetsvoorstel zo spoedig mogelijk in te dienen.",
        "De commissie adviseert de minister om het onderzoek voor de zomer uit te breiden.",
        "Een uitbreiding van het onderzoek zal niet leiden tot een vertraging.",
        "Hierbij ontvangt uw Kamer de zevende voortgangsbrief.",
        "Op 1 september 2023 is de Kamer geïnformeerd over het besluit.",
        "Op 12 juni as. voer ik een wetgevingsoverleg met de vaste Kamercommissie.",
        "Mijn hoop is dat u snel duidelijkheid zult geven over de governance.",
    ],
)
def test_past_events_requests_and_this_letter_are_not_promises(sentence: str) -> None:
    assert _found(sentence) == []


def test_an_independent_adviser_makes_no_government_promises() -> None:
    letter = (
        "Datum 20 oktober 2023\n\nIk zal uw commissie voor de zomer informeren over mijn onderzoek. "
        "Ik ben graag "
        "bereid om mee te denken over de monitoring.\n\nMet vriendelijke groet,\n\nConny Rijken\n"
        "Nationaal Rapporteur Mensenhandel en\nSeksueel Geweld tegen Kinderen\n"
    )
    assert extract(letter, date(2023, 10, 20), today=date(2023, 10, 20)).commitments == ()


def test_moties_discharged_by_a_list_give_one_item_each_with_references() -> None:
    body = (
        "Met toezending van het Actieplan worden de volgende moties afgedaan:\n\n"
        "- Motie Kuik en Van der Graaf (Kamerstuk 35 570 VI, nr. 50) over een plan.\n"
        "- Motie Mutluer en Verkuijlen (Kamerstuk 28 638, nr. 226) over training."
    )
    items = commitments_in(body)
    assert [(item.kind, item.refs, item.motie_status) for item in items] == [
        ("motie", ("35570-VI-50",), "afgedaan"),
        ("motie", ("28638-226",), "afgedaan"),
    ]


def test_a_motie_taken_up_in_the_next_sentence_is_quoted_up_to_there_with_its_footnote_reference() -> None:
    body = (
        "Op 12 februari jl. is ook een motie7 aangenomen die het kabinet oproept een programma te verkennen. "
        "Momenteel vinden in het kader van deze motie de eerste gesprekken plaats.\n\n"
        "7 Motie van de leden Van der Graaf en Kuik aangenomen (Kamerstuk 31 015, nr. 186)."
    )
    items = list(commitments_in(body))
    assert len(items) == 1
    assert items[0].quote.startswith("Op 12 februari jl. is ook een motie7")
    assert items[0].quote.endswith("de eerste gesprekken plaats.")
    assert items[0].deadline is None  # the day the motie was adopted is no deadline
    assert (items[0].refs, items[0].motie_status) == (("31015-186",), "open")


def test_plural_moties_split_at_their_footnote_markers() -> None:
    body = (
        "Met deze brief geeft het kabinet invulling aan de moties van de leden Van den Berg c.s.1 "
        "en Regterschot2 "
        "(gesprekken met sociale partners) en gaat het in op de voortgang met betrekking tot de motie van de "
        "leden Dik-Faber en Ellemeet (zeggenschap)3."
    )
    items = commitments_in(body)
    assert [(item.kind, item.motie_status) for item in items] == [
        ("motie", "afgedaan"),
        ("motie", "afgedaan"),
        ("motie", "open"),
    ]
    assert items[1].quote.startswith("Regterschot2")


def test_offsets_point_into_the_original_text_after_a_source_line() -> None:
    text = "SOURCE: https://example.org\n" + LETTER.format(body="Ik zal uw Kamer voor de zomer informeren.")
    extraction = extract(text, date(2024, 3, 15), today=date(2024, 3, 15))
    (item,) = extraction.commitments
    assert extraction.text == text
    assert text[item.start : item.end] == item.quote == "Ik zal uw Kamer voor de zomer informeren."
    assert item.actor == "Minister van Infrastructuur en Waterstaat"
    assert item.ministry == "IenW"
    assert item.deadline is not None
    assert item.deadline < date(2024, 7, 31)


def test_a_recalled_promise_that_this_letter_keeps_is_no_new_commitment() -> None:
    body = (
        "Tijdens het commissiedebat Verkeersveiligheid van 12 oktober 2023 heb ik toegezegd uw Kamer te "
        "informeren over de uitkomsten van het onderzoek naar provinciale wegen. Met deze brief kom ik deze "
        "toezegging na."
    )
    assert _found(body) == []


def test_a_recalled_promise_kept_two_sentences_later_is_no_new_commitment() -> None:
    body = (
        "In het commissiedebat van 5 december 2023 heb ik toegezegd uw Kamer te informeren over het "
        "delen van aansluitingen. Die informatie treft u aan in de bijlage. "
        "Daarmee is deze toezegging afgedaan."
    )
    assert _found(body) == []


def test_a_recalled_promise_the_letter_keeps_by_a_pro_form_is_no_new_commitment() -> None:
    """Found in a user trial: "heb ik toegezegd te rapporteren … Met deze brief doe ik dat" was a new open
    item."""
    for kept in (
        "Met deze brief doe ik dat.",
        "Hiermee kom ik die na.",
        "Met deze brief geef ik daar invulling aan.",
    ):
        body = (
            "Bij de begrotingsbehandeling heb ik toegezegd te rapporteren over het aantal boa's in de "
            f"binnensteden. {kept} In 2023 waren het er tweehonderd."
        )
        assert _found(body) == [], kept


def test_a_recalled_promise_restated_with_its_moment_is_one_item() -> None:
    """Found in a user trial: "heb ik toegezegd … te informeren" and "Ik zal u hierover voor het zomerreces …
    informeren" gave two items; the one with the deadline is the promise, what it is about is recalled."""
    recalled = (
        "In het wetgevingsoverleg van 6 februari jl. heb ik toegezegd uw Kamer te informeren over de "
        "wachttijden bij de rijbewijskeuring."
    )
    for restated in (
        "Ik zal u hierover voor het zomerreces informeren.",
        "Ik kom hier na de zomer op terug.",
    ):
        extraction = extract(
            LETTER.format(body=f"{recalled} {restated}"), date(2024, 3, 15), today=date(2024, 3, 15)
        )
        (item,) = extraction.commitments
        assert " ".join(item.quote.split()) == restated
        assert item.deadline is not None
        assert item.deadline > date(2024, 3, 15)
        assert item.antecedent is not None
        assert " ".join(item.antecedent.split()) == recalled
        saved = new_from_found(item, date(2024, 3, 15))
        assert saved.title == "Kamer informeren over de wachttijden bij de rijbewijskeuring"
        assert saved.quote.startswith("In het wetgevingsoverleg")
        assert saved.quote.endswith(restated)


@pytest.mark.parametrize(
    ("recalled", "between", "restated"),
    [
        (
            "Tijdens het commissiedebat heb ik toegezegd u deze maand een brief te sturen over de "
            "capaciteit van de kinderopvang.",
            "Omdat de cijfers van de gemeenten later komen, lukt dat niet.",
            "Ik zal u uiterlijk 1 juni 2024 informeren over de capaciteit van de kinderopvang.",
        ),
        (
            "In het commissiedebat van 2 februari heb ik toegezegd u deze week te informeren over de "
            "veiligheid van de sluizen in Terneuzen.",
            "Het onderzoek loopt nog.",
            "Ik zal uw Kamer voor 1 mei 2024 informeren over de veiligheid van de sluizen in Terneuzen.",
        ),
    ],
)
def test_a_recalled_promise_restated_with_its_subject_further_on_in_its_paragraph_is_one_item(
    recalled: str, between: str, restated: str
) -> None:
    """Found in a user trial: a promise recalled, a reason for delay, then the same promise with a new
    moment (not pointing back with "hierover") gave a stale dateless item beside the new one."""
    day = date(2024, 3, 15)
    (item,) = extract(LETTER.format(body=f"{recalled} {between} {restated}"), day, today=day).commitments
    assert " ".join(item.quote.split()) == restated
    assert item.deadline is not None
    assert item.deadline > day
    assert item.antecedent is not None
    assert " ".join(item.antecedent.split()) == recalled


def test_a_recalled_promise_followed_by_another_subject_or_restated_in_another_paragraph_stays_apart() -> (
    None
):
    recalled = (
        "Tijdens het commissiedebat heb ik toegezegd u deze maand een brief te sturen over de capaciteit van "
        "de kinderopvang."
    )
    other = "Ik zal u uiterlijk 1 juni 2024 informeren over de tarieven van de buitenschoolse opvang."
    restated = "Ik zal u uiterlijk 1 juni 2024 informeren over de capaciteit van de kinderopvang."
    day = date(2024, 3, 15)
    for body in (f"{recalled} {other}", f"{recalled}\n\n{restated}"):
        assert len(extract(LETTER.format(body=body), day, today=day).commitments) == 2, body


def test_the_letters_own_date_in_a_header_table_is_no_planned_item() -> None:
    body = (
        "| Datum | 15 maart 2024 |\n\n| Betreft | Planning vaarwegen |\n\nIk zal u voor de zomer informeren."
    )
    assert [kind for kind, _ in _found(body)] == ["toezegging"]


def test_a_promise_that_names_nothing_but_hier_is_saved_with_the_sentence_it_points_back_at() -> None:
    """Found in a user trial: "Ik kom hier op terug" was a title."""
    before = "Over de tarieven van de veerdiensten voer ik nog overleg met de provincie."
    restated = "Ik kom hier na de zomer op terug."
    (item,) = commitments_in(f"{before} {restated}")
    assert " ".join(item.quote.split()) == restated
    assert item.antecedent == before
    assert "tarieven van de veerdiensten" in new_from_found(item, date(2024, 3, 15)).title


def test_a_promise_that_points_back_but_names_its_own_subject_is_quoted_alone() -> None:
    body = (
        "De pilot in Zeeland is in januari gestart. Ik zal u hierover voor de zomer de eerste resultaten van "
        "de pilot sturen."
    )
    (item,) = commitments_in(body)
    assert item.antecedent is None
    assert new_from_found(item, date(2024, 3, 15)).quote.startswith("Ik zal u hierover")


def test_a_promise_after_a_recalled_one_that_points_at_nothing_is_an_item_of_its_own() -> None:
    body = (
        "In het commissiedebat heb ik toegezegd uw Kamer te informeren over de kosten van de veerdiensten. "
        "Voor de zomer stuur ik u de evaluatie van de Wadden-aanpak."
    )
    quotes = [quote for _, quote in _found(body)]
    assert len(quotes) == 2
    assert quotes[1] == "Voor de zomer stuur ik u de evaluatie van de Wadden-aanpak."


def test_a_recalled_promise_that_is_not_kept_keeps_its_passed_deadline() -> None:
    body = (
        "In het notaoverleg op 25 januari heb ik u toegezegd om de uitwerking voor het reces toe te sturen. "
        "Die uitwerking is er nog niet."
    )
    (item,) = extract(LETTER.format(body=body), date(2024, 2, 16), today=date(2024, 2, 16)).commitments
    assert item.kind == "toezegging"
    assert item.deadline_text == "voor het reces"
    assert item.deadline is not None
    assert item.deadline < date(2024, 2, 16)


@pytest.mark.parametrize(
    ("sentence", "kind", "deadline"),
    [
        ("Ik zal de Kamer hierover voor het kerstreces nader berichten.", "toezegging", date(2024, 12, 19)),
        ("Ik kom hier te zijner tijd bij uw Kamer op terug.", "toezegging", None),
        (
            "De verwachting is dat de wet per 1 januari 2026 in werking treedt.",
            "deliverable",
            date(2026, 1, 1),
        ),
        ("Begin 2025 start de aanbesteding van het nieuwe systeem.", "deliverable", date(2025, 3, 31)),
        ("De evaluatie van de wet is voorzien in 2026.", "deliverable", date(2026, 12, 31)),
        (
            "Uw Kamer ontvangt het projectenoverzicht gelijktijdig met de Defensiebegroting.",
            "toezegging",
            date(2024, 9, 17),
        ),
    ],
)
def test_general_patterns_of_promises(sentence: str, kind: str, deadline: date | None) -> None:
    (item,) = commitments_in(sentence)
    assert (item.kind, item.deadline) == (kind, deadline)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het CBR zal in september een eerste verkenning opleveren.",
        "TenneT zal voor het einde van 2025 drie nieuwe hoogspanningsstations in gebruik nemen.",
        "De gemeenten zullen voor 1 juli hun volkshuisvestingsprogramma vaststellen.",
        "De gemeente Amsterdam start in april met een pilot.",
        "Het zestiende sanctiepakket wordt naar verwachting op 24 februari 2025 aangenomen.",
        "Ik ben niet voornemens de regeling in 2024 opnieuw open te stellen.",
        "Zal de regeling op 1 juli in werking treden?",
        "Zoals toegezegd tijdens het commissiedebat van 7 februari 2024 stuur ik u hierbij de evaluatie.",
        "In de bijlage treft u het onderzoeksrapport aan.",
        "De Raad van State adviseert om het wetsvoorstel voor de zomer aan te passen.",
    ],
)
def test_other_parties_negations_questions_and_kept_promises_are_not_promises(sentence: str) -> None:
    assert _found(sentence) == []


def test_the_heading_of_a_kamerstuk_is_no_promise() -> None:
    body = "36 800 X Vaststelling van de begrotingsstaten van het Ministerie van Defensie voor het jaar 2026"
    assert _found(body) == []


# Issue 11: sentences written for these tests (not taken from the development set), one per way of writing a
# promise: the Kamer as receiver or in a passive, a plan stated as planning or expectation, present tense
# with a moment, an elided subject. The extractor found none of them before issue 11.
@pytest.mark.parametrize(
    "sentence",
    [
        "U ontvangt de rapportage voor de zomer.",
        "Uw Kamer kan de brief in juni tegemoet zien.",
        "Naar verwachting kan ik uw Kamer na de zomer informeren over de resultaten.",
        "Naar verwachting is het onderzoek in juni 2024 afgerond.",
        "De verwachting is dat de evaluatie in de tweede helft van 2024 gereed is.",
        "Het streven is om het plan van aanpak in het najaar aan uw Kamer te sturen.",
        "Het is mijn intentie om de Kamer voor het einde van het jaar te informeren.",
        "Gestreefd wordt naar afronding van de evaluatie in het najaar van 2024.",
        "Ik ga met gemeenten in gesprek en informeer uw Kamer voor het einde van het jaar over de uitkomst.",
        "Rond de zomer stuurt het kabinet uw Kamer een brief over de uitvoering.",
        "Over de uitkomsten bericht ik u in het najaar.",
        "Het rapport wordt na ontvangst aan uw Kamer gestuurd.",
        "Ik houd uw Kamer op de hoogte van de verdere ontwikkelingen.",
        "De kabinetsreactie op het advies volgt voor het zomerreces.",
        "Ik kom voor de zomer met een voorstel.",
        "In de voortgangsrapportage, die uw Kamer in juni ontvangt, ga ik nader in op de resultaten.",
        "Het verslag van de Raad ontvangt uw Kamer binnen twee weken na afloop van de vergadering.",
        "Ik ga de regeling dit jaar evalueren.",
        "Ik ga uw Kamer na de zomer informeren over de uitkomsten.",
        "Ik laat een onderzoek uitvoeren naar de oorzaken, waarvan de resultaten eind 2024 beschikbaar zijn.",
        "Deze brief ontvangt u in december 2024.",
        "Ik neem de uitkomsten van de gesprekken mee in de voortgangsbrief die uw Kamer in juni ontvangt.",
        "De resultaten worden betrokken bij de kabinetsreactie op het advies.",
        "Ik wil de regeling per 1 januari 2025 aanpassen.",
        "De minister zegt toe de Kamer voor de zomer te informeren over de uitkomsten van het overleg.",
        "Ik streef naar afronding van de evaluatie voor het einde van het jaar.",
    ],
)
def test_promises_written_in_other_words_are_found(sentence: str) -> None:
    assert [quote for _, quote in _found(sentence)] == [sentence]


# False alarms recognised by their structure: a goal with a year, a recommendation or request of others, a
# past event with a date, money made available, an opinion, an act of another named party.
@pytest.mark.parametrize(
    "sentence",
    [
        "In 2030 moet 55 procent minder CO2 worden uitgestoten.",
        "Op 17 september heeft het kabinet de miljoenennota gepresenteerd.",
        "Ik heb aangegeven hiertoe bereid te zijn.",
        "In 2025 wordt jaarlijks 20 miljoen euro beschikbaar gesteld voor de regeling.",
        "De vakbonden vragen het kabinet om in 2025 meer geld uit te trekken.",
        "Het kabinet vindt het belangrijk dat gemeenten in 2025 voldoende middelen hebben.",
        "Het Europees Parlement stemt naar verwachting in mei over het voorstel.",
        "Naar aanleiding van het vragenuur van 12 maart stuur ik u ter informatie het rapport.",
        "De kosten bedragen in 2025 naar verwachting 12 miljoen euro.",
        "De minister van Onderwijs is verantwoordelijk voor de uitvoering van deze regeling in 2025.",
        "Het schooljaar begint op 1 september.",
        "De Europese Commissie zal naar verwachting in het voorjaar een voorstel presenteren.",
        "Het voorzitterschap streeft ernaar in juni een akkoord te bereiken.",
        "Ik ga ervan uit dat de gemeenten in 2025 voldoende middelen hebben.",
        "In deze brief ga ik in op de vragen van uw Kamer over de voortgang in 2024.",
        "Het aantal asielaanvragen zal in 2024 naar verwachting stijgen.",
        "Het advies van de Raad voor het Openbaar Bestuur wordt op 12 mei gepresenteerd.",
        "De commissie stelt voor om de Kamer voor de zomer van 2024 te informeren over de kosten.",
        "De Raad pleit ervoor dat het kabinet in 2025 een nieuw wetsvoorstel indient.",
        "Ik wil benadrukken dat de situatie in 2025 anders is.",
        "In deze brief neem ik de uitkomsten van de evaluatie mee.",
        "Het kabinet ziet uit naar de beschouwingen op 17 september.",
        "De minister neemt op 4 oktober deel aan de hoorzitting van de vaste commissie.",
    ],
)
def test_goals_past_events_money_and_others_acts_are_not_promises(sentence: str) -> None:
    assert _found(sentence) == []


def test_a_decision_to_make_money_available_is_still_a_deliverable() -> None:
    sentence = "Dit is voor het kabinet aanleiding om ook voor 2025 extra budget beschikbaar te stellen."
    assert [quote for _, quote in _found(sentence)] == [sentence]


def test_a_quote_does_not_start_with_the_letter_head() -> None:
    text = (
        "Nr. 12\nBRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 15 maart 2024\n"
        "Ik zal uw Kamer voor de zomer informeren over de voortgang.\n"
    )
    (item,) = extract(text, date(2024, 3, 15), today=date(2024, 3, 15)).commitments
    assert item.quote.startswith("Ik zal uw Kamer")
    assert text[item.start : item.end] == item.quote


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "De toezending aan uw Kamer van de evaluatie is voor het derde kwartaal van 2024 gepland.",
            "toezegging",
        ),
        ("De kabinetsreactie op het advies volgt voor het zomerreces.", "toezegging"),
        ("De uitkomsten van de evaluatie deel ik voor de zomer met uw Kamer.", "toezegging"),
        (
            "Wij gaan de regeling dit jaar evalueren en zullen uw Kamer over de uitkomsten informeren.",
            "toezegging",
        ),
        ("Ik verwacht het wetsvoorstel in de zomer van 2024 aan uw Kamer te zenden.", "deliverable"),
        ("Het kabinet zal voor de zomer een besluit nemen over de financiering.", "deliverable"),
    ],
)
def test_a_message_to_the_kamer_is_a_toezegging_and_a_bill_a_deliverable(sentence: str, kind: str) -> None:
    assert _found(sentence) == [(kind, sentence)]


def test_an_undated_letter_resolves_against_the_callers_today_and_a_given_date_wins() -> None:
    text = (
        "Geachte voorzitter,\n\nIk zal uw Kamer voor het einde van dit jaar informeren over de uitkomsten."
        "\n\nDe Minister van Infrastructuur en Waterstaat,\n"
    )

    def deadlines(reference: date | None, today: date) -> list[date | None]:
        return [item.deadline for item in extract(text, reference, today=today).commitments]

    assert deadlines(None, date(2024, 3, 1)) == [date(2024, 12, 31)]
    assert deadlines(None, date(2025, 3, 1)) == [date(2025, 12, 31)]
    assert deadlines(date(2026, 5, 1), date(2025, 3, 1)) == [date(2026, 12, 31)]


def test_an_estimated_recess_date_stays_an_estimate_on_the_saved_item() -> None:
    text = "Den Haag, 3 maart 2031\n\nIk zal uw Kamer voor het zomerreces informeren over de voortgang.\n"
    (item,) = extract(text, today=date(2031, 3, 3)).commitments
    assert item.deadline is not None
    assert item.estimate
    assert new_from_found(item, date.today()).estimate


def test_a_promise_of_the_cabinet_belongs_to_the_post_that_signed_the_letter() -> None:
    """The quote keeps who promised; the item goes to the bewindspersoon who answers for it."""
    text = (
        "Den Haag, 2 maart 2031\n\nGeachte voorzitter,\n\n"
        "Het kabinet zal uw Kamer voor 1 juni 2031 informeren over de inzet bij overstromingen.\n"
        "De staatssecretaris van Financiën zal u voor 1 juli 2031 de evaluatie van de heffing sturen.\n\n"
        "De minister van Defensie,\n\nP. Jansen\n"
    )
    found = extract(text, today=date(2031, 3, 2))
    cabinet, named = found.commitments
    assert (cabinet.actor, found.letter.sender) == ("het kabinet", "Minister van Defensie")
    posts = [
        new_from_found(item, date(2031, 3, 2), sender=found.letter.sender).post for item in (cabinet, named)
    ]
    assert posts == ["Minister van Defensie", "Staatssecretaris van Financiën"]
    assert new_from_found(cabinet, date(2031, 3, 2)).post == "het kabinet"  # no signature: who promised


def test_the_items_of_a_list_are_read_with_its_introduction() -> None:
    body = (
        "In de komende periode zal ik:\n\n"
        "- voor de zomer een wetsvoorstel in consultatie brengen;\n"
        "- uw Kamer in het najaar informeren over de uitkomsten van de pilots.\n\n"
        "Verder is het volgende van belang:\n\n"
        "- de gemeenten hebben in 2023 veel gedaan;\n"
        "- de uitvoering loopt goed."
    )
    assert _found(body) == [
        ("deliverable", "- voor de zomer een wetsvoorstel in consultatie brengen;"),
        ("toezegging", "- uw Kamer in het najaar informeren over de uitkomsten van de pilots."),
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("De toegezegde brief kan niet voor het zomerreces worden verzonden.", False),
        ("Helaas lukt het niet om uw Kamer voor de zomer te informeren.", False),
        (
            "Helaas lukt het niet om uw Kamer voor de zomer te informeren; ik verwacht u de brief na het "
            "zomerreces te kunnen sturen.",
            True,
        ),
        ("Ik zal niet alleen de sector maar ook uw Kamer voor de zomer informeren.", True),
    ],
)
def test_a_promise_that_cannot_be_kept_is_none_but_its_new_moment_is(sentence: str, found: bool) -> None:
    assert bool(_found(sentence)) is found


@pytest.mark.parametrize(
    ("body", "deadline", "phrase"),
    [
        # promised: the season ahead, not the one behind the letter
        ("Dit voorjaar stuur ik uw Kamer de evaluatie van de regeling.", date(2025, 6, 20), "Dit voorjaar"),
        (
            "Ik zal u deze zomer informeren over de uitkomsten van het onderzoek.",
            date(2025, 9, 22),
            "deze zomer",
        ),
        # told in the past: the season behind, so the promise keeps its own moment
        (
            "Dit voorjaar is de proef begonnen en in april informeer ik u over de eerste uitkomsten.",
            date(2025, 4, 30),
            "in april",
        ),
        (
            "Deze zomer heb ik met de provincies gesproken; ik stuur u de uitkomst in februari.",
            date(2025, 2, 28),
            "in februari",
        ),
    ],
)
def test_a_season_named_with_dit_in_a_december_letter(body: str, deadline: date, phrase: str) -> None:
    day = date(2024, 12, 10)
    letter = LETTER.replace("15 maart 2024", "10 december 2024").format(body=body)
    (item,) = extract(letter, day, today=day).commitments
    assert (item.deadline, item.deadline_text) == (deadline, phrase)


def test_a_promise_that_informs_about_a_motie_named_before_it_is_titled_by_that_motie() -> None:
    """Found in a user trial: "Ik voer deze motie uit en informeer uw Kamer daarover" was titled "Ik voer deze
    motie uit en informeer uw Kamer daarover": the motie is an item of its own, and was no antecedent."""
    motie = (
        "De motie van het lid Pietersen (Kamerstuk 31 839, nr. 900) verzoekt de regering de wachttijden in "
        "de jeugdzorg terug te dringen."
    )
    promise = "Ik voer deze motie uit en informeer uw Kamer daarover voor het zomerreces."
    day = date(2024, 3, 15)
    found = extract(LETTER.format(body=f"{motie} {promise}"), day, today=day).commitments
    (item,) = [item for item in found if item.kind == "toezegging"]
    assert item.antecedent is not None
    assert " ".join(item.antecedent.split()) == motie
    assert new_from_found(item, day).title == "Kamer informeren over de motie van het lid Pietersen"
