"""Finding deadline phrases in a sentence or a whole letter, and choosing the promise's deadline."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from commitments.deadlines.calendar import Calendar, default_calendar
from commitments.deadlines.model import Deadline, Strength
from commitments.deadlines.patterns import MARKER, OCCASION, PREFIX_REVERSED, STRESSED_MARKERS
from commitments.deadlines.rules import JL_RULES, RULES, Context, Rule, after_moment
from commitments.scan import fold, folded_twin, lower_in_pieces

_WINDOW = 60  # characters before a core that may hold its markers ("nog niet voor") and their context
# A stretch of text that holds a rule's matches: from, to, and the last place one may start (its last anchor).
Window = tuple[int, int, int]


# anchor word -> the rules (by position in RULES) that it anchors
_ANCHOR_RULES: dict[str, list[int]] = {}
for _index, _rule in enumerate(RULES):
    for _word in _rule.anchors:
        _ANCHOR_RULES.setdefault(_word, []).append(_index)
# Each rule's pattern as a case-sensitive twin for the folded text (scan.folded_twin), by position in RULES.
_TWINS = tuple(folded_twin(rule.pattern) for rule in RULES)
# The anchor words by their first character, each group with a pattern that stops wherever one of its words
# may start: that character, with one of the words' rests right after it. A search of a long text costs about
# as much for such a pattern as for one word with ``str.find``, so a pass per character instead of one per
# word reads the text a third as often. A word alone under its character (None) is found by ``str.find``,
# which is faster still. The rests are tried longest first and the one that matched is captured: every word
# of the group that starts at the same place is a prefix of that longest one ("over" of "overleg"), so the
# rest says at once which rules are anchored there (by position in RULES, once per word that anchors them).
_BY_FIRST: list[tuple[str, re.Pattern[str] | None, dict[str, tuple[int, ...]]]] = []
for _first in sorted({word[0] for word in _ANCHOR_RULES}):
    _group = sorted((word for word in _ANCHOR_RULES if word[0] == _first), key=len, reverse=True)
    _rests = "|".join(re.escape(word[1:]) for word in _group)
    _pattern = re.compile(f"{re.escape(_first)}(?=({_rests}))") if len(_group) > 1 else None
    _rules_at = {
        word[1:]: tuple(index for other in _group if word.startswith(other) for index in _ANCHOR_RULES[other])
        for word in _group
    }
    _BY_FIRST.append((_first, _pattern, _rules_at))


def _find_all(text: str, word: str) -> Iterator[int]:
    """Every position where ``word`` starts in ``text``, overlapping ones included."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


class _Anchors:
    """Where the anchor words of each rule occur in the lower-cased text, found once (see ``_BY_FIRST``)."""

    def __init__(self, text: str) -> None:
        lowered = lower_in_pieces(text)
        self._length = len(text)
        # Lower-casing may change the length of a few exotic characters; then search everything.
        self._lowered = lowered if len(lowered) == len(text) else None
        self._starts: list[list[int]] = [[] for _ in RULES]
        if self._lowered is None:
            return
        for first, pattern, rules_at in _BY_FIRST:
            if pattern is None:
                (rest,) = rules_at
                found: Iterator[tuple[int, str]] = ((at, rest) for at in _find_all(lowered, first + rest))
            else:
                found = ((match.start(), match[1]) for match in pattern.finditer(lowered))
            for at, rest in found:
                for index in rules_at[rest]:
                    self._starts[index].append(at)

    def windows(self, index: int) -> list[Window]:
        """Merged stretches of text around the anchors of rule ``index``; each of its matches lies in one."""
        if self._lowered is None:
            return [(0, self._length, self._length)]
        rule = RULES[index]
        starts = self._starts[index]
        if rule.anchor_pattern is not None:
            starts = starts + rule.anchor_pattern.starts(self._lowered)
        before, after = rule.reach
        merged: list[Window] = []
        for at in sorted(starts):
            lo, hi = max(0, at - before), min(self._length, at + after)
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi), at)
            else:
                merged.append((lo, hi, at))
        return merged


def _matches(
    rule: Rule, twin: re.Pattern[str], text: str, folded: str, windows: list[Window]
) -> Iterator[re.Match[str]]:
    """What ``rule.pattern.finditer(text, lo, hi)`` finds in each of the ``windows``, searched by its ``twin``
    in the ``folded`` text (which costs about half of a case-insensitive search); each match is then read on
    ``text`` at its start, so that a handler reads its groups as written.

    A match holds an anchor, so none starts after the last anchor of its window: once a match ends past it,
    the rest of the window (most of it, after a month or a date) is not searched in vain. (No pattern
    matches an empty string, so each search starts further on.)"""
    for lo, hi, last in windows:
        at = lo
        while at <= last:
            found = twin.search(folded, at, hi)
            if found is None:
                break
            match = rule.pattern.match(text, found.start(), hi)
            if match is not None:  # always: the twin finds where the pattern matches, with the same span
                yield match
            at = found.end()


def _marker(written: str) -> str:
    """A marker as the handlers know it: lower case, single spaces, without the accent of stress."""
    word = " ".join(written.lower().split())
    return STRESSED_MARKERS.get(word, word)


class _Phrase(NamedTuple):
    """Where a rule's match and the markers in front of it ("nog niet voor") lie: what decides which of the
    phrases that overlap is read, before its handler says what it means."""

    start: int  # of the markers, or of the match without them
    end: int
    rule: int  # by position in RULES
    match: re.Match[str]
    marked: bool  # whether markers stand in front of the match


def _phrases(text: str) -> list[_Phrase]:
    """Every match of every rule, in order of rule and then of position, with the markers in front of it."""
    found = []
    anchors = _Anchors(text)
    folded = fold(text)  # of the same length (scan.fold)
    for index, rule in enumerate(RULES):
        for match in _matches(rule, _TWINS[index], text, folded, anchors.windows(index)):
            core = match.start()
            prefix = PREFIX_REVERSED.match(text[max(0, core - _WINDOW) : core][::-1])
            start = core - (prefix.end() if prefix else 0)
            found.append(_Phrase(start, match.end(), index, match, prefix is not None))
    return found


def _read(phrase: _Phrase, text: str, reference: dt.date, calendar: Calendar) -> Deadline | None:
    """The deadline a rule's handler reads in its match; None when the handler says it is none."""
    start, end, index, match, marked = phrase
    core = match.start()
    context_start = max(0, core - _WINDOW)
    markers = (
        tuple(_marker(word) for word in MARKER.findall(text, start, core))
        if marked  # the markers are in the prefix
        else ()
    )
    context = Context(reference, calendar, markers, text[context_start:start])
    hit = RULES[index].handler(match, context)
    if hit is None:
        return None
    hit = after_moment(hit, context)
    return Deadline(
        date=hit.date,
        text=text[start:end],
        rule=hit.rule,
        estimate=hit.estimate,
        recurring=hit.recurring,
        start=start,
        end=end,
        backward=hit.backward or (hit.date is not None and hit.date < reference),
        strength=hit.strength,
        starts=context.starts,
    )


def _overlap_groups(phrases: list[_Phrase]) -> Iterator[list[_Phrase]]:
    """The phrases in runs that overlap each other (by start); no phrase overlaps another run."""
    group: list[_Phrase] = []
    reach = -1
    for phrase in sorted(phrases, key=lambda phrase: phrase.start):
        if group and phrase.start >= reach:
            yield group
            group = []
        group.append(phrase)
        reach = max(reach, phrase.end)
    if group:
        yield group


def _non_overlapping(phrases: list[_Phrase], read: Callable[[_Phrase], Deadline | None]) -> list[Deadline]:
    """Longest phrases first ("voor het einde van 2025" beats "2025"), then the earliest, each as ``read``
    reads it; a phrase it reads as no deadline gives way to the others.

    The choice is made within each run of overlapping phrases, which holds a few, so a letter's phrases
    cost n log n (the sort), not n squared. A phrase is read only when no longer one it overlaps was
    chosen: most phrases lie within a longer one ("maart" and "2025" within "1 maart 2025"), and its
    reading would be thrown away. (Which ones are read changes no choice: a run that a phrase read as
    none would join is chosen from as the two runs apart, as no other phrase of one overlaps the other.)
    """
    chosen: list[Deadline] = []
    for group in _overlap_groups(phrases):
        kept: list[Deadline] = []
        for phrase in sorted(group, key=lambda phrase: (phrase.start - phrase.end, phrase.start)):
            if all(phrase.end <= other.start or phrase.start >= other.end for other in kept):
                deadline = read(phrase)
                if deadline is not None:
                    kept.append(deadline)
        chosen.extend(sorted(kept, key=lambda deadline: deadline.start))
    return chosen


def find(text: str, reference: dt.date, calendar: Calendar | None = None) -> list[Deadline]:
    """Every deadline phrase in ``text`` (a phrase, a sentence or a whole letter), sorted by position."""
    calendar = calendar or default_calendar()
    return _non_overlapping(_phrases(text), lambda phrase: _read(phrase, text, reference, calendar))


def primary(matches: list[Deadline], reference: dt.date, *, allow_past: bool = False) -> Deadline | None:
    """The deadline the text's promise carries.

    A dated forward-looking phrase wins (the most certain marker, then the latest date: "wordt in
    september uitgevoerd en zal begin oktober gereed zijn"; a year gives way to a finer moment within it, and
    beside a recurrence the earliest moment is the next due date); else a recurrence; else a vague phrase. A
    "jl." date or a date before the reference date never wins, unless ``allow_past`` is set: then a past
    deadline comes before a vague phrase (a motie that asked for "het eerste kwartaal van 2023", quoted
    in a later overview). A recurrence elsewhere in the text ("de jaarlijkse rapportage ... in Q1 2026")
    is carried over to the winner.
    """
    forward = [m for m in matches if m.date is not None and not m.backward and m.date >= reference]
    specific = finest([m for m in forward if m.recurring is None])
    vague = [m for m in matches if m.date is None and not m.backward]
    past = [m for m in matches if m.date is not None and m.backward and m.rule not in JL_RULES]
    firm_past = [m for m in past if m.strength > Strength.WEAK]
    recurrence = next((m.recurring for m in matches if m.recurring), None)
    best: Deadline | None
    timed = [m for m in specific if m.strength > Strength.WEAK]  # not "tot 2026 jaarlijks", "per 2025"
    if (
        recurrence is not None
        and forward
        and not _times_of_a_recurrence(timed, specific, [m for m in matches if m.recurring])
    ):
        best = next(m for m in forward if m.recurring)  # its own next due date
    elif timed and recurrence is not None:
        # the next time of something recurring: "tweemaal per jaar, in maart en in september"
        strongest = max(m.strength for m in timed)
        best = min((m for m in timed if m.strength == strongest), key=lambda m: (m.date, m.start))
    elif specific:
        best = max(specific, key=lambda m: (m.strength, m.date, m.start))
    elif forward:
        best = forward[0]
    elif allow_past and (firm_past or (past and not vague)):
        best = max(firm_past or past, key=lambda m: (m.strength, m.date, m.start))
    elif vague:  # a phrase of when it is due before the meeting it was said at ("Tijdens het commissiedebat")
        best = next((m for m in vague if not OCCASION.match(m.text)), vague[0])
    else:
        return None
    if best.recurring is None and recurrence is not None:
        best = dataclasses.replace(best, recurring=recurrence)
    return best


_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Moments that say where in the year something falls, not on which day: a season, a recess, a budget note.
_TIMES_OF_YEAR = frozenset(
    {"season", "before-season", "before-recess", "after-recess", "after-summer", "during-recess"}
    | {"prinsjesdag", "voorjaarsnota", "najaarsnota"}
)


_ATTRIBUTE = re.compile(
    r"lijkse$", re.IGNORECASE
)  # "de jaarlijkse monitor": the recurrence names the product


def _times_of_a_recurrence(
    timed: list[Deadline], specific: list[Deadline], recurrences: list[Deadline]
) -> bool:
    """Whether the moments beside a recurrence say when its next time is: several times listed ("tweemaal
    per jaar, in maart en in september"), a day or month of each time ("ieder jaar voor 1 juni"), a year
    written ("in Q1 2026"), or a moment of this time that the recurrence only describes ("in het voorjaar
    ontvangt u de jaarlijkse monitor", "zoals ieder jaar, voor het zomerreces": this year's edition). One
    season or occasion without a year beside a recurrence of the act ("elk jaar in het voorjaar", "ieder
    jaar bij de Voorjaarsnota") is that recurrence in other words, as CONVENTIONS's "ieder voorjaar", whose
    next due date is one period after the letter."""
    if len({m.date for m in timed}) != 1:
        return len(timed) > 1
    return (
        timed[0].rule not in _TIMES_OF_YEAR
        or any(_WRITTEN_YEAR.search(m.text) for m in specific)
        or all(_ATTRIBUTE.search(m.text.strip()) or m.strength is Strength.WEAK for m in recurrences)
    )


def finest(specific: list[Deadline]) -> list[Deadline]:
    """The dated phrases without a year that another, as strong, places within ("dit jaar in november",
    "in 2025, in het voorjaar"): the finer phrase says when in that year. A period counted from the
    reference date ("het komende jaar") names no moment within a year."""
    return [
        m
        for m in specific
        if not (
            m.rule == "year"
            and any(
                other.rule not in ("year", "relative")
                and other.date is not None
                and m.date is not None
                and other.date.year == m.date.year
                and other.strength >= m.strength
                for other in specific
            )
        )
    ]


def resolve(phrase: str, reference: dt.date, calendar: Calendar | None = None) -> Deadline | None:
    """The primary deadline of a phrase or sentence; None when it holds no forward-looking deadline phrase."""
    return primary(find(phrase, reference, calendar), reference)
