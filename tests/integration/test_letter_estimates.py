"""A deadline from a letter that rests on an estimated recess keeps its "schatting" when saved, in the chat
(a document draft) and in ``extract --save`` (``register_letter``)."""

from __future__ import annotations

from datetime import date

from commitments import drafts, pending, services
from commitments.db import Database
from commitments.extraction import extract
from commitments.letter_arrival import read_letter
from commitments.matching.service import register_letter
from commitments.model import DraftKind
from tests.use_case import use_case

GROUP = -100_7
# The calendar has no summer recess for 2027: "voor het zomerreces" is an estimate from the usual pattern.
LETTER = """Den Haag, 12 januari 2027

Betreft: Voortgang van het programma tegen mensenhandel

Geachte voorzitter,

Met deze brief informeer ik uw Kamer over de voortgang van het programma. Ik zal uw Kamer voor het
zomerreces informeren over de resultaten van de evaluatie van het programma.

De Staatssecretaris van Justitie en Veiligheid,
"""


def test_the_letter_marks_the_deadline_as_an_estimate() -> None:
    (found,) = extract(LETTER, today=date(2027, 1, 12)).commitments
    assert found.deadline == date(2027, 7, 1)
    assert found.estimate
    assert found.to_json()["estimate"] is True


def test_saved_from_the_chat_the_item_keeps_its_estimate(db: Database) -> None:
    letter = read_letter(LETTER.encode(), "brief.txt", date.today())
    payload = pending.dump(pending.FoundItems(document=letter.document, items=letter.items))
    draft = use_case(db, drafts.save_draft, GROUP, 1, DraftKind.DOCUMENT, payload)
    (saved,) = use_case(db, drafts.save_found, draft.id, GROUP, "@alice")
    assert saved.deadline == date(2027, 7, 1)
    assert saved.estimate


def test_saved_by_extract_save_the_item_keeps_its_estimate(db: Database) -> None:
    _, (number,) = use_case(
        db, register_letter, extract(LETTER, today=date(2027, 1, 12)), "brief.txt", "cd" * 32, GROUP, "cli"
    )
    item = use_case(db, services.get_commitment, number, GROUP)
    assert item.deadline == date(2027, 7, 1)
    assert item.estimate
    assert item.to_json()["estimate"] is True
