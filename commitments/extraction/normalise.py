"""Normalising letter text: join words hyphenated across line breaks, drop layout noise.

Two uses. Readers of PDF, DOCX and HTML produce their text through :func:`clean_layout` and
:func:`join_hyphenation`, so the document text itself is normalised. A plain-text letter must keep its text
unchanged (offsets point into the file), so detection works on an :class:`AnalysisText`: the joined view of
the text with a map from every view position back to the original.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

_LOWER = "a-zà-ÿ"
# Text that the analysis view leaves out; everything else keeps its place. Each alternative starts with its
# literal character (the letter before a hyphen is looked back at from after it), so that the engine skips
# to those characters instead of trying the pattern at every character of the letter.
_DROPPED = re.compile(
    rf"-(?<=[{_LOWER}]-)[ \t]*\r?\n[ \t]*(?=[{_LOWER}])(?!(?:en|of|tot)\b)"  # "daadwer-\nkelijk"
    r"|\*\*"  # markdown bold
    r"|\[(?=[^\]\n]{1,200}\]\()"  # markdown link text start "[x](...)"
    r"|\]\([^)\s]*\)"  # markdown link target
)
# Superscript footnote markers ("gepubliceerd.¹", a copy from Word or a web page) read as the plain digits the
# sentence splitter and the footnote reader know; one character for one, so every position stays.
_SUPERSCRIPTS_WRITTEN = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_DIGITS = str.maketrans(_SUPERSCRIPTS_WRITTEN, "0123456789")
_SUPERSCRIPTS = re.compile(
    "[⁰¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]*"
)  # not "[...]+": a first character lets the engine skip


@dataclass(frozen=True)
class AnalysisText:
    """A cleaned view of ``original``: the view is the original with some stretches left out.

    The map back is kept per kept piece, not per character (a per-character map costs some 40 bytes a
    character): piece ``k`` starts at ``view_starts[k]`` in the view and ``original_starts[k]`` in
    ``original``, and runs unchanged to the next piece.
    """

    original: str
    text: str
    view_starts: tuple[int, ...]
    original_starts: tuple[int, ...]

    def _origin(self, position: int) -> int:
        piece = bisect.bisect_right(self.view_starts, position) - 1
        return self.original_starts[piece] + position - self.view_starts[piece]

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the view span ``[start, end)``."""
        if end <= start:
            position = self._origin(start) if start < len(self.text) else len(self.original)
            return position, position
        return self._origin(start), self._origin(end - 1) + 1


def analysis_view(original: str) -> AnalysisText:
    """Join hyphenated line breaks and drop markdown markup, keeping a map back to ``original``."""
    pieces: list[str] = []
    view_starts: list[int] = []
    original_starts: list[int] = []
    position = 0
    length = 0
    for match in _DROPPED.finditer(original):
        if match.start() > position:
            view_starts.append(length)
            original_starts.append(position)
            pieces.append(original[position : match.start()])
            length += match.start() - position
        position = match.end()
    view_starts.append(length)
    original_starts.append(position)
    pieces.append(original[position:])
    view = "".join(pieces)
    # most letters have no superscript: a search for each character tells so faster than the pattern
    if any(digit in view for digit in _SUPERSCRIPTS_WRITTEN):
        view = _SUPERSCRIPTS.sub(lambda marker: marker.group().translate(_SUPERSCRIPT_DIGITS), view)
    return AnalysisText(original, view, tuple(view_starts), tuple(original_starts))


_HYPHEN_BREAK = re.compile(rf"(?<=[{_LOWER}])-[ \t]*\n[ \t]*(?=[{_LOWER}])(?!(?:en|of|tot)\b)")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_MARGIN_LINES = 10


# A word broken at a line end and flattened to one line ("mensen- handel"); "bron- en transitielanden" stays.
_SPACED_HYPHEN = re.compile(rf"(?<=[{_LOWER}]{{2}})-[ \t]+(?=[{_LOWER}]{{2}})(?!(?:en|of|tot)\b)")
# A footnote marker glued to a word or to a closing bracket ("een motie7", "Özütok1", "c.s.2", "(...)3").
_FOOTNOTE_MARKER = re.compile(rf"(?:(?<=[{_LOWER}]{{2}})|(?<=[)»”’]))\d{{1,2}}(?=[\s.,;:)]|$)")


def readable(text: str) -> str:
    """A quote as one line for a title or a record: hyphenation joined and footnote markers dropped."""
    flat = " ".join(text.split())
    return _FOOTNOTE_MARKER.sub("", _SPACED_HYPHEN.sub("", flat))


def join_hyphenation(text: str) -> str:
    """ "daadwer-\\nkelijk" becomes "daadwerkelijk"; "bron-\\nen transitielanden" keeps its hyphen."""
    return _HYPHEN_BREAK.sub("", text)


def _is_noise(line: str) -> bool:
    stripped = line.strip()
    return bool(re.fullmatch(r"(?:pagina|page)?\s*\d{1,3}(?:\s*(?:van|/|of)\s*\d{1,3})?", stripped, re.I))


def _margin_lines(page: str) -> set[str]:
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return set(lines[:_MARGIN_LINES] + lines[-_MARGIN_LINES:])


def clean_layout(pages: list[str]) -> str:
    """Join page texts, dropping page numbers and the header, footer and sidebar lines repeated on pages.

    A line near the top or bottom of a page (the sidebar "Datum / 5 september 2025 / Ons kenmerk / 1234",
    a running header) that recurs on at least half of the pages is layout, not letter text; its first
    occurrence is kept so that the metadata (date, kenmerk) can still be read.
    """
    counts = Counter(line for page in pages for line in _margin_lines(page))
    threshold = max(2, (len(pages) + 1) // 2)
    repeated = {line for line, count in counts.items() if count >= threshold and 1 < len(line) < 120}
    seen: set[str] = set()
    kept: list[str] = []
    for page in pages:
        margin = _margin_lines(page)
        for line in page.splitlines():
            stripped = line.strip()
            if _is_noise(stripped):
                continue
            if stripped in repeated and stripped in margin:
                if stripped in seen:
                    continue
                seen.add(stripped)
            kept.append(line.rstrip())
        kept.append("")
    text = _TRAILING_SPACE.sub("\n", "\n".join(kept))
    return _MANY_BLANK_LINES.sub("\n\n", join_hyphenation(text)).strip() + "\n"
