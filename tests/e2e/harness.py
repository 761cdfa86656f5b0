"""The real bot against the fake Telegram server: two group teams, a stranger group, private chats.

:class:`World` holds the fake server, the database and the people; :meth:`World.running` starts a fresh
Application on them (so a test can stop and start the bot in the middle of a conversation).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import SecretStr
from telegram.ext import AIORateLimiter

from bot.app import build_application
from bot.context import BotApplication
from commitments.db import Database
from config.settings import Settings
from offline_telegram.fake_api import Chat, FakeTelegram, SentMessage, User, running_application
from tests.e2e.loop_guard import LoopGuard

TIMEOUT = 10.0
WORKER_TIMEOUT = 60.0
"""For a reply that waits for a worker process (a letter read or re-read in :mod:`commitments.isolation`):
starting one takes seconds on a loaded machine, so a test waits for the reply itself, this long at most."""


def unlimited() -> AIORateLimiter:
    """The real rate limiter, with Telegram's flood limits off (the fake server has none)."""
    return AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3)


@dataclass
class World:
    fake: FakeTelegram
    db: Database
    data_dir: Path
    admin: User = field(default_factory=lambda: User(100, "Anna", username="anna"))
    alice: User = field(default_factory=lambda: User(101, "Alice", username="alice"))
    bob: User = field(default_factory=lambda: User(102, "Bob", username="bob"))
    carol: User = field(default_factory=lambda: User(103, "Carol", username="carol"))
    stranger: User = field(default_factory=lambda: User(199, "Sam", username="sam"))
    team_a: Chat = field(init=False)
    team_b: Chat = field(init=False)
    outside: Chat = field(init=False)
    double_tap_seconds: float = 0.0
    """Off: the conversations press buttons faster than a person (a test of the guard turns it on)."""

    def __post_init__(self) -> None:
        self.team_a = self.fake.group_chat("Team VWS")
        self.team_b = self.fake.group_chat("Team JenV", supergroup=True)
        self.outside = self.fake.group_chat("Buitenstaanders")

    @property
    def settings(self) -> Settings:
        return Settings(
            telegram_token=SecretStr(self.fake.token),
            telegram_api_url=self.fake.api_url,
            allowed_chats=[self.team_a.id, self.team_b.id],
            admins=[self.admin.id],
            data_dir=self.data_dir,
            double_tap_seconds=self.double_tap_seconds,
        )

    def application(self) -> BotApplication:
        return build_application(self.settings, self.db, rate_limiter=unlimited())

    @asynccontextmanager
    async def running(self) -> AsyncIterator[BotApplication]:
        """The bot running on the fake server; afterwards, a check that it never reached the database on
        its event loop (:mod:`tests.e2e.loop_guard`)."""
        with LoopGuard().watching(self.db.engine) as guard:
            async with running_application(self.application()) as application:
                yield application  # type: ignore[misc]
        guard.assert_clear()

    async def send(
        self, chat: Chat, user: User, text: str, reply_to: int | None = None, within: float = TIMEOUT
    ) -> SentMessage:
        """``user`` writes ``text``; returns the bot's next message in ``chat`` (within ``within`` s)."""
        before = len(self.fake.outbox(chat))
        self.fake.send_text(chat, user, text, reply_to=reply_to)
        return (await self.fake.wait_for_messages(chat, before + 1, within))[before]

    async def send_file(
        self,
        chat: Chat,
        user: User,
        filename: str,
        content: bytes,
        reply_to: int | None = None,
        within: float = WORKER_TIMEOUT,
    ) -> SentMessage:
        """``user`` sends a file; returns the bot's next message. A letter is read in a worker process, so
        the reply may take :data:`WORKER_TIMEOUT`."""
        before = len(self.fake.outbox(chat))
        self.fake.send_document(chat, user, filename, content, reply_to=reply_to)
        return (await self.fake.wait_for_messages(chat, before + 1, within))[before]

    async def press(self, chat: Chat, user: User, message: SentMessage, data: str) -> SentMessage:
        """``user`` presses a button; returns the edited message or the bot's next message."""
        before = len(self.fake.outbox(chat))
        old = (message.text, message.edit_date)

        def changed() -> bool:
            outbox = self.fake.outbox(chat)
            current = next((m for m in outbox if m.message_id == message.message_id), None)
            return len(outbox) > before or (current is not None and (current.text, current.edit_date) != old)

        self.fake.press_button(chat, user, message.message_id, data)
        await self.fake.wait_for(changed, TIMEOUT)
        outbox = self.fake.outbox(chat)
        if len(outbox) > before:
            return outbox[before]
        return next(m for m in outbox if m.message_id == message.message_id)

    async def silence(self, chat: Chat, seconds: float = 0.3) -> list[SentMessage]:
        """Wait a moment and return the outbox, to check that nothing more was said."""
        with suppress(TimeoutError):
            await self.fake.wait_for(lambda: False, seconds)
        return self.fake.outbox(chat)


def button(message: SentMessage, label_start: str) -> str:
    """The callback data of the button whose text starts with ``label_start`` (emoji ignored)."""
    for candidate in message.buttons:
        if candidate["text"].split(" ", 1)[-1].startswith(label_start) or candidate["text"].startswith(
            label_start
        ):
            return str(candidate["callback_data"])
    raise AssertionError(f"no button {label_start!r} under: {[b['text'] for b in message.buttons]}")


@asynccontextmanager
async def world(tmp_path: Path, database: Database) -> AsyncIterator[World]:
    async with FakeTelegram() as fake:
        yield World(fake, database, tmp_path)
