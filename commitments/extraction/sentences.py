"""Dutch sentence splitting for Kamerbrieven.

Knows the abbreviations of these letters ("nr.", "jl.", "a.s.", "o.a.", "art.", "p.", "e.d.", "c.s."),
initials in signatures ("M.G.J. Harbers"), footnote markers glued to the end of a sentence ("gepubliceerd.1"),
headings without a full stop, list items, and footnote lines at the bottom of a PDF page.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from commitments.scan import matches_at

# Abbreviations after which a full stop never ends a sentence.
NEVER_FINAL = frozenset(
    {
        "nr", "nrs", "no", "art", "artt", "p", "pp", "blz", "o.a", "bijv", "bv", "d.w.z", "i.v.m", "m.b.t",
        "t.a.v", "n.a.v", "t.b.v", "i.p.v", "m.u.v", "z.s.m", "d.d", "mr", "dr", "drs", "prof", "ir", "ing",
        "dhr", "mw", "mevr", "resp", "incl", "excl", "ca", "vs", "stcr", "stb", "kst", "jo", "lid", "sr",
        "zgn", "evt", "ongev", "vgl", "cf", "e.g", "i.e", "etc", "nl", "min", "bijl", "hfdst", "par",
    }
)  # fmt: skip
# Abbreviations that often close a sentence: the sentence ends there when a usual sentence opening follows.
MAYBE_FINAL = frozenset({"jl", "a.s", "as", "e.d", "c.s", "e.a", "etc", "enz", "o.i.d", "e.v"})
SENTENCE_OPENERS = frozenset(
    {
        "De", "Het", "Een", "Dit", "Deze", "Dat", "Die", "Ik", "Wij", "We", "U", "Uw", "In", "Op", "Met",
        "Er", "Daarnaast", "Ook", "Zo", "Hierbij", "Tot", "Bij", "Voor", "Na", "Om", "Als", "Daarom", "Over",
        "Tijdens", "Vanwege", "Momenteel", "Inmiddels", "Verder", "Tevens", "Hiermee", "Daarmee", "Wel",
        "Zoals", "Naar", "Door", "Ten", "Mede", "Graag",
    }
)  # fmt: skip
# "Hierover", "Daarmee", "Waarin": a pronominal adverb opens a sentence as surely as the words above.
_PRONOMINAL_ADVERB = re.compile(r"(?:Hier|Daar)(?:aan|bij|door|in|mee|na|om|op|over|toe|uit|van|voor)")

_FINAL = re.compile(r"[.!?](?:[»”’\"')\]]*)(?:\d{1,3}(?=\s))?(?=\s)")
# The token that ends right before a full stop ("nr", "a.s", "Broekers"), read on the reversed text before
# it: one anchored match there, where a search for "([\w.]+)$" would try every position before it.
_TOKEN_REVERSED = re.compile(r"[\w.]+")
_TOKEN_REACH = 20
_DOTTED_LETTERS = re.compile(r"(?:[a-z]\.)+[a-z]")  # an abbreviation such as "a.s", "o.i.d"
_NEXT_WORD = re.compile(r"\s*[(«\"“‘*_]*([\w\[]+)")
_FUNCTION_WORDS = frozenset(
    [
        "en",
        "of",
        "van",
        "de",
        "het",
        "een",
        "met",
        "voor",
        "op",
        "in",
        "te",
        "tot",
        "aan",
        "die",
        "dat",
        "om",
        "door",
        "bij",
        "naar",
        "over",
        "als",
        "dan",
        "is",
        "zijn",
        "wordt",
    ]
)
_BLANK_LINE = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_BULLET_LINE = re.compile(r"\n[ \t]*(?=(?:[•▪◦·●\-–*]|\d{1,2}[.)]|[a-z][.)])[ \t]+\S)")
_FOOTNOTE_LINE = re.compile(r"\n[ \t]*(?=\d{1,3}[ \t]+[A-Z(«\"])")
# Where the letter text resumes after a footnote: a "." or ")", the blanks after it with a line break, and a
# lower-case letter. A pattern per mark: one that opens with a single character is searched for several
# times faster than one that opens with a class.
_RESUMED_TEXT = tuple(re.compile(rf"\{mark}\s*\n[ \t]*(?=[a-zà-ÿ])") for mark in ".)")
_NOTE_HEADER = re.compile(r"\n[ \t]*(?=(?:X )?Noot\b)")
# A row of a table whose cells a " | " separates ("Fase | Planning"): a block of its own, not one sentence
# with the rows around it.
TABLE_ROW = re.compile(r"^[^\n|]*[ \t]\|[ \t][^\n]*$", re.M)
_FOLLOWING_CHARACTER = re.compile(r"[ \t]*(.?)", re.DOTALL)


TRAILING_NOTE = re.compile(r"(?<=[.:?])\d{1,2}$")  # a footnote's marker after the full stop: "… leidend.1"
PROSE_WORDS = 6  # fewer words without a full stop make a heading ("Motie Sneller", "Betreft Uitstel …")


def ends_a_sentence(text: str) -> bool:
    """Prose, not a heading: enough words, ending in a full stop, colon or question mark (a footnote's marker
    may follow it). A heading, a subject line or a sidebar ("Datum … Betreft …") has none."""
    end = TRAILING_NOTE.sub("", text.rstrip())
    return len(text.split()) >= PROSE_WORDS and end[-1:] in {".", ":", "?"}


@dataclass(frozen=True, slots=True)  # slots: a letter has thousands, each read many times
class Sentence:
    """A sentence (or heading, list item, footnote) as a span of the text it was split from."""

    start: int
    end: int
    text: str


def _ends_open(text: str, end: int) -> bool:
    """The block before ``end`` does not end a sentence (looks back over the whitespace before it only)."""
    last = end - 1
    while last >= 0 and text[last].isspace():
        last -= 1
    return last >= 0 and text[last] not in ".:;!?"


def _block_breaks(text: str) -> list[int]:
    """Positions where a new block starts: blank lines, list items, footnote lines, table rows, headings.

    Every step is one pass over the text (or a binary search), so a long text costs linear time.
    """
    breaks: set[int] = set()
    for match in _BLANK_LINE.finditer(text):
        following = text[match.end() : match.end() + 1]
        if (following.islower() or following.isdigit()) and _ends_open(text, match.start()):
            continue  # a page or paragraph break inside a sentence
        breaks.add(match.end())
    for pattern in (_BULLET_LINE, _NOTE_HEADER):
        breaks.update(match.end() for match in pattern.finditer(text))
    # Where the letter text resumes after the footnotes of a page: the first resumption after a footnote
    # line. The resumptions cannot overlap (each is a "." or ")" and the blanks after it), so a pass per mark
    # finds all of them and a binary search the one after each footnote line.
    resumptions = sorted(match.span() for pattern in _RESUMED_TEXT for match in pattern.finditer(text))
    resumed_starts = [start for start, _ in resumptions]
    resumed_ends = [end for _, end in resumptions]
    for match in _FOOTNOTE_LINE.finditer(text):
        breaks.add(match.end())
        index = bisect.bisect_left(resumed_starts, match.end())
        if index < len(resumed_ends):
            breaks.add(resumed_ends[index])
    for row in matches_at(TABLE_ROW, text, _starts_of_lines_with(text, "|")):
        breaks.update((row.start(), row.end()))
    breaks.update(_heading_breaks(text))
    return sorted(breaks)


def _starts_of_lines_with(text: str, character: str) -> list[int]:
    """Where each line of ``text`` that holds ``character`` starts: a row of a table (:data:`TABLE_ROW`)
    can start only there. The regular expression engine would try that pattern at every line and read each
    line up to its end; ``str.find`` skips to the next ``character`` at C speed."""
    starts: list[int] = []
    at = text.find(character)
    while at >= 0:
        starts.append(text.rfind("\n", 0, at) + 1)
        line_end = text.find("\n", at)
        if line_end < 0:
            break
        at = text.find(character, line_end)
    return starts


def _character_after_blanks(text: str, at: int) -> str:
    """The first character from ``at`` on that is not a space or tab ("" at the end of the text)."""
    match = _FOLLOWING_CHARACTER.match(text, at)
    return match.group(1) if match else ""


def _heading_breaks(text: str) -> list[int]:
    """A short line without final punctuation, followed by a capital, is a heading where it starts a block:
    after a sentence end, a blank line or another heading ("II Antwoord", then "Antwoord op vraag 2")."""
    breaks: list[int] = []
    position = 0
    previous = ""
    at_block_start = True
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        end = position + len(line)
        if not stripped:
            at_block_start = True  # a blank line before a capital always starts a block
            position = end
            continue
        is_heading = (
            len(stripped) < 70
            and stripped[-1] not in ".,;:!?"
            and (stripped[0].isupper() or stripped[0].isdigit())
            and (at_block_start or previous[-1] in ".:;!?")
            and stripped.rsplit(None, 1)[-1] not in _FUNCTION_WORDS
            and _character_after_blanks(text, end)[:1].isupper()  # read last: it costs most
        )
        if is_heading:
            breaks.extend((position, end))
        previous, at_block_start = stripped, is_heading
        position = end
    return breaks


def _is_sentence_end(text: str, dot: int, after: int) -> bool:
    if text[dot] != ".":
        return True
    next_match = _NEXT_WORD.match(text, after)
    next_word = next_match.group(1) if next_match else ""
    if not next_word or next_word[0].islower():
        return False
    token = _token_before(text, dot).lower()
    if token in NEVER_FINAL or (len(token) == 1 and token.isalpha()):
        return False  # "nr. 5", an initial "A. Broekers"
    if token in MAYBE_FINAL or ("." in token and _DOTTED_LETTERS.fullmatch(token)):
        # an abbreviation ends a sentence only when it often closes one and a usual opening follows
        return token in MAYBE_FINAL and (
            next_word in SENTENCE_OPENERS or bool(_PRONOMINAL_ADVERB.fullmatch(next_word))
        )
    return True  # most words: the opening is not read


def _token_before(text: str, dot: int) -> str:
    """The run of word characters and dots that ends at ``dot`` (or before a newline there, as "$" reads
    it), within the last :data:`_TOKEN_REACH` characters."""
    stretch = text[max(0, dot - _TOKEN_REACH) : dot]
    if stretch.endswith("\n"):
        stretch = stretch[:-1]
    token = _TOKEN_REVERSED.match(stretch[::-1])
    return token.group(0)[::-1] if token else ""


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = start
    for match in _FINAL.finditer(text, start, end):
        if _is_sentence_end(text, match.start(), match.end()):
            spans.append((position, match.end()))
            position = match.end()
    spans.append((position, end))
    return spans


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """The sentences of ``text[start:end]``, trimmed of surrounding whitespace, in order."""
    stop = len(text) if end is None else end
    bounds = [0, *(b for b in _block_breaks(text[start:stop]) if b), stop - start]  # relative to start
    sentences: list[Sentence] = []
    for block_start, block_end in itertools.pairwise(bounds):
        for left, right in _split_block(text, start + block_start, start + block_end):
            piece = text[left:right]
            stripped = piece.strip()
            if not stripped:
                continue
            first = left + piece.index(stripped[0])  # (no copy of the piece without its leading blanks)
            sentences.append(Sentence(first, first + len(stripped), stripped))
    return sentences
