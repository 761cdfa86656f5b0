"""How the structure of a sentence decides its promises (issue 11), in sentences written for these tests:
clauses joined by a semicolon that each hold a promise with its own moment, a clause that holds the only
promise of its sentence, the sentences that stay one promise, and who the subject of a sentence is."""

from datetime import date

import pytest

from commitments.extraction import extract
from tests.unit.letter_frame import commitments_in


def test_clauses_that_each_promise_by_their_own_moment_are_two_promises() -> None:
    items = commitments_in(
        "Het wetsvoorstel dien ik in het najaar in; de handreiking voor gemeenten wordt in mei gepubliceerd."
    )
    assert [(item.kind, item.deadline) for item in items] == [
        ("deliverable", date(2024, 12, 21)),
        ("deliverable", date(2024, 5, 31)),
    ]
    assert items[1].quote.startswith("de handreiking")


def test_the_clause_that_holds_the_promise_is_the_promise_with_its_own_moment() -> None:
    (item,) = commitments_in(
        "De verkenning naar de uitstroom van inspecteurs binnen drie jaar na hun aanstelling rond ik nog af; "
        "het onderzoek "
        "start na de zomer."
    )
    assert item.quote == "het onderzoek start na de zomer."
    assert (item.kind, item.deadline) == ("deliverable", date(2024, 9, 30))


def test_a_clause_that_prepares_what_the_other_promises_by_a_moment_stays_one_promise() -> None:
    (item,) = commitments_in(
        "Ik zal de Raad van State om voorlichting vragen; de uitkomst deel ik in het najaar met uw Kamer."
    )
    assert item.quote.startswith("Ik zal de Raad van State")
    assert (item.kind, item.deadline) == ("toezegging", date(2024, 12, 21))


def test_a_semicolon_within_brackets_joins_no_clauses() -> None:
    (item,) = commitments_in(
        "Ik stuur uw Kamer voor de zomer het verslag van de werkgroep (samenstelling; opdracht; leden) toe."
    )
    assert item.quote.startswith("Ik stuur uw Kamer")
    assert item.quote.endswith("toe.")


def test_a_party_named_after_a_capitalised_preposition_is_not_the_subject() -> None:
    (item,) = commitments_in(
        "Voor de Rijnbrug bij Arnhem geldt dat de vervanging van het wegdek volgens planning in oktober "
        "wordt afgerond."
    )
    assert (item.kind, item.deadline) == ("deliverable", date(2024, 10, 31))


def test_a_party_that_opens_the_sentence_is_still_its_subject() -> None:
    assert commitments_in("De Nederlandse Zorgautoriteit publiceert in oktober haar nieuwe marktscan.") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik kom daarop voor de zomer terug, zodat de gevolgen bij de begroting kunnen worden betrokken.",
        "Hierop kom ik voor de zomer bij uw Kamer terug.",
    ],
)
def test_coming_back_on_it_by_a_moment_is_a_toezegging(sentence: str) -> None:
    (item,) = commitments_in(sentence)
    assert (item.kind, item.deadline) == ("toezegging", date(2024, 7, 4))


def test_others_coming_back_on_it_are_no_promise() -> None:
    assert commitments_in("De gemeenten komen daarop voor de zomer terug.") == ()


def test_a_fallback_in_a_condition_does_not_deny_the_promise() -> None:
    (item,) = commitments_in(
        "Ik informeer uw Kamer voor de zomer over de uitkomsten, of, indien dat niet haalbaar is, in de "
        "eerstvolgende voortgangsbrief."
    )
    assert (item.kind, item.deadline) == ("toezegging", date(2024, 7, 4))


@pytest.mark.parametrize(
    "sentence",
    [
        "Als gevolg van de vertraging kan ik uw Kamer niet voor de zomer informeren.",
        "Ik wil de regeling voor de zomer aanpassen, maar als de Raad later advies geeft, lukt dat niet.",
    ],
)
def test_a_denial_outside_a_condition_still_denies(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Het locatiebesluit neem ik na de zomer, nadat de milieueffectrapportage is afgerond.",
            "deliverable",
        ),
        ("De rapportage stuur ik u na de zomer, nadat de gemeenten zijn gehoord.", "toezegging"),
    ],
)
def test_a_clause_of_time_in_which_others_act_does_not_make_the_kind(sentence: str, kind: str) -> None:
    (item,) = commitments_in(sentence)
    assert (item.kind, item.deadline) == (kind, date(2024, 9, 30))


def test_a_sequel_that_promises_by_its_own_moment_is_a_second_promise() -> None:
    items = commitments_in(
        "Het eindrapport wordt naar verwachting in oktober opgeleverd, waarna u mijn beleidsreactie zo "
        "spoedig mogelijk ontvangt."
    )
    assert [(item.kind, item.deadline, item.deadline_text) for item in items] == [
        ("deliverable", date(2024, 10, 31), "in oktober"),
        ("toezegging", None, "zo spoedig mogelijk"),
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the sequel without a moment of its own: due with the first part
        (
            "De evaluatie wordt in oktober afgerond, waarna ik uw Kamer over de uitkomsten informeer.",
            "toezegging",
        ),
        # the sequel is no promise of the government
        (
            "Het onderzoek wordt in oktober afgerond, waarna de gemeenten de uitkomsten bespreken.",
            "deliverable",
        ),
    ],
)
def test_a_sequel_without_its_own_promise_and_moment_stays_one_promise(sentence: str, kind: str) -> None:
    (item,) = commitments_in(sentence)
    assert (item.kind, item.deadline) == (kind, date(2024, 10, 31))
    assert item.quote == sentence


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        # what follows from the act, over the commas of a condition inside it
        (
            "De aanbesteding van de nieuwe sluis wordt in juni gestart, zodat de gunning, als de markt "
            "voldoende inschrijft, in het eerste kwartaal van 2025 kan plaatsvinden.",
            date(2024, 6, 30),
        ),
        # the government acts in the consequence: its moment may be the promise's
        (
            "De evaluatie wordt in juni afgerond, zodat ik uw Kamer, zoals toegezegd, in september kan "
            "informeren.",
            date(2024, 9, 30),
        ),
    ],
)
def test_the_moment_of_a_consequence_in_which_others_act_is_not_the_promises(
    sentence: str, deadline: date
) -> None:
    (item,) = commitments_in(sentence)
    assert item.deadline == deadline


def test_a_recurrence_that_names_a_kind_of_thing_dates_no_act() -> None:
    assert (
        commitments_in(
            "Sinds 1 januari jl. hoort dit bij het werkproces van de politie en wordt het gemeten in de "
            "maandelijkse kwaliteitsmonitor."
        )
        == ()
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Uw Kamer ontvangt de jaarlijkse voortgangsrapportage voortaan in mei.",
        "De halfjaarlijkse monitor stuur ik uw Kamer voortaan in mei.",
    ],
)
def test_a_promise_in_other_words_keeps_the_recurrence_that_names_its_product(sentence: str) -> None:
    (item,) = commitments_in(sentence)
    assert (item.kind, item.deadline) == ("toezegging", date(2024, 5, 31))
    assert item.recurring is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Uit de jaarcijfers van de branche blijkt dat een derde van de meldingen binnen twee weken wordt "
        "afgehandeld.",
        "Dat de aanvragen in oktober worden afgehandeld, bleek uit de peiling van het onderzoeksbureau.",
    ],
)
def test_a_finding_reported_from_a_source_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence) == ()


def test_a_finding_that_the_writer_acts_on_by_a_moment_is_a_promise() -> None:
    (item,) = commitments_in(
        "Uit de evaluatie blijkt dat de regeling knelt; ik zal haar daarom in oktober aanpassen."
    )
    assert (item.kind, item.deadline) == ("deliverable", date(2024, 10, 31))


def test_a_second_clause_without_its_subject_is_the_writers_second_promise() -> None:
    items = commitments_in(
        "Ik laat dit jaar een verkenning uitvoeren, die in 2025 wordt besproken, en informeer u uiterlijk "
        "1 oktober over de opzet."
    )
    assert [(item.kind, item.deadline) for item in items] == [
        ("deliverable", date(2024, 12, 31)),
        ("toezegging", date(2024, 10, 1)),
    ]


def test_a_second_clause_without_its_subject_and_a_first_without_a_moment_stay_one_promise() -> None:
    (item,) = commitments_in(
        "Ik laat een verkenning uitvoeren, en informeer u uiterlijk 1 oktober over de opzet."
    )
    assert (item.kind, item.deadline) == ("toezegging", date(2024, 10, 1))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Ik zal de Gezondheidsraad vragen mij voor de zomer te adviseren over de vaccinatie.",
            "deliverable",
        ),
        (
            "Ik zal de NZa vragen mij te laten weten wanneer de monitor klaar is, en uw Kamer daarover voor "
            "de zomer informeren.",
            "toezegging",
        ),
    ],
)
def test_the_writer_asking_another_to_advise_or_report_is_the_writers_act(sentence: str, kind: str) -> None:
    (item,) = commitments_in(sentence)
    assert (item.kind, item.deadline) == (kind, date(2024, 7, 4))


@pytest.mark.parametrize(
    "sentence",
    [
        "De Raad vraagt mij de regeling voor de zomer aan te passen.",
        "De Gezondheidsraad adviseert mij voor de zomer de vaccinatie uit te breiden.",
    ],
)
def test_another_asking_or_advising_the_writer_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence) == ()


def test_carrying_out_a_motie_without_a_moment_of_its_own_is_the_motie() -> None:
    items = commitments_in(
        "Met die berekeningen zal ik ook de motie van het lid Jansen (Kamerstuk 36 200, nr. 12) uitvoeren."
    )
    assert [item.kind for item in items] == ["motie"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Ik zal uw Kamer over de uitvoering van de motie van het lid Jansen (Kamerstuk 36 200, nr. 12) "
            "informeren.",
            "toezegging",
        ),
        ("In oktober voer ik de motie van het lid Jansen (Kamerstuk 36 200, nr. 12) uit.", "deliverable"),
    ],
)
def test_a_message_or_a_dated_act_beside_a_motie_is_a_promise_of_its_own(sentence: str, kind: str) -> None:
    assert sorted(item.kind for item in commitments_in(sentence)) == sorted(["motie", kind])


def test_a_clause_that_sends_by_the_moment_of_the_other_keeps_the_sentence_one_promise() -> None:
    (item,) = commitments_in("Het eindrapport wordt in mei verwacht; ik stuur het u dan met mijn reactie.")
    assert item.quote.startswith("Het eindrapport")
    assert (item.kind, item.deadline) == ("toezegging", date(2024, 5, 31))


@pytest.mark.parametrize(
    "sentence",
    [
        "Daarop kom ik in paragraaf 3 terug.",
        "Ik kom daarop hieronder terug.",
        "Hierop kom ik later in deze brief terug.",
        "Daar kom ik in de volgende paragraaf op terug.",
    ],
)
def test_coming_back_on_it_within_this_letter_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence) == ()


# A letter with a header of its own (made up): in it, the classifier alone used to add a sentence about this
# very letter whose only moment ahead lay in its reason clause.
_HEADED_LETTER = """Ministerie van Volksgezondheid, Welzijn en Sport

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Datum 3 maart 2026
Betreft Stand van zaken wachttijden ggz

Geachte voorzitter,

{body}

De Minister van Volksgezondheid, Welzijn en Sport,

J. de Vries
"""


def _found_in_headed_letter(body: str) -> list[tuple[date | None, str]]:
    day = date(2026, 3, 3)
    found = extract(_HEADED_LETTER.format(body=body), day, today=day).commitments
    return [(item.deadline, item.quote) for item in found]


@pytest.mark.parametrize(
    "body",
    [
        "Omdat de uitvoeringstoets pas eind april gereed is, stuur ik u deze brief later dan toegezegd.",
        "Omdat de evaluatie pas in september klaar is, zend ik u deze brief later dan gepland.",
        "Aangezien de cijfers pas in mei bekend zijn, stuur ik u deze brief later dan ik heb toegezegd.",
    ],
)
def test_this_letter_sent_late_for_a_reason_with_a_moment_is_no_promise(body: str) -> None:
    """The moment belongs to the reason clause, in which others act; the sentence sends this letter."""
    assert _found_in_headed_letter(body) == []


def test_this_letter_beside_a_moment_of_its_own_still_gives_the_promise() -> None:
    """A look-alike: the moment ahead is in the clause that promises the next letter."""
    body = (
        "Met deze brief informeer ik u over de stand van zaken; de volgende brief stuur ik u voor de zomer."
    )
    assert [deadline for deadline, _ in _found_in_headed_letter(body)] == [date(2026, 7, 2)]
