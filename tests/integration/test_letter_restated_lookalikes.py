"""trial10 #5: a promise a letter restates as made before ("zoals toegezegd") with the post and deadline of an
open item, naming it more briefly ("de jeugd-ggz" for "de wachttijden in de jeugd-ggz"), is that item's
look-alike, so "Dubbele overslaan" does not store it twice; a promise told as new, or due another day, is
not."""

from __future__ import annotations

from datetime import date

from commitments import letters, services
from commitments.db import Database
from commitments.letter_arrival import read_letter
from commitments.services import NewCommitment
from tests.integration.test_letter_estimates import GROUP
from tests.use_case import use_case

LETTER = """Den Haag, 12 januari 2027

Geachte voorzitter,

Hierbij informeer ik u over de wachttijden in de volwassenenzorg.

{body}

De Minister van Volksgezondheid, Welzijn en Sport,
"""


def _alike(db: Database, body: str) -> list[int]:
    letter = read_letter(LETTER.format(body=body).encode(), "brief.txt", date(2027, 1, 12))
    assert len(letter.items) == 1, body
    found = use_case(db, letters.look_alikes, GROUP, letter.items, letter.content_hash, None, None)
    return [item.id for _, item in found]


def test_a_restated_promise_is_named_like_the_open_item_of_its_post_and_deadline(db: Database) -> None:
    stored = use_case(
        db,
        services.add_commitment,
        NewCommitment(
            title="Kamer informeren over de wachttijden in de jeugd-ggz",
            deadline=date(2027, 4, 1),
            post="Minister van Volksgezondheid, Welzijn en Sport",
            team=GROUP,
        ),
        "@alice",
    )
    for body in (
        "Over de jeugd-ggz informeer ik u, zoals toegezegd, voor 1 april 2027 in een aparte brief.",
        "Zoals toegezegd stuur ik u voor 1 april 2027 een brief over de jeugd-ggz.",
    ):
        assert _alike(db, body) == [stored.id], body
    # look-alikes: told as new, or restated for another day
    assert _alike(db, "Over de jeugd-ggz informeer ik u voor 1 april 2027 in een aparte brief.") == []
    assert _alike(db, "Over de jeugd-ggz informeer ik u, zoals toegezegd, voor 1 juni 2027.") == []
