"""A letter arrives as bytes and a name: one reading, one hash, whichever way it came in."""

import hashlib
from datetime import date

from commitments.letter_arrival import content_hash, letter_from_text, read_letter

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
