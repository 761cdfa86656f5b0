"""The words a pattern cannot match without: a cheap test before the regular expression runs.

Every cue starts with ``\\b`` and is case-insensitive, so the regex engine tries it at every character of a
sentence. Most sentences hold none of the words a cue is built of; a substring test on the lower-cased
sentence (which runs in C over the whole sentence at once) rules them out first. The anchors are read from
the compiled pattern itself, so they cannot drift from the cue definitions.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Sequence
from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

_MAX_ALTERNATIVES = 64  # a larger set of anchors tests no faster than the pattern itself


def anchors(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings of which every match of ``pattern`` holds at least one; None when there are none."""
    required = _required(parser.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(required)) if required else None


def anchor_test(*patterns: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that finds one of the anchors of any of ``patterns`` in a lower-cased text (the engine skips
    every position whose character starts no anchor); None when one of the patterns has no anchors."""
    found: set[str] = set()
    for pattern in patterns:
        words = anchors(pattern)
        if words is None:
            return None
        found.update(words)
    return re.compile("|".join(map(re.escape, sorted(found)))) if found else None


_FOLD = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def lower(text: str) -> str:
    """``text`` in lower case for an anchor test, with the letters that match a Latin letter only when case
    is ignored folded to it ("ı", "ſ", and "İ", which lower-cases to "i" and a combining dot)."""
    lowered = text.lower()
    if "ı" in lowered or "ſ" in lowered or "\u0307" in lowered:
        return lowered.translate(_FOLD)
    return lowered


def may_match(test: re.Pattern[str] | None, lowered: str) -> bool:
    """Whether a pattern with this anchor test may match a text whose lower-case form is ``lowered``."""
    return test is None or test.search(lowered) is not None


def _better(first: frozenset[str] | None, second: frozenset[str] | None) -> frozenset[str] | None:
    if first is None or not first:
        return second
    if second is None or not second:
        return first
    return first if (min(map(len, first)), -len(first)) >= (min(map(len, second)), -len(second)) else second


def _exact(items: Any) -> frozenset[str] | None:
    """The strings a sequence matches when it is a short finite set of literals, else None."""
    strings = frozenset({""})
    for op, value in items:
        if op is constants.LITERAL:
            part = frozenset({chr(value).lower()})
        elif op is constants.BRANCH:
            options = [_exact(branch) for branch in value[1]]
            if any(option is None for option in options):
                return None
            part = frozenset().union(*options)  # type: ignore[arg-type]
        elif op is constants.SUBPATTERN:
            part = _exact(value[-1])  # type: ignore[assignment]
            if part is None:
                return None
        else:
            return None
        strings = frozenset(a + b for a, b in itertools.product(strings, part))
        if len(strings) > _MAX_ALTERNATIVES:
            return None
    return strings


def _required(items: Any) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` holds (the most selective found)."""
    best: frozenset[str] | None = None
    run: list[Any] = []  # consecutive items that match a finite set of strings

    def close_run() -> None:
        nonlocal best
        if run:
            best = _better(best, _exact(run))
            run.clear()

    for op, value in items:
        if (
            op in (constants.LITERAL, constants.BRANCH, constants.SUBPATTERN)
            and _exact([(op, value)]) is not None
        ):
            run.append((op, value))
            continue
        close_run()
        if op is constants.BRANCH:
            options = [_required(branch) for branch in value[1]]
            if all(options):
                best = _better(best, frozenset().union(*options))  # type: ignore[arg-type]
        elif op is constants.SUBPATTERN:
            best = _better(best, _required(value[-1]))
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and value[0] >= 1:
            best = _better(best, _required(value[2]))
        elif op is constants.ASSERT:
            best = _better(best, _required(value[1]))
    close_run()
    return best if best and all(best) else None


_CACHED_WORDS = 50_000  # a bound on the memory of the word cache (a long text has many words)


class AnchorIndex:
    """The anchor tests of many patterns at once: one reading of a text's words says which of the patterns
    may match it, as a bit per pattern, instead of one search per pattern.

    An anchor without white space lies within one word (a run of characters between white space) of the
    lower-cased text, so a word's bits (the patterns with an anchor inside it) are found once, cached, and
    or-ed for each text that holds the word. Anchors with white space are looked for in the whole text."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._bits = {pattern: 1 << number for number, pattern in enumerate(patterns)}
        self._always = 0  # the patterns without anchors: they may match anything
        self._in_words: dict[str, int] = {}  # anchor -> bits, for anchors without white space
        self._spaced: dict[str, int] = {}
        for pattern, bit in self._bits.items():
            found = anchors(pattern)
            if found is None:
                self._always |= bit
                continue
            for anchor in found:
                table = self._in_words if anchor.split() == [anchor] else self._spaced
                table[anchor] = table.get(anchor, 0) | bit
        self._prefixes = frozenset(anchor[:end] for anchor in self._in_words for end in range(1, len(anchor)))
        self._words: dict[str, int] = {}

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """The patterns, each with its bit."""
        return tuple(self._bits)

    def bit(self, pattern: re.Pattern[str]) -> int:
        """The bit of ``pattern`` in what :meth:`passed` returns."""
        return self._bits[pattern]

    def passed(self, lowered: str) -> int:
        """The bits of the patterns that may match a text whose lower-case form is ``lowered``."""
        words = lowered.split()
        cache = self._words
        found = list(map(cache.get, words))
        if None in found:
            if len(cache) >= _CACHED_WORDS:
                cache.clear()
            for index, word in enumerate(words):
                if found[index] is None:
                    found[index] = cache[word] = self._in_word(word)
        bits: int = functools.reduce(operator.or_, found, self._always)
        for anchor, more in self._spaced.items():
            if anchor in lowered:
                bits |= more
        return bits

    def _in_word(self, word: str) -> int:
        """The bits of the anchors that occur in ``word``: from each position, as long as a prefix of an
        anchor is read."""
        bits = 0
        in_words, prefixes = self._in_words, self._prefixes
        for start in range(len(word)):
            for end in range(start + 1, len(word) + 1):
                piece = word[start:end]
                bits |= in_words.get(piece, 0)
                if piece not in prefixes:
                    break
        return bits
