"""Building the Bot API objects that users cause: their messages, button presses, removing the bot."""

from __future__ import annotations

import re

from offline_telegram.fake_api.html_check import utf16_len
from offline_telegram.fake_api.state import Chat, JsonDict, StoredFile, User

# A command as Telegram recognises it: "/" after a space or at the start, up to 32 characters,
# optionally addressed to a bot ("/start@toezeg_bot").
_COMMAND = re.compile(r"(?<!\S)/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,32}))?(?![A-Za-z0-9_@])")


def command_entities(text: str) -> list[JsonDict]:
    """``bot_command`` entities for every command in ``text``, with UTF-16 offsets."""
    return [
        {
            "type": "bot_command",
            "offset": utf16_len(text[: match.start()]),
            "length": utf16_len(match.group(0)),
        }
        for match in _COMMAND.finditer(text)
    ]


def leading_command_target(text: str) -> tuple[str, str | None] | None:
    """``(command, bot_username or None)`` when ``text`` starts with a command, else None."""
    match = _COMMAND.match(text)
    return (match.group(1), match.group(2)) if match else None


def user_message(
    message_id: int,
    date: int,
    chat: Chat,
    user: User,
    *,
    text: str | None = None,
    document: StoredFile | None = None,
    caption: str | None = None,
    reply_to: JsonDict | None = None,
) -> JsonDict:
    """A ``Message`` a user sent: text (with command entities) or a document with an optional caption."""
    message: JsonDict = {"message_id": message_id, "from": user.to_api(), "chat": chat.to_api(), "date": date}
    if text is not None:
        message["text"] = text
        if entities := command_entities(text):
            message["entities"] = entities
    if document is not None:
        message["document"] = document.document_api()
    if caption:
        message["caption"] = caption
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    return message


def callback_query(query_id: str, user: User, message: JsonDict, data: str) -> JsonDict:
    """A ``CallbackQuery``: the user pressed an inline button under ``message``."""
    return {
        "id": query_id,
        "from": user.to_api(),
        "message": message,
        "chat_instance": str(abs(message["chat"]["id"]) * 7919),
        "data": data,
    }


def bot_status_change(chat: Chat, by: User, bot: User, date: int, old: str, new: str) -> JsonDict:
    """A ``ChatMemberUpdated`` for the bot itself (the ``my_chat_member`` update)."""

    def member(status: str) -> JsonDict:
        payload: JsonDict = {"status": status, "user": bot.to_api()}
        if status == "kicked":
            payload["until_date"] = 0
        return payload

    return {
        "chat": chat.to_api(),
        "from": by.to_api(),
        "date": date,
        "old_chat_member": member(old),
        "new_chat_member": member(new),
    }
