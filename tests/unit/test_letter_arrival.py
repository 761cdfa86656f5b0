"""A letter arrives as bytes and a name: one reading, one hash, whichever way it came in."""

import hashlib
from datetime import date

import pytest

from commitments.deadlines import find
from commitments.letter_arrival import acted_on, content_hash, letter_from_text, read_letter
from commitments.letters import draft_letter_name
from commitments.matching.action import Action
from commitments.matching.scoring import Score
from commitments.matching.service import Proposal
from commitments.matching.statements import Statement, Target, find_statements

LETTER = (
    "Geachte voorzitter,\n\n"
    "Ik zal uw Kamer voor 1 oktober 2026 informeren over de voortgang van de aanpak van de wachttijden in "
    "de jeugdzorg.\n\n"
    "De Staatssecretaris van Volksgezondheid, Welzijn en Sport,\n"
)
TODAY = date(2026, 3, 2)


def test_a_letter_is_read_hashed_and_named() -> None:
    data = LETTER.encode()
    letter = read_letter(data, "../map/brief\u202e.txt", TODAY)
    assert letter.content_hash == hashlib.sha256(data).hexdigest() == content_hash(data)
    assert letter.filename == "brief .txt"  # no folders; a direction character is shown as a space
    assert len(letter.items) == 1
    assert letter.undated  # its deadlines wait for the letter's date
    assert letter.extraction.commitments[0].quote.startswith("Ik zal uw Kamer")


def test_an_undated_file_is_asked_its_date_only_when_it_is_a_letter() -> None:
    """A minister's undated letter waits for its date; a shopping list (nothing found, no sender) does not."""
    assert read_letter(LETTER.encode(), "brief.txt", TODAY).needs_date
    unsigned = LETTER.split("De Staatssecretaris")[0]
    assert read_letter(unsigned.encode(), "brief.txt", TODAY).needs_date  # its promise is found
    shopping = "Boodschappen\n\n- melk\n- brood\n- 2 kilo appels\n\nNiet vergeten: fiets ophalen.\n"
    assert not read_letter(shopping.encode(), "lijst.txt", TODAY).needs_date


def test_the_same_bytes_are_the_same_letter_and_other_bytes_are_not() -> None:
    data = LETTER.encode()
    assert read_letter(data, "a.txt", TODAY).content_hash == read_letter(data, "b.txt", TODAY).content_hash
    assert read_letter(data + b"\n", "a.txt", TODAY).content_hash != content_hash(data)


def test_an_undated_letter_takes_the_date_it_is_given() -> None:
    letter = letter_from_text(LETTER, 0, "brief.txt", "abc", TODAY, dated=date(2026, 3, 2))
    assert not letter.undated
    assert letter.document["letter_date"] == "2026-03-02"
    assert [item.deadline for item in letter.items] == [date(2026, 10, 1)]
    assert letter.content_hash == "abc"


def test_an_undated_letter_without_a_given_date_is_read_on_the_callers_today() -> None:
    text = LETTER.replace("voor 1 oktober 2026", "voor het einde van dit jaar")
    for today in (date(2026, 3, 2), date(2027, 3, 2)):
        letter = letter_from_text(text, 0, "brief.txt", "abc", today)
        assert letter.undated
        assert [item.deadline for item in letter.items] == [date(today.year, 12, 31)]


POSTPONING = """Den Haag, 20 maart 2025

Geachte voorzitter,

In december heb ik toegezegd u voor 1 april te informeren over de evaluatie van de Wet verplichte ggz. Dit
wordt later: ik verwacht u uiterlijk 30 april te informeren. Daarnaast stuur ik u voor de zomer de monitor
van de crisiszorg.

De Staatssecretaris van Volksgezondheid, Welzijn en Sport,
"""


def test_found_items_where_the_letter_acts_are_the_acted_on_item_unless_they_have_a_moment_of_their_own() -> (
    None
):
    """The recalled promise (1 april) and its new moment (30 april) are stored item #7 again; the monitor
    promised in the same passage, for the summer, is a new item."""
    letter = letter_from_text(POSTPONING, 0, "brief.txt", "ab" * 32, date(2025, 3, 20))
    assert [found.deadline for found in letter.found] == [
        date(2025, 4, 1),
        date(2025, 4, 30),
        date(2025, 7, 3),
    ]
    span = (POSTPONING.index("In december"), POSTPONING.index("De Staatssecretaris"))
    statement = Statement(
        Action.POSTPONE,
        POSTPONING[span[0] : span[1]],
        *span,
        Target("toezegging", (), (), (), "evaluatie Wet verplichte ggz"),
        new_deadline=find("uiterlijk 30 april", date(2025, 3, 20))[0],
        old_deadline=date(2025, 4, 1),
    )
    proposal = Proposal(statement, Score(7, 0.9, (), "onderwerp"), ())
    assert acted_on(letter, [proposal]) == {1: 7, 2: 7}


def _page(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in body.split("\n\n") if line.strip())
    return f"<html><head><title>{title}</title></head><body>{paragraphs}</body></html>".encode()


def test_a_web_page_without_a_subject_is_named_by_its_title_and_keeps_it_once_dated() -> None:
    page = _page("Kamerbrief over wachttijden jeugdzorg | Rijksoverheid.nl", LETTER)
    letter = read_letter(page, "pagina.html", TODAY)
    assert letter.document["subject"] == letter.title == "Wachttijden jeugdzorg"
    dated = letter_from_text(letter.text, 0, "pagina.html", "abc", TODAY, TODAY, letter.title)
    assert dated.document["subject"] == "Wachttijden jeugdzorg"
    assert draft_letter_name(dated.document) == "brief ‘Wachttijden jeugdzorg’ van 2 maart 2026"


def test_a_subject_the_letter_states_wins_over_the_page_title() -> None:
    page = _page("Nieuws over de jeugdzorg | Rijksoverheid.nl", "Betreft: Aanpak wachttijden\n\n" + LETTER)
    assert read_letter(page, "pagina.html", TODAY).document["subject"] == "Aanpak wachttijden"
    assert draft_letter_name({"filename": "pagina.html"}) == "brief pagina.html"


LATER_IN_PARAGRAPH = """Den Haag, 20 december 2025

Geachte voorzitter,

{delay} {reason} {later}

{other}

De Minister van Volksgezondheid, Welzijn en Sport,
"""


def _acted_after_the_statement(delay: str, later: str, other: str) -> tuple[dict[int, int], int]:
    """What ``acted_on`` finds when the postponement is stated in ``delay`` and its new moment named in a
    later sentence of the paragraph (``later``), with ``other`` a paragraph after it."""
    text = LATER_IN_PARAGRAPH.format(
        delay=delay,
        reason="De benodigde cijfers komen later beschikbaar dan verwacht.",
        later=later,
        other=other,
    )
    letter = letter_from_text(text, 0, "brief.txt", "cd" * 32, date(2025, 12, 20))
    span = (text.index(delay), text.index(delay) + len(delay))
    statement = Statement(
        Action.POSTPONE,
        delay,
        *span,
        Target("toezegging", (), (), (), delay),
        new_deadline=find("na de zomer", date(2025, 12, 20))[0],
    )
    return acted_on(letter, [Proposal(statement, Score(7, 0.9, (), "onderwerp"), ())]), len(letter.found)


def test_the_new_moment_later_in_the_statements_paragraph_is_the_acted_on_item() -> None:
    """trial10 #5: "… kan ik u nog niet informeren. … Ik kom daar na de zomer op terug." is item #7 again,
    not a new item; a promise in the next paragraph with that same moment is new."""
    for delay, later in (
        ("Over de wachttijden in de ggz kan ik u nog niet informeren.", "Ik kom daar na de zomer op terug."),
        ("De rapportage over de ggz laat op zich wachten.", "Ik stuur u de rapportage na de zomer."),
    ):
        other = "Ook informeer ik u na de zomer over de stand van de huisartsenzorg."
        acted, found = _acted_after_the_statement(delay, later, other)
        assert (acted, found) == ({1: 7}, 2), delay


def test_a_letter_dated_after_today_is_remarked_on() -> None:
    """Trial 10: a letter dated a week ahead was read without a word; its deadlines count from that date."""
    for dated, said in (("Datum 9 maart 2026", "9 maart 2026"), ("Den Haag, 1 april 2026", "1 april 2026")):
        letter = read_letter(f"{dated}\n\n{LETTER}".encode(), "brief.txt", TODAY)
        assert letter.notice == (
            f"Deze brief is gedateerd {said}, na vandaag: is het een concept? De termijnen erin reken ik "
            "vanaf die datum."
        )
    for dated in (
        "Datum 2 maart 2026",
        "Den Haag, 1 maart 2026",
    ):  # look-alikes: today's and yesterday's letter
        assert read_letter(f"{dated}\n\n{LETTER}".encode(), "brief.txt", TODAY).notice is None


NOT_THEN_BUT_LATER = """Den Haag, 8 december 2026

Geachte voorzitter,

{postponed} {other}

De Staatssecretaris van Volksgezondheid, Welzijn en Sport,
"""


@pytest.mark.parametrize(
    ("postponed", "other"),
    [
        (
            "De evaluatie van de Wet verplichte ggz stuur ik uw Kamer niet eind 2026 maar in het voorjaar "
            "van 2027, omdat het onderzoeksbureau meer tijd nodig heeft voor de interviews.",
            "Daarnaast stuur ik u voor 1 maart 2027 de monitor van de crisiszorg.",
        ),
        (
            "Het plan van aanpak voor de jeugdzorg ontvangt uw Kamer niet voor 1 januari 2027 maar uiterlijk "
            "1 april 2027, omdat de gemeenten meer tijd vragen.",
            "Ook informeer ik u voor 1 februari 2027 over de wachttijden in de ggz.",
        ),
    ],
)
def test_a_promise_moved_from_its_old_moment_to_a_new_one_is_the_item_it_postpones(
    postponed: str, other: str
) -> None:
    """Trial 11 #3: "X stuur ik uw Kamer niet eind 2026 maar in het voorjaar van 2027" was offered as the
    postponement of the open item and listed as a new item too; it is that item (a look-alike). The other
    promise of the paragraph, with a moment of its own, stays new."""
    text = NOT_THEN_BUT_LATER.format(postponed=postponed, other=other)
    letter = letter_from_text(text, 0, "brief.txt", "ef" * 32, date(2026, 12, 8))
    postpone = [
        s for s in find_statements(letter.extraction.text, date(2026, 12, 8)) if s.action is Action.POSTPONE
    ]
    assert len(postpone) == 1
    assert len(letter.found) == 2
    assert acted_on(letter, [Proposal(postpone[0], Score(7, 0.9, (), "onderwerp"), ())]) == {1: 7}
