"""Callback data of inline buttons: their grammar and the one typed decoder that reads them
(:func:`bot.keyboards.callback`, which builds them, refuses data this decoder would not read back).

Callback data are ``<kind>:<id>:<action>`` or ``<kind>:<id>:<action>:<number>``, for example ``d:12:save``
or ``f:12:t:3``. Whatever a client sends is decoded against :data:`ACTIONS`; anything else (no data, an
unknown kind or action, an id beyond what the database holds, trailing parts) decodes to None and matches no
handler, so the button press is only acknowledged (the access gate answers every callback query).

- ``d`` a card draft: save, force (save despite a warning), deadline, post, cancel
- ``f`` a document's found items: all, chosen, fresh (all but the look-alikes), pick, drop, ``t:<n>`` toggle
  item n, ``page:<n>``
- ``c`` a saved commitment: done, partly, postpone, drop, assign, history, ``undo:<history event id>``,
  next (record the next time of a fulfilled recurring promise)
- ``m`` a letter's match proposal: yes, no, other, ``pick:<commitment id>``
- ``p`` a page of a list: ``page:<n>``
- ``q`` a pending step: past (confirm a date in the past), today (a letter dated today), cancel

Ids and numbers are positive and at most :data:`bot.parsing.MAX_ID` (PostgreSQL INTEGER).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from bot.parsing import MAX_ID, whole_number

if TYPE_CHECKING:
    from bot.context import BotContext

MAX_CALLBACK_BYTES = 64

ACTIONS: dict[str, dict[str, bool]] = {
    "d": {"save": False, "force": False, "deadline": False, "post": False, "cancel": False},
    "f": {
        "all": False,
        "chosen": False,
        "fresh": False,
        "pick": False,
        "drop": False,
        "t": True,
        "page": True,
    },
    "c": {
        "done": False,
        "partly": False,
        "postpone": False,
        "drop": False,
        "assign": False,
        "reopen": False,
        "history": False,
        "undo": True,
        "next": False,
    },
    "m": {"yes": False, "no": False, "other": False, "pick": True, "newdate": False},
    "p": {"page": True},
    "q": {"past": False, "today": False, "cancel": False, "answer": False, "new": False},
}
"""Per kind, its actions and whether each carries a number."""


@dataclass(frozen=True)
class Button:
    """A decoded button press: what it is about (``kind`` and ``id``), what to do, and its number if any."""

    kind: str
    id: int
    action: str
    number: int | None = None

    @property
    def given_number(self) -> int:
        """The number of an action that carries one (``undo:<event>``); the decoder made sure it is there."""
        if self.number is None:
            raise LookupError(f"{self.kind}:{self.action} carries no number")
        return self.number


def decode(data: object) -> Button | None:
    """The button in ``data``, or None for anything that is not a button of ours."""
    if not isinstance(data, str) or len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
        return None
    parts = data.split(":")
    if len(parts) not in (3, 4) or parts[0] not in ACTIONS:
        return None
    kind, raw_id, action = parts[:3]
    takes_number = ACTIONS[kind].get(action)
    if takes_number is None or takes_number != (len(parts) == 4):
        return None
    item_id = _number(raw_id)
    number = _number(parts[3]) if takes_number else None
    if item_id is None or (takes_number and number is None):
        return None
    return Button(kind, item_id, action, number)


def _number(text: str) -> int | None:
    """A positive id in the range of our records' ids, written in plain ASCII digits."""
    if not (text.isascii() and text.isdigit()):
        return None
    value = whole_number(text, MAX_ID)
    return value if value else None


class ButtonHandler(CallbackQueryHandler["BotContext", None]):
    """Handles presses of buttons of one kind with one of ``actions``; the decoded :class:`Button` is
    ``context.button``. Unlike a pattern, a press without data never matches."""

    def __init__(
        self,
        callback: Callable[[Update, BotContext], Coroutine[Any, Any, None]],
        kind: str,
        *actions: str,
    ) -> None:
        unknown = set(actions) - set(ACTIONS[kind])
        if unknown:
            raise ValueError(f"unknown actions for {kind!r}: {sorted(unknown)}")
        super().__init__(callback)
        self.kind = kind
        self.actions = frozenset(actions)

    def check_update(self, update: object) -> Button | None:
        if not isinstance(update, Update) or update.callback_query is None:
            return None
        button = decode(update.callback_query.data)
        if button is None or button.kind != self.kind or button.action not in self.actions:
            return None
        return button

    def collect_additional_context(
        self,
        context: BotContext,
        update: Update,
        application: Application[Any, BotContext, Any, Any, Any, Any],
        check_result: object,
    ) -> None:
        if not isinstance(check_result, Button):
            raise TypeError("a button handler ran without a decoded button")
        context.button = check_result
