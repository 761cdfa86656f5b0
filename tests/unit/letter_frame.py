"""Sentences written for a test, set in a minister's letter of a known date, and what extraction finds."""

from datetime import date

from commitments.extraction import extract
from commitments.extraction.detect import Found, Mode

LETTER = """Den Haag, 15 maart 2024

{body}

De Minister van Infrastructuur en Waterstaat,
M. Harbers
"""
DAY = date(2024, 3, 15)


def commitments_in(body: str, mode: Mode = Mode.COMBINED) -> tuple[Found, ...]:
    """What extraction finds in ``body`` set in :data:`LETTER` of :data:`DAY`."""
    return extract(LETTER.format(body=body), DAY, mode=mode, today=DAY).commitments


def moties_in(body: str) -> list[Found]:
    """The moties extraction finds in ``body`` set in :data:`LETTER`."""
    return [item for item in commitments_in(body) if item.kind == "motie"]
