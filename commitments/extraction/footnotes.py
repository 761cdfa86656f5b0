"""Footnotes: their bodies ("7 Motie van de leden ... (Kamerstuk 31 015, nr. 186).") and the markers that
point at them ("een motie7 aangenomen"), so that a motie or promise takes the references of its footnote."""

from __future__ import annotations

import re
from dataclasses import dataclass

from commitments.extraction.sentences import Sentence

# "7 Motie van ...", "Noot 1: Kamerstuk ...", and officielebekendmakingen's "X Noot\n1\n\nRaadpleegbaar ...".
_BODY_START = re.compile(r"^(?:X\s+)?Noot\s*(?P<noot>\d{1,3})\s*:?\s*|^(?P<plain>\d{1,3})\s+(?=[A-Z(«\"])")
_NUMBER_ONLY = re.compile(r"(?:X\s+Noot\s+)?(\d{1,3})")  # a footnote's number on a line of its own
_MARKER = re.compile(r"(?<=[a-zà-ÿ)»”’.,;:])(?P<number>\d{1,2})(?=[\s.,;:)]|$)")


@dataclass(frozen=True)
class Footnote:
    """A footnote body and its span."""

    number: int
    start: int
    end: int
    text: str


def find_footnotes(sentences: list[Sentence]) -> dict[int, Footnote]:
    """Footnote bodies by number; a footnote may run over several sentences, up to the next footnote."""
    notes: dict[int, Footnote] = {}
    pending: int | None = None
    for index, sentence in enumerate(sentences):
        # both patterns open with a digit, "X" or "Noot": most sentences are passed by without them
        numbered = sentence.text[:1].isdigit() or sentence.text.startswith(("X", "Noot"))
        match = _BODY_START.match(sentence.text) if numbered else None
        number_only = _NUMBER_ONLY.fullmatch(sentence.text) if numbered else None
        if number_only and index + 1 < len(sentences):
            pending = int(number_only.group(1))
            continue
        if pending is not None:
            notes.setdefault(pending, Footnote(pending, sentence.start, sentence.end, sentence.text))
            pending = None
            continue
        if match and sentence.text[match.end() :].strip():
            number = int(match["noot"] or match["plain"])
            notes.setdefault(number, Footnote(number, sentence.start, sentence.end, sentence.text))
    return notes


def markers(text: str, notes: dict[int, Footnote]) -> list[tuple[int, Footnote]]:
    """The footnote markers in ``text`` that point at a known footnote: (position, footnote)."""
    return [
        (match.start(), notes[int(match["number"])])
        for match in _MARKER.finditer(text)
        if int(match["number"]) in notes
    ]
