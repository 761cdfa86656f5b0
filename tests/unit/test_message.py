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
    assert draft.title == "Kamer te informeren over de fiscale regeling"
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
