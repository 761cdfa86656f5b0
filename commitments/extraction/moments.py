"""The deadline phrases of a letter: what the deadline resolver finds, read as a parliamentary officer would.

Left out: dates of events that have passed ("het commissiedebat van 4 september 2024", "mijn brief van 20
december 2017") and the meetings where something was said ("Tijdens het commissiedebat"). Added: a
departmental budget named as one word ("gelijktijdig met de Defensiebegroting", "bij de OCW-begroting 2026"),
which is presented on Prinsjesdag like "de begroting" that the resolver knows. Read back: a moment without
a year told in the past ("In maart heb ik met de gemeenten gesproken en in september informeer ik u"), which
the resolver, knowing only the phrase, places at its next occurrence.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from dateutil.relativedelta import relativedelta

from commitments.deadlines import Deadline, find, resolve
from commitments.extraction import cues
from commitments.scan import fold, matches_at, word_starts

DEPARTMENTAL_BUDGET = re.compile(
    r"\b(?P<lead>(?:bij|met|gelijktijdig\s+met|tegelijk\s+met)\s+de\s+)[A-Za-zÀ-ÿ]+-?begroting\b"
    r"(?P<year>\s+(?:voor\s+)?20\d\d\b)?",
    re.IGNORECASE,
)
# A year alone that labels an item of a list, before a colon ("- 2026: invoering van het loket"): the moment
# of what the item names, as "in 2026" is; a year alone elsewhere is a number, a name or a year of account.
LABEL_YEAR = re.compile(rf"^[ \t]*(?:{cues.LIST_MARK})[ \t]+(?P<year>(?:19|20)\d\d)[ \t]*:", re.MULTILINE)
_BUDGET_LEADS = ("bij", "met", "gelijktijdig", "tegelijk")  # the words DEPARTMENTAL_BUDGET starts with
# How cues.EVENT_DATE_BEFORE ends ("van", "op" or "d.d." and blanks just before the date): a quick test first,
# as that pattern is slow. Its "(?:van|op|d\.d\.)\s*$" holds just when the text without its trailing blanks
# ends with one of these in any case (a test guards that they agree).
EVENT_DATE_ENDINGS = ("van", "op", "d.d.")
# A match of cues.EVENT_DATE_BEFORE is an event word, at most two words more and that "van", "op" or "d.d.":
# it lies within the last four words before the date. White space is all alike to the pattern, so only those
# words are searched, joined by a space (the pattern tries every position: a shorter text costs less).
EVENT_DATE_WORDS = 4
# The rules of a moment without a year, which the resolver places at its first occurrence on or after the
# reference date, and the words that fix its year after all ("volgend voorjaar", "in maart a.s.", "van dit
# jaar"). "dit" or "deze" before a season does not: "dit voorjaar" is the one ahead when promised, the one
# behind when told in the past.
_YEARLESS_RULES = frozenset(
    {"date", "month", "month-begin", "month-mid", "month-end", "month-half", "month-week", "season"}
)
_YEAR_GIVEN = re.compile(
    r"\d{4}|\b(?:(?:dit|deze)\s+(?:kalender)?jaar|volgend\w*|komend\w*|aankomend\w*|aanstaande|a\.\s?s\.?|as\.)"
    r"(?!\w)",
    re.IGNORECASE,
)
# The clause a moment stands in: up to a punctuation mark, a coordinating word, the verb that reports what
# was said ("In april heb ik u toegezegd | u in oktober te informeren"), or "die"/"dat" opening a clause of
# its own with its subject ("Eind februari ontvangt u de brief | die ik in december heb toegezegd").
_CLAUSE_BOUND = re.compile(
    rf"[,;:()]|[.!?](?=\s)|\s(?:en|maar|of)\s|\b{cues.REPORTING_VERB}\b"
    r"|\s(?:die|dat)\s+(?=(?:ik|wij|we|u|uw|zij|ze|hij|men|de|het)\s)",
    re.IGNORECASE,
)
_CLAUSE_REACH = 200
# A clause told in the past: a perfect or a past tense ("heb ik gesproken", "is gestart", "werd"); not a state
# that is planned ("is in april gepland"), and nothing in it pointing ahead.
# A perfect of a verb that takes an infinitive has that infinitive for its participle ("die ik in augustus heb
# laten starten", "hebben moeten uitstellen"); not "te laten" ("heb toegezegd u in juli te laten weten").
_PERFECT_WITH_INFINITIVE = (
    r"\b(?:heb|hebt|heeft|hebben|had|hadden)\b(?:\s+\S+){0,12}?\s+(?<!\bte\s)"
    r"(?:laten|moeten|kunnen|willen|mogen|zien|horen|helpen)\s+[^\W\d_]+en\b"
)
_TOLD_IN_PAST = re.compile(
    rf"{cues.PAST_AUXILIARY}|{_PERFECT_WITH_INFINITIVE}|\b(?:is|zijn)\b(?:\s+\S+){{0,8}}?\s+"
    r"(?!(?:gepland|voorzien|beoogd|verwacht|voorgenomen)\b)(?:ge|ver|be|ont)[^\W\d_]+[dtn]\b",
    re.IGNORECASE,
)
_AHEAD = re.compile(rf"{cues.FUTURE}|\bte\s+[^\W\d_]+en\b|\b(?:ga|gaat|gaan)\b", re.IGNORECASE)


def deadline_phrases(text: str, reference: date) -> list[Deadline]:
    """The deadline phrases of ``text`` resolved against ``reference``, in order of position."""
    found = [
        match
        for match in find(text, reference)
        if not (  # the event words first: their quick test rules out most phrases
            _after_event_words(text, match.start)
            and (_passed(match, reference) or _nearer_behind(match, reference))
        )
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
    found.extend(_label_years(text, reference))
    return sorted((_read_back(text, match, reference) for match in found), key=lambda match: match.start)


def _label_years(text: str, reference: date) -> list[Deadline]:
    """The years that label items of a list (:data:`LABEL_YEAR`), each resolved as "in <year>"."""
    found = []
    for label in LABEL_YEAR.finditer(text):
        moment = resolve(f"in {label['year']}", reference)
        if moment is not None:
            start, end = label.span("year")
            found.append(dataclasses.replace(moment, text=label["year"], start=start, end=end))
    return found


def _read_back(text: str, match: Deadline, reference: date) -> Deadline:
    """``match`` read back a year when it has no year, its next occurrence lies in a later year, and its
    clause is told in the past; otherwise ``match`` itself."""
    if (
        match.date is None
        or match.backward
        or match.rule not in _YEARLESS_RULES
        or match.date.year <= reference.year
        or _YEAR_GIVEN.search(match.text)
    ):
        return match
    clause = _clause_around(text, match.start, match.end)
    if _TOLD_IN_PAST.search(clause) is None or _AHEAD.search(clause) is not None:
        return match
    return dataclasses.replace(match, date=match.date - relativedelta(years=1), backward=True)


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of ``text`` that holds ``[start, end)``, with the reporting verb that may end it."""
    before = text[max(0, start - _CLAUSE_REACH) : start]
    after = text[end : end + _CLAUSE_REACH]
    opening = max((bound.end() for bound in _CLAUSE_BOUND.finditer(before)), default=0)
    closing = _CLAUSE_BOUND.search(after)
    if closing is None:
        stop = len(after)
    else:  # a word that bounds the clause ("toegezegd") is part of it, a mark or "en" is not
        stop = closing.end() if closing.group(0)[0].isalpha() else closing.start()
    return before[opening:] + text[start:end] + after[:stop]


def _passed(match: Deadline, reference: date) -> bool:
    """Whether ``match`` lies behind the reference date; a meeting ahead ("voor het commissiedebat van 12
    juni") is a moment a promise can be due by."""
    return match.backward or match.date is None or match.date < reference


def _nearer_behind(match: Deadline, reference: date) -> bool:
    """Whether a moment without a year lies nearer behind the reference date than ahead of it: the day of an
    event named without a year ("het vragenuur van 7 november" in a letter of 13 november) is the nearest
    one, not the one a year on (a deadline without a year is the next one, an event's day the nearest)."""
    if match.date is None or match.rule not in _YEARLESS_RULES or _YEAR_GIVEN.search(match.text):
        return False
    behind = match.date - relativedelta(years=1)
    return match.date - reference > reference - behind


def _after_event_words(text: str, start: int) -> bool:
    """Whether the text before a date at ``start`` names an event the date is of."""
    before = text[max(0, start - 60) : start]
    if not before.rstrip()[-4:].lower().endswith(EVENT_DATE_ENDINGS):
        return False
    return cues.EVENT_DATE_BEFORE.search(" ".join(before.split()[-EVENT_DATE_WORDS:])) is not None
