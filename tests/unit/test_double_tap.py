"""The guard against a hurried second tap: only buttons that act at once, only just after an edit."""

from datetime import UTC, datetime, timedelta

import pytest
from telegram import CallbackQuery, Chat, Message, User

from bot.double_tap import hurried

EDITED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _query(data: str, edited: datetime | None) -> CallbackQuery:
    message = Message(7, EDITED - timedelta(minutes=1), Chat(-5, "group"), edit_date=edited)
    return CallbackQuery("q1", User(1, "Alice", False), "chat", message=message, data=data)


@pytest.mark.parametrize(
    ("data", "edited", "after", "expected"),
    [
        ("c:12:done", EDITED, 1.0, True),  # Afgedaan a second after Opslaan put it there
        ("c:12:done", EDITED, 3.0, False),  # looked at for a few seconds first
        ("c:12:done", None, 0.0, False),  # a message never edited: its buttons are what was seen
        ("c:12:postpone", EDITED, 0.5, False),  # asks a question first
        ("f:3:t:2", EDITED, 0.2, False),  # ticking items one after another
        ("p:3:page:2", EDITED, 0.2, False),
        ("garbage", EDITED, 0.2, False),
    ],
)
def test_only_a_button_that_acts_at_once_just_after_an_edit_is_held(
    data: str, edited: datetime | None, after: float, expected: bool
) -> None:
    assert hurried(_query(data, edited), 2.0, EDITED + timedelta(seconds=after)) is expected


def test_zero_seconds_turns_the_guard_off() -> None:
    assert not hurried(_query("m:4:yes", EDITED), 0.0, EDITED)
