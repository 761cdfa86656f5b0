"""Every phrase family of the CONVENTIONS.md deadline table, in the varied forms real letters use them
(prefixes, word order, letter dates in different months), plus phrases that must give no date.

The sentences are made up; none is copied from a letter of the development set."""

from __future__ import annotations

import datetime as dt

import pytest

from commitments.deadlines import resolve

JAN, MAR, MAY, JUN, AUG, OCT, NOV, DEC = (
    dt.date(2024, 1, 18),
    dt.date(2024, 3, 5),
    dt.date(2024, 5, 21),
    dt.date(2024, 6, 12),
    dt.date(2024, 8, 29),
    dt.date(2023, 10, 3),
    dt.date(2023, 11, 24),
    dt.date(2023, 12, 14),
)

DATED: list[tuple[str, dt.date, str]] = [
    # an explicit date, with and without year, with prefixes
    ("Ik zal u uiterlijk 15 september 2024 informeren over de uitkomsten.", MAY, "2024-09-15"),
    ("Het onderzoeksrapport verschijnt naar verwachting op 2 juli a.s.", MAY, "2024-07-02"),
    ("Nog voor 1 februari stuur ik u de beleidsreactie.", DEC, "2024-02-01"),
    ("De consultatie sluit ik af vóór 31 maart.", JAN, "2024-03-31"),
    ("Uw Kamer ontvangt de rapportage ten laatste op 1 november.", AUG, "2024-11-01"),
    ("Het besluit wordt op 12 april 2024 gepubliceerd in de Staatscourant.", MAR, "2024-04-12"),
    # a month
    ("Ik verwacht u in november te kunnen informeren.", AUG, "2024-11-30"),
    ("Uiterlijk januari 2025 ontvangt u de evaluatie.", AUG, "2025-01-31"),
    ("De Kamer wordt nog voor februari geïnformeerd.", DEC, "2024-02-29"),
    ("In de loop van oktober stuur ik u het plan.", AUG, "2024-10-31"),
    ("Ik stuur de brief in maart 2024 aan uw Kamer.", JAN, "2024-03-31"),
    ("Rond september ontvangt u de voortgangsbrief.", MAY, "2024-09-30"),
    # begin / medio / eind of a month
    ("Begin juli zal ik de Kamer hierover berichten.", MAY, "2024-07-10"),
    ("De resultaten worden medio oktober verwacht en daarna met uw Kamer gedeeld.", JUN, "2024-10-20"),
    ("Eind februari zend ik u het wetsvoorstel toe.", DEC, "2024-02-29"),
    ("Ik informeer u rond eind maart over de voortgang.", JAN, "2024-03-31"),
    ("Nog voor medio december ontvangt u de brief.", OCT, "2023-12-20"),
    ("Uiterlijk begin november 2023 ontvangt de Kamer de stukken.", OCT, "2023-11-10"),
    ("Half mei stuur ik u de monitor.", MAR, "2024-05-20"),
    ("Aan het eind van januari wordt de Kamer geïnformeerd.", NOV, "2024-01-31"),
    # quarters
    ("In het eerste kwartaal van 2025 ontvangt u de evaluatie.", AUG, "2025-03-31"),
    ("Ik verwacht het rapport in het derde kwartaal aan uw Kamer te sturen.", MAY, "2024-09-30"),
    ("De wetswijziging wordt in Q4 2024 voorgelegd aan de Raad van State.", JUN, "2024-12-31"),
    ("Het eerste kwartaal van volgend jaar stuur ik u de resultaten.", OCT, "2024-03-31"),
    ("Uiterlijk in het tweede kwartaal van 2024 zal ik u informeren.", DEC, "2024-06-30"),
    ("In de loop van het vierde kwartaal volgt de brief.", JUN, "2024-12-31"),
    ("Voor het einde van het derde kwartaal ontvangt u het plan.", MAY, "2024-09-30"),
    # halves
    ("In de eerste helft van 2025 ontvangt uw Kamer de evaluatie.", AUG, "2025-06-30"),
    ("De pilot wordt in de tweede helft van dit jaar afgerond.", MAR, "2024-12-31"),
    ("Ik stuur u de monitor in de eerste helft van volgend jaar.", NOV, "2024-06-30"),
    # begin / medio / eind of a year
    ("Begin 2025 ontvangt u de tussenrapportage.", AUG, "2025-03-31"),
    ("Ik zal de Kamer medio 2025 over de uitkomsten informeren.", OCT, "2025-06-30"),
    ("Het systeem wordt eind 2024 in gebruik genomen.", MAR, "2024-12-31"),
    ("Nog voor het eind van 2024 stuur ik u het wetsvoorstel.", JUN, "2024-12-31"),
    ("Voor het einde van het jaar ontvangt u een brief.", MAY, "2024-12-31"),
    ("Uiterlijk eind volgend jaar is de regeling gereed.", MAY, "2025-12-31"),
    ("Rond medio volgend jaar verwacht ik de uitkomsten met u te delen.", OCT, "2024-06-30"),
    ("Begin volgend jaar informeer ik uw Kamer.", OCT, "2024-03-31"),
    # a year
    ("In 2026 zal ik u de evaluatie toesturen.", MAY, "2026-12-31"),
    ("Ik stuur u volgend jaar een voortgangsrapportage.", MAY, "2025-12-31"),
    ("Nog dit jaar ontvangt uw Kamer het actieplan.", MAR, "2024-12-31"),
    ("Later dit jaar informeer ik u over de tweede fase.", JUN, "2024-12-31"),
    ("In de loop van 2025 zal de minister een wetsvoorstel indienen.", OCT, "2025-12-31"),
    ("Het komende jaar werk ik dit uit; het plan volgt in de loop van volgend jaar.", OCT, "2024-12-31"),
    # "vóór" a year, or "voor" it behind "nog" or "uiterlijk": before it starts ("voor 2025" may be "for")
    ("Nog voor 2025 ontvangt u het plan van aanpak.", MAR, "2024-12-31"),
    ("Vóór 2026 wordt de wet geëvalueerd.", MAY, "2025-12-31"),
    ("Ik stuur u uiterlijk voor 2026 het wetsvoorstel.", OCT, "2025-12-31"),
    # seasons
    ("Dit voorjaar ontvangt u de uitwerking.", MAR, "2024-06-20"),
    ("Ik zal u deze zomer informeren over de stand van zaken.", MAY, "2024-09-22"),
    ("Dit najaar stuur ik uw Kamer de evaluatie.", AUG, "2024-12-21"),
    ("Komend najaar ontvangt de Kamer de rapportage.", MAY, "2024-12-21"),
    ("In het najaar van 2024 zal ik u informeren.", MAR, "2024-12-21"),
    ("De brief volgt deze winter.", NOV, "2024-03-20"),
    # "dit"/"deze" after that season ended this year: the coming one; while it lasts: this one
    ("Dit voorjaar ontvangt u de uitwerking van het plan.", DEC, "2024-06-20"),
    ("Ik informeer u deze zomer over de voortgang.", NOV, "2024-09-22"),
    ("Uiterlijk dit voorjaar stuur ik u het plan.", AUG, "2025-06-20"),
    ("Dit najaar stuur ik u de tussenstand.", NOV, "2023-12-21"),
    ("Dit voorjaar ontvangt u het advies.", MAY, "2024-06-20"),
    ("Volgend voorjaar stuur ik u de monitor.", OCT, "2024-06-20"),
    ("In de loop van het najaar wordt de Kamer geïnformeerd.", AUG, "2024-12-21"),
    ("Ik verwacht u in het voorjaar van 2025 de resultaten te sturen.", OCT, "2025-06-20"),
    # "uiterlijk in" a season: by its end, not before it starts
    ("Uiterlijk in het najaar ontvangt u de evaluatie.", MAR, "2024-12-21"),
    ("Ik stuur u uiterlijk in het voorjaar van 2025 het plan.", OCT, "2025-06-20"),
    ("Uiterlijk in de zomer is de regeling gereed.", MAR, "2024-09-22"),
    ("Ten laatste in de winter volgt de brief.", OCT, "2024-03-20"),
    ("Nog voor het najaar ontvangt u de brief.", MAR, "2024-09-22"),
    # summer and named recesses
    ("Voor de zomer zal ik uw Kamer informeren.", MAR, "2024-07-04"),
    ("Nog voor de zomer ontvangt u de kabinetsreactie.", MAY, "2024-07-04"),
    ("Ik streef ernaar u voor het zomerreces de evaluatie te sturen.", JAN, "2024-07-04"),
    ("Uiterlijk voor het zomerreces van 2024 ontvangt u het plan.", OCT, "2024-07-04"),
    ("Voor het kerstreces ontvangt de Kamer de brief.", OCT, "2023-12-21"),
    ("De Kamer wordt voor het kerstreces geïnformeerd over de uitkomst.", AUG, "2024-12-19"),
    ("Nog voor het herfstreces stuur ik u de beantwoording.", dt.date(2023, 9, 5), "2023-10-12"),
    ("Ik zal u voor het voorjaarsreces de nota doen toekomen.", DEC, "2024-02-15"),
    ("Voor het krokusreces ontvangt u de stukken.", JAN, "2024-02-15"),
    ("Voor het meireces stuur ik uw Kamer een brief.", MAR, "2024-04-25"),
    ("Uw Kamer ontvangt het rapport voor het reces.", MAR, "2024-04-25"),
    ("Voor het zomerreces van volgend jaar zal ik de wet evalueren.", OCT, "2024-07-04"),
    # after summer / christmas
    ("Na de zomer informeer ik uw Kamer over de uitkomsten.", MAY, "2024-09-30"),
    ("Direct na het zomerreces ontvangt u de brief.", JUN, "2024-09-30"),
    ("Kort na de zomer stuur ik u het rapport.", MAR, "2024-09-30"),
    ("Na het kerstreces zal ik uw Kamer berichten.", NOV, "2024-01-31"),
    # events
    ("Ik informeer u voor Prinsjesdag over de keuzes.", MAY, "2024-09-17"),
    ("Bij de Miljoenennota ontvangt u het overzicht.", JUN, "2024-09-17"),
    ("Bij de Voorjaarsnota zal ik de Kamer informeren over de dekking.", JAN, "2024-06-01"),
    # relative periods
    ("Binnen drie maanden ontvangt u een reactie.", MAY, "2024-08-21"),
    ("Ik zal u over zes weken de uitkomsten sturen.", JAN, "2024-02-29"),
    ("Binnen een jaar wordt de regeling geëvalueerd.", MAR, "2025-03-05"),
    ("Binnen twee maanden na dagtekening van deze brief informeer ik u.", JAN, "2024-03-18"),
]

RECURRING: list[tuple[str, dt.date, str, str]] = [
    ("Uw Kamer wordt jaarlijks geïnformeerd over de voortgang.", MAY, "2025-05-21", "yearly"),
    ("Ieder voorjaar stuur ik u de monitor.", MAR, "2025-03-05", "yearly"),
    ("Elk half jaar ontvangt de Kamer een voortgangsrapportage.", JAN, "2024-07-18", "half-yearly"),
    ("Ik informeer u halfjaarlijks over de stand van zaken.", AUG, "2025-02-28", "half-yearly"),
    ("De Kamer ontvangt per kwartaal een overzicht.", JUN, "2024-09-12", "quarterly"),
]

# A period the register has no recurrence for: still due one period after the reference date.
EVERY_OTHER_PERIOD: list[tuple[str, dt.date, str]] = [
    ("Uw Kamer ontvangt iedere zes weken een brief over de wachtlijsten.", MAY, "2024-07-02"),
    ("Ik informeer u om de vier weken over de stand van de bouw.", JAN, "2024-02-15"),
    ("Elke twee jaar ontvangt de Kamer een evaluatie van het fonds.", MAR, "2026-03-05"),
]

UNDATED: list[str] = [
    "Ik zal u bij de volgende voortgangsbrief informeren.",
    "Op een later moment zal ik u hierover berichten.",
    "Ik informeer uw Kamer zo spoedig mogelijk.",
    "Binnenkort ontvangt u de kabinetsreactie.",
    "Rond de zomer stuur ik u de evaluatie.",
    "Na afronding van het onderzoek informeer ik u.",
    "Te zijner tijd informeer ik uw Kamer.",
    "In deze kabinetsperiode wordt het wetsvoorstel ingediend.",
    "Voor het einde van deze kabinetsperiode dien ik het wetsvoorstel in.",
    "Rond de jaarwisseling stuur ik u de brief.",
    "De komende maanden werk ik dit verder uit.",
    # a moment after which something happens is no deadline: kept, without a date, so a person is asked
    "Na 15 april stuur ik u de nieuwe cijfers over de wachtlijsten.",
    "Pas na oktober volgt het advies van de commissie.",
    "Na het tweede kwartaal van 2027 ontvangt u de monitor.",
]

NONE: list[str] = [
    "Op 12 februari jl. heb ik u geïnformeerd.",
    "In de brief van 3 maart heb ik dit toegelicht.",
    "De begroting voor 2023 is vastgesteld.",
    "De monitor over 2022 laat een daling zien.",
    "In het verleden, zoals in 2019, is dit vaker gebeurd.",
    "In het schooljaar 2025-2026 start de pilot op tien scholen.",
    "Per schooljaar 2025/2026 wordt de regeling ingevoerd.",
    "Bij de start van het nieuwe schooljaar ontvangt u de brief.",
    "In de late zomer volgt de brief.",
]


# Each season in each form, on days before, early in, and near the end of it: "dit najaar" and "in het najaar"
# name the season under way, however little is left (CONVENTIONS: the first occurrence on or after the
# reference date; "dit voorjaar" in December is the next spring, as none is under way). "komend"/"volgend":
# the next season that has not begun yet.
_D = dt.date
SEASON_FORMS: list[tuple[str, dt.date, str]] = [
    ("Dit najaar ontvangt u het plan.", _D(2026, 10, 2), "2026-12-21"),
    ("Dit najaar ontvangt u het plan.", _D(2026, 12, 7), "2026-12-21"),
    ("Dit najaar ontvangt u het plan.", _D(2026, 12, 1), "2026-12-21"),
    ("Dit najaar ontvangt u het plan.", _D(2026, 12, 22), "2027-12-21"),  # over: the coming one
    ("In het najaar ontvangt u het plan.", _D(2026, 12, 7), "2026-12-21"),
    ("In het najaar ontvangt u het plan.", _D(2026, 11, 20), "2026-12-21"),
    ("Komend najaar ontvangt u het plan.", _D(2026, 12, 7), "2027-12-21"),
    ("Komend najaar ontvangt u het plan.", _D(2026, 10, 2), "2027-12-21"),
    ("Komend najaar ontvangt u het plan.", _D(2026, 9, 1), "2026-12-21"),
    ("Volgend najaar ontvangt u het plan.", _D(2026, 7, 15), "2026-12-21"),
    ("Deze winter stuur ik u de evaluatie.", _D(2026, 12, 7), "2027-03-20"),
    ("Deze winter stuur ik u de evaluatie.", _D(2027, 1, 10), "2027-03-20"),
    ("Deze winter stuur ik u de evaluatie.", _D(2027, 3, 5), "2027-03-20"),
    ("Deze winter stuur ik u de evaluatie.", _D(2027, 3, 1), "2027-03-20"),
    ("In de winter stuur ik u de evaluatie.", _D(2027, 3, 5), "2027-03-20"),
    ("Komende winter stuur ik u de evaluatie.", _D(2027, 1, 10), "2028-03-20"),
    ("Volgende winter stuur ik u de evaluatie.", _D(2026, 6, 1), "2027-03-20"),
    ("Dit voorjaar volgt de monitor.", _D(2027, 4, 15), "2027-06-20"),
    ("Dit voorjaar volgt de monitor.", _D(2027, 6, 8), "2027-06-20"),
    ("Dit voorjaar volgt de monitor.", _D(2026, 6, 1), "2026-06-20"),
    ("In het voorjaar volgt de monitor.", _D(2026, 12, 7), "2027-06-20"),
    ("Komend voorjaar volgt de monitor.", _D(2027, 4, 15), "2028-06-20"),
    ("Volgend voorjaar volgt de monitor.", _D(2027, 2, 1), "2027-06-20"),
    ("Deze zomer is de regeling gereed.", _D(2027, 7, 20), "2027-09-22"),
    ("Deze zomer is de regeling gereed.", _D(2027, 9, 10), "2027-09-22"),
    ("In de zomer is de regeling gereed.", _D(2027, 9, 10), "2027-09-22"),
    ("Komende zomer is de regeling gereed.", _D(2027, 7, 20), "2028-09-22"),
    ("Volgende zomer is de regeling gereed.", _D(2027, 5, 1), "2027-09-22"),
    # a year named is not moved
    ("In het najaar van 2026 ontvangt u het plan.", _D(2026, 12, 7), "2026-12-21"),
]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    DATED + SEASON_FORMS,
    ids=[f"{t[:50]}@{r}" for t, r, _ in DATED + SEASON_FORMS],
)
def test_dated_phrase(text: str, ref: dt.date, expected: str) -> None:
    best = resolve(text, ref)
    assert best is not None
    assert best.date == dt.date.fromisoformat(expected), best


@pytest.mark.parametrize(("text", "ref", "expected", "period"), RECURRING, ids=[t[0][:50] for t in RECURRING])
def test_recurring_phrase(text: str, ref: dt.date, expected: str, period: str) -> None:
    best = resolve(text, ref)
    assert best is not None
    assert (best.date, best.recurring) == (dt.date.fromisoformat(expected), period)


@pytest.mark.parametrize(
    ("text", "ref", "expected"), EVERY_OTHER_PERIOD, ids=[t[0][:50] for t in EVERY_OTHER_PERIOD]
)
def test_a_recurrence_by_another_period_is_due_one_period_ahead(
    text: str, ref: dt.date, expected: str
) -> None:
    best = resolve(text, ref)
    assert best is not None
    assert (best.date, best.recurring) == (dt.date.fromisoformat(expected), None)


@pytest.mark.parametrize("text", UNDATED)
def test_phrase_without_a_date_is_found_undated(text: str) -> None:
    best = resolve(text, MAY)
    assert best is not None
    assert best.date is None


@pytest.mark.parametrize("text", NONE)
def test_no_forward_deadline(text: str) -> None:
    best = resolve(text, MAY)
    assert best is None or best.date is None or best.date < MAY
