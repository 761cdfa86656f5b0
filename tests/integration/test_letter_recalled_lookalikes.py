"""trial9 #2: a letter's promise told as made before is an old one: the open item of its post with its one
subject word is named as its look-alike; a new promise with that one word is not."""

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


def test_a_recalled_promise_is_named_like_the_open_item_of_its_post_by_its_one_subject_word(
    db: Database,
) -> None:
    stored = use_case(
        db,
        services.add_commitment,
        NewCommitment(
            title="Brief over de huisartsenzorg",
            deadline=date(2027, 6, 1),
            post="Staatssecretaris van Volksgezondheid, Welzijn en Sport",
            team=GROUP,
        ),
        "@alice",
    )
    for body in (
        "In mijn eerdere brief heb ik toegezegd u voor 1 juni 2027 te informeren over de huisartsenzorg. Dat "
        "lukt niet. Ik informeer u nu voor 1 december 2027 over de huisartsenzorg.",
        "In het debat heb ik u toegezegd voor 1 juni 2027 een brief te sturen over de huisartsenzorg. "
        "Die brief vraagt meer tijd. Ik stuur u voor 1 december 2027 de brief over de huisartsenzorg.",
    ):
        assert _alike(db, body) == [stored.id], body
    # a new promise about the same one word, told as new, is no look-alike by that word alone
    assert _alike(db, "Ik informeer u voor 1 december 2027 over de huisartsenzorg.") == []
