"""The deadline phrases of a letter: what the deadline resolver finds, read as a parliamentary officer would.

Left out: dates of events ("het commissiedebat van 4 september 2024", "mijn brief van 20 december 2017")
and the meetings where something was said ("Tijdens het commissiedebat"). Added: a departmental budget
named as one word ("gelijktijdig met de Defensiebegroting", "bij de OCW-begroting 2026"), which is
presented on Prinsjesdag like "de begroting" that the resolver knows.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from commitments.deadlines import Deadline, find, resolve
from commitments.extraction import cues
from commitments.scan import fold, matches_at, word_starts

DEPARTMENTAL_BUDGET = re.compile(
    r"\b(?P<lead>(?:bij|met|gelijktijdig\s+met|tegelijk\s+met)\s+de\s+)[A-Za-zÀ-ÿ]+-?begroting\b"
    r"(?P<year>\s+(?:voor\s+)?20\d\d\b)?",
    re.IGNORECASE,
)
_BUDGET_LEADS = ("bij", "met", "gelijktijdig", "tegelijk")  # the words DEPARTMENTAL_BUDGET starts with
# How cues.EVENT_DATE_BEFORE ends ("van", "op" or "d.d." just before the date): a quick test first, as that
# pattern is slow (a test guards that they agree).
EVENT_DATE_END = re.compile(r"(?:van|op|d\.d\.)\s*$", re.IGNORECASE)


def deadline_phrases(text: str, reference: date) -> list[Deadline]:
    """The deadline phrases of ``text`` resolved against ``reference``, in order of position."""
    found = [
        match
        for match in find(text, reference)
        if not _after_event_words(text[max(0, match.start - 60) : match.start])
        and not cues.MEETING_PHRASE.match(match.text)
    ]
    taken = [(match.start, match.end) for match in found]
    for budget in matches_at(DEPARTMENTAL_BUDGET, text, word_starts(fold(text), _BUDGET_LEADS)):
        if any(start < budget.end() and budget.start() < end for start, end in taken):
            continue
        moment = resolve(f"{budget['lead']}begroting{budget['year'] or ''}", reference)
        if moment is not None:
            found.append(
                dataclasses.replace(moment, text=budget.group(0), start=budget.start(), end=budget.end())
            )
    return sorted(found, key=lambda match: match.start)


def _after_event_words(before: str) -> bool:
    """Whether ``before`` (the text before a date) names an event the date is of."""
    return EVENT_DATE_END.search(before) is not None and cues.EVENT_DATE_BEFORE.search(before) is not None
