"""The Bot API methods the fake server implements, with Telegram's checks and error texts."""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Awaitable, Callable
from typing import Any

from offline_telegram.fake_api.html_check import HtmlError, ParsedText, parse_html, utf16_len
from offline_telegram.fake_api.params import ApiError, Params, Upload, bad_request
from offline_telegram.fake_api.state import Chat, JsonDict, SentMessage, StoredFile, TelegramState, now

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
INLINE_BUTTON_ACTIONS = frozenset(
    {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")

Method = Callable[[TelegramState, Params], Awaitable[Any]]


# -- shared checks ----------------------------------------------------------------------------------


def _target_chat(state: TelegramState, params: Params) -> Chat:
    try:
        chat_id = params.require_int("chat_id")
    except ApiError:
        raise bad_request("chat not found") from None
    chat = state.chats.get(chat_id)
    if chat is None:
        raise bad_request("chat not found")
    if chat.id in state.removed_from:
        raise ApiError(403, state.removed_from[chat.id])
    return chat


def _strip(parsed: ParsedText) -> ParsedText:
    """Telegram trims surrounding whitespace from texts and captions; entities move along."""
    text = parsed.text.strip()
    if text == parsed.text:
        return parsed
    shift = utf16_len(parsed.text[: len(parsed.text) - len(parsed.text.lstrip())])
    end = utf16_len(text)
    entities = []
    for entity in parsed.entities:
        start = max(entity["offset"] - shift, 0)
        stop = min(entity["offset"] + entity["length"] - shift, end)
        if stop > start:
            entities.append(entity | {"offset": start, "length": stop - start})
    return ParsedText(text, entities)


def _formatted(params: Params, name: str, entities_name: str) -> tuple[ParsedText, str | None]:
    """The text or caption as the recipient will see it, and the HTML source when parse_mode is HTML."""
    source = params.text(name) or ""
    parse_mode = (params.text("parse_mode") or "").lower()
    if parse_mode == "html":
        try:
            return _strip(parse_html(source)), source
        except HtmlError as error:
            raise bad_request(f"can't parse entities: {error}") from None
    if parse_mode:
        raise bad_request(f"the fake Telegram server only implements parse_mode HTML, not {parse_mode!r}")
    return _strip(ParsedText(source, params.json(entities_name) or [])), None


def _reply_markup(params: Params) -> JsonDict | None:
    markup = params.json("reply_markup")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not INLINE_BUTTON_ACTIONS & button.keys():
                raise bad_request("text buttons are unallowed in the inline keyboard")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA:
                raise bad_request("BUTTON_DATA_INVALID")
    return markup


def _reply_to(state: TelegramState, chat: Chat, params: Params) -> JsonDict | None:
    reply = params.json("reply_parameters") or {}
    message_id = reply.get("message_id") if reply else params.integer("reply_to_message_id")
    if message_id is None:
        return None
    original = state.reply_target(chat.id, int(message_id))
    if original is None and not (
        reply.get("allow_sending_without_reply") or params.flag("allow_sending_without_reply")
    ):
        raise bad_request("message to be replied not found")
    return original


def _store(state: TelegramState, message: SentMessage) -> JsonDict:
    state.sent[message.chat_id, message.message_id] = message
    state.notify()
    return message.to_api(state.bot)


def _bot_message(state: TelegramState, params: Params) -> SentMessage:
    chat = _target_chat(state, params)
    if "inline_message_id" in params:
        raise bad_request("the fake Telegram server does not implement inline messages")
    message_id = params.require_int("message_id")
    message = state.sent.get((chat.id, message_id))
    if message is None:
        if (chat.id, message_id) in state.received:
            raise bad_request("message can't be edited")
        raise bad_request("message to edit not found")
    return message


def _not_modified() -> ApiError:
    return bad_request(
        "message is not modified: specified new message content and reply markup are exactly the same "
        "as a current content and reply markup of the message"
    )


def _upload(state: TelegramState, params: Params, name: str, folder: str) -> StoredFile:
    upload = params.upload(name)
    if isinstance(upload, Upload):
        mime_type = upload.content_type
        if mime_type in {None, "application/octet-stream"} and upload.filename:
            mime_type = mimetypes.guess_type(upload.filename)[0] or mime_type
        stored = state.store_file(upload.content, folder, upload.filename, mime_type)
        params.values[name] = stored
        return stored
    if upload is None:
        raise bad_request(f"there is no {name} in the request")
    if upload not in state.files:
        raise bad_request("wrong file identifier/HTTP URL specified")
    return state.files[upload]


def _caption(params: Params) -> tuple[ParsedText, str | None]:
    caption, html = _formatted(params, "caption", "caption_entities")
    if len(caption.text) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    return caption, html


# -- the methods ------------------------------------------------------------------------------------


async def get_me(state: TelegramState, params: Params) -> JsonDict:
    return state.bot.to_api() | {
        "can_join_groups": True,
        "can_read_all_group_messages": not state.privacy_mode,
        "supports_inline_queries": False,
    }


async def get_updates(state: TelegramState, params: Params) -> list[JsonDict]:
    if state.webhook_url:
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete "
            "the webhook first",
        )
    allowed = params.json("allowed_updates")
    if allowed is not None:
        state.allowed_updates = frozenset(allowed) or None
    limit = min(max(params.integer("limit") or 100, 1), 100)
    updates = await state.get_updates(params.integer("offset") or 0, limit, params.number("timeout", 0.0))
    if updates is None:
        raise ApiError(
            409,
            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is "
            "running",
        )
    return updates


async def set_webhook(state: TelegramState, params: Params) -> bool:
    """Only recorded: the fake server delivers updates through getUpdates alone."""
    state.webhook_url = params.text("url") or ""
    if params.flag("drop_pending_updates"):
        state.drop_pending_updates()
    return True


async def delete_webhook(state: TelegramState, params: Params) -> bool:
    state.webhook_url = ""
    if params.flag("drop_pending_updates"):
        state.drop_pending_updates()
    return True


async def send_message(state: TelegramState, params: Params) -> JsonDict:
    chat = _target_chat(state, params)
    parsed, html = _formatted(params, "text", "entities")
    if not parsed.text:
        raise bad_request("message text is empty")
    if len(parsed.text) > MAX_TEXT:
        raise bad_request("message is too long")
    markup = _reply_markup(params)
    reply_to = _reply_to(state, chat, params)
    message_id = state.next_message_id(chat.id)
    message = SentMessage(
        chat, message_id, now(), parsed.text, parsed.entities, html, markup, reply_to=reply_to
    )
    return _store(state, message)


async def send_document(state: TelegramState, params: Params) -> JsonDict:
    chat = _target_chat(state, params)
    document = _upload(state, params, "document", "documents")
    caption, html = _caption(params)
    markup, reply_to = _reply_markup(params), _reply_to(state, chat, params)
    message_id = state.next_message_id(chat.id)
    message = SentMessage(
        chat,
        message_id,
        now(),
        caption.text,
        caption.entities,
        html,
        markup,
        document=document,
        reply_to=reply_to,
    )
    return _store(state, message)


async def send_photo(state: TelegramState, params: Params) -> JsonDict:
    chat = _target_chat(state, params)
    photo = _upload(state, params, "photo", "photos")
    if not photo.content.startswith(_IMAGE_MAGIC):
        raise bad_request("IMAGE_PROCESS_FAILED")
    caption, html = _caption(params)
    markup, reply_to = _reply_markup(params), _reply_to(state, chat, params)
    message_id = state.next_message_id(chat.id)
    message = SentMessage(
        chat, message_id, now(), caption.text, caption.entities, html, markup, photo=photo, reply_to=reply_to
    )
    return _store(state, message)


async def edit_message_text(state: TelegramState, params: Params) -> JsonDict:
    message = _bot_message(state, params)
    if message.document is not None or message.photo is not None:
        raise bad_request("there is no text in the message to edit")
    parsed, html = _formatted(params, "text", "entities")
    if not parsed.text:
        raise bad_request("message text is empty")
    if len(parsed.text) > MAX_TEXT:
        raise bad_request("message is too long")
    markup = _reply_markup(params)  # leaving it out removes the keyboard, as in Telegram
    if (parsed.text, parsed.entities, markup) == (message.text, message.entities, message.reply_markup):
        raise _not_modified()
    message.text, message.entities, message.html, message.reply_markup = (
        parsed.text,
        parsed.entities,
        html,
        markup,
    )
    message.edit_date = now()
    return _store(state, message)


async def edit_message_reply_markup(state: TelegramState, params: Params) -> JsonDict:
    message = _bot_message(state, params)
    markup = _reply_markup(params)
    if markup == message.reply_markup:
        raise _not_modified()
    message.reply_markup = markup
    message.edit_date = now()
    return _store(state, message)


async def delete_message(state: TelegramState, params: Params) -> bool:
    chat = _target_chat(state, params)
    key = (chat.id, params.require_int("message_id"))
    if key in state.sent:
        del state.sent[key]
    elif key in state.received and chat.type == "private":
        del state.received[key]
    elif key in state.received:
        raise bad_request("message can't be deleted")
    else:
        raise bad_request("message to delete not found")
    state.notify()
    return True


async def answer_callback_query(state: TelegramState, params: Params) -> bool:
    query_id = params.text("callback_query_id") or ""
    if query_id not in state.callback_queries or query_id in state.callback_answers:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    state.callback_answers[query_id] = {
        "text": params.text("text"),
        "show_alert": params.flag("show_alert"),
        "url": params.text("url"),
    }
    state.notify()
    return True


async def get_file(state: TelegramState, params: Params) -> JsonDict:
    stored = state.files.get(params.text("file_id") or "")
    if stored is None:
        raise bad_request("invalid file_id")
    return stored.to_api()


async def set_my_commands(state: TelegramState, params: Params) -> bool:
    commands = params.json("commands")
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    for command in commands:
        if not _COMMAND_NAME.fullmatch(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
    key = state.commands_key(params.json("scope"), params.text("language_code") or "")
    state.commands[key] = [{"command": c["command"], "description": c["description"]} for c in commands]
    return True


async def get_my_commands(state: TelegramState, params: Params) -> list[JsonDict]:
    key = state.commands_key(params.json("scope"), params.text("language_code") or "")
    return state.commands.get(key, [])


async def delete_my_commands(state: TelegramState, params: Params) -> bool:
    state.commands.pop(state.commands_key(params.json("scope"), params.text("language_code") or ""), None)
    return True


async def get_chat(state: TelegramState, params: Params) -> JsonDict:
    """A chat the bot is in, as the ChatFullInfo Telegram gives (with its two required fields beyond the
    chat's own); "chat not found" for any other, as Telegram answers."""
    return {**_target_chat(state, params).to_api(), "accent_color_id": 0, "max_reaction_count": 11}


async def send_chat_action(state: TelegramState, params: Params) -> bool:
    _target_chat(state, params)
    if not params.text("action"):
        raise bad_request("action is empty")
    return True


METHODS: dict[str, Method] = {
    "getMe": get_me,
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "sendMessage": send_message,
    "sendDocument": send_document,
    "sendPhoto": send_photo,
    "editMessageText": edit_message_text,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
    "answerCallbackQuery": answer_callback_query,
    "getFile": get_file,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
    "sendChatAction": send_chat_action,
    "getChat": get_chat,
}
