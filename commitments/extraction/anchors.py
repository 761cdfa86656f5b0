"""The words a pattern cannot match without: a cheap test before the regular expression runs.

Every cue starts with ``\\b`` and is case-insensitive, so the regex engine tries it at every character of a
sentence. Most sentences hold none of the words a cue is built of; a substring test on the lower-cased
sentence (which runs in C over the whole sentence at once) rules them out first. The anchors are read from
the compiled pattern itself, so they cannot drift from the cue definitions.
"""

from __future__ import annotations

import itertools
import re
from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

_MAX_ALTERNATIVES = 64  # a larger set of anchors tests no faster than the pattern itself


def anchors(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings of which every match of ``pattern`` holds at least one; None when there are none."""
    required = _required(parser.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(required)) if required else None


def anchor_test(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that finds one of ``pattern``'s anchors in a lower-cased text (the engine skips every
    position whose character starts no anchor); None when the pattern has no anchors."""
    found = anchors(pattern)
    return re.compile("|".join(map(re.escape, found))) if found else None


def may_match(test: re.Pattern[str] | None, lowered: str) -> bool:
    """Whether a pattern with this anchor test may match a text whose lower-case form is ``lowered``."""
    return test is None or test.search(lowered) is not None


def search(pattern: re.Pattern[str], text: str, lowered: str) -> re.Match[str] | None:
    """``pattern.search(text)``, skipped when ``lowered`` (``text`` lower-cased) holds none of its anchors."""
    test = _TESTS.get(pattern)
    if test is None:
        test = _TESTS[pattern] = (anchor_test(pattern),)
    return pattern.search(text) if may_match(test[0], lowered) else None


_TESTS: dict[re.Pattern[str], tuple[re.Pattern[str] | None]] = {}  # per pattern: read once


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
