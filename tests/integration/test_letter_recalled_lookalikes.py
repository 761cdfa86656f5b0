"""trial9 #2: a letter's promise told as made before is an old one: the open item of its post with its one
subject word is named as its look-alike; a new promise with that one word is not. trial10 #5: so is a promise
the letter restates as made before ("zoals toegezegd") with the post and deadline of an open item, naming it
more briefly ("de jeugd-ggz" for "de wachttijden in de jeugd-ggz"); one told as new, or due another day, is
not."""

from __future__ import annotations

from datetime import date

from commitments import letters, services
from commitments.db import Database
from commitments.letter_arrival import read_letter
from commitments.services import NewCommitment
from tests.integration.test_letter_estimates import GROUP
from tests.use_case import use_case

LETTER = """Den Haag, 22 februari 2027

Geachte voorzitter,

{body}

De Staatssecretaris van Volksgezondheid, Welzijn en Sport,
J. de Vries
"""


def _alike(db: Database, body: str) -> list[int]:
    letter = read_letter(LETTER.format(body=body).encode(), "brief.txt", date(2027, 2, 22))
    found = use_case(db, letters.look_alikes, GROUP, letter.items, letter.content_hash, None, None)
    return [item.id for _, item in found]


def _store(db: Database, title: str, deadline: date) -> int:
    """An open item of the letter's post."""
    new = NewCommitment(
        title=title,
        deadline=deadline,
        post="Staatssecretaris van Volksgezondheid, Welzijn en Sport",
        team=GROUP,
    )
    return use_case(db, services.add_commitment, new, "@alice").id


def test_a_recalled_promise_is_named_like_the_open_item_of_its_post_by_its_one_subject_word(
    db: Database,
) -> None:
    stored = _store(db, "Brief over de huisartsenzorg", date(2027, 6, 1))
    for body in (
        "In mijn eerdere brief heb ik toegezegd u voor 1 juni 2027 te informeren over de huisartsenzorg. Dat "
        "lukt niet. Ik informeer u nu voor 1 december 2027 over de huisartsenzorg.",
        "In het debat heb ik u toegezegd voor 1 juni 2027 een brief te sturen over de huisartsenzorg. "
        "Die brief vraagt meer tijd. Ik stuur u voor 1 december 2027 de brief over de huisartsenzorg.",
    ):
        assert _alike(db, body) == [stored], body
    # a new promise about the same one word, told as new, is no look-alike by that word alone
    assert _alike(db, "Ik informeer u voor 1 december 2027 over de huisartsenzorg.") == []


def test_a_restated_promise_is_named_like_the_open_item_of_its_post_and_deadline(db: Database) -> None:
    stored = _store(db, "Kamer informeren over de wachttijden in de jeugd-ggz", date(2027, 4, 1))
    for body in (
        "Over de jeugd-ggz informeer ik u, zoals toegezegd, voor 1 april 2027 in een aparte brief.",
        "Zoals toegezegd stuur ik u voor 1 april 2027 een brief over de jeugd-ggz.",
    ):
        assert _alike(db, body) == [stored], body
    # look-alikes: told as new, or restated for another day
    assert _alike(db, "Over de jeugd-ggz informeer ik u voor 1 april 2027 in een aparte brief.") == []
    assert _alike(db, "Over de jeugd-ggz informeer ik u, zoals toegezegd, voor 1 juni 2027.") == []
