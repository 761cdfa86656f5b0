"""A check that the bot never waits for the database on its event loop.

While it is on, every connection the engine opens and every statement sent is inspected:
when it happens on a thread that runs an event loop and the bot's own code (a module of ``bot/``, not the
fake Bot API) is on the stack, it is recorded. The bot is meant to reach the database only through
``BotContext.use_case`` (a worker thread), so a record is a blocking call on the loop: every chat waits.
A test's own direct database calls (to set up or inspect) have no bot frame and are not counted.
"""

from __future__ import annotations

import asyncio
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

import bot

BOT_DIR = Path(bot.__file__).resolve().parent
FAKE_API_DIR = BOT_DIR / "fake_api"


def _bot_frames() -> list[str]:
    """The bot's own frames on the current stack, innermost last (empty when none)."""
    found = []
    frame = sys._getframe(1)
    while frame is not None:
        path = Path(frame.f_code.co_filename).resolve()
        if path.is_relative_to(BOT_DIR) and not path.is_relative_to(FAKE_API_DIR):
            found.append(f"{path.relative_to(BOT_DIR.parent)}:{frame.f_lineno} in {frame.f_code.co_name}")
        frame = frame.f_back
    return found[::-1]


def _on_loop_thread() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class LoopGuard:
    """Records the bot's database work on the event loop's thread (see the module's docstring)."""

    def __init__(self) -> None:
        self.blocking: list[str] = []

    def _check(self, *_: Any, **__: Any) -> None:
        if _on_loop_thread():
            frames = _bot_frames()
            if frames:
                self.blocking.append(
                    " <- ".join(reversed(frames)) + "\n" + "".join(traceback.format_stack(limit=8))
                )

    @contextmanager
    def watching(self, engine: Engine) -> Iterator[LoopGuard]:
        event.listen(engine, "engine_connect", self._check)
        event.listen(engine, "before_cursor_execute", self._check)
        try:
            yield self
        finally:
            event.remove(engine, "before_cursor_execute", self._check)
            event.remove(engine, "engine_connect", self._check)

    def assert_clear(self) -> None:
        assert not self.blocking, "database work on the event loop:\n" + "\n\n".join(self.blocking[:3])
