"""A list's heading says what /help says the command lists: /week lists the next seven days (not the
calendar week), /maand the next month."""

from __future__ import annotations

from bot.handlers import help, queries
from commitments.queries import View


def test_the_week_and_month_headings_match_help() -> None:
    described = {name: description for name, description, _ in help.COMMANDS}
    assert queries.HEADINGS[View.WEEK] == described["week"]
    assert queries.HEADINGS[View.MONTH] == described["maand"]
