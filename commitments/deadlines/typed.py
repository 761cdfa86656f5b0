"""A deadline a person types: the parliamentary rules first, then days relative to today, read by dateparser.

"morgen", "overmorgen", "uiterlijk maandag", "volgende week vrijdag" name no parliamentary moment, so the
rules of :mod:`commitments.deadlines.finder` give no date for them. A person who types one in the chat
(``/nieuw``, ``/uitstel``, the answer to "Wat is de termijn?") or on the command line (``--deadline``) means
that day; dateparser (Dutch only, dates from the future, relative to the reference date) reads it. Letters
never use this: a weekday in a letter's running text ("op maandag is er overleg") names a meeting, not a
deadline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import warnings
from functools import partial

from commitments.deadlines.calendar import Calendar
from commitments.deadlines.finder import find, primary
from commitments.deadlines.model import Deadline, Strength
from commitments.deadlines.patterns import MARKER, PREFIX_REVERSED, WEEKDAY, WEEKDAYS
from commitments.deadlines.periods import upcoming
from commitments.deadlines.rules import IMPOSSIBLE_DATE, STRONG_MARKERS, WEEKS_AHEAD

_WEEK = r"(?:volgende|komende|deze)\s+week"
# A day by name, a weekday with the week it falls in before or after it ("volgende week vrijdag", "vrijdag
# volgende week"). "morgen" in "morgenvroeg", "'s morgens" or "in de morgen" is no day.
_DAY = re.compile(
    rf"(?<![\w-])(?:(?P<week>{_WEEK})\s+|(?:aan)?komende\s+)?(?P<day>overmorgen|(?<!de\s)morgen|vandaag|{WEEKDAY})"
    rf"(?:\s+(?P<week_after>{_WEEK}))?(?![\w-])",
    re.IGNORECASE,
)
# A day before today, given as the whole answer ("gisteren", "eergisteren."): in running text such a word
# tells when something happened ("zegde gisteren toe"), so it is read only when it is all a person typed.
_PAST_DAY = re.compile(r"\s*(?:(?:uiterlijk|per|op)\s+)?(?P<day>(?:eer)?gisteren)\s*[.!]?\s*", re.IGNORECASE)
# A day and month in figures, maybe with a year of two ("1-7", "15/12", "1-3-27"): typed, not in letters,
# which write the year in full (the rules read "1-3-2027").
_FIGURES = r"(?P<day>\d{1,2})(?P<sep>[-/])(?P<month>\d{1,2})(?:(?P=sep)(?P<year>\d\d))?"
DAY_IN_FIGURES = re.compile(_FIGURES)
# Such a day after a word that makes it a deadline ("voor 1-7", "uiterlijk op 15/9"): in a typed message that
# is a day; without such a word "1-7" may be a score or a range.
_DAY_MONTH = re.compile(
    r"(?<![\w-])(?:(?:uiterlijk|ten\s+laatste)\s+(?:(?:op|voor|vóór|per)\s+)?"
    rf"|(?:op|voor|vóór|per|tot\s+en\s+met|t/m|tot)\s+){_FIGURES}(?![\w/-]|\.\d)",
    re.IGNORECASE,
)
_CENTURY = 2000  # "1-3-27" is 1 March 2027: a deadline lies in this century
NO_DEADLINE = re.compile(r"[,;]?\s*\(?\b(?:zonder|geen)\s+(?:termijn|datum|deadline)\b\)?", re.IGNORECASE)
"""A person saying there is no deadline ("…, geen termijn"): saved without one, not asked for one."""

RELATIVE_TO_REFERENCE = frozenset({"named-day", "weekday-as", "relative", "week-end"})
"""Rules whose day is counted from the reference date ("morgen", "vrijdag a.s.", "over twee weken"): typed,
their words name another day tomorrow (or next week: "eind deze week")."""

_MONTHS_IN_A_YEAR = 12
_CONTEXT = 60  # characters before a day that may hold its markers ("uiterlijk op")


def resolve_typed(
    text: str, reference: dt.date, calendar: Calendar | None = None, *, allow_past: bool = False
) -> Deadline | None:
    """The deadline in a text a person typed: a dated parliamentary phrase, else a named day, else the
    undated phrase the rules found (None when there is neither)."""
    found = primary(find(text, reference, calendar), reference, allow_past=allow_past)
    if found is not None and found.date is not None:
        return found
    return (
        named_day(text, reference)
        or day_and_month(text, reference)
        or bare_recess(text, reference, calendar)
        or found
    )


_BARE_RECESS = re.compile(
    r"(?<![\w-])(?P<before>\w+\s+)?(?P<recess>(?:zomer|kerst|herfst|voorjaars|krokus|mei)-?reces)(?![\w-])",
    re.IGNORECASE,
)
_ARTICLES = frozenset({"het", "de", "een", "dit", "deze", "dat", "die", "elk", "ieder"})


def bare_recess(text: str, reference: dt.date, calendar: Calendar | None = None) -> Deadline | None:
    """A recess named without an article or a word in front that says how ("VWS brief jeugdzorg
    zomerreces"): a note a person types, which means the deadline "voor het zomerreces", as
    CONVENTIONS dates it. In a sentence the recess has its article ("het zomerreces begint …"): no
    deadline then."""
    for match in _BARE_RECESS.finditer(text):
        if match["before"] and match["before"].strip().lower() in _ARTICLES:
            continue
        found = primary(find(f"voor het {match['recess']}", reference, calendar), reference)
        if found is not None and found.date is not None:
            start = match.start("recess")
            return dataclasses.replace(found, text=match["recess"], start=start, end=match.end())
    return None


def day_and_month(text: str, reference: dt.date) -> Deadline | None:
    """The first day and month written in figures after a deadline word ("voor 1-7", "uiterlijk 15/9",
    "voor 1-3-27"), read by :func:`day_in_figures`; one that does not exist ("voor 32-1") is found as such
    (``IMPOSSIBLE_DATE``), not skipped for another."""
    for match in _DAY_MONTH.finditer(text):
        if not 1 <= int(match["month"]) <= _MONTHS_IN_A_YEAR:
            continue  # "op 3-14" names no month: a score or a range
        found = day_in_figures(match, reference)
        return Deadline(
            date=found,
            text=match.group(),
            rule="day-month" if found else IMPOSSIBLE_DATE,
            start=match.start(),
            end=match.end(),
        )
    return None


def day_in_figures(match: re.Match[str], reference: dt.date) -> dt.date | None:
    """The day a match of :data:`DAY_IN_FIGURES` names: with a year of two figures that day of this century
    ("1-3-27": 1 March 2027), else the next such day on or after ``reference``, as "1 juli" is read; None
    when there is no such day ("31-4", "0-3")."""
    month, day = int(match["month"]), int(match["day"])
    if match["year"]:
        try:
            return dt.date(_CENTURY + int(match["year"]), month, day)
        except ValueError:
            return None
    return upcoming(reference, partial(_day_in, month, day))


def no_such_day(written: str) -> str:
    """The Dutch refusal of a day that does not exist ("31 april", "32 januari", "31-02-2027"), quoted
    without the words in front of it ("uiterlijk", "voor"): it is never moved to a day that does."""
    day = written.strip()
    while marker := MARKER.match(day):
        day = day[marker.end() :].lstrip()
    return f"De dag ‘{day}’ bestaat niet. Kijk de datum na en probeer het opnieuw."


def answered_day(text: str, reference: dt.date) -> Deadline | None:
    """The day before ``reference`` that ``text`` names when it is all the answer ("gisteren",
    "eergisteren"), read by dateparser like the days ahead; None for anything else. Whether a past deadline
    is allowed is for the one who asked (a card names it, a postponement refuses it)."""
    match = _PAST_DAY.fullmatch(text)
    day = _parse_day(match["day"], reference, None) if match else None
    if match is None or day is None:
        return None
    return Deadline(date=day, text=text.strip(), rule="named-day", start=match.start(), end=match.end())


def typed_deadline(text: str, reference: dt.date) -> Deadline | None:
    """The deadline a person means by ``text`` (a phrase or a sentence), as the chat reads what is typed
    there: also days named relative to ``reference`` ("volgende week vrijdag", "morgen", "gisteren" as the
    whole answer) and days in figures ("voor 31-12"); a day before ``reference`` is read, not refused. The
    chat and ``toezegbot deadline`` share it, so the two never read a text differently. A day in figures
    that is all the text ("31-12", "1/7") is a day, as a chat answer; in running text it needs a word
    before it ("voor 31-12"), or it may be a score or a range."""
    whole = DAY_IN_FIGURES.fullmatch(text.strip())
    if whole is not None and 1 <= int(whole["month"]) <= _MONTHS_IN_A_YEAR:
        day = day_in_figures(whole, reference)
        start = text.index(whole.group())
        rule = "day-month" if day else IMPOSSIBLE_DATE
        return Deadline(date=day, text=whole.group(), rule=rule, start=start, end=start + len(whole.group()))
    return answered_day(text, reference) or resolve_typed(text, reference, allow_past=True)


def named_day(text: str, reference: dt.date) -> Deadline | None:
    """The first day named relative to ``reference`` in ``text`` ("morgen", "uiterlijk maandag"), if any."""
    for match in _DAY.finditer(text):
        week = match["week"] or match["week_after"]
        day = _parse_day(match["day"], reference, week.split()[0].lower() if week else None)
        if day is None:
            continue
        prefix = PREFIX_REVERSED.match(text[max(0, match.start() - _CONTEXT) : match.start()][::-1])
        start = match.start() - (prefix.end() if prefix else 0)
        markers = {" ".join(word.lower().split()) for word in MARKER.findall(text, start, match.start())}
        return Deadline(
            date=day,
            text=text[start : match.end()],
            rule="named-day",
            start=start,
            end=match.end(),
            strength=Strength.STRONG if markers & STRONG_MARKERS else Strength.NORMAL,
        )
    return None


def _day_in(month: int, day: int, year: int) -> dt.date:
    return dt.date(year, month, day)


def warm_up() -> None:
    """Import dateparser and have it read one Dutch day, which the first time costs about a second (its
    Dutch data is loaded on the first parse). The bot does this at its start, off its event loop, so the
    first person who types a day does not hold up every chat for it."""
    _parse_day("morgen", dt.date.today(), None)


def _parse_day(word: str, reference: dt.date, week: str | None) -> dt.date | None:
    """``word`` read by dateparser; a weekday with a week ("volgende week vrijdag") falls in that week."""
    import dateparser  # slow to import: only when a person typed a day

    base = reference
    if week is not None:
        if word.lower() not in WEEKDAYS:
            return None  # "volgende week morgen" is no day
        # The day before that week's Monday: the first such weekday after it lies in that week.
        base = reference - dt.timedelta(days=reference.weekday() + 1) + dt.timedelta(weeks=WEEKS_AHEAD[week])
    settings = {
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
        "PREFER_DATES_FROM": "future",
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser's own deprecation noise
        parsed = dateparser.parse(word, languages=["nl"], settings=settings)
    return parsed.date() if parsed else None
