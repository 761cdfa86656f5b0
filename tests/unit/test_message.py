from datetime import date

import pytest

from commitments.extraction import parse_message

TODAY = date(2025, 3, 1)


def test_nieuw_message_with_abbreviated_ministry_reference_and_owner() -> None:
    draft = parse_message(
        "/nieuw MinJenV: Kamer voor de zomer informeren over de handreiking gegevensdeling "
        "(Kamerstuk 28 638, nr. 178) @piet",
        TODAY,
        {},
    )
    assert draft.kind == "toezegging"
    assert (draft.ministry, draft.post) == ("JenV", "Minister van Justitie en Veiligheid")
    assert draft.refs == ("28638-178",)
    assert draft.owner == "piet"
    assert draft.title == "Kamer informeren over de handreiking gegevensdeling"  # who and when are fields
    assert draft.deadline_text == "voor de zomer"
    assert draft.deadline is not None


def test_post_written_out_and_a_known_person() -> None:
    draft = parse_message("/nieuw staatssecretaris VWS: plan van aanpak dit najaar sturen", TODAY, {})
    assert (draft.post, draft.ministry) == ("Staatssecretaris van Volksgezondheid, Welzijn en Sport", "VWS")
    known = {"Van Weel": ("Minister van Justitie en Veiligheid", "JenV")}
    draft = parse_message("/nieuw Van Weel: wetsvoorstel eind 2025 indienen", TODAY, known)
    assert (draft.person, draft.ministry, draft.kind) == ("Van Weel", "JenV", "deliverable")
    assert draft.deadline == date(2025, 12, 31)


def test_motie_kind_and_long_title_is_cut() -> None:
    draft = parse_message(
        "/nieuw BZK: uitvoering motie Wuite over het sociaal minimum in Caribisch Nederland en de "
        "herijking daarvan in een nieuwe commissie, met een brief aan de Kamer",
        TODAY,
        {},
    )
    assert draft.kind == "motie"
    assert len(draft.title) <= 80
    assert draft.title.endswith("…")
    assert draft.ministry == "BZK"


@pytest.mark.parametrize(
    ("message", "post"),
    [
        ("VWS: de staatssecretaris stuurt de Kamer de evaluatie", "Staatssecretaris van Volksgezondheid"),
        ("BZK: staatssecretaris informeert de Kamer", "Staatssecretaris van Binnenlandse Zaken"),
        ("VWS: de minister stuurt de evaluatie", "Minister van Volksgezondheid"),
        ("VWS: de Kamer krijgt de evaluatie van de staatssecretaris", "Minister van Volksgezondheid"),
        ("Staatssecretaris VWS: brief over de zorgverzekering", "Staatssecretaris van Volksgezondheid"),
    ],
)
def test_a_ministry_before_the_colon_takes_the_role_that_opens_the_message(message: str, post: str) -> None:
    """ "VWS:" names a ministry; "de staatssecretaris" opening what follows says which of its posts."""
    draft = parse_message(message, date(2026, 12, 7), {})
    assert draft.post is not None
    assert draft.post.startswith(post)


def test_a_long_message_is_titled_by_its_first_sentence_and_kept_whole_as_its_quote() -> None:
    message = (
        "Minister van Financiën zegt toe de Kamer voor de zomer te informeren over de fiscale regeling. "
        "Daarbij komen ook de uitvoeringstoets van de Belastingdienst en o.a. de kosten aan bod."
    )
    draft = parse_message(message, date(2026, 12, 7), {})
    assert draft.title == "Kamer informeren over de fiscale regeling"
    assert draft.quote == message


def test_a_ministry_tag_in_parentheses_names_its_minister() -> None:
    draft = parse_message(
        "/nieuw Regering verzoekt om uiterlijk Q2 de regels voor kleine boeren te versoepelen (LVVN)",
        TODAY,
        {},
    )
    assert (draft.ministry, draft.post) == (
        "LVVN",
        "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur",
    )
    untagged = parse_message("/nieuw Plan voor kleine boeren (zie bijlage) volgt in mei", TODAY, {})
    assert untagged.ministry is None


@pytest.mark.parametrize(
    ("message", "deadline", "title"),
    [
        (  # found in a user trial: the year's end was read as this year's
            "In het commissiedebat van 4 september 2024 zegde de minister van LVVN toe voor het einde van "
            "het jaar een brief te sturen over de mestmarkt.",
            date(2024, 12, 31),
            "In het commissiedebat van 4 september 2024 zegde toe een brief te sturen over…",
        ),
        (
            "Op 3 maart 2025 heeft de staatssecretaris van Financiën toegezegd binnen drie maanden te "
            "reageren op het advies over de schenkbelasting.",
            date(2025, 6, 3),
            None,
        ),
        (  # told in the present tense: about now, whatever debate it names
            "Na het debat van 4 september 2024 stuurt de minister van OCW voor het einde van het jaar een "
            "brief over het lerarentekort.",
            date(2026, 12, 31),
            "Na het debat van 4 september 2024 stuurt een brief over het lerarentekort",
        ),
        (  # a day ahead is the deadline itself, not the moment the promise was made
            "De minister van BZK beloofde de Kamer op 4 september 2027 een brief over bouwen te sturen.",
            date(2027, 9, 4),
            None,
        ),
    ],
)
def test_a_deadline_counts_from_the_day_a_promise_told_after_the_fact_was_made(
    message: str, deadline: date, title: str | None
) -> None:
    draft = parse_message(message, date(2026, 12, 7), {})
    assert draft.deadline == deadline
    if title is not None:
        assert draft.title == title


@pytest.mark.parametrize(
    ("message", "post", "ministry"),
    [
        (
            "/nieuw De minsiter van Defensie informeert de Kamer voor het kerstreces over de fregatten",
            "Minister van Defensie",
            "DEF",
        ),
        (
            "/nieuw staatssecretaris jeugd stuurt volgende week vrijdag de evaluatie van de pleegzorg",
            "Staatssecretaris voor Jeugd, Preventie en Sport",
            "VWS",
        ),
    ],
)
def test_a_misspelt_role_or_a_part_of_a_portfolio_names_the_post(
    message: str, post: str, ministry: str
) -> None:
    """Trial 6: both gave "onbekende bewindspersoon"; the post is not left in the title either."""
    draft = parse_message(message, TODAY, {})
    assert (draft.post, draft.ministry) == (post, ministry)
    assert "jeugd" not in draft.title.lower()
    assert "minsiter" not in draft.title.lower()
