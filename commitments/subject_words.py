"""The words that name what a text is about, for comparing two texts: plain, without stop words or the
words every Kamerbrief shares, and stemmed. Shared by the extraction (a recalled promise restated) and the
matching of letters to open items (:mod:`commitments.matching.text`)."""

from __future__ import annotations

import re

import snowballstemmer
from stop_words import get_stop_words

from commitments.accents import fold

__all__ = ["LETTER_WORDS", "STOPWORDS", "content_words", "plain", "stems", "without_letter_heads"]


def plain(text: str) -> str:
    """Lower case, accents off (:func:`~commitments.accents.fold`), hyphenated line breaks joined, whitespace
    single."""
    joined = re.sub(r"(?<=[^\W\d_])-\s*\n\s*(?=[a-z])", "", text)
    return " ".join(fold(joined).split())


# General Dutch stop words come from the ``stop-words`` package; these are the words every Kamerbrief and
# register line shares, so they say nothing about the subject.
_LETTER_WORDS = """
kamer tweede brief kamerstuk kamerstukken nr nrs geachte voorzitter motie moties toezegging toezeggingen
toegezegd leden lid regering kabinet minister ministers staatssecretaris informeren informeer geinformeerd
verzoekt verzocht uitvoering invulling gegeven geef geeft daarmee hierover hiervan waarin waarbij tijdens
debat commissiedebat sturen stuur toezenden zenden delen hierbij uiteraard nader graag gaan
"""
LETTER_WORDS = frozenset(_LETTER_WORDS.split())
STOPWORDS = frozenset(plain(word) for word in get_stop_words("dutch")) | LETTER_WORDS
# A word of letters, or a name of letters and digits ("F-35", "A12", "covid-19"): a type, a road, a disease.
_WORD = re.compile(r"[a-z][a-z-]{2,}|\b[a-z]{1,6}-?\d{1,4}\b(?!-)")
_STEMMER = snowballstemmer.stemmer("dutch")


def content_words(text: str) -> list[str]:
    """The words that carry the subject, for fuzzy comparison: plain, no stop words, no numbers. A motie named
    by its members ("motie-Van Eijs", "motie-Kröger") is no subject: its members are compared apart."""
    return [
        word
        for word in _WORD.findall(plain(text))
        if word not in STOPWORDS and word.split("-", 1)[0] not in LETTER_WORDS
    ]


def stems(words: list[str]) -> list[str]:
    """Dutch Snowball stems ("rapportages" → "rapportag"); a compound's parts are stemmed apart too, but for
    its stop words ("zorg-en-welzijn")."""
    parts = [
        part
        for word in words
        for part in (word, *word.split("-"))
        if len(part) > 2 and (part == word or part not in STOPWORDS)
    ]
    return list(dict.fromkeys(_STEMMER.stemWords(parts)))


_HEADS = sorted((word for word in LETTER_WORDS if len(word) >= 4), key=len, reverse=True)
_MIN_PART = 4


def without_letter_heads(words: list[str]) -> list[str]:
    """``words`` with a compound's last part taken off where it is a word every letter shares: a
    "mondzorgbrief" is a brief over "mondzorg", as "brief over mondzorg" says in other words ("brief" is
    no subject); "voortgangsbrief" keeps "voortgang". A word that is no such compound stays whole."""
    kept = []
    for word in words:
        head = next(
            (head for head in _HEADS if word.endswith(head) and len(word) - len(head) >= _MIN_PART), None
        )
        rest = word[: -len(head)].removesuffix("s") if head else word
        kept.append(rest if head and rest not in STOPWORDS and len(rest) >= _MIN_PART else word)
    return kept
