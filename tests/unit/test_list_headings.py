"""A list's heading says what /help says the command lists: /week lists the next seven days (not the
calendar week), /maand the next month."""

from __future__ import annotations

from datetime import date

from bot.handlers import help, queries
from commitments.queries import View, listing


def test_the_week_and_month_headings_match_help() -> None:
    described = {name: description for name, description, _ in help.COMMANDS}
    assert queries.HEADINGS[View.WEEK] == described["week"]
    assert queries.HEADINGS[View.MONTH] == described["maand"]


def test_a_filtered_list_names_its_filter() -> None:
    overdue = listing(View.OVERDUE, "JenV", -1, date(2026, 3, 2), {})
    assert queries.heading(overdue) == "Verlopen termijnen van JenV"
    week = listing(View.WEEK, "stikstof", -1, date(2026, 3, 2), {})
    assert queries.heading(week) == "Termijnen in de komende week met ‘stikstof’"
    assert queries.heading(listing(View.OPEN, "stikstof", -1, date(2026, 3, 2), {})) == (
        "Open toezeggingen, moties en producten met ‘stikstof’"
    )
    # found in a user trial: /open was headed "Open toezeggingen" but lists moties and products too
    assert queries.heading(listing(View.OPEN, "", -1, date(2026, 3, 2), {})) == (
        "Open toezeggingen, moties en producten"
    )
    assert (
        queries.heading(listing(View.SEARCH, "stikstof", -1, date(2026, 3, 2), {}))
        == "Gevonden op ‘stikstof’"
    )
    assert queries.heading(listing(View.MOTIES, "", -1, date(2026, 3, 2), {})) == "Open moties"
