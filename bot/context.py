"""What every handler shares: the application state, a typed context, and the few ways to answer."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeAlias, TypeVar

from telegram import ForceReply, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import BadRequest
from telegram.ext import Application, BaseHandler, CallbackContext, ExtBot, JobQueue

from bot.render import addressed, esc, fit
from commitments.teams import Access, AllowLists
from commitments.unit_of_work import Transactions, UnitOfWork
from config.settings import Settings

if TYPE_CHECKING:
    from bot.access import Admission
    from bot.callbacks import Button

log = logging.getLogger(__name__)


P = ParamSpec("P")
T = TypeVar("T")


USE_CASE_THREADS = 5
"""Threads that run the bot's use cases (:func:`off_loop`): as many as SQLAlchemy's connection pool keeps
open by default, so that no thread waits for a connection while another chat's use case holds one."""


class AppState:
    """The application's ``bot_data``: settings, the store's units of work, allow lists and the threads
    its use cases run in (set by ``build_application``)."""

    settings: Settings
    transactions: Transactions
    allow: AllowLists
    use_case_threads: ThreadPoolExecutor


async def off_loop(state: AppState, work: Callable[[], T]) -> T:
    """``work()`` (database work) in one of the use case threads, so the event loop never waits for it.

    The threads are the bot's own rather than the event loop's default pool, which the health check and the
    reminders use: they serve nothing else and start only when needed (a thread left idle by the last use
    case takes the next, so one chat's use cases in turn mostly run in the same warm thread)."""
    return await asyncio.get_running_loop().run_in_executor(state.use_case_threads, work)


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], AppState]):
    """The callback context with typed access to the state, the caller's access (set by the gate, or for a
    handler that admits in its first use case by that use case: :mod:`bot.access`), and in a button's
    handler the decoded button (:class:`bot.callbacks.ButtonHandler` sets it)."""

    access: Access
    button: Button
    admission: Admission | None = None
    """The update's admission while it waits for the handler's first use case (see :mod:`bot.access`)."""

    @property
    def settings(self) -> Settings:
        return self.bot_data.settings

    async def use_case(
        self, use_case: Callable[Concatenate[UnitOfWork, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run ``use_case(uow, *args, **kwargs)`` in one unit of work in a worker thread: the one way
        the bot reaches the database, so the event loop never waits for it. The first use case of a
        handler that admits in it (:func:`bot.access.admits_in_use_case`) runs the admission first, in
        the same unit of work."""
        if self.admission is not None:
            admission, self.admission = self.admission, None
            return await admission.run(self, use_case, *args, **kwargs)
        return await off_loop(
            self.bot_data, partial(self.bot_data.transactions.run, use_case, *args, **kwargs)
        )

    def today(self) -> date:
        return self.bot_data.transactions.clock.today()

    @property
    def database_url(self) -> str:
        """The store's URL, for a worker process that opens a unit of work of its own on it."""
        return self.bot_data.transactions.db.url


BotApplication: TypeAlias = Application[
    ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], AppState, JobQueue[BotContext]
]


Handler: TypeAlias = Callable[[Update, BotContext], Coroutine[Any, Any, None]]
Handlers: TypeAlias = list[BaseHandler[Update, BotContext, None]]


def chat_id(update: Update) -> int:
    """The chat the update came from (the team)."""
    if update.effective_chat is None:
        raise LookupError("update without chat")
    return update.effective_chat.id


def user_id(update: Update) -> int:
    if update.effective_user is None:
        raise LookupError("update without user")
    return update.effective_user.id


def who(update: Update) -> str:
    """The name history records for the person behind the update (never a Telegram id: history is shown)."""
    user = update.effective_user
    if user is None:
        return "onbekend"
    return f"@{user.username}" if user.username else user.full_name


def text_of(update: Update) -> str:
    """The text (or caption) of the update's message."""
    message = update.effective_message
    if message is None:
        return ""
    return message.text or message.caption or ""


def argument(update: Update) -> str:
    """What was typed after the command ("/toon@bot 12" → "12"), with its line breaks kept."""
    parts = text_of(update).strip().split(maxsplit=1)
    return parts[1].strip() if len(parts) == 2 else ""


def is_private(update: Update) -> bool:
    """Whether the update comes from a private chat (one person and the bot)."""
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


def tell_closed(context: BotContext, closed: Sequence[str]) -> None:
    """Have the next answer start by naming the questions this update closed (plain text lines), as the
    gate does for a command."""
    if closed:
        context.access = replace(context.access, closed_questions=tuple(closed))


def unclose(context: BotContext, line: str) -> None:
    """Leave out the line saying a question was closed, when the answer asks it again: it stands again."""
    access: Access | None = getattr(context, "access", None)
    if access is not None and line in access.closed_questions:
        kept = tuple(closed for closed in access.closed_questions if closed != line)
        context.access = replace(access, closed_questions=kept)


async def say(
    update: Update,
    context: BotContext,
    text: str,
    keyboard: InlineKeyboardMarkup | None = None,
    ask: str | None = None,
) -> Message:
    """Send ``text`` (HTML) to the chat; with ``ask``, as a question the user answers by replying. The first
    answer to a command that closed a question left open starts by saying so."""
    access: Access | None = getattr(context, "access", None)
    if access is not None and access.closed_questions:
        context.access = replace(access, closed_questions=())
        text = f"{esc(' '.join(access.closed_questions))}\n\n{text}"
    markup: InlineKeyboardMarkup | ForceReply | None = keyboard
    reply: ReplyParameters | None = None
    if ask is not None:
        markup = ForceReply(selective=True, input_field_placeholder=ask[:64])
        if update.callback_query is not None and not is_private(update):
            # a button has no message of the user to reply to: mention them so the selective reply finds them
            person = update.callback_query.from_user
            text = addressed(f"@{person.username}" if person.username else person.mention_html(), text)
        elif update.effective_message is not None:
            reply = ReplyParameters(update.effective_message.message_id, allow_sending_without_reply=True)
    return await context.bot.send_message(
        chat_id(update), fit(text), reply_markup=markup, reply_parameters=reply
    )


async def drop_buttons(context: BotContext, chat: int, message_id: int | None) -> None:
    """Take the buttons off a question answered by typing, so that a later press cannot act on it; a
    message already without them (or gone) is left as it is."""
    if message_id is None:
        return
    try:
        await context.bot.edit_message_reply_markup(chat, message_id, reply_markup=None)
    except BadRequest:
        log.info("Knoppen onder bericht %s bleven staan", message_id)


async def edit(update: Update, text: str, keyboard: InlineKeyboardMarkup | None = None) -> None:
    """Replace the text of the message whose button was pressed."""
    query = update.callback_query
    if query is None:
        raise LookupError("edit without a pressed button")
    await query.edit_message_text(fit(text), reply_markup=keyboard)


async def typing(update: Update, context: BotContext) -> None:
    """Show "typing…" while long work runs."""
    await context.bot.send_chat_action(chat_id(update), ChatAction.TYPING)
