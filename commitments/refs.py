"""Kamerstuk references: find them in text and normalise them to ``28638-178`` (CONVENTIONS.md).

Written forms: "Kamerstuk 28 638, nr. 178", "Kamerstukken II 2019/20, 28 638, nr. 178",
"28 638 VI, nrs. 225 en 226", "21 501-32, nr. 1740", "28638-178", "kst-28638-178", "35570-VI-50",
Eerste Kamer letters "32 637, E" and "Kamerstukken I 2017/18, 30 880 AA", and lettered series such
as "CII, G".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from commitments.scan import fold, matches_at, word_starts

_SP = r"[ \u00a0]"
_DOSSIER = rf"(?P<dossier>\d{{2,3}}{_SP}\d{{3}}|\d{{4,6}})"
_ROMAN = r"[IVXL]{1,6}"
_PART = rf"(?:(?:{_SP}|-)(?P<part>{_ROMAN}|[A-Z])(?![\w])|-(?P<sub>\d{{2}})(?!\d))?"
# "nrs. 225 en 226"; a number followed by a group of three digits starts the next dossier ("nr. 178 en
# 31 015, nr. 123"), so it is not listed.
# "nrs. 170 en 172", also with the word again: "nr. 88 en nr. 95"
_NUMS = r"(?P<nums>\d{1,5}(?:\s*(?:,|en|&)\s*(?:nrs?\.?\s*)?\d{1,5}(?!\d|\s\d{3}\b))*)"
_PREFIX = (
    r"(?:(?P<prefix>Kamerstuk(?:ken)?|Kst\.?|TK|EK)\b(?:\s*(?P<chamber>I{1,2})\b)?"
    r"(?:,?\s*\d{4}\s*[/–-]\s*\d{2,4})?,?\s*)?"
)

# The first lookahead of _WRITTEN and _COMPACT says what a reference starts with (its prefix or a digit of its
# dossier), so that the engine quickly passes the other positions of a long text.
_WRITTEN = re.compile(
    rf"(?=\d|kamerstuk|kst|tk\b|ek\b){_PREFIX}{_DOSSIER}{_PART},?\s*(?:nr|nrs|no)\.?\s*{_NUMS}", re.IGNORECASE
)
# Eerste Kamer documents carry letters: only trusted after a "Kamerstuk(ken)" prefix.
_LETTERED = re.compile(
    rf"(?P<prefix>Kamerstuk(?:ken)?|Kst\.?|EK)\b(?:\s*I{{1,2}}\b)?(?:,?\s*\d{{4}}\s*[/–-]\s*\d{{2,4}})?,?\s*"
    rf"{_DOSSIER}(?:{_SP}(?P<part>{_ROMAN})(?=[\s,]))?(?P<comma>,)?\s*(?P<letter>[A-Z]{{1,3}})\b",
)
# What _LETTERED starts with, as written (it heeds case): it is tried only where one of these is.
_LETTERED_STARTS = ("Kamerstuk", "Kst", "EK")
_ROMAN_ONLY = re.compile(_ROMAN)
_COMPACT = re.compile(
    r"(?=kst-|\d)(?<![\w/.-])(?:kst-)?(?P<dossier>\d{5,6})-(?:(?P<part>[IVXL]{1,6}|[A-Z])-|(?P<sub>\d{2})-(?=\d))?"
    r"(?P<num>\d{1,5}|[A-Z]{1,3})(?![\w-])",
    re.IGNORECASE,
)
# Where _WRITTEN and _COMPACT can start (so that a long letter is read only there, commitments/scan.py): a
# word that opens a prefix (in lower case), or one of the last six digits but one of a run of digits that
# can end (the first part of) a dossier: white space, a comma, a dash or "nr" follows it.
_PREFIX_STARTS = ("kamerstuk", "kst", "tk", "ek")
_DOSSIER_DIGITS = 6
_DOSSIER_DIGITS_RUN = re.compile(r"\d\d+(?=[\s,nN-])")
# A written reference without a prefix starts in the dossier number just before its number word and number
# ("nr. 178", "nrs. 1", "no 3", in the folded text): the dossier and its part take seven characters at most
# each ("28 638", " XVIII"), then a comma and blanks may stand before the word. So only the digits there are
# read, not every run of digits in a long letter.
_NUMBER = re.compile(r"n(?:rs?|o)\.?\s*\d")
_DOSSIER_REACH = 15
# A compact reference starts with "kst-" or with the five or six digits of its dossier before a dash.
_DOSSIER_DASH = re.compile(r"-(?<=\d{5}-)")
_SERIES = re.compile(r"^(?P<series>C[IVXL]+|[A-Z]{1,4})(?:,?\s*|-)(?P<letter>[A-Z]{1,3})$")
_SPLIT_NUMS = re.compile(r"\d+")
# Every form holds a dossier number of at least two digits: a text without two digits in a row has no
# reference (most sentences and quotes), and one search says so.
_TWO_DIGITS = re.compile(r"\d\d")
# And each holds one of these: "nr", "nrs" or "no" with its number (_NUMBER, in the folded text: _WRITTEN),
# the five digits of a dossier before a dash (_COMPACT), or the prefix of a lettered one as written
# (_LETTERED).
# (Not just "no" or a dash: "november", "nodig" and "2024-2025" are in many sentences without a reference.)


@dataclass(frozen=True)
class RefMatch:
    """One reference found in a text, with the span of the words it came from."""

    ref: str
    start: int
    end: int


def _compose(dossier: str, part: str | None, doc: str) -> str:
    pieces = [re.sub(r"\D", "", dossier)]
    if part:
        pieces.append(part.upper())
    pieces.append(doc.upper())
    return "-".join(pieces)


class _Taken:
    """Spans already read as a reference; they never overlap, so a binary search finds a clash."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, span: tuple[int, int]) -> bool:
        # The last span starting before this one ends has the latest end of all that do.
        index = bisect.bisect_left(self._starts, span[1]) - 1
        return index >= 0 and self._ends[index] > span[0]

    def add(self, span: tuple[int, int]) -> None:
        index = bisect.bisect_left(self._starts, span[0])
        self._starts.insert(index, span[0])
        self._ends.insert(index, span[1])


def _starts(text: str, folded: str) -> tuple[set[int], set[int]]:
    """The positions at which :data:`_WRITTEN` can start (see :data:`_PREFIX_STARTS` and :data:`_NUMBER`), and
    those at which :data:`_COMPACT` can: "kst", or where five or six digits before a dash start (no word
    character stands before its dossier number, so a longer run holds none)."""
    written = word_starts(folded, _PREFIX_STARTS)
    for number in _NUMBER.finditer(folded):
        blank = number.start()
        while blank > 0 and text[blank - 1].isspace():
            blank -= 1
        # (a run cut at the start of the stretch keeps the last digits, where a dossier may start)
        for digits in _DOSSIER_DIGITS_RUN.finditer(text, max(0, blank - _DOSSIER_REACH), number.start() + 1):
            written.update(range(max(digits.start(), digits.end() - _DOSSIER_DIGITS), digits.end() - 1))
    compact = word_starts(folded, ("kst",))
    for dash in _DOSSIER_DASH.finditer(text):
        compact.update(range(max(0, dash.start() - 6), dash.start() - 4))
    return written, compact


def _may_hold_a_ref(text: str, folded: str) -> bool:
    """Whether ``text`` (``folded`` its :func:`fold`) holds a word or mark that every reference holds."""
    return (
        any(mark in text for mark in _LETTERED_STARTS)
        or _NUMBER.search(folded) is not None
        or _DOSSIER_DASH.search(text) is not None
    )


def find_refs(text: str) -> list[RefMatch]:
    """Every Kamerstuk reference in ``text``, in order; "nrs. 170 en 172" gives two."""
    found: list[RefMatch] = []
    if _TWO_DIGITS.search(text) is None:
        return found
    folded = fold(text)
    if not _may_hold_a_ref(text, folded):
        return found  # a date, an amount: digits, but none of what a reference holds besides them
    taken = _Taken()
    written_starts, compact_starts = _starts(text, folded)
    for match in matches_at(_WRITTEN, text, written_starts):
        if len(match["dossier"]) == 4 and not match["prefix"]:
            continue  # "Vergaderjaar 2018-2019 Nr. 96", "Stcr. 2017 nr. 8697": a year, not a dossier
        part = match["part"] or match["sub"]
        for num in _SPLIT_NUMS.findall(match["nums"]):
            found.append(RefMatch(_compose(match["dossier"], part, num), match.start(), match.end()))
        taken.add(match.span())
    for match in matches_at(_LETTERED, text, word_starts(text, _LETTERED_STARTS)):
        if not match["comma"] and not match["part"] and _ROMAN_ONLY.fullmatch(match["letter"]):
            continue  # "35570 VII / ...": a budget chapter without a document, not an Eerste Kamer letter
        if not taken.overlaps(match.span()):
            found.append(RefMatch(_compose(match["dossier"], match["part"], match["letter"]), *match.span()))
            taken.add(match.span())
    for match in matches_at(_COMPACT, text, compact_starts):
        if not taken.overlaps(match.span()):
            part = match["part"] or match["sub"]
            found.append(RefMatch(_compose(match["dossier"], part, match["num"]), *match.span()))
            taken.add(match.span())
    found.sort(key=lambda ref: ref.start)
    return found


def refs_in(text: str) -> list[str]:
    """The distinct normalised references in ``text``, in order of first appearance."""
    return list(dict.fromkeys(ref.ref for ref in find_refs(text)))


_LOOSE = re.compile(
    rf"\s*(?P<dossier>\d{{2,3}}{_SP}\d{{3}}|\d{{5,6}})(?:[ /-](?P<part>{_ROMAN}))?"
    rf"[ /,-]+(?P<num>\d{{1,5}}|[A-Z]{{1,3}})\s*",
    re.IGNORECASE,
)


def ref_alone(written: str) -> str | None:
    """The normalised reference when ``written`` is one reference and nothing more ("Kamerstuk 28638, nr.
    180", "(28638-180)"); None for a note that also names one ("eerste rapportage, 28638-180")."""
    ref = normalise_ref(written)
    found = find_refs(written)
    around = written[: found[0].start] + written[found[0].end :] if len(found) == 1 else written
    return ref if ref is not None and not around.strip(" ()[],.;:") else None


def normalise_ref(written: str) -> str | None:
    """Normalise one reference as a user types it; None if it is not exactly one reference.

    Besides the written forms this accepts the short ways people type in chat: "28638 178", "28638/178",
    "32 637, E" and lettered series such as "CII, G".
    """
    cleaned = written.strip().strip("()").strip()
    series = _SERIES.match(cleaned)
    if series:
        return f"{series['series'].upper()}-{series['letter'].upper()}"
    refs = find_refs(cleaned)
    if len(refs) == 1:
        return refs[0].ref
    loose = _LOOSE.fullmatch(cleaned)
    if loose and not refs:
        return _compose(loose["dossier"], loose["part"], loose["num"])
    return None


def usable_refs(values: Sequence[str]) -> tuple[str, ...]:
    """The references that normalise, without duplicates."""
    cleaned = (normalise_ref(value) for value in values)
    return tuple(dict.fromkeys(ref for ref in cleaned if ref))
