"""The resolved form of one deadline phrase."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum


class Strength(IntEnum):
    """How surely a phrase names the moment a promise is due; ranks matches within one text."""

    WEAK = 1  # "per 1 oktober", "vanaf 2025", a bare month: a moment, not clearly a deadline
    NORMAL = 2  # "in november", "dit najaar", "eind 2025"
    STRONG = 3  # "uiterlijk 1 maart", "voor het zomerreces", "binnen drie maanden", "3 november a.s."


@dataclass(frozen=True, slots=True)
class Deadline:
    """A deadline phrase found in a text, with the date a parliamentary-affairs officer would record.

    ``date`` is None for a vague phrase ("zo spoedig mogelijk"): a person has to pick one.
    ``backward`` marks a moment that lies behind the reference date ("19 januari jl.", "in 2019"):
    such a match is reported but never the promise's deadline.
    ``starts`` marks a moment something begins ("vanaf 1 september", "per 2025", "met ingang van"), which
    is not when a promise is due.
    """

    date: dt.date | None
    text: str
    rule: str
    estimate: bool = False
    recurring: str | None = None
    start: int = 0
    end: int = 0
    backward: bool = False
    strength: Strength = Strength.NORMAL
    starts: bool = False

    @property
    def vague(self) -> bool:
        """A deadline phrase that gives no date."""
        return self.date is None
