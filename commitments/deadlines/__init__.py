"""Dutch parliamentary deadline phrases ("voor het zomerreces", "eind 2025") resolved to dates."""

from commitments.deadlines.calendar import (
    Calendar,
    CalendarError,
    Recess,
    configure_calendar,
    default_calendar,
    load_calendar,
)
from commitments.deadlines.finder import find, finest, primary, resolve
from commitments.deadlines.model import Deadline, Strength
from commitments.deadlines.typed import NO_DEADLINE, answered_day, resolve_typed, typed_deadline, warm_up

__all__ = [
    "NO_DEADLINE",
    "Calendar",
    "CalendarError",
    "Deadline",
    "Recess",
    "Strength",
    "answered_day",
    "configure_calendar",
    "default_calendar",
    "find",
    "finest",
    "load_calendar",
    "primary",
    "resolve",
    "resolve_typed",
    "typed_deadline",
    "warm_up",
]
