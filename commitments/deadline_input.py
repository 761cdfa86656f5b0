"""Reading a deadline that a person types: an ISO or Dutch date, or a phrase for the resolver."""

from __future__ import annotations

from datetime import date, datetime

from commitments.deadlines import answered_day, find, primary, resolve_typed
from commitments.deadlines.rules import IMPOSSIBLE_DATE
from commitments.errors import InvalidInput
from commitments.services import NewDeadline
from commitments.titles import shorten

_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y")
_QUOTED = 80  # what the person typed is quoted back up to this length, cut visibly ("…") beyond it


def find_deadline(text: str, today: date, *, named_days: bool = True) -> tuple[NewDeadline, slice]:
    """The deadline in ``text`` and where its phrase stands, or a Dutch :class:`InvalidInput` saying no
    date could be read.

    A date a person types in the past ("1 januari 2020") is read as that date, not refused as unreadable:
    whether the past is allowed there (an overdue item in an imported register, a postponement) is the
    service's decision, which says so in its own words. A "jl." date is never a deadline. A day named
    relative to today ("morgen", "uiterlijk maandag", and as the whole answer "gisteren") is read when no
    parliamentary phrase gives a date, unless ``named_days`` is off (a cell of an old register: its "morgen"
    is no day relative to today).
    """
    if named_days:
        found = answered_day(text, today) or resolve_typed(text, today, allow_past=True)
    else:
        found = primary(find(text, today), today, allow_past=True)
    if found is not None and found.rule == IMPOSSIBLE_DATE:
        raise InvalidInput(
            f"De dag ‘{found.text.strip()}’ bestaat niet. Kijk de datum na en probeer het opnieuw."
        )
    if found is None or found.date is None:
        raise InvalidInput(
            f"Ik kan geen datum halen uit '{shorten(text.strip(), _QUOTED)}'. Probeer bijvoorbeeld "
            "'1 maart', 'eind volgend jaar', 'voor het zomerreces' of 'volgende week vrijdag'."
        )
    return NewDeadline(found.date, found.text, found.estimate), slice(found.start, found.end)


def read_deadline(written: str, today: date, *, named_days: bool = True) -> NewDeadline:
    """Turn "2026-03-01", "1-3-2026", "voor het zomerreces" or (with ``named_days``) "morgen" into a date, or
    say in Dutch why not."""
    cleaned = written.strip()
    for layout in _DATE_FORMATS:
        try:
            return NewDeadline(datetime.strptime(cleaned, layout).date(), cleaned)
        except ValueError:
            continue
    return find_deadline(cleaned, today, named_days=named_days)[0]
