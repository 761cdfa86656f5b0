"""Reading a deadline that a person types: an ISO or Dutch date, or a phrase for the resolver; and the date
of a letter, which lies in the past."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from commitments.deadlines import Deadline, find, primary, resolve_typed, typed_deadline
from commitments.deadlines.patterns import MONTH_AFTER_DAY, MONTHS, UNREAD_MODIFIER, WEEKDAY, WEEKDAYS
from commitments.deadlines.rules import IMPOSSIBLE_DATE
from commitments.deadlines.typed import DAY_IN_FIGURES, RELATIVE_TO_REFERENCE, day_in_figures, no_such_day
from commitments.dutch import REASON_WORD, WEEKDAY_NAMES, dutch_date, dutch_day
from commitments.errors import InvalidInput, NoDate
from commitments.services import NewDeadline
from commitments.titles import shorten

_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y")
_DATE_SHAPE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([-/])\d{1,2}\1\d{4}")
"""A whole date in figures with its year, in a shape of :data:`_DATE_FORMATS`: one they do not read names no
day ("01-13-2027"), and is refused as such rather than read as words."""
_WORD = re.compile(r"\S+")
_PHRASE_WORDS = 12
"""The most words a deadline phrase has ("voor het einde van het derde kwartaal van 2027" has ten)."""
_AFTER = " ,;:-"  # what may follow a phrase read whole: "eind Q3 2027, wegens …"
_EXAMPLES = ("1 maart", "eind volgend jaar", "voor het zomerreces")
_NAMED_DAY_EXAMPLES = ("volgende week vrijdag",)
"""Deadlines the refusal of an unreadable one suggests: each is read where it is suggested (tested)."""
_QUOTED = 80  # what the person typed is quoted back up to this length, cut visibly ("…") beyond it


def find_deadline(text: str, today: date, *, named_days: bool = True) -> tuple[NewDeadline, slice]:
    """The deadline in ``text`` and where its phrase stands, or a Dutch :class:`NoDate` saying no date could
    be read (:class:`InvalidInput` for a day that does not exist).

    A date a person types in the past ("1 januari 2020") is read as that date, not refused as unreadable:
    whether the past is allowed there (an overdue item in an imported register, a postponement) is the
    service's decision, which says so in its own words. A "jl." date is never a deadline. A day named
    relative to today ("morgen", "uiterlijk maandag", and as the whole answer "gisteren") is read when no
    parliamentary phrase gives a date, unless ``named_days`` is off (a cell of an old register: its "morgen"
    is no day relative to today).
    """
    return _checked(_typed(text, today, named_days=named_days), text, named_days=named_days)


def leading_deadline(text: str, today: date) -> tuple[NewDeadline, int] | None:
    """The deadline that the longest run of ``text``'s first words is, read whole by :func:`find_deadline`
    (but for punctuation after it), and where that run ends: "eind Q3 2027 wegens vertraging" opens with
    "eind Q3 2027", not "Q3 2027" with "eind" left over. None when no run of words is read whole or the
    longest is no date ("eind week 53 van 2027", "32 januari"): not a shorter run then, but the whole text
    is read (and refused) as :func:`find_deadline` reads it."""
    ends = [word.end() for word in _WORD.finditer(text)][:_PHRASE_WORDS]
    for end in reversed(ends):
        # not answered_day: "gisteren" is a day only as the whole answer ("gisteren vertraging opgelopen")
        found = resolve_typed(text[:end], today, allow_past=True)
        if found is not None and not text[: found.start].strip() and not text[found.end : end].strip(_AFTER):
            return (_checked(found, text[:end])[0], end) if found.date is not None else None
    return None


_REASON_FIRST = re.compile(rf"{REASON_WORD}\s", re.IGNORECASE)


def day_and_reason(text: str, today: date) -> bool:
    """Whether ``text`` opens with a deadline followed at once by a reason ("1 april wegens overleg", "eind
    maart, want …"): the answer to a postponement's question, which names no promise of its own."""
    try:
        opening = leading_deadline(text.strip(), today)
    except InvalidInput:
        return False
    return opening is not None and _REASON_FIRST.match(text.strip()[opening[1] :].lstrip(_AFTER)) is not None


def impossible_day(phrase: str | None, today: date) -> str | None:
    """The Dutch refusal of a deadline phrase read from a message that is a day that does not exist ("voor 32
    januari" in a /nieuw message, which leaves the card without a date), to say before asking for the
    deadline; None for any other phrase."""
    found = _typed(phrase, today, named_days=True) if phrase else None
    return no_such_day(found.text) if found is not None and found.rule == IMPOSSIBLE_DATE else None


def _typed(text: str, today: date, *, named_days: bool) -> Deadline | None:
    if named_days:
        return typed_deadline(text, today)
    return primary(find(text, today), today, allow_past=True)


def _checked(found: Deadline | None, text: str, *, named_days: bool = True) -> tuple[NewDeadline, slice]:
    """``found`` in ``text`` as a new deadline, or the Dutch refusal of a day that does not exist, of a
    modifier in front it did not take ("begin dit najaar"), or of no date (with examples that are read where
    the text was: a day named relative to today only where such days are read)."""
    if found is not None and found.rule == IMPOSSIBLE_DATE:
        raise InvalidInput(no_such_day(found.text))
    if found is not None and (modifier := UNREAD_MODIFIER.search(text, 0, found.start)):
        raise InvalidInput(
            f"Bij ‘{found.text.strip()}’ kan ik ‘{modifier.group().strip()}’ niet lezen. Geef de termijn "
            "zonder, of als datum, bijvoorbeeld ‘1 oktober’."
        )
    if found is None or found.date is None:
        examples = [*_EXAMPLES, *(_NAMED_DAY_EXAMPLES if named_days else ())]
        raise NoDate(
            f"Ik kan geen datum halen uit ‘{shorten(text.strip(), _QUOTED)}’. Probeer bijvoorbeeld "
            f"{', '.join(f'‘{example}’' for example in examples[:-1])} of ‘{examples[-1]}’."
        )
    # "volgende week vrijdag" is another day next week: the item keeps the day it named
    written = dutch_day(found.date) if found.rule in RELATIVE_TO_REFERENCE else found.text
    return NewDeadline(found.date, written, found.estimate), slice(found.start, found.end)


def read_deadline(written: str, today: date, *, named_days: bool = True) -> NewDeadline:
    """Turn "2026-03-01", "1-3-2026", "1-7", "voor het zomerreces" or (with ``named_days``) "morgen" into a
    date, or say in Dutch why not."""
    cleaned = written.strip()
    for layout in _DATE_FORMATS:
        try:
            return NewDeadline(datetime.strptime(cleaned, layout).date(), cleaned)
        except ValueError:
            continue
    if _DATE_SHAPE.fullmatch(cleaned):
        raise InvalidInput(no_such_day(cleaned))
    if match := DAY_IN_FIGURES.fullmatch(cleaned):
        return _day_month(match, today)
    return find_deadline(cleaned, today, named_days=named_days)[0]


def _day_month(match: re.Match[str], today: date) -> NewDeadline:
    """ "1-7", "1/7": the next 1 July on or after ``today``, as "1 juli" without a year is read; "1-3-27": 1
    March 2027. Its text names the year it was given, which the written form leaves to today."""
    day = day_in_figures(match, today)
    if day is None:
        raise InvalidInput(no_such_day(match.group()))
    return NewDeadline(day, dutch_date(day))


_LETTER_DAY = re.compile(
    rf"(?:(?P<weekday>{WEEKDAY})\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_AFTER_DAY})(?:\s+(?P<year>\d{{4}}))?"
    r"(?:\s+(?:jl|jongstleden))?",
    re.IGNORECASE,
)
_LETTER_WEEKDAY = re.compile(
    rf"(?:(?P<last>afgelopen|vorige)\s+)?(?P<weekday>{WEEKDAY})"
    rf"|(?P<week>vorige|deze)\s+week\s+(?P<weekday_after>{WEEKDAY})"
    rf"|(?P<weekday_before>{WEEKDAY})\s+(?P<week_after>vorige|deze)\s+week",
    re.IGNORECASE,
)
_DAYS_BACK = {"overmorgen": -2, "morgen": -1, "vandaag": 0, "gisteren": 1, "eergisteren": 2}
_LEAP_CYCLE = 8  # years: a 29 February without a year lies at most this far back
_LETTER_DATE_EXAMPLES = "‘3 maart 2026’, ‘3-3-2026’, ‘3 maart’, ‘gisteren’ of ‘vorige week dinsdag’"


def read_letter_date(written: str, today: date) -> date:
    """The date of a letter as a person types it: a letter is already written, so a day without a year
    ("15 november") is the latest such day on or before ``today``, a weekday ("dinsdag", "vorige week
    dinsdag") the latest one, and a date after ``today`` is refused. Only an answer read whole is taken:
    a word left over could change the day, so it is refused in Dutch rather than dropped."""
    cleaned = " ".join(written.split()).rstrip(".").lower()
    day = _letter_day(cleaned, today)
    if day is None:
        raise InvalidInput(
            f"Ik kan geen datum van een brief halen uit ‘{shorten(written.strip(), _QUOTED)}’. "
            f"Antwoord met de dag waarop de brief is geschreven, bijvoorbeeld {_LETTER_DATE_EXAMPLES}."
        )
    if day > today:
        raise InvalidInput(
            f"{dutch_date(day)} ligt in de toekomst; een brief heeft een datum van vandaag of eerder."
        )
    return day


def _letter_day(cleaned: str, today: date) -> date | None:
    """The day ``cleaned`` names as a whole, by the rules of :func:`read_letter_date`; None when it names
    none."""
    if cleaned in _DAYS_BACK:
        return today - timedelta(days=_DAYS_BACK[cleaned])
    for layout in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, layout).date()
        except ValueError:
            continue
    if match := _LETTER_DAY.fullmatch(cleaned):
        return _dated(match, today)
    if match := _LETTER_WEEKDAY.fullmatch(cleaned):
        return _weekday(match, today)
    return None


def _dated(match: re.Match[str], today: date) -> date:
    """ "3 maart 2026", "dinsdag 3 maart", "3 mrt. jl.": without a year the latest such day up to today."""
    month, number = MONTHS[match["month"].rstrip(".")], int(match["day"])
    if match["year"]:
        day = _day_or_none(int(match["year"]), month, number)  # a future one is refused by the caller
    else:
        years = range(today.year, today.year - _LEAP_CYCLE, -1)
        days = (_day_or_none(year, month, number) for year in years)
        day = next((found for found in days if found is not None and found <= today), None)
    if day is None:
        raise InvalidInput(no_such_day(match.group()))
    written = match["weekday"]
    if written and WEEKDAYS[written] != day.weekday():
        actual = WEEKDAY_NAMES[day.weekday()]
        raise InvalidInput(f"{dutch_date(day)} is een {actual}, geen {written}. Welke datum is het?")
    return day


def _day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday(match: re.Match[str], today: date) -> date:
    """ "dinsdag" (today or the latest before it), "afgelopen dinsdag" (before today), "vorige week dinsdag",
    "dinsdag deze week" (that day of the week named)."""
    name = match["weekday"] or match["weekday_after"] or match["weekday_before"]
    wanted = WEEKDAYS[name]
    week = match["week"] or match["week_after"]
    if week is not None:
        monday = today - timedelta(days=today.weekday(), weeks=1 if week == "vorige" else 0)
        return monday + timedelta(days=wanted)
    back = (today.weekday() - wanted) % 7 or (7 if match["last"] else 0)
    return today - timedelta(days=back)
