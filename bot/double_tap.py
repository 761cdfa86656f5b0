"""A second tap on a button that the bot's answer to the first one has just replaced.

A card's answer replaces its buttons in place: after "Opslaan" the same spot holds "Afgedaan", after "Ja,
afdoen" it holds a change of the item. A hurried double tap then does something the person never chose. A
tap on a button that acts at once (:data:`DECISIVE`) within a moment of the message's last edit is
therefore not carried out: the person is asked to tap again, which takes a second look.
"""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import CallbackQuery, Message

from bot.callbacks import decode

DECISIVE = frozenset(
    {
        ("d", "save"),
        ("d", "force"),
        ("f", "all"),
        ("f", "fresh"),
        ("c", "done"),
        ("c", "partly"),
        ("c", "reopen"),
        ("c", "undo"),
        ("c", "next"),
        ("m", "yes"),
        ("m", "pick"),
        ("q", "past"),
        ("q", "today"),
        ("q", "answer"),
    }
)
"""Buttons that change what is stored at once; the others ask a question first, page, choose or show."""

HURRIED = "Deze knoppen zijn net veranderd. Bedoel je deze knop? Tik er dan nog een keer op."


def hurried(query: CallbackQuery, seconds: float, now: datetime | None = None) -> bool:
    """Whether ``query`` presses a :data:`DECISIVE` button less than ``seconds`` after its message was last
    edited (Telegram's ``edit_date``, in whole seconds)."""
    button = decode(query.data)
    message = query.message
    if button is None or (button.kind, button.action) not in DECISIVE or not isinstance(message, Message):
        return False
    edited = message.edit_date
    return edited is not None and ((now or datetime.now(UTC)) - edited).total_seconds() < seconds
