"""Structures of promises seen missed on letters the rules were not built on, in sentences written for these
tests (none copied from a letter): an act that waits for a condition, the next time of a recurring promise
named apart, a recurrence by a number of weeks, another party named by its kind and its name."""

from datetime import date

import pytest

from commitments.extraction.detect import Mode, read_letter
from commitments.extraction.moments import deadline_phrases
from tests.unit.letter_frame import DAY, LETTER, commitments_in


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Zodra de provincie het inpassingsplan heeft vastgesteld, start ik de aanbesteding van de brug.",
            "deliverable",
        ),
        ("Als de pilot in Zwolle slaagt, breid ik de proef uit naar vijf andere regio's.", "deliverable"),
        (
            "Mocht uit de evaluatie blijken dat de norm te streng is, dan informeer ik uw Kamer daarover "
            "in de voortgangsbrief.",
            "toezegging",
        ),
        (
            "Wanneer de Europese Commissie haar voorstel heeft gepubliceerd, stuur ik u een appreciatie.",
            "toezegging",
        ),
    ],
)
def test_an_act_in_the_present_that_waits_for_a_condition_is_a_promise(
    sentence: str, kind: str, mode: Mode
) -> None:
    (item,) = commitments_in(sentence, mode)
    assert (item.kind, item.deadline) == (kind, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Als ik naar de cijfers kijk, zie ik een daling van het aantal ongevallen.",
        "Als gevolg van de droogte neem ik extra maatregelen voor de scheepvaart.",
        "Nadat de wet in werking trad, heb ik de gemeenten een brief gestuurd.",
        "Nadat de wet in werking trad, stuurde ik de gemeenten een brief.",
        "Wanneer ouders een aanvraag doen, beoordeelt de SVB die binnen acht weken.",
    ],
)
def test_a_state_a_past_or_another_party_after_a_condition_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "deadline", "recurring"),
    [
        (
            "U ontvangt ieder kwartaal een overzicht van de wachttijden; het volgende verschijnt in juli.",
            date(2024, 7, 31),
            "quarterly",
        ),
        (
            "De Kamer ontvangt jaarlijks een rapportage over de veiligheid van tunnels; de eerste "
            "verschijnt in oktober 2024.",
            date(2024, 10, 31),
            "yearly",
        ),
        (
            "Ik informeer uw Kamer elk half jaar over de voortgang; de eerstvolgende brief stuur ik in mei.",
            date(2024, 5, 31),
            "half-yearly",
        ),
    ],
)
def test_the_next_time_of_a_recurring_promise_named_in_another_clause_is_its_deadline(
    sentence: str, deadline: date, recurring: str
) -> None:
    (item,) = commitments_in(sentence)
    assert (item.kind, item.deadline, item.recurring) == ("toezegging", deadline, recurring)


def test_a_promise_every_few_weeks_is_due_one_period_after_the_letter() -> None:
    (item,) = commitments_in(
        "Uw Kamer ontvangt iedere vier weken een overzicht van de wachttijden bij het CBR."
    )
    assert (item.kind, item.deadline, item.recurring) == ("toezegging", date(2024, 4, 12), None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het waterschap Rivierenland start dit najaar zelf met een onderzoek naar de kades bij Tiel.",
        "Gemeenten leveren in mei hun plannen voor de opvang in.",
        "In september past het waterschap Vechtstromen de peilbesluiten aan.",
    ],
)
def test_another_party_named_by_its_kind_acts_by_itself(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "De resterende 20 miljoen euro gaat naar het Rode Kruis, dat in mei met een voedselprogramma begint.",
        "Het geld is bestemd voor de Voedselbanken, die in juni een nieuwe campagne starten.",
    ],
)
def test_an_act_in_a_relative_clause_of_another_party_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    "body",
    [
        "De Inspectie publiceert haar bevindingen in december. Ik stuur u dat rapport met mijn reactie.",
        "De NZa rondt de marktscan in het najaar af. Ik stuur hem u direct daarna toe.",
        "De Gezondheidsraad brengt zijn advies na de zomer uit. Dat advies stuur ik u met een reactie.",
    ],
)
def test_sending_the_kamer_what_was_named_before_is_a_promise(body: str) -> None:
    items = commitments_in(body)
    assert [item.kind for item in items] == ["toezegging"]
    assert items[0].quote.startswith(("Ik stuur", "Dat advies"))


def test_sending_what_this_letter_holds_is_no_promise() -> None:
    assert commitments_in("Ik stuur u hierbij dat rapport.") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "De berekeningen voor de vergunning worden uiterlijk in week 20 afgerond.",
        "Het wetsvoorstel wordt in week 18 in de ministerraad besproken.",
    ],
)
def test_a_week_number_dates_an_act_as_a_day_would_though_it_gives_no_day(sentence: str) -> None:
    (item,) = commitments_in(sentence)
    assert (item.kind, item.deadline) == ("deliverable", None)
    assert item.deadline_text is not None
    assert "week" in item.deadline_text


@pytest.mark.parametrize(
    ("body", "deadline"),
    [
        (
            "De ministerraad besluit op 14 juni over het steunpakket. Ik zal u dezelfde dag per brief "
            "over het besluit informeren.",
            date(2024, 6, 14),
        ),
        (
            "Op 2 oktober maakt de commissie haar advies openbaar. Ik zal uw Kamer op diezelfde datum mijn "
            "reactie sturen.",
            date(2024, 10, 2),
        ),
    ],
)
def test_the_day_pointed_back_at_is_the_day_named_before(body: str, deadline: date) -> None:
    (item,) = commitments_in(body)
    assert (item.kind, item.deadline) == ("toezegging", deadline)


@pytest.mark.parametrize(
    "body",
    [
        "Dit thema valt onder het onderzoek dat UNICEF op dit moment uitvoert. De resultaten van dit "
        "onderzoek worden eind juni verwacht.",
        "De Universiteit Utrecht voert een onderzoek uit naar de luchtkwaliteit rond Schiphol. De "
        "resultaten van dit onderzoek worden in september verwacht.",
    ],
)
def test_a_product_pointed_back_at_that_another_party_makes_is_no_promise(body: str) -> None:
    assert commitments_in(body) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Het Planbureau brengt in januari de eerste Landbouwmonitor uit; die monitor verschijnt daarna elk "
        "jaar.",
        "De NZa levert in mei een analyse van de wachttijden op; deze analyse wordt in juni gepubliceerd.",
    ],
)
def test_a_product_another_party_makes_pointed_back_at_after_a_semicolon_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    "body",
    [
        "De Inspectie Jeugdzorg en Onderwijs (IJO) onderzoekt de wachtlijsten; haar rapport verschijnt naar "
        "verwachting in september.",
        "Het Centraal Planbureau rekent de varianten door. Hun raming verschijnt naar verwachting in juni.",
    ],
)
def test_the_product_of_another_party_named_by_its_possessive_is_no_promise(body: str) -> None:
    assert commitments_in(body) == ()


def test_the_government_s_product_named_by_its_possessive_stays_a_promise() -> None:
    (item,) = commitments_in(
        "Het kabinet herziet de aanpak. Zijn nieuwe plan verschijnt naar verwachting in juni."
    )
    assert (item.kind, item.deadline) == ("deliverable", date(2024, 6, 30))


def test_a_product_of_another_party_the_government_sends_after_a_semicolon_stays_a_promise() -> None:
    (item,) = commitments_in(
        "De NZa levert in mei een analyse van de wachttijden op; die analyse stuur ik u in juni met een "
        "reactie."
    )
    assert (item.kind, item.deadline) == ("toezegging", date(2024, 6, 30))


def test_a_product_pointed_back_at_that_the_government_makes_or_sends_stays_a_promise() -> None:
    own = commitments_in(
        "Ik laat een onderzoek uitvoeren naar de luchtkwaliteit. De resultaten van dit onderzoek worden in "
        "september verwacht."
    )
    sent = commitments_in(
        "De Universiteit Utrecht voert een onderzoek uit naar de luchtkwaliteit. De resultaten van dit "
        "onderzoek stuur ik u in september."
    )
    assert [item.deadline for item in own] == [None, date(2024, 9, 30)]
    assert [(item.kind, item.deadline) for item in sent] == [("toezegging", date(2024, 9, 30))]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("De brief over de tarieven komt voor de zomer naar uw Kamer.", "toezegging"),
        ("Het wetsvoorstel over de huurtoeslag ligt voor het kerstreces bij uw Kamer.", "deliverable"),
    ],
)
def test_a_product_that_comes_to_or_lies_with_the_kamer_by_a_moment_is_a_promise(
    sentence: str, kind: str
) -> None:
    (item,) = commitments_in(sentence)
    assert item.kind == kind
    assert item.deadline is not None


def test_a_product_that_already_lies_with_the_kamer_is_no_promise() -> None:
    assert commitments_in("Het wetsvoorstel ligt sinds 1 maart bij uw Kamer.") == ()


@pytest.mark.parametrize(
    ("sentence", "kinds", "deadlines"),
    [
        (
            "De renovatie van de westelijke sluis wordt volgens planning begin 2026 afgerond; de "
            "oostelijke sluis volgt in 2027.",
            ["deliverable", "deliverable"],
            [date(2026, 3, 31), date(2027, 12, 31)],
        ),
        (
            "Ik stuur u in mei de eerste rapportage; de tweede volgt in het najaar.",
            ["toezegging", "toezegging"],
            [date(2024, 5, 31), date(2024, 12, 21)],
        ),
        (
            "Het onderzoek wordt in mei afgerond; het debat volgt in juni.",
            ["deliverable"],
            [date(2024, 5, 31)],
        ),
    ],
)
def test_what_follows_a_planned_act_by_a_moment_of_its_own_is_the_same_act(
    sentence: str, kinds: list[str], deadlines: list[date]
) -> None:
    items = commitments_in(sentence)
    assert ([item.kind for item in items], [item.deadline for item in items]) == (kinds, deadlines)


PLANNING_TABLE = """Tabel 2 Planning vervanging sluisdeuren
Stap | Moment
Voortgangsbrief aan de Kamer | derde kwartaal 2024
Aanbesteding nieuwe sluisdeuren | begin 2025
Besluit ministerraad | 1 februari 2024

Tabel 3 Budget
Post | 2025 | 2026
Onderhoud | 1.200 | 1.300"""


def test_a_row_of_a_planning_table_plans_its_thing_by_the_moment_in_its_last_cell() -> None:
    items = commitments_in(PLANNING_TABLE)
    assert [(item.kind, item.quote, item.deadline) for item in items] == [
        ("toezegging", "Voortgangsbrief aan de Kamer | derde kwartaal 2024", date(2024, 9, 30)),
        ("deliverable", "Aanbesteding nieuwe sluisdeuren | begin 2025", date(2025, 3, 31)),
    ]


def test_each_cell_of_a_register_row_is_read_on_its_own() -> None:
    row = (
        "Toezegging | Vindplaats | Stand van zaken\n"
        "De minister laat de pilot onderzoeken. | Commissiedebat Water, 4 maart 2024 | Het onderzoek is in "
        "januari gestart en wordt in het najaar afgerond."
    )
    (item,) = commitments_in(row)
    assert (item.kind, item.deadline) == ("deliverable", date(2024, 12, 21))
    assert item.quote.startswith("Het onderzoek")


@pytest.mark.parametrize(
    "sentence",
    [
        "De regeling met de regels voor informatiebeveiliging wordt in het najaar vastgesteld.",
        "Per 1 juli wordt het Informatiepunt Energie ingesteld.",
        "Na de zomer ontvangt u de ontwerpwijziging van het Besluit kinderopvang, die ik bij uw Kamer "
        "voorhang.",
    ],
)
def test_information_as_a_noun_and_a_draft_laid_before_the_kamer_make_a_deliverable(sentence: str) -> None:
    (item,) = commitments_in(sentence)
    assert item.kind == "deliverable"


def _model_may_add(body: str) -> bool:
    reading = read_letter(LETTER.format(body=body), DAY, keep_features=True, today=DAY)
    return any(sentence.fallback for sentence in reading.sentences)


def test_the_model_adds_no_sentence_that_sends_this_very_letter_without_a_moment_ahead() -> None:
    assert not _model_may_add("Hierbij ontvangt u het jaarverslag over 2023 van de inspectie.")
    assert not _model_may_add("Bijgaand ontvangt u het rapport van de commissie.")
    assert _model_may_add(
        "Uw Kamer ontvangt voor het kerstreces een uitgewerkt plan, zodat ik hiermee de motie afdoe."
    )


def test_the_day_of_an_event_named_without_a_year_is_the_nearest_one_not_a_deadline_a_year_on() -> None:
    found = deadline_phrases("Naar aanleiding van het vragenuur van 7 februari stuur ik u het rapport.", DAY)
    ahead = deadline_phrases("Ik informeer u voor het commissiedebat van 12 juni.", DAY)
    assert found == []
    assert date(2024, 6, 12) in [match.date for match in ahead]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bij punt 4 merk ik op dat de Raad van State het wetsvoorstel naar verwachting in het najaar zal "
        "behandelen.",
        "Daarbij teken ik aan dat de Nederlandse Zorgautoriteit de tarieven naar verwachting in juni zal "
        "vaststellen.",
        "Ik wijs erop dat de Raad voor de rechtspraak het advies naar verwachting in mei zal uitbrengen.",
    ],
)
def test_another_party_s_future_act_reported_in_a_content_clause_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence) == ()


def test_another_party_s_future_act_after_which_the_writer_informs_the_kamer_stays_a_promise() -> None:
    (item,) = commitments_in(
        "Ik verwacht dat het Planbureau de nieuwe raming in september zal publiceren, waarna ik u informeer."
    )
    assert item.kind == "toezegging"
