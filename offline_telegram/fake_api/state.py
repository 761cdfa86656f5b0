"""What the fake Telegram server remembers: users, chats, messages, files, queued updates and calls."""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

JsonDict = dict[str, Any]

#: Left out when ``allowed_updates`` was never given or given as an empty list (as in the Bot API).
NOT_ALLOWED_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


@dataclass(frozen=True)
class User:
    """A Telegram user (or the bot itself when ``is_bot``)."""

    id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    language_code: str | None = "nl"
    is_bot: bool = False

    def to_api(self) -> JsonDict:
        user: JsonDict = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        optional = {"last_name": self.last_name, "username": self.username}
        if not self.is_bot:
            optional["language_code"] = self.language_code
        user.update({key: value for key, value in optional.items() if value is not None})
        return user


@dataclass(frozen=True)
class Chat:
    """A chat: ``type`` is ``"private"`` (id = the user's id), ``"group"`` or ``"supergroup"``."""

    id: int
    type: str
    title: str | None = None
    first_name: str | None = None
    username: str | None = None

    def to_api(self) -> JsonDict:
        chat: JsonDict = {"id": self.id, "type": self.type}
        optional = {"title": self.title, "first_name": self.first_name, "username": self.username}
        chat.update({key: value for key, value in optional.items() if value is not None})
        return chat


@dataclass(frozen=True)
class StoredFile:
    """A file the fake server holds: uploaded by the bot or sent by a user."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    file_name: str | None = None
    mime_type: str | None = None

    def to_api(self) -> JsonDict:
        """The Bot API ``File`` object (what getFile answers)."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_path": self.file_path,
        }

    def document_api(self) -> JsonDict:
        document: JsonDict = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
        }
        if self.file_name:
            document["file_name"] = self.file_name
        if self.mime_type:
            document["mime_type"] = self.mime_type
        return document

    def photo_api(self) -> list[JsonDict]:
        width, height = png_size(self.content)
        size = {"width": width, "height": height}
        return [
            {"file_id": self.file_id, "file_unique_id": self.file_unique_id, "file_size": len(self.content)}
            | size
        ]


def png_size(content: bytes) -> tuple[int, int]:
    """Width and height of a PNG image (charts are PNG); ``(0, 0)`` for anything else."""
    if content[:8] != b"\x89PNG\r\n\x1a\n" or len(content) < 24:
        return 0, 0
    return int.from_bytes(content[16:20], "big"), int.from_bytes(content[20:24], "big")


@dataclass
class SentMessage:
    """A message the bot sent, as it stands now (after edits).

    ``text`` is what the recipient reads: the message text, or the caption of a document or photo,
    with HTML already turned into plain text; ``html`` is the source as the bot sent it.
    """

    chat: Chat
    message_id: int
    date: int
    text: str = ""
    entities: list[JsonDict] = field(default_factory=list)
    html: str | None = None
    reply_markup: JsonDict | None = None
    document: StoredFile | None = None
    photo: StoredFile | None = None
    reply_to: JsonDict | None = None
    edit_date: int | None = None

    @property
    def chat_id(self) -> int:
        return self.chat.id

    @property
    def buttons(self) -> list[JsonDict]:
        """The inline keyboard's buttons, row after row (``text`` plus ``callback_data`` or ``url``)."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]

    def button_data(self) -> list[str]:
        return [button["callback_data"] for button in self.buttons if "callback_data" in button]

    def to_api(self, bot: User) -> JsonDict:
        message: JsonDict = {
            "message_id": self.message_id,
            "from": bot.to_api(),
            "chat": self.chat.to_api(),
            "date": self.date,
        }
        is_media = self.document is not None or self.photo is not None
        text_key, entities_key = ("caption", "caption_entities") if is_media else ("text", "entities")
        if self.text:
            message[text_key] = self.text
        if self.entities:
            message[entities_key] = self.entities
        if self.document is not None:
            message["document"] = self.document.document_api()
        if self.photo is not None:
            message["photo"] = self.photo.photo_api()
        if self.reply_markup is not None and "inline_keyboard" in self.reply_markup:
            message["reply_markup"] = self.reply_markup
        if self.reply_to is not None:
            message["reply_to_message"] = self.reply_to
        if self.edit_date is not None:
            message["edit_date"] = self.edit_date
        return message


@dataclass
class ApiCall:
    """One request the bot made. ``params`` holds typed values for the parameters the method used."""

    method: str
    params: JsonDict
    at: float
    status: int | None = None


@dataclass
class Fault:
    """Make the next ``times`` calls of ``method`` fail, optionally after hanging for ``delay`` seconds."""

    method: str
    status: int
    times: int
    retry_after: int | None = None
    delay: float = 0.0
    deliver: bool = False


def now() -> int:
    return int(time.time())


class TelegramState:
    """Everything the fake server knows, plus a change signal that waiters (long polls, tests) use."""

    def __init__(self, bot: User, *, privacy_mode: bool) -> None:
        self.bot = bot
        self.privacy_mode = privacy_mode
        self.chats: dict[int, Chat] = {}
        self.removed_from: dict[int, str] = {}  # chat id -> the 403 description
        self.sent: dict[tuple[int, int], SentMessage] = {}
        self.received: dict[tuple[int, int], JsonDict] = {}
        self.files: dict[str, StoredFile] = {}
        self.commands: dict[tuple[str, str], list[JsonDict]] = {}
        self.callback_queries: dict[str, JsonDict] = {}
        self.callback_answers: dict[str, JsonDict] = {}
        self.webhook_url = ""
        self.allowed_updates: frozenset[str] | None = None
        self.closing = False
        self._updates: list[JsonDict] = []
        self._next_update_id = 1
        self._last_message_id: dict[int, int] = {}
        self._counter = 0
        self._poll_generation = 0
        self._changed = asyncio.Event()

    # -- change signal ---------------------------------------------------------------------------

    def notify(self) -> None:
        """Wake everyone waiting for a change."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_until(self, condition: Callable[[], bool], seconds: float) -> bool:
        """Wait until ``condition()`` holds (True) or ``seconds`` pass (False); ``math.inf``: no limit."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while not condition():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            try:
                await asyncio.wait_for(self._changed.wait(), None if math.isinf(remaining) else remaining)
            except TimeoutError:
                return condition()
        return True

    # -- identifiers -----------------------------------------------------------------------------

    def next_message_id(self, chat_id: int) -> int:
        message_id = self._last_message_id.get(chat_id, 0) + 1
        self._last_message_id[chat_id] = message_id
        return message_id

    def next_number(self) -> int:
        """A fresh number for file and callback query identifiers."""
        self._counter += 1
        return self._counter

    # -- chats and messages ----------------------------------------------------------------------

    def reply_target(self, chat_id: int, message_id: int) -> JsonDict | None:
        """A message as it appears in ``reply_to_message``: whoever sent it, nested one level only."""
        if (chat_id, message_id) in self.sent:
            message = self.sent[chat_id, message_id].to_api(self.bot)
        elif (chat_id, message_id) in self.received:
            message = self.received[chat_id, message_id]
        else:
            return None
        return {key: value for key, value in message.items() if key != "reply_to_message"}

    def outbox(self, chat_id: int) -> list[SentMessage]:
        return sorted(
            (message for (chat, _), message in self.sent.items() if chat == chat_id),
            key=lambda message: message.message_id,
        )

    def store_file(
        self, content: bytes, folder: str, file_name: str | None, mime_type: str | None
    ) -> StoredFile:
        number = self.next_number()
        suffix = "." + file_name.rsplit(".", 1)[-1] if file_name and "." in file_name else ""
        stored = StoredFile(
            file_id=f"fake-file-{number}",
            file_unique_id=f"fake-unique-{number}",
            file_path=f"{folder}/file_{number}{suffix}",
            content=content,
            file_name=file_name,
            mime_type=mime_type,
        )
        self.files[stored.file_id] = stored
        return stored

    def file_by_path(self, file_path: str) -> StoredFile | None:
        return next((stored for stored in self.files.values() if stored.file_path == file_path), None)

    # -- updates (getUpdates) --------------------------------------------------------------------

    def queue_update(self, kind: str, payload: JsonDict) -> None:
        """Queue an update, unless the bot's ``allowed_updates`` leave out its kind (then it never exists)."""
        if self.allowed_updates is None:
            wanted = kind not in NOT_ALLOWED_BY_DEFAULT
        else:
            wanted = kind in self.allowed_updates
        if not wanted:
            return
        self._updates.append({"update_id": self._next_update_id, kind: payload})
        self._next_update_id += 1
        self.notify()

    @property
    def pending_updates(self) -> list[JsonDict]:
        return list(self._updates)

    def drop_pending_updates(self) -> None:
        self._updates.clear()

    async def get_updates(self, offset: int, limit: int, poll_seconds: float) -> list[JsonDict] | None:
        """Confirm updates below ``offset``, then long-poll; None if a newer getUpdates took over."""
        if offset:
            self._updates = [update for update in self._updates if update["update_id"] >= offset]
        self._poll_generation += 1
        generation = self._poll_generation
        self.notify()
        await self.wait_until(
            lambda: bool(self._updates) or self.closing or self._poll_generation != generation,
            poll_seconds,
        )
        if self._poll_generation != generation:
            return None
        return self._updates[:limit]

    # -- bot commands ----------------------------------------------------------------------------

    @staticmethod
    def commands_key(scope: JsonDict | None, language_code: str) -> tuple[str, str]:
        return json.dumps(scope or {"type": "default"}, sort_keys=True), language_code
