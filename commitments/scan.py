"""Trying a pattern only where it can start. A pattern that opens with one of a few words, or with digits, is
matched at the positions of those words in a long letter instead of being tried by the regular expression
engine at every character of it (which costs about as much as reading the letter again for each pattern)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_LOWER_PIECE = 1 << 16
# Letters that match an ASCII letter only when case is ignored: "İ" ("i"), "ı", "ſ"; the Kelvin sign
# lower-cases to "k" by itself.
_DOTTED_CAPITAL_I = "\u0130"


def lower_in_pieces(text: str) -> str:
    """``text.lower()`` piece by piece: lower-casing a whole non-ASCII text at once takes a scratch buffer of
    12 bytes a character (240 MB for a 20 MB letter)."""
    if len(text) <= _LOWER_PIECE:
        return text.lower()
    return "".join(text[at : at + _LOWER_PIECE].lower() for at in range(0, len(text), _LOWER_PIECE))


def fold(text: str) -> str:
    """``text`` in lower case character for character (positions stay), with the letters that match an
    ASCII letter only when case is ignored folded to it: a lower-case word found in it is where a
    case-insensitive pattern may find that word in ``text``."""
    if _DOTTED_CAPITAL_I in text:  # its lower case is two characters
        text = text.replace(_DOTTED_CAPITAL_I, "i")
    folded = lower_in_pieces(text)
    if "ı" in folded or "ſ" in folded:
        folded = folded.replace("ı", "i").replace("ſ", "s")
    return folded


def word_starts(folded: str, words: Iterable[str]) -> set[int]:
    """Where one of the lower-case ``words`` starts in ``folded`` (see :func:`fold`)."""
    starts: set[int] = set()
    for word in words:
        at = folded.find(word)
        while at >= 0:
            starts.add(at)
            at = folded.find(word, at + 1)
    return starts


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern that matches no empty string and can start only
    at one of ``starts`` (a position more is tried in vain): it is tried there, in order."""
    end = 0
    for at in sorted(starts):
        if at >= end:
            match = pattern.match(text, at)
            if match:
                yield match
                end = match.end()
