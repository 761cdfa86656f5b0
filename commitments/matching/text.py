"""Plain-text helpers for matching: sentence spans, footnotes, member names and words to compare.

Spans always point into the letter text as given, so a quote can be shown and checked
(``text[start:end]``). Sentences and footnotes are read as the extraction reads them
(:mod:`commitments.extraction.sentences`, :mod:`commitments.extraction.footnotes`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from commitments.extraction.footnotes import Footnote, find_footnotes, markers
from commitments.extraction.sentences import split_sentences
from commitments.subject_words import plain


@dataclass(frozen=True)
class Span:
    """A stretch of the letter: ``text[start:end]``."""

    start: int
    end: int


@dataclass(frozen=True)
class Sentences:
    """A letter's sentences (as spans, from the extraction's splitter: one splitter for the project) and its
    footnotes by number (from the extraction's footnote reader)."""

    spans: list[Span]
    notes: dict[int, Footnote]

    @classmethod
    def of(cls, text: str, start: int = 0) -> Sentences:
        split = split_sentences(text, start)
        spans = [Span(sentence.start, sentence.end) for sentence in split]
        return cls(_by_table_rows(text, spans), find_footnotes(split))

    def notes_in(self, fragment: str) -> list[str]:
        """The texts of the footnotes ``fragment`` points to with a marker ("toezegging5")."""
        return list(dict.fromkeys(note.text for _, note in markers(fragment, self.notes)))

    def unmarked(self, fragment: str) -> str:
        """``fragment`` without its footnote markers ("op 19 maart jongstleden2": the 2 is a footnote)."""
        found = markers(fragment, self.notes)
        kept = []
        position = 0
        for at, note in found:
            kept.append(fragment[position:at])
            position = at + len(str(note.number))
        return "".join([*kept, fragment[position:]])


# A row of a table written with bars ("2 | Motie van het lid X | 28 286, nr. 990 | … | Loopt"): one unit.
_TABLE_ROW = re.compile(r"^[^\n|]*\|[^\n]*\|[^\n]*$", re.M)


def table_row(sentence: str) -> bool:
    """Whether ``sentence`` is a row of a table written with bars: a unit of its own, read without its
    neighbours (the next row is another item)."""
    return "\n" not in sentence and _TABLE_ROW.fullmatch(sentence) is not None


def table_cells(sentence: str) -> list[str]:
    """The cells of a table row (none for another sentence), stripped."""
    return [cell.strip() for cell in sentence.split("|")] if table_row(sentence) else []


def _by_table_rows(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each table row as one span of its own: a row's state cell ("Afgedaan") speaks of that
    row's item only, so a row is never joined to the next, nor cut at a full stop inside a cell."""
    rows = [Span(row.start(), row.end()) for row in _TABLE_ROW.finditer(text, spans[0].start if spans else 0)]
    if not rows:
        return spans
    cuts = {edge for span in spans for edge in (span.start, span.end)}
    cuts -= {cut for row in rows for cut in cuts if row.start < cut < row.end}
    cuts |= {edge for row in rows for edge in (row.start, row.end)}
    covered = [(span.start, span.end) for span in [*spans, *rows]]
    pieces = []
    for left, right in itertools.pairwise(sorted(cuts)):
        piece = text[left:right]
        if piece.strip() and any(first <= left and right <= last for first, last in covered):
            begin = left + len(piece) - len(piece.lstrip())
            pieces.append(Span(begin, begin + len(piece.strip())))
    return pieces


_CAPITALISED = r"[A-ZÀ-Ý][^\W\d_]*(?:[-’'][^\W\d_]+)*"
_PARTICLE = r"(?:van|de|der|den|te|ter|ten|in\s+'t|'t)"
_SURNAME = rf"(?:{_PARTICLE}\s+)*{_CAPITALISED}"
_NAME = rf"(?:[A-Z]\.\s*)*{_SURNAME}(?:\s+{_SURNAME})?"
_PARTY = r"(?:\s*\([^()\n]{1,30}\))?"  # "Bontenbal (CDA)"
_ENTRY = rf"{_NAME}(?:\s+c\.s\.)?{_PARTY}(?:\d{{1,2}}(?!\d))?"
_NAMES = rf"(?P<names>{_ENTRY}(?:\s*(?:,|\ben\b|&|/)\s*{_ENTRY})*)"
# "motie Kuik", "motie-Van der Staaij c.s.", "de motie van het lid Kuik", "motie Elissen/Çorüz", and members
# named before the motion: "hebben de leden Mutluer en Ellian een motie ingediend".
MEMBERS = re.compile(
    rf"\b(?:[Mm]oties?|[Vv]ragen|[Aa]mendement)(?:\d{{1,2}})?(?:\s+|-)(?:van\s+(?:de\s+|het\s+)?(?:[Kk]amer)?(?:leden|lid)\s+)?"
    rf"{_NAMES}"
    rf"|\b(?:het\s+(?:[Kk]amer)?lid|de\s+(?:[Kk]amer)?leden)\s+{_NAMES.replace('?P<names>', '?P<names2>')}"
    r"(?=[^.]{0,160}\bmoties?(?![^\W\d_]))"
    # the motion first, its members in a clause after it: "de motie die het lid Kostić heeft ingediend"
    rf"|\bmoties?\b[^.;]{{0,40}}?\b(?:het\s+(?:[Kk]amer)?lid|de\s+(?:[Kk]amer)?leden)\s+"
    rf"{_NAMES.replace('?P<names>', '?P<names3>')}"
)
# Members named anywhere ("vragen die de leden Van der Plas en Omtzigt stelden"), motion or not.
_ANY_MEMBERS = re.compile(rf"\b(?:het\s+(?:[Kk]amer)?lid|de\s+(?:[Kk]amer)?leden)\s+{_NAMES}")
_SPLIT_NAMES = re.compile(r"\s*(?:,|\ben\b|&|/)\s*")
_NOT_NAMES = {"kamerstuk", "kamerstukken", "motie", "moties", "de", "het", "een", "die", "dat", "over"}


@dataclass(frozen=True)
class Members:
    """The surnames of one motion's (or question's) members, and the footnote marker after them, if any."""

    surnames: tuple[str, ...]
    note: int | None = None


def member_groups(fragment: str) -> list[Members]:
    """Members named after "motie", "moties van de leden", "vragen van het lid", normalised, per motion.

    "de moties van de leden Van den Berg c.s.1 en Regterschot2" names two motions (the footnote markers tell
    them apart), "motie Kuik en Van der Graaf" one motion of two members.
    """
    return [members for _, _, members in member_mentions(fragment)]


def member_mentions(fragment: str) -> list[tuple[int, int, Members]]:
    """:func:`member_groups` with where each mention starts and ends in ``fragment``."""
    found: list[tuple[int, int, Members]] = []
    for match in MEMBERS.finditer(fragment):
        names = re.sub(r"\([^()]*\)", " ", match["names"] or match["names2"] or match["names3"])
        pieces = [*re.split(r"(?<=[^\W\d_.]|\.)(\d{1,2})(?!\d)", names), ""]
        for piece, marker in zip(pieces[::2], pieces[1::2], strict=False):
            group = [surname_key(name) for name in _SPLIT_NAMES.split(piece.replace("c.s.", " "))]
            group = [name for name in group if name and name not in _NOT_NAMES]
            if group:
                found.append(
                    (match.start(), match.end(), Members(tuple(group), int(marker) if marker else None))
                )
    return found


def named_members(fragment: str) -> list[str]:
    """The surname keys of every member named after "het lid" or "de leden" in ``fragment``."""
    names = [
        surname_key(name)
        for match in _ANY_MEMBERS.finditer(fragment)
        for name in _split_names(match["names"])
    ]
    return [*(name for name in names if name and name not in _NOT_NAMES), *_motion_names(fragment)]


def _split_names(names: str) -> list[str]:
    return _SPLIT_NAMES.split(re.sub(r"\d{1,2}|\([^()]*\)", " ", names.replace("c.s.", " ")))


def _motion_names(fragment: str) -> list[str]:
    return [name for _, _, members in member_mentions(fragment) for name in members.surnames]


def surname_key(name: str) -> str:
    """A surname as compared: without initials, particles, accents or case ("Van der Graaf" → "graaf")."""
    words = plain(name).split()
    return " ".join(word for word in words if word not in _PARTICLES and not re.fullmatch(r"\w\.?", word))


_PARTICLES = {"van", "de", "der", "den", "te", "ter", "ten", "in", "t", "'t"}


_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
COMPOUND_PART = 3  # letters a compound's part needs before and after an abbreviation's letter may open it


def acronyms(text: str) -> list[str]:
    """The abbreviations the text writes in capitals ("IBO", "SCP"), lower case."""
    return list(dict.fromkeys(found.lower() for found in _ACRONYM.findall(text)))


def spelt_out(acronym: str, words: Sequence[str]) -> list[str]:
    """The run of ``words`` (plain content words, in order) whose initials make ``acronym``: one letter per
    word, or more for a compound whose later part it opens ("Interdepartementaal Beleidsonderzoek" for
    "ibo": i-nterdepartementaal, b-eleids-o-nderzoek). Empty when no run spells it."""
    for first, word in enumerate(words):
        end = _spell(acronym, words, first, 0) if word.startswith(acronym[0]) else None
        if end is not None:
            return list(words[first:end])
    return []


def _spell(acronym: str, words: Sequence[str], index: int, opened: int, at: int = 1) -> int | None:
    """Where the run ends when the letters before ``acronym[at]`` are spelt, the last opening
    ``words[index]`` at ``opened``; None when the rest cannot follow."""
    if at == len(acronym):
        return index + 1
    word, letter = words[index], acronym[at]
    for part in range(opened + COMPOUND_PART, len(word) - COMPOUND_PART + 1):  # a later part of a compound
        if word[part] == letter and (end := _spell(acronym, words, index, part, at + 1)) is not None:
            return end
    if index + 1 < len(words) and words[index + 1].startswith(letter):
        return _spell(acronym, words, index + 1, 0, at + 1)
    return None


COMPOUND_HEAD = 4  # a stem this long may be the head (last part) of a compound: "verkeersveil", "veil"
COMPOUND_FIRST = 5  # and this long its first part: "voortgangsbrief", "voortgang" (not "plan", "planning")


def same_stem(one: str, other: str) -> bool:
    """Whether two stems name the same thing: equal, or one is a Dutch compound of the other
    ("netaansluit" and "aansluit", "voortgangsbrief" and "voortgang"): the compound adds a part before its
    head or after its first word, so the shorter stem stands at its end or start."""
    if one == other:
        return True
    shorter, longer = sorted((one, other), key=len)
    return (len(shorter) >= COMPOUND_HEAD and longer.endswith(shorter)) or (
        len(shorter) >= COMPOUND_FIRST and longer.startswith(shorter)
    )


NAME_LIKENESS = 85  # rapidfuzz ratio from which two surnames are taken as one spelt differently
SHORT_NAME = 5  # shorter surnames must be spelt the same


def same_name(one: str, other: str) -> bool:
    """Whether two surname keys name the same member, allowing a typing slip ("Koekoek"/"Koekkoek"); a key
    with a first name ("inge dijk", from "Inge van Dijk") is the member the surname alone names ("dijk",
    from "motie-Van Dijk c.s."), not one with another first name ("jasper dijk")."""
    if one == other:
        return True
    shorter, longer = sorted((one.split(), other.split()), key=len)
    if len(shorter) == 1 and len(longer) > 1:
        return same_name(shorter[0], longer[-1])
    if min(len(one), len(other)) < SHORT_NAME:
        return False
    return fuzz.ratio(one, other) >= NAME_LIKENESS
