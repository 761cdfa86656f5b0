"""The fake Telegram Bot API server (aiohttp, loopback only) and the users who talk to the bot through it.

The bot side is real HTTP: point python-telegram-bot at :attr:`FakeTelegram.api_url` with
``base_url=f"{api_url}/bot"`` and ``base_file_url=f"{api_url}/file/bot"``. The user side is plain Python
(:meth:`FakeTelegram.send_text`, :meth:`FakeTelegram.press_button`, ...), used by tests and the offline chat.
"""

from __future__ import annotations

import ipaddress
import math
import mimetypes
import time
from collections.abc import Callable
from http import HTTPStatus
from types import TracebackType
from typing import Any, Self

from aiohttp import web

from offline_telegram.fake_api import updates
from offline_telegram.fake_api.flood import FloodControl, FloodLimits
from offline_telegram.fake_api.methods import METHODS
from offline_telegram.fake_api.params import ApiError, Params, Upload, bad_request
from offline_telegram.fake_api.state import (
    ApiCall,
    Chat,
    Fault,
    JsonDict,
    SentMessage,
    TelegramState,
    User,
    now,
)

DEFAULT_TOKEN = "123456789:fake-telegram-token"
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # the Bot API's limit for files a bot uploads
_METHOD_NAMES = {name.lower(): name for name in METHODS}


class FakeTelegram:
    """A Bot API look-alike on ``127.0.0.1`` with scriptable users, chats and failures.

    With ``privacy_mode`` (Telegram's default for bots) the bot sees only commands and replies to its
    own messages in groups; other group messages are stored but not delivered, as in Telegram. With
    ``flood_limits`` it enforces Telegram's broadcast limits (see :mod:`offline_telegram.fake_api.flood`).
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        bot_username: str = "toezeg_test_bot",
        bot_name: str = "Toezegbot",
        privacy_mode: bool = True,
        flood_limits: FloodLimits | None = None,
    ) -> None:
        bot_id, _, secret = token.partition(":")
        if not bot_id.isdigit() or not secret:
            raise ValueError("a bot token looks like '<bot id>:<secret>'")
        if not ipaddress.ip_address(host).is_loopback:
            raise ValueError("the fake Telegram server only listens on loopback addresses")
        self.token = token
        self.host = host
        self.port = port
        self.bot_user = User(int(bot_id), bot_name, username=bot_username, is_bot=True)
        self.state = TelegramState(self.bot_user, privacy_mode=privacy_mode)
        self.calls: list[ApiCall] = []
        self._faults: list[Fault] = []
        self.flood = FloodControl(flood_limits) if flood_limits else None
        self._runner: web.AppRunner | None = None
        self._next_group = 0

    # -- lifecycle -------------------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        """``http://127.0.0.1:PORT``: use as ``TOEZEGBOT_TELEGRAM_API_URL``."""
        if self._runner is None:
            raise RuntimeError("the fake Telegram server is not running; await start() first")
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        self.state.closing = False
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES)
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{file_path:.+}", self._download)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Answer waiting long polls and hung calls at once, then shut the server down."""
        self.state.closing = True
        self.state.notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # -- HTTP side (the bot) ---------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        method = _METHOD_NAMES.get(request.match_info["method"].lower(), request.match_info["method"])
        if request.match_info["token"] != self.token:
            return _error_response(ApiError(401, "Unauthorized"))
        try:
            values = await _read_params(request)
        except ApiError as error:
            return _error_response(error)
        call = ApiCall(method, values, time.time())
        self.calls.append(call)
        self.state.notify()
        try:
            result = await self._run(method, values)
        except ApiError as error:
            call.status = error.status
            self.state.notify()
            return _error_response(error)
        call.status = HTTPStatus.OK
        self.state.notify()
        return web.json_response({"ok": True, "result": result})

    async def _run(self, method: str, values: JsonDict) -> Any:
        fault = self._take_fault(method)
        if fault is not None:
            await self.state.wait_until(lambda: self.state.closing, fault.delay)
            if not fault.deliver:
                raise ApiError(fault.status, _fault_description(fault), fault.retry_after)
        handler = METHODS.get(method)
        if handler is None:
            raise ApiError(HTTPStatus.NOT_FOUND, "Not Found")
        limited = self.flood.applies(method, values.get("chat_id")) if self.flood else None
        if self.flood and limited is not None:
            self.flood.check(limited)
        result = await handler(self.state, Params(values))
        if self.flood and limited is not None:
            self.flood.record(limited)
        return result

    def _take_fault(self, method: str) -> Fault | None:
        fault = next((fault for fault in self._faults if fault.method == method), None)
        if fault is not None:
            fault.times -= 1
            if fault.times == 0:
                self._faults.remove(fault)
        return fault

    async def _download(self, request: web.Request) -> web.Response:
        stored = self.state.file_by_path(request.match_info["file_path"])
        if request.match_info["token"] != self.token or stored is None:
            return _error_response(ApiError(HTTPStatus.NOT_FOUND, "Not Found"))
        return web.Response(body=stored.content, content_type=stored.mime_type or "application/octet-stream")

    # -- failures --------------------------------------------------------------------------------

    def fail(self, method: str, status: int = 500, *, times: int = 1, retry_after: int | None = None) -> None:
        """Make the next ``times`` calls of ``method`` answer ``status`` (429 carries ``retry_after``)."""
        if status == HTTPStatus.TOO_MANY_REQUESTS and retry_after is None:
            retry_after = 1
        self._faults.append(Fault(_known_method(method), status, times, retry_after))

    def hang(self, method: str, seconds: float = math.inf, *, times: int = 1, deliver: bool = False) -> None:
        """Make the next ``times`` calls of ``method`` answer only after ``seconds`` (past a client timeout);
        by default they never answer (until the server stops), like a black-holed connection.

        With ``deliver`` the call then takes effect anyway — Telegram got the message although the
        bot gave up waiting; otherwise it answers 504.
        """
        fault = Fault(
            _known_method(method), HTTPStatus.GATEWAY_TIMEOUT, times, delay=seconds, deliver=deliver
        )
        self._faults.append(fault)

    # -- chats -----------------------------------------------------------------------------------

    def private_chat(self, user: User) -> Chat:
        chat = Chat(user.id, "private", first_name=user.first_name, username=user.username)
        return self.state.chats.setdefault(chat.id, chat)

    def group_chat(self, title: str, *, chat_id: int | None = None, supergroup: bool = False) -> Chat:
        """A group the bot is a member of; ids are negative (``-100…`` for supergroups) as in Telegram."""
        if chat_id is None:
            self._next_group += 1
            chat_id = -(1_001_000_000_000 if supergroup else 4_000_000_000) - self._next_group
        chat = Chat(chat_id, "supergroup" if supergroup else "group", title=title)
        self.state.chats[chat.id] = chat
        return chat

    def remove_bot_from(self, chat: Chat, by: User | None = None) -> None:
        """Kick the bot out of a group (or block it in a private chat): later sends answer 403."""
        if chat.type == "private":
            description, new_status = "Forbidden: bot was blocked by the user", "kicked"
            by = by or User(chat.id, chat.first_name or "", username=chat.username)
        else:
            kind = "supergroup" if chat.type == "supergroup" else "group"
            description = f"Forbidden: bot was kicked from the {kind} chat"
            new_status = "kicked" if chat.type == "supergroup" else "left"
            by = by or User(1, "Beheerder")
        self.state.removed_from[chat.id] = description
        change = updates.bot_status_change(chat, by, self.bot_user, now(), "member", new_status)
        self.state.queue_update("my_chat_member", change)

    def add_bot_to(self, chat: Chat, by: User | None = None) -> None:
        """Add the bot (back) to a group: sends work again, and the bot hears of it."""
        self.state.removed_from.pop(chat.id, None)
        change = updates.bot_status_change(
            chat, by or User(1, "Beheerder"), self.bot_user, now(), "left", "member"
        )
        self.state.queue_update("my_chat_member", change)

    # -- users acting ----------------------------------------------------------------------------

    def send_text(self, chat: Chat, user: User, text: str, *, reply_to: int | None = None) -> JsonDict:
        """``user`` writes ``text`` in ``chat``; commands get ``bot_command`` entities as in Telegram."""
        return self._user_message(chat, user, reply_to, text=text)

    def send_document(
        self,
        chat: Chat,
        user: User,
        filename: str,
        content: bytes,
        mime_type: str | None = None,
        caption: str | None = None,
        *,
        reply_to: int | None = None,
    ) -> JsonDict:
        """``user`` sends a file; the bot can fetch it with getFile and the download URL."""
        mime_type = mime_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        stored = self.state.store_file(content, "documents", filename, mime_type)
        return self._user_message(chat, user, reply_to, document=stored, caption=caption)

    def press_button(self, chat: Chat, user: User, message_id: int, callback_data: str) -> str:
        """``user`` presses the button with ``callback_data`` under a bot message; returns the query id."""
        message = self.state.sent.get((chat.id, message_id))
        if message is None or callback_data not in message.button_data():
            raise ValueError(
                f"no button with data {callback_data!r} under message {message_id} in chat {chat.id}"
            )
        query_id = str(4_000_000_000_000 + self.state.next_number())
        query = updates.callback_query(query_id, user, message.to_api(self.bot_user), callback_data)
        self.state.callback_queries[query_id] = query
        self.state.queue_update("callback_query", query)
        return query_id

    def _user_message(self, chat: Chat, user: User, reply_to: int | None, **content: Any) -> JsonDict:
        if chat.id not in self.state.chats:
            raise ValueError(f"unknown chat {chat.id}: create it with private_chat() or group_chat()")
        if chat.id in self.state.removed_from:
            raise ValueError(f"the bot is no longer in chat {chat.id}")
        original = None if reply_to is None else self.state.reply_target(chat.id, reply_to)
        if reply_to is not None and original is None:
            raise ValueError(f"no message {reply_to} in chat {chat.id} to reply to")
        message_id = self.state.next_message_id(chat.id)
        message = updates.user_message(message_id, now(), chat, user, reply_to=original, **content)
        self.state.received[chat.id, message_id] = message
        if self.bot_sees(message):
            self.state.queue_update("message", message)
        self.state.notify()
        return message

    def bot_sees(self, message: JsonDict) -> bool:
        """Whether a user's message reaches the bot; in groups privacy mode passes only commands
        (addressed to no bot in particular or to this one) and replies to the bot's messages."""
        if message["chat"]["type"] == "private" or not self.state.privacy_mode:
            return True
        reply = message.get("reply_to_message")
        if reply is not None and reply["from"]["id"] == self.bot_user.id:
            return True
        command = updates.leading_command_target(message.get("text") or message.get("caption") or "")
        username = (self.bot_user.username or "").lower()
        return command is not None and (command[1] is None or command[1].lower() == username)

    # -- what the bot did ------------------------------------------------------------------------

    def outbox(self, chat: Chat | int) -> list[SentMessage]:
        """The bot's messages in a chat as they stand now (edits applied, deleted ones gone), oldest first."""
        return self.state.outbox(_chat_id(chat))

    def calls_to(self, method: str) -> list[ApiCall]:
        return [call for call in self.calls if call.method == method]

    def callback_answer(self, query_id: str) -> JsonDict | None:
        """What the bot answered to a button press (``text``, ``show_alert``, ``url``), if it did."""
        return self.state.callback_answers.get(query_id)

    def my_commands(self, scope: JsonDict | None = None, language_code: str = "") -> list[JsonDict]:
        return self.state.commands.get(self.state.commands_key(scope, language_code), [])

    @property
    def pending_updates(self) -> list[JsonDict]:
        """Updates the bot has not confirmed yet (through the offset of a later getUpdates)."""
        return self.state.pending_updates

    # -- waiting ---------------------------------------------------------------------------------

    async def wait_for(
        self,
        condition: Callable[[], bool] | int,
        timeout: float = 5.0,  # noqa: ASYNC109 - gives a clearer failure than asyncio.timeout
    ) -> None:
        """Wait until ``condition()`` holds, or (an int) until the bot has that many messages out in total.

        Raises TimeoutError, naming the last calls the bot made, when that takes over ``timeout`` seconds.
        """
        if isinstance(condition, int):
            count = condition
            condition = lambda: len(self.state.sent) >= count  # noqa: E731
        if not await self.state.wait_until(condition, timeout):
            recent = ", ".join(f"{call.method}→{call.status}" for call in self.calls[-8:]) or "none"
            raise TimeoutError(f"condition not met within {timeout} s; the bot's last calls: {recent}")

    async def wait_for_messages(
        self,
        chat: Chat | int,
        n: int,
        timeout: float = 5.0,  # noqa: ASYNC109 - gives a clearer failure than asyncio.timeout
    ) -> list[SentMessage]:
        """Wait until the bot's outbox in ``chat`` holds at least ``n`` messages, and return it."""
        chat_id = _chat_id(chat)
        await self.wait_for(lambda: len(self.state.outbox(chat_id)) >= n, timeout)
        return self.state.outbox(chat_id)


def _chat_id(chat: Chat | int) -> int:
    return chat if isinstance(chat, int) else chat.id


def _known_method(method: str) -> str:
    if method not in METHODS:
        raise ValueError(
            f"the fake Telegram server does not implement {method!r}; it knows {sorted(METHODS)}"
        )
    return method


def _fault_description(fault: Fault) -> str:
    if fault.status == HTTPStatus.TOO_MANY_REQUESTS:
        return f"Too Many Requests: retry after {fault.retry_after}"
    if fault.status == HTTPStatus.BAD_REQUEST:
        return "Bad Request: injected by the test"
    return HTTPStatus(fault.status).phrase


def _error_response(error: ApiError) -> web.Response:
    return web.json_response(error.payload(), status=error.status)


async def _read_params(request: web.Request) -> JsonDict:
    """Query string plus a JSON, form-encoded or multipart body, as python-telegram-bot sends them."""
    values: JsonDict = dict(request.query)
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise bad_request("can't parse JSON") from None
        if not isinstance(body, dict):
            raise bad_request("parameters must be a JSON object")
        values.update(body)
    elif request.content_type in {"application/x-www-form-urlencoded", "multipart/form-data"}:
        for name, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                values[name] = Upload(value.filename, value.content_type, value.file.read())
            else:
                values[name] = value
    return values
