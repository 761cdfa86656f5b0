"""Reminders in Telegram: the notifier over ``telegram.Bot``, the JobQueue clock and ``/herinneringen``.

The JobQueue (APScheduler) is only a clock: its jobs are not persisted and it decides nothing. Every tick
asks the ledger what is due, so a restart, a crash or a second replica loses and duplicates nothing.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
import warnings
from collections import defaultdict
from datetime import time, timedelta
from typing import Any

from telegram import Bot, ChatMember, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, CallbackContext, ChatMemberHandler, CommandHandler
from telegram.warnings import PTBDeprecationWarning

from bot import keyboards
from bot.access import GATE_GROUP
from bot.context import BotContext, argument, chat_id, say
from bot.reminder_texts import notice_messages
from commitments.chat_kind import is_group, this_list
from commitments.dutch import dutch_date
from commitments.reminders import services
from commitments.reminders.delivery import (
    ChatGone,
    Deliverer,
    Rejected,
    RetryLater,
    TemporaryFailure,
)
from commitments.reminders.notices import Notice
from commitments.reminders.pacing import SharedPacer, bot_key
from commitments.reminders.policy import ReminderPolicy
from commitments.teams import NotAllowed
from commitments.unit_of_work import Transactions
from config.settings import Settings

log = logging.getLogger(__name__)

TICK_SECONDS = 30.0
SEND_TIMEOUT = 10.0
"""Seconds to connect, write and read one send: longer, and it is a temporary failure, tried again later."""
DIGEST_PLANNING_TIME = time(0, 5)
TICK_JOB = "reminders-tick"
DIGESTS_JOB = "reminders-digests"
SHOWN_COMMITMENTS = 30
ACTIVE_MEMBER = {ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER}


def paused_text(chat: int) -> str:
    """Why the reminders stopped: the bot was removed from the group, or blocked in the private chat."""
    why = (
        "was uit deze groep verwijderd en kon niets sturen"
        if is_group(chat)
        else "was geblokkeerd en kon je niets sturen"
    )
    return f"⏸ De herinneringen staan stil: de bot {why}."


def resumed_text(chat: int) -> str:
    """The bot may write to the chat again (added back to the group, unblocked in the private chat)."""
    where = " in deze groep" if is_group(chat) else ""
    return f"Ik ben terug{where}: de herinneringen lopen weer, en wat intussen gemist is volgt nu."


class TelegramNotifier:
    """Renders notices as Telegram HTML, sends them and turns Telegram's errors into the delivery's own.

    Every phase of a request is timed out (None would mean: wait forever, and one request that is never
    answered would stop all delivery); a time-out is a :class:`TemporaryFailure`, retried with back-off.
    """

    def __init__(self, bot: Bot, timeout: float = SEND_TIMEOUT) -> None:
        self.bot = bot
        self.timeout = timeout

    def render(self, notice: Notice) -> list[str]:
        return notice_messages(notice)

    async def send(self, chat_id: int, text: str, about: int | None = None) -> int:
        """Send ``text``; a reminder about one item carries its next acts as buttons (the card's own)."""
        try:
            message = await self.bot.send_message(
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=keyboards.reminder(about) if about is not None else None,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                read_timeout=self.timeout,
                write_timeout=self.timeout,
                connect_timeout=self.timeout,
                pool_timeout=self.timeout,
            )
        except RetryAfter as exc:
            with warnings.catch_warnings():  # an int now, a timedelta in a later major version
                warnings.simplefilter("ignore", PTBDeprecationWarning)
                wait = exc.retry_after
            raise RetryLater(wait.total_seconds() if isinstance(wait, timedelta) else float(wait)) from exc
        except (Forbidden, ChatMigrated) as exc:
            raise ChatGone(exc.message) from exc
        except BadRequest as exc:
            if "chat not found" in exc.message.lower():
                raise ChatGone(exc.message) from exc
            raise Rejected(exc.message) from exc
        except TelegramError as exc:  # 5xx, time-outs and network trouble among them
            raise TemporaryFailure(exc.message) from exc
        return message.message_id


def worker_name() -> str:
    """Identifies this process in the ledger's claims."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _moment(policy: ReminderPolicy, reminder: services.PlannedReminder) -> str:
    local = policy.local(reminder.due_at)
    return f"{dutch_date(local.date())} {local:%H:%M}"


def planned_text(
    chat: int,
    policy: ReminderPolicy,
    planned: list[services.PlannedReminder],
    digest: str | None,
    paused: bool = False,
) -> str:
    """``/herinneringen``: the policy, the next digest and the planned moments per commitment."""
    lines = ["⏰ <b>Herinneringen</b>", f"Instelling: {policy.describe()}."]
    if paused:
        lines.append(paused_text(chat))
    if digest:
        lines.append(f"Volgend weekoverzicht: {digest}.")
    by_commitment: dict[int, list[str]] = defaultdict(list)
    for reminder in planned:
        by_commitment[reminder.commitment_id].append(_moment(policy, reminder))
    if not by_commitment:
        lines.append("\nEr staan geen herinneringen gepland.")
    for commitment_id, moments in list(by_commitment.items())[:SHOWN_COMMITMENTS]:
        lines.append(f"#{commitment_id}: {', '.join(moments)}")
    if len(by_commitment) > SHOWN_COMMITMENTS:
        lines.append(f"… en nog {len(by_commitment) - SHOWN_COMMITMENTS} toezeggingen.")
    lines.append(
        "\nAanpassen (beheerders): /herinneringen 10,5,1 09:00, het weekoverzicht met bijvoorbeeld "
        "/herinneringen overzicht vrijdag 16:00"
    )
    return "\n".join(lines)


async def reminders_command(update: Update, context: BotContext) -> None:
    """/herinneringen shows what will be sent when; /herinneringen 10,5,1 09:00 changes the policy."""
    chat, words = chat_id(update), argument(update).split()
    if words:
        if not context.access.can_manage:
            raise NotAllowed(f"Alleen een beheerder van {this_list(chat)} kan de herinneringen instellen.")
        policy = await context.use_case(services.set_policy, chat, words)
        await say(update, context, f"Herinneringen aangepast: {policy.describe()}.")
        return
    overview = await context.use_case(services.reminder_overview, chat)
    digest = None
    if overview.digest_at is not None:
        local = overview.policy.local(overview.digest_at)
        digest = f"{dutch_date(local.date())} {local:%H:%M}"
    await say(update, context, planned_text(chat, overview.policy, overview.planned, digest, overview.paused))


async def bot_added_back(update: Update, context: BotContext) -> None:
    """The bot is a member of a group again: resume the reminders a removal paused."""
    change = update.my_chat_member
    if change is None or change.new_chat_member.status not in ACTIVE_MEMBER:
        return
    if await context.use_case(services.resume_team, change.chat.id):
        await context.bot.send_message(change.chat.id, resumed_text(change.chat.id))


def install_reminders(
    application: Application[Any, Any, Any, Any, Any, Any],
    settings: Settings,
    transactions: Transactions,
) -> Deliverer:
    """Register ``/herinneringen`` and the clock jobs; they start and stop with the application."""
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("reminders need python-telegram-bot's job queue (the [job-queue] extra)")
    pacer = SharedPacer(bot_key(application.bot.token))
    notifier = TelegramNotifier(application.bot)
    deliverer = Deliverer(transactions, notifier, worker_name(), pacer=pacer)

    async def tick(_: CallbackContext[Any, Any, Any, Any]) -> None:
        report = await deliverer.run()
        if report.sent or report.late or report.failed or report.paused_teams:
            log.info("reminders: %s", report)

    async def plan_digests(_: CallbackContext[Any, Any, Any, Any]) -> None:
        await asyncio.to_thread(transactions.run, services.plan_digests)

    job_queue.run_repeating(
        tick,
        interval=TICK_SECONDS,
        first=1.0,
        name=TICK_JOB,
        job_kwargs={"misfire_grace_time": int(TICK_SECONDS), "coalesce": True, "max_instances": 1},
    )
    # at start-up, however long the start took (by default a job a second late is skipped, with a warning)
    job_queue.run_once(
        plan_digests, when=0.0, name="reminders-digests-now", job_kwargs={"misfire_grace_time": None}
    )
    job_queue.run_daily(plan_digests, DIGEST_PLANNING_TIME.replace(tzinfo=settings.tz), name=DIGESTS_JOB)
    application.add_handler(CommandHandler("herinneringen", reminders_command))
    # before the gate, which lets only messages and button presses through
    application.add_handler(
        ChatMemberHandler(bot_added_back, ChatMemberHandler.MY_CHAT_MEMBER), group=GATE_GROUP - 1
    )
    return deliverer


async def run_reminders_now(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Plan the digests and deliver what is due now, without waiting for the clock jobs' next turn (after the
    offline chat moved the bot's clock forward)."""
    job_queue = application.job_queue
    if job_queue is None:
        return
    for name in (DIGESTS_JOB, TICK_JOB):
        for job in job_queue.get_jobs_by_name(name):
            await job.run(application)
