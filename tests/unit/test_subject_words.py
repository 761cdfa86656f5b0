"""The subject words of a title, for telling look-alikes."""

import pytest

from commitments.subject_words import content_words, without_letter_heads


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Mondzorgbrief", ["mondzorg"]),
        ("Voortgangsbrief jeugdzorg", ["voortgang", "jeugdzorg"]),  # a linking s goes with the head
        ("Stikstofdebat", ["stikstof"]),
    ],
)
def test_a_compound_ending_in_a_letter_word_keeps_its_subject(title: str, words: list[str]) -> None:
    assert without_letter_heads(content_words(title)) == words


@pytest.mark.parametrize("title", ["Huisartsenzorg", "Kamerbrief", "Voordelen mondzorg", "Luchtvaartnota"])
def test_a_word_that_is_no_such_compound_stays_whole(title: str) -> None:
    assert without_letter_heads(content_words(title)) == content_words(title)
