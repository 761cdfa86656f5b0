"""The order in which the bot handles updates: each chat's one after another, as they came; chats at once.

python-telegram-bot handles one update at a time unless told otherwise, and then one chat's slow command (a
file made in a worker process, an undated letter read again) keeps every other chat waiting. Handled all at
once, a chat's own updates could overtake each other instead: the answer to a question before the question
was stored, a second press of a button before the first one's change. :class:`ChatOrder` gives each chat a
turn: its updates run one after another in the order they came, while other chats' updates run meanwhile. An
update without a chat (an inline query) takes its turn with its sender's other such updates; anything else
(no chat, no sender) runs at once.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Awaitable
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import Application, BaseUpdateProcessor

IN_HAND = 256
"""Updates handled or waiting for their chat's turn at once (python-telegram-bot's bound). An update that
waits for its turn counts too, so the bound is far above what a busy chat sends while its command runs."""

TurnKey = tuple[str, int]


def turn_of(update: object) -> TurnKey | None:
    """Whose turn ``update`` waits for: its chat's, else its sender's; None when it has neither."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return ("chat", update.effective_chat.id)
    if update.effective_user is not None:
        return ("user", update.effective_user.id)
    return None


@dataclass
class _Turn:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    waiting: int = 0


class ChatOrder(BaseUpdateProcessor):
    """Runs updates concurrently, but each chat's (or sender's) in the order they arrived.

    A chat's turn is an :class:`asyncio.Lock`, which lets its waiters in first come, first served; it is
    forgotten when no update of the chat is left, so a chat that went quiet costs nothing. A handler with
    ``block=False`` ends its update's turn when it starts (python-telegram-bot runs it as a task of its own);
    it takes the turn again (:func:`own_turn`) for a step the chat's next update may depend on.
    """

    def __init__(self, max_concurrent_updates: int = IN_HAND) -> None:
        super().__init__(max_concurrent_updates)
        self._turns: dict[TurnKey, _Turn] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        try:
            async with self.turn(turn_of(update)):
                await coroutine
        finally:
            if inspect.iscoroutine(coroutine) and inspect.getcoroutinestate(coroutine) == "CORO_CREATED":
                coroutine.close()  # cancelled while waiting for its turn (shutdown): it never ran

    @asynccontextmanager
    async def turn(self, key: TurnKey | None) -> AsyncIterator[None]:
        """Wait for ``key``'s turn and hold it for the ``async with`` block (no wait for a None key)."""
        if key is None:
            yield
            return
        turn = self._turns.setdefault(key, _Turn())
        turn.waiting += 1
        try:
            async with turn.lock:
                yield
        finally:
            turn.waiting -= 1
            if not turn.waiting:
                del self._turns[key]

    @property
    def chats_in_turn(self) -> int:
        """How many chats (or senders) have an update handled or waiting."""
        return len(self._turns)

    async def initialize(self) -> None:
        """Nothing to set up: a turn is made when a chat's first update arrives."""

    async def shutdown(self) -> None:
        """Nothing to free: turns end with their updates."""


def own_turn(
    application: Application[Any, Any, Any, Any, Any, Any], update: Update
) -> AbstractAsyncContextManager[None]:
    """The chat's turn, for a ``block=False`` handler's step that the chat's next update depends on (a
    question and the draft that waits for its answer: an answer handled in between finds no question)."""
    processor = application.update_processor
    return processor.turn(turn_of(update)) if isinstance(processor, ChatOrder) else nullcontext()
