"""Domain errors. Their message is a Dutch sentence that can be shown to a user as it is."""

from datetime import date

from commitments.dutch import dutch_date


class DomainError(Exception):
    """A request the domain refuses, with a message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(DomainError):
    """The commitment (or other item) does not exist, or belongs to another team."""


class InvalidTransition(DomainError):
    """The status change is not allowed from the current status."""


class ConflictError(DomainError):
    """Somebody else changed the item at the same time; nothing was saved."""


class InvalidInput(DomainError):
    """A value given by the user cannot be used (a date, a reference, a kind)."""


class NoDate(InvalidInput):
    """What a person typed for a deadline names no day at all (not a day that does not exist)."""


class PastDeadline(InvalidInput):
    """A new deadline before today: it is saved only once the person confirms it."""

    def __init__(self, day: date, message: str | None = None) -> None:
        super().__init__(message or f"{dutch_date(day)} ligt in het verleden.")
        self.day = day


class EarlierDeadline(PastDeadline):
    """A postponement to a day before the current deadline: likely a slip, so confirmed like a past day."""

    def __init__(self, day: date, current: date) -> None:
        super().__init__(day, f"{dutch_date(day)} is eerder dan de huidige termijn ({dutch_date(current)}).")
