"""Building the python-telegram-bot Application: token, API URL, defaults, rate limits, handlers, hooks.

Updates are handled concurrently, each chat's in the order they came (:class:`bot.ordering.ChatOrder`): a
slow command in one chat never keeps another chat waiting. Within a chat the next update waits for the one
before, so a handler is ``block=False`` only when it may wait long for a worker process (up to the limit of
:mod:`commitments.isolation`) and nothing the chat sends next depends on it: reading a letter, making a
file for the team. The chat's other members go on meanwhile. A handler whose outcome the next update needs
(an answer that ends a question, a button that claims a draft) keeps the chat's order.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any, cast

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import render
from bot.access import GATE_GROUP, gate
from bot.context import USE_CASE_THREADS, AppState, BotApplication, BotContext, is_private, say, text_of
from bot.handlers import (
    adding,
    answers,
    changes,
    documents,
    errors,
    help,
    integrations,
    matching,
    queries,
    teams,
)
from bot.health import HealthServer
from bot.json_request import JsonRequest
from bot.logging_setup import quiet_http_clients
from bot.ordering import ChatOrder
from bot.parsing import close_command
from bot.register_import import install_register_import
from bot.reminders import install_reminders
from bot.render import FIELD_LIMIT
from commitments import drafts
from commitments.clock import Clock
from commitments.db import Database
from commitments.deadlines import CalendarError, configure_calendar, warm_up
from commitments.teams import AllowLists
from commitments.unit_of_work import Transactions
from config.settings import Settings, SettingsError

log = logging.getLogger(__name__)

PURGE_EVERY = timedelta(hours=1)
FLOOD_RETRIES = 3
CONNECTIONS = 256
"""Connections to the Bot API at once: python-telegram-bot's own default for concurrent updates."""


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command no handler took. One close to ours is a typo: "Bedoelde je /open?". In a group any other
    is left alone (it may be another bot's) unless it names this bot ("/xyz@ons_bot"); in a private chat, or
    so addressed, it points to /help."""
    typed, _, rest = text_of(update).strip().partition(" ")
    name, _, addressee = typed.removeprefix("/").partition("@")
    if addressee and addressee.lower() != (context.bot.username or "").lower():
        return  # meant for another bot
    meant = close_command(name, _commands(context.application))
    if meant is not None:
        shown = f"/{meant} {render.short(rest, FIELD_LIMIT)}".strip()  # short() escapes
        await say(update, context, f"Bedoelde je {shown}? Stuur /help voor wat ik kan.")
    elif is_private(update) or addressee:
        await say(update, context, "Die opdracht ken ik niet. Stuur /help voor wat ik kan.")


def _commands(application: Application[Any, Any, Any, Any, Any, Any]) -> set[str]:
    """Every command the application's handlers answer."""
    return {
        command
        for handlers in application.handlers.values()
        for handler in handlers
        if isinstance(handler, CommandHandler)
        for command in handler.commands
    }


async def purge_drafts(context: BotContext) -> None:
    """Forget drafts older than a day."""
    removed = await context.use_case(drafts.purge_expired)
    if removed:
        log.info("%d verlopen concepten opgeruimd", removed)


Hook = Callable[[BotApplication], Coroutine[Any, Any, None]]


def settle_heap() -> None:
    """Keep what the start made (modules, patterns, the calendar, the handlers: some 300,000 objects that live
    as long as the bot) out of the garbage collector's full passes. Each full pass walked them all, some
    170 ms in which no update was handled; frozen, it walks only what updates made since. The bot's stop
    thaws it (:func:`thaw_heap`)."""
    gc.collect()
    gc.freeze()


def thaw_heap() -> None:
    """Give the frozen objects back to the garbage collector, for a process that goes on after the bot
    stopped (a test run starts many): the bot's cycles are garbage now."""
    gc.unfreeze()


def _lifecycle(health: HealthServer | None) -> tuple[Hook, Hook]:
    """The post_init and post_shutdown hooks; they start and stop the health endpoint with the bot."""

    async def post_init(application: BotApplication) -> None:
        await application.bot.set_my_commands(help.bot_commands())
        await asyncio.gather(  # both off the event loop; warm_up spares the first typed day a second on it
            asyncio.to_thread(application.bot_data.transactions.run, drafts.purge_expired),
            asyncio.to_thread(warm_up),
        )
        settle_heap()
        if application.job_queue is not None:
            application.job_queue.run_repeating(purge_drafts, interval=PURGE_EVERY, first=PURGE_EVERY)
        if health is not None:
            await health.start()

    async def post_shutdown(application: BotApplication) -> None:
        if health is not None:
            await health.stop()
        application.bot_data.use_case_threads.shutdown()
        application.bot_data.transactions.db.dispose()
        thaw_heap()

    return post_init, post_shutdown


def build_application(
    settings: Settings,
    db: Database,
    *,
    rate_limiter: BaseRateLimiter[Any] | None = None,
    clock: Clock | None = None,
) -> BotApplication:
    """The bot, ready to run with polling or a webhook. ``rate_limiter`` defaults to Telegram's limits,
    ``clock`` to the system's clock in the configured time zone."""
    if settings.telegram_token is None:
        raise SettingsError("TOEZEGBOT_TELEGRAM_TOKEN: ontbreekt (het token van @BotFather)")
    try:
        configure_calendar(settings.data_dir)
    except CalendarError as exc:
        raise SettingsError(f"kalendercorrectie in TOEZEGBOT_DATA_DIR: {exc}") from None
    quiet_http_clients()
    context_types = ContextTypes(context=BotContext, bot_data=AppState)
    limiter: BaseRateLimiter[Any] = rate_limiter or AIORateLimiter(max_retries=FLOOD_RETRIES)
    transactions = Transactions(db, clock or Clock(settings.tz))
    post_init, post_shutdown = _lifecycle(
        HealthServer(settings, transactions) if settings.health_port else None
    )
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_token.get_secret_value())
        .base_url(f"{settings.telegram_api_url}/bot")
        .base_file_url(f"{settings.telegram_api_url}/file/bot")
        .request(JsonRequest(connection_pool_size=CONNECTIONS))
        .context_types(context_types)
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.tz))
        .rate_limiter(limiter)
        .concurrent_updates(ChatOrder())
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    application = cast(BotApplication, builder.build())
    state = application.bot_data
    state.settings, state.transactions = settings, transactions
    state.allow = AllowLists.of(settings.allowed_chats, settings.admins)
    state.use_case_threads = ThreadPoolExecutor(USE_CASE_THREADS, thread_name_prefix="use-case")

    application.add_handler(TypeHandler(Update, gate), group=GATE_GROUP)
    for module in (help, adding, documents, matching, queries, changes, teams, integrations, answers):
        application.add_handlers(module.HANDLERS)
    install_reminders(application, settings, transactions)
    install_register_import(application, settings)
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    application.add_error_handler(errors.on_error)
    return application
