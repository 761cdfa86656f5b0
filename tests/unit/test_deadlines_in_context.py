"""Deadlines read in context (issue 11), in sentences written for these tests: a moment pointed back at from
the middle of a clause ("Ik zal het rapport dan ... sturen"), a marker stressed by its accent ("ná de
zomer"), a week named by its first day ("in de week van 12 januari"), which CONVENTIONS gives no day, the
first year of a recurrence with the moment of each time, and a moment refused before "maar"."""

from __future__ import annotations

import datetime as dt

import pytest

from commitments.deadlines import resolve
from commitments.extraction import cues
from commitments.extraction.moments import deadline_phrases
from tests.unit.letter_frame import commitments_in

REF = dt.date(2025, 12, 15)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Het eindrapport verschijnt naar verwachting in mei. Ik zal het rapport dan met een reactie "
            "aan uw Kamer sturen.",
            dt.date(2024, 5, 31),
        ),
        ("De evaluatie is in april gereed. Ik stuur de evaluatie dan aan uw Kamer.", dt.date(2024, 4, 30)),
        (
            "De inspectie rondt haar onderzoek in het najaar af. Wij zullen de bevindingen dan met een "
            "beleidsreactie naar uw Kamer sturen.",
            dt.date(2024, 12, 21),
        ),
    ],
)
def test_dan_after_the_object_points_back_at_the_moment_before(body: str, expected: dt.date) -> None:
    promise = next(item for item in commitments_in(body) if " dan " in item.quote)
    assert promise.deadline == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik zal het rapport later dan gepland sturen.",  # a comparative
        "Wij kiezen liever een subsidie dan een lening.",  # a comparative earlier in the clause
        "Ik zal het rapport dan ook sturen.",  # "dan ook": therefore
        "Ik zal de brief dan wel de nota sturen.",  # "dan wel": or
        "Ik zal niet meer dan nodig doen.",
    ],
)
def test_dan_of_a_comparison_or_a_conjunction_points_back_at_no_moment(sentence: str) -> None:
    assert cues.ANAPHORIC_MOMENT.search(sentence) is None


@pytest.mark.parametrize(
    ("phrase", "expected", "rule"),
    [
        ("Ik zal uw Kamer ná de zomer informeren.", dt.date(2026, 9, 30), "after-summer"),
        ("Direct ná het zomerreces ontvangt u de brief.", dt.date(2026, 9, 30), "after-recess"),
        ("Pas ná 1 maart beslis ik over de regeling.", None, "after-moment"),
    ],
)
def test_a_stressed_na_reads_as_na(phrase: str, expected: dt.date | None, rule: str) -> None:
    found = resolve(phrase, REF)
    assert found is not None
    assert (found.date, found.rule) == (expected, rule)


def test_a_stressed_voor_stays_before_the_moment() -> None:  # the look-alike: vóór is not a stressed "na"
    found = resolve("Ik zal uw Kamer vóór de zomer informeren.", REF)
    assert found is not None
    assert found.rule == "before-recess"


@pytest.mark.parametrize(
    "phrase",
    [
        "Ik zal uw Kamer in de week van 12 januari informeren.",
        "Uiterlijk in de week van 3 maart 2026 volgt de brief.",
    ],
)
def test_a_week_named_by_its_first_day_gives_no_day(phrase: str) -> None:
    found = resolve(phrase, REF)
    assert found is not None
    assert (found.date, found.rule) == (None, "week")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Ik zal uw Kamer op 12 januari informeren.", dt.date(2026, 1, 12)),  # a day, no week
        ("In het weekoverzicht van 12 januari staat de planning.", dt.date(2026, 1, 12)),  # no week of a day
    ],
)
def test_a_day_not_named_as_the_start_of_a_week_keeps_its_date(phrase: str, expected: dt.date) -> None:
    found = resolve(phrase, REF)
    assert found is not None
    assert found.date == expected


MARCH = dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("phrase", "expected", "rule"),
    [
        ("Ik informeer uw Kamer voor aanvang van het zomerreces.", dt.date(2025, 7, 3), "before-recess"),
        ("Nog voor de start van het zomerreces ontvangt u de brief.", dt.date(2025, 7, 3), "before-recess"),
        ("Vóór het begin van het kerstreces volgt de evaluatie.", dt.date(2025, 12, 18), "before-recess"),
        ("Na afloop van het zomerreces stuur ik u het plan.", dt.date(2025, 9, 30), "after-recess"),
        ("Direct na het einde van het zomerreces volgt de brief.", dt.date(2025, 9, 30), "after-recess"),
    ],
)
def test_the_start_or_end_of_a_recess_named_reads_as_the_recess(
    phrase: str, expected: dt.date, rule: str
) -> None:
    found = resolve(phrase, MARCH)
    assert found is not None
    assert (found.date, found.rule) == (expected, rule)


@pytest.mark.parametrize(
    "phrase",
    [
        "Na de start van het zomerreces volgt de brief.",  # after it starts: CONVENTIONS gives no day
        "Voor het einde van het zomerreces volgt de brief.",  # before it ends: no day either
    ],
)
def test_the_other_side_of_a_recess_start_or_end_gives_no_day(phrase: str) -> None:
    found = resolve(phrase, MARCH)
    assert found is not None
    assert (found.date, found.rule) == (None, "recess-part")


@pytest.mark.parametrize(
    "phrase", ["Ik stuur u de brief voor de kerstdagen.", "Voor de kerst ontvangt uw Kamer de brief."]
)
def test_christmas_named_as_its_days_is_the_christmas_recess(phrase: str) -> None:
    found = resolve(phrase, MARCH)
    assert found is not None
    assert (found.date, found.rule) == (dt.date(2025, 12, 18), "before-recess")


@pytest.mark.parametrize(
    "phrase", ["Rond Prinsjesdag ontvangt u de brief.", "Ik stuur u de nota omstreeks Prinsjesdag."]
)
def test_around_prinsjesdag_gives_no_day_as_around_the_summer(phrase: str) -> None:
    found = resolve(phrase, MARCH)
    assert found is not None
    assert (found.date, found.rule) == (None, "event-around")


def test_before_prinsjesdag_keeps_its_day() -> None:  # the look-alike of "rond Prinsjesdag"
    found = resolve("Voor Prinsjesdag ontvangt u de brief.", MARCH)
    assert found is not None
    assert found.date == dt.date(2025, 9, 16)


@pytest.mark.parametrize(
    "phrase",
    ["Ik informeer u in het komende half jaar over de pilot.", "Het komende halfjaar stuur ik u het plan."],
)
def test_the_coming_half_year_is_six_months_from_the_letter(phrase: str) -> None:
    found = resolve(phrase, MARCH)
    assert found is not None
    assert (found.date, found.rule) == (dt.date(2025, 9, 12), "relative")


def test_the_coming_months_stay_without_a_day() -> None:  # the look-alike: a plural names no period
    found = resolve("Ik informeer u in de komende maanden over de pilot.", MARCH)
    assert found is not None
    assert found.date is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ik zal uw Kamer twee keer per jaar informeren, in september en in maart.", dt.date(2024, 3, 31)),
        (
            "Uw Kamer ontvangt halfjaarlijks een voortgangsbrief (voor de zomer en voor het kerstreces).",
            dt.date(2024, 7, 4),
        ),
        ("Wij rapporteren ieder kwartaal, in april, juli, oktober en januari.", dt.date(2024, 4, 30)),
        ("Ik zal uw Kamer halfjaarlijks informeren, in juni en in december.", dt.date(2024, 6, 30)),
        ("Ik zal uw Kamer ieder half jaar rapporteren, in november en in mei.", dt.date(2024, 5, 31)),
    ],
)
def test_the_times_listed_after_a_recurrence_give_its_next_due_date(body: str, expected: dt.date) -> None:
    (item,) = commitments_in(body)
    assert item.recurring is not None
    assert item.deadline == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "In het commissiedebat van 12 november 2023 heb ik toegezegd uw Kamer voor het einde van het "
            "jaar te informeren over de pilot.",
            dt.date(2023, 12, 31),
        ),
        (
            "Tijdens het debat van 4 april 2023 heb ik toegezegd uw Kamer in het najaar een plan te sturen.",
            dt.date(2023, 12, 21),
        ),
        (
            "In mijn brief van 3 oktober 2023 heb ik uw Kamer toegezegd binnen drie maanden een plan te "
            "sturen.",
            dt.date(2024, 1, 3),
        ),
    ],
)
def test_a_promise_told_as_made_on_a_day_counts_its_moment_from_that_day(
    body: str, expected: dt.date
) -> None:
    item = next(item for item in commitments_in(body) if "toegezegd" in item.quote)
    assert item.deadline == expected


@pytest.mark.parametrize(
    "body",
    [
        # the day names the debate, but the promise is made now, in the present tense
        "Naar aanleiding van het debat van 12 november 2023 zal ik uw Kamer in het najaar informeren over de "
        "pilot.",
        # a promise told in the past without the day it was made
        "Ik heb toegezegd uw Kamer in het najaar te informeren over de pilot.",
    ],
)
def test_a_promise_made_now_or_on_no_named_day_counts_from_the_letter(body: str) -> None:
    (item,) = commitments_in(body)
    assert item.deadline == dt.date(2024, 12, 21)


@pytest.mark.parametrize(
    "body",
    [
        # a moment of something else after the recurrence is not its time
        "Ik zal uw Kamer jaarlijks informeren over de subsidie, die in mei wordt verdeeld.",
        # a recurrence promised on a named earlier day is due one period after the letter all the same
        "Op 12 december 2022 heb ik toegezegd uw Kamer jaarlijks te informeren over de pilot.",
    ],
)
def test_a_recurrence_without_a_time_of_its_own_is_due_one_year_after_the_letter(body: str) -> None:
    (item,) = commitments_in(body)
    assert (item.recurring, item.deadline) == ("yearly", dt.date(2025, 3, 15))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Nadat de gemeenten hebben gereageerd, informeer ik uw Kamer voor de zomer.", dt.date(2024, 7, 4)),
        ("Nadat de NZa heeft geadviseerd, informeer ik uw Kamer in juni.", dt.date(2024, 6, 30)),
        (
            "Wanneer de Raad van State in april adviseert, stuur ik het wetsvoorstel nog voor de zomer naar "
            "uw Kamer.",
            dt.date(2024, 7, 4),
        ),
    ],
)
def test_what_others_do_in_an_opening_clause_vetoes_not_the_writers_promise(
    body: str, expected: dt.date
) -> None:
    (item,) = commitments_in(body)
    assert item.deadline == expected


@pytest.mark.parametrize(
    "body",
    [
        # the main clause is another party's too
        "Nadat de gemeenten hebben gereageerd, zal de NZa in juni een advies uitbrengen.",
        # no opening clause: the other party is the subject of the sentence
        "De gemeenten hebben gereageerd en de NZa brengt in juni een advies uit.",
    ],
)
def test_a_main_clause_of_another_party_stays_vetoed(body: str) -> None:
    assert commitments_in(body) == ()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "In het voorjaar ontvangt uw Kamer de eerste resultaten en in het najaar de eindrapportage.",
            [dt.date(2024, 6, 20), dt.date(2024, 12, 21)],
        ),
        (
            "Ik stuur uw Kamer in mei het plan van aanpak en voor het kerstreces de eerste "
            "voortgangsrapportage.",
            [dt.date(2024, 5, 31), dt.date(2024, 12, 19)],
        ),
    ],
)
def test_a_second_conjunct_with_only_its_moment_and_thing_is_a_promise_of_its_own(
    body: str, expected: list[dt.date]
) -> None:
    items = commitments_in(body)
    assert [(item.kind, item.deadline) for item in items] == [("toezegging", day) for day in expected]


@pytest.mark.parametrize(
    "body",
    [
        # a year after "en" is no moment here
        "Ik stuur u in het voorjaar de resultaten van de metingen in 2024 en 2025.",
        # times listed, without a thing of their own
        "Uw Kamer ontvangt twee voortgangsrapportages, in juni en in december.",
    ],
)
def test_moments_joined_without_a_thing_of_their_own_stay_one_promise(body: str) -> None:
    assert len(commitments_in(body)) == 1


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Ik verwacht het advies eind 2025/begin 2026.", dt.date(2026, 3, 31)),
        ("Het wetsvoorstel volgt najaar 2025/voorjaar 2026.", dt.date(2026, 6, 20)),
    ],
)
def test_two_moments_joined_by_a_slash_are_read_as_two(phrase: str, expected: dt.date) -> None:
    found = resolve(phrase, dt.date(2025, 4, 10))
    assert found is not None
    assert found.date == expected


@pytest.mark.parametrize(
    "phrase",
    ["in het schooljaar 2025/2026", "Kamerstukken II 2019/20, 28 638, nr. 178", "de periode 2024/2025"],
)
def test_a_year_span_or_a_word_pair_with_a_slash_stays_no_moment(phrase: str) -> None:
    assert resolve(phrase, dt.date(2025, 4, 10)) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ik zal uw Kamer voortaan ieder jaar vóór 1 oktober informeren over de wachtlijsten, voor het "
            "eerst in 2024.",
            dt.date(2024, 10, 1),
        ),
        (
            "Wij rapporteren jaarlijks in juni over de subsidies, voor het eerst in 2025.",
            dt.date(2025, 6, 30),
        ),
    ],
)
def test_a_first_year_of_a_recurrence_takes_the_moment_of_each_time_in_that_year(
    body: str, expected: dt.date
) -> None:
    (item,) = commitments_in(body)
    assert (item.deadline, item.recurring) == (expected, "yearly")


def test_a_first_year_without_a_moment_of_each_time_is_its_end() -> None:  # the look-alike
    (item,) = commitments_in("Ik informeer uw Kamer ieder jaar over de wachtlijsten, voor het eerst in 2025.")
    assert item.deadline == dt.date(2025, 12, 31)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ik informeer uw Kamer niet voor het zomerreces, zoals gevraagd, maar na ontvangst van de "
            "cijfers, naar verwachting in oktober.",
            dt.date(2024, 10, 31),
        ),
        ("Wij sturen u de evaluatie niet in mei, maar in september.", dt.date(2024, 9, 30)),
    ],
)
def test_a_moment_refused_before_maar_gives_way_to_the_one_after(body: str, expected: dt.date) -> None:
    (item,) = commitments_in(body)
    assert item.deadline == expected


def test_a_moment_not_refused_stays_the_deadline() -> None:  # the look-alike: "niet later dan" is the moment
    (item,) = commitments_in("Ik stuur u de evaluatie niet later dan 1 juni, maar de bijlagen volgen eerder.")
    assert item.deadline == dt.date(2024, 6, 1)


@pytest.mark.parametrize("phrase", ["vanaf dit jaar", "per 2025", "met ingang van dit jaar"])
def test_what_begins_with_a_year_already_begun_has_no_moment_ahead(phrase: str) -> None:
    assert resolve(f"De dienst krijgt er {phrase} veertig controleurs bij.", REF) is None


@pytest.mark.parametrize(("phrase", "expected"), [("vanaf volgend jaar", 2026), ("per 2027", 2027)])
def test_what_begins_with_a_year_ahead_keeps_that_year(phrase: str, expected: int) -> None:  # the look-alike
    found = resolve(f"De dienst krijgt er {phrase} veertig controleurs bij.", REF)
    assert found is not None
    assert found.date is not None
    assert found.date.year == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "in de geannoteerde agenda's van de komende Raden",
        "in het verslag van de volgende Transportraad",
        "tegelijk met het wetsvoorstel",
        "tegelijk met de beleidsreactie",
    ],
)
def test_a_document_of_a_coming_occasion_or_the_moment_of_another_product_is_a_moment_without_a_day(
    phrase: str,
) -> None:
    found = resolve(phrase, REF)
    assert found is not None
    assert (found.date, found.rule) == (None, "vague")


@pytest.mark.parametrize(
    "phrase", ["in de agenda van de Raad", "tegelijk", "in het verslag van de vorige Raad"]
)
def test_a_document_of_no_coming_occasion_is_no_moment(phrase: str) -> None:  # the look-alike
    assert resolve(phrase, REF) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ik verwerk de afspraken in de inkoopkaders voor 2025, die in april worden gepubliceerd.",
            dt.date(2024, 4, 30),
        ),
        (
            "Wij nemen de maatregel op in het jaarplan voor 2025, dat in juni verschijnt.",
            dt.date(2024, 6, 30),
        ),
    ],
)
def test_a_year_for_which_a_thing_is_gives_way_to_the_moment_of_that_thing(
    body: str, expected: dt.date
) -> None:
    (item,) = commitments_in(body)
    assert item.deadline == expected


def test_a_start_keeps_its_own_moment_beside_a_clause_of_consequence() -> None:  # the look-alike
    (item,) = commitments_in(
        "Vanaf 1 augustus 2024 wordt de regeling omgezet in een structurele regeling, zodat gemeenten niet "
        "langer ieder jaar een aanvraag hoeven te doen."
    )
    assert item.deadline == dt.date(2024, 8, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "U ontvangt de resultaten van de proeven die ik in augustus heb laten starten.",
        "De pilot, die de dienst in augustus heeft moeten uitstellen, is in de monitor meegenomen.",
    ],
)
def test_a_month_in_a_perfect_with_an_infinitive_is_behind(sentence: str) -> None:
    (august,) = deadline_phrases(sentence, REF)  # a letter of 15 December 2025
    assert (august.date, august.backward) == (dt.date(2025, 8, 31), True)


def test_a_month_after_te_laten_is_still_ahead() -> None:
    (july,) = deadline_phrases("Ik heb toegezegd u in juli te laten weten hoe de proef verloopt.", REF)
    assert (july.date, july.backward) == (dt.date(2026, 7, 31), False)


@pytest.mark.parametrize(
    "body",
    [
        "Over de voortgang rapporteer ik uw Kamer elk jaar bij de begroting.",
        "Uw Kamer ontvangt het overzicht ieder jaar in het najaar.",
        "De rapportage wordt jaarlijks als bijlage bij de Voorjaarsnota gevoegd.",
    ],
)
def test_a_season_or_occasion_of_each_year_is_the_recurrence_in_other_words(body: str) -> None:
    """As CONVENTIONS's "ieder voorjaar": the next due date is one year after the letter (blind4, 6, 7)."""
    (item,) = commitments_in(body)
    assert (item.recurring, item.deadline) == ("yearly", dt.date(2025, 3, 15))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the recurrence describes the product: the moment is this edition's
        ("In het najaar ontvangt uw Kamer de jaarlijkse monitor.", dt.date(2024, 12, 21)),
        # ... or the habit this time follows
        ("De monitor stuur ik u, zoals ieder jaar, voor het zomerreces.", dt.date(2024, 7, 4)),
        ("Uw Kamer ontvangt het overzicht, zoals elk jaar, in het najaar.", dt.date(2024, 12, 21)),
        # a day of each time says when the next one is
        ("Ik zal uw Kamer ieder jaar vóór 1 oktober informeren over de wachtlijsten.", dt.date(2024, 10, 1)),
    ],
)
def test_a_moment_of_a_described_product_or_a_day_of_each_time_stays(body: str, expected: dt.date) -> None:
    (item,) = commitments_in(body)
    assert (item.recurring, item.deadline) == ("yearly", expected)


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        (
            "Eind februari ontvangt uw Kamer de brief die ik in het commissiedebat van 1 december heb "
            "toegezegd.",
            2,
        ),
        ("In juni ontvangt u het rapport dat de inspectie in januari heeft opgesteld.", 6),
    ],
)
def test_a_perfect_in_a_clause_of_its_own_leaves_the_main_clauses_moment_ahead(
    sentence: str, month: int
) -> None:
    """ "die ik … heb toegezegd" opens a clause with its own subject: its perfect does not make the moment
    of the main clause a past one."""
    (item,) = commitments_in(sentence)
    assert item.deadline is not None
    assert item.deadline.month == month
    assert item.deadline > dt.date(2024, 3, 15)


def test_a_moment_in_the_same_clause_as_a_perfect_is_still_behind() -> None:  # the look-alike
    (moment,) = deadline_phrases("In mei heb ik u dat plan gestuurd.", REF)
    assert moment.backward
