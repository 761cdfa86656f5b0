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
from collections.abc import Iterator, Sequence
from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any, NamedTuple

_MAX_ALTERNATIVES = 64  # a larger set of anchors tests no faster than the pattern itself


class Anchor(NamedTuple):
    """A lower-case string that a match holds, and whether the match has a character that is no word
    character (or the edge of the text) right before it, and right after it ("\\bzal\\b", "\\bik\\s+")."""

    text: str
    alone_before: bool = False
    alone_after: bool = False


def requirements(pattern: re.Pattern[str]) -> list[frozenset[Anchor]]:
    """Sets of anchors of ``pattern``: every match holds one anchor of each set (empty: none are known)."""
    return list(_requirements(parser.parse(pattern.pattern, pattern.flags), not pattern.flags & re.ASCII))


def alternative_requirements(pattern: re.Pattern[str]) -> list[list[frozenset[Anchor]]]:
    """The requirement sets (see :func:`requirements`) of each alternative of the first alternation in the
    top-level sequence of ``pattern`` (also one that a plain group holds): the pattern with that alternation
    replaced by one of its alternatives. Every match of ``pattern`` is a match of one of them, so a text
    that meets the sets of none matches nothing. Empty when there is no such alternation."""
    items = list(parser.parse(pattern.pattern, pattern.flags))
    unicode_boundary = not pattern.flags & re.ASCII
    for index, (op, value) in enumerate(items):
        if op is constants.SUBPATTERN and value[0] is None and not value[1] and not value[2]:
            inner = list(value[-1])  # a group without a number or flags of its own: "(?:a|b)"
            op, value = inner[0] if len(inner) == 1 else (None, None)
        if op is constants.BRANCH:
            before, after = items[:index], items[index + 1 :]
            return [list(_requirements([*before, *branch, *after], unicode_boundary)) for branch in value[1]]
    return []


def anchors(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings of which every match of ``pattern`` holds at least one; None when there are none."""
    required = _required(parser.parse(pattern.pattern, pattern.flags), not pattern.flags & re.ASCII)
    return tuple(sorted({anchor.text for anchor in required})) if required else None


def anchor_words(*patterns: re.Pattern[str]) -> tuple[str, ...] | None:
    """The anchors of all ``patterns``: a text that holds none of them (in lower case) matches none of the
    patterns; None when one of the patterns has no anchors."""
    found: set[str] = set()
    for pattern in patterns:
        words = anchors(pattern)
        if words is None:
            return None
        found.update(words)
    return tuple(sorted(found))


_FOLD = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def lower(text: str) -> str:
    """``text`` in lower case for an anchor test, with the letters that match a Latin letter only when case
    is ignored folded to it ("ı", "ſ", and "İ", which lower-cases to "i" and a combining dot)."""
    lowered = text.lower()
    if "ı" in lowered or "ſ" in lowered or "\u0307" in lowered:
        return lowered.translate(_FOLD)
    return lowered


def _better(first: frozenset[Anchor] | None, second: frozenset[Anchor] | None) -> frozenset[Anchor] | None:
    if first is None or not first:
        return second
    if second is None or not second:
        return first
    one, other = {anchor.text for anchor in first}, {anchor.text for anchor in second}
    return first if (min(map(len, one)), -len(one)) >= (min(map(len, other)), -len(other)) else second


def is_word_character(character: str) -> bool:
    """Whether ``character`` is one that ``\\w`` matches (and ``\\b`` separates from the others)."""
    return character.isalnum() or character == "_"


def _separates(item: Any, unicode_boundary: bool) -> bool:
    """Whether the sequence item ``item`` (None: unknown) puts a non-word character next to a word character
    beside it: a word boundary (Unicode, as :func:`is_word_character` reads it) or white space."""
    if item is None:
        return False
    op, value = item
    if op is constants.AT:
        return unicode_boundary and value is constants.AT_BOUNDARY
    if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
        return bool(
            value[0] >= 1
            and list(value[2]) == [(constants.IN, [(constants.CATEGORY, constants.CATEGORY_SPACE)])]
        )
    return False


def _exact(items: Any) -> frozenset[str] | None:
    """The strings a sequence matches when it is a short finite set of literals, else None."""
    strings = frozenset({""})
    for op, value in items:
        if op is constants.LITERAL:
            part = frozenset({chr(value).lower()})
        elif op is constants.IN and all(kind is constants.LITERAL for kind, _ in value):  # "[Uu]", "[iï]"
            part = frozenset(chr(code).lower() for _, code in value)
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


def _required(
    items: Any, unicode_boundary: bool, before: Any = None, after: Any = None
) -> frozenset[Anchor] | None:
    """Strings one of which every match of the sequence ``items`` holds (the most selective found), with
    what stands beside them (see :func:`_requirements`)."""
    best: frozenset[Anchor] | None = None
    for found in _requirements(items, unicode_boundary, before, after):
        best = _better(best, found)
    return best


def _requirements(
    items: Any, unicode_boundary: bool, before: Any = None, after: Any = None
) -> Iterator[frozenset[Anchor]]:
    """Sets of anchors that every match of the sequence ``items`` holds one of, each: one set for each of
    its parts that has one (a run of literal strings, a group, a repeated or looked-ahead part).

    ``before`` and ``after`` are the items around the sequence (None: not known), ``unicode_boundary``
    whether ``\\b`` is read with Unicode word characters: they tell whether an anchor stands alone."""
    items = list(items)
    run: list[Any] = []  # consecutive items that match a finite set of strings
    run_before: Any = None  # the item before the run
    for index, (op, value) in enumerate([*items, (None, None)]):
        previous = items[index - 1] if index else before
        following = items[index + 1] if index + 1 < len(items) else after
        if (
            op in (constants.LITERAL, constants.IN, constants.BRANCH, constants.SUBPATTERN)
            and _exact([(op, value)]) is not None
        ):
            if not run:
                run_before = previous
            run.append((op, value))
            continue
        strings = _exact(run) if run else None
        if strings and all(strings):
            run_after = (op, value) if op is not None else after
            alone_before = _separates(run_before, unicode_boundary) and all(
                is_word_character(s[0]) for s in strings
            )
            alone_after = _separates(run_after, unicode_boundary) and all(
                is_word_character(s[-1]) for s in strings
            )
            yield frozenset(Anchor(s, alone_before, alone_after) for s in strings)
        run.clear()
        found: frozenset[Anchor] | None = None
        if op is constants.BRANCH:
            options = [_required(branch, unicode_boundary, previous, following) for branch in value[1]]
            if all(options):
                found = frozenset().union(*options)  # type: ignore[arg-type]
        elif op is constants.SUBPATTERN:
            inner = unicode_boundary and not value[1] & constants.SRE_FLAG_ASCII
            found = _required(value[-1], inner, previous, following)
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and value[0] >= 1:
            found = _required(value[2], unicode_boundary)
        elif op is constants.ASSERT:  # a lookahead starts where the item does; a lookbehind ends there
            found = _required(value[1], unicode_boundary, previous if value[0] == 1 else None)
        if found:
            yield found


_CACHED_WORDS = 50_000  # a bound on the memory of the word cache (a long text has many words)


class AnchorIndex:
    """The anchor tests of many patterns at once: one reading of a text's words says which of the patterns
    may match it, instead of one search per pattern. Each set of anchors a pattern requires (see
    :func:`requirements`) has a bit; a pattern may match a text that has all the bits of its mask.

    An anchor without white space lies within one word (a run of characters between white space) of the
    lower-cased text, so a word's bits (the patterns with an anchor inside it) are found once, cached, and
    or-ed for each text that holds the word; an anchor that stands alone on a side ("\\bzal\\b") counts
    only where the word has no word character on that side of it. Anchors with white space are looked for
    in the whole text. A pattern with alternatives also has a mask for each (:meth:`alternative_masks`):
    "verzoekt de regering|de motie vraagt" needs "verzoekt" and "regering", or "motie" and "vraagt", not
    just one of "verzoekt" and "vraagt"; a set of anchors that several patterns need has one bit."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._masks: dict[re.Pattern[str], int] = {}
        self._alternatives: dict[re.Pattern[str], tuple[int, ...]] = {}
        self._always = 0  # the bits of the patterns without anchors: they may match anything
        # anchor -> (alone before, alone after, bit), for anchors without white space
        self._in_words: dict[str, list[tuple[bool, bool, int]]] = {}
        self._spaced: dict[str, int] = {}
        self._bit_of: dict[frozenset[Anchor], int] = {}  # each set of anchors has one bit
        for pattern in patterns:
            if pattern in self._masks:
                continue
            self._masks[pattern] = self._mask_of(requirements(pattern))
            alternatives = alternative_requirements(pattern)
            if alternatives and all(alternatives):  # an alternative without anchors would pass any text
                self._alternatives[pattern] = tuple(map(self._mask_of, alternatives))
        self._prefixes = frozenset(anchor[:end] for anchor in self._in_words for end in range(1, len(anchor)))
        self._words: dict[str, int] = {}

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """The patterns, each with its mask."""
        return tuple(self._masks)

    def mask(self, pattern: re.Pattern[str]) -> int:
        """The bits that what :meth:`passed` returns must all have for ``pattern`` to match."""
        return self._masks[pattern]

    def alternative_masks(self, pattern: re.Pattern[str]) -> tuple[int, ...]:
        """One mask per alternative of ``pattern`` (:func:`alternative_requirements`): what :meth:`passed`
        returns must also have all the bits of one of them for ``pattern`` to match; empty when the
        pattern has no alternatives with anchors of their own."""
        return self._alternatives.get(pattern, ())

    def _mask_of(self, required_sets: list[frozenset[Anchor]]) -> int:
        """The mask of sets of anchors (none: a bit every text has); a set met before keeps its bit."""
        mask = 0
        for required in required_sets or [frozenset()]:
            bit = self._bit_of.get(required)
            if bit is None:
                bit = self._bit_of[required] = 1 << len(self._bit_of)
                if not required:
                    self._always |= bit
                for anchor in required:
                    if anchor.text.split() == [anchor.text]:
                        self._in_words.setdefault(anchor.text, []).append((*anchor[1:], bit))
                    else:
                        self._spaced[anchor.text] = self._spaced.get(anchor.text, 0) | bit
            mask |= bit
        return mask

    def passed(self, lowered: str) -> int:
        """The bits of the anchor sets met by a text whose lower-case form is ``lowered``."""
        words = lowered.split()
        try:  # most words of a letter were met before, in it or in another
            bits: int = functools.reduce(operator.or_, map(self._words.__getitem__, words), self._always)
        except KeyError:
            bits = functools.reduce(operator.or_, map(self._word_bits, words), self._always)
        for anchor, more in self._spaced.items():
            if anchor in lowered:
                bits |= more
        return bits

    def _word_bits(self, word: str) -> int:
        """The bits of ``word`` (:meth:`_in_word`), remembered."""
        bits = self._words.get(word)
        if bits is None:
            if len(self._words) >= _CACHED_WORDS:
                self._words.clear()
            bits = self._words[word] = self._in_word(word)
        return bits

    def _in_word(self, word: str) -> int:
        """The bits of the anchors that occur in ``word``: from each position, as long as a prefix of an
        anchor is read."""
        bits = 0
        in_words, prefixes = self._in_words, self._prefixes
        for start in range(len(word)):
            for end in range(start + 1, len(word) + 1):
                piece = word[start:end]
                for alone_before, alone_after, more in in_words.get(piece, ()):
                    if not (alone_before and start and is_word_character(word[start - 1])) and not (
                        alone_after and end < len(word) and is_word_character(word[end])
                    ):
                        bits |= more
                if piece not in prefixes:
                    break
        return bits
