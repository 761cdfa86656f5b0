"""Files for the team: /export (CSV and XLSX), /agenda (iCalendar) and /overzicht (a PNG chart); and /status
for administrators.

The three files only read, so the gate (which already ran) is the whole access check. The database is
read in a thread; writing the workbook, the calendar or the chart runs in a worker process with a time and
memory limit (:func:`commitments.isolation.run_isolated`), so it holds up no other chat, nor (the handlers
are ``block=False``) the next command of this one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from telegram import InputFile, Update
from telegram.constants import ChatAction
from telegram.ext import CommandHandler

from bot.context import BotContext, Handlers, chat_id, say, user_id
from bot.render import esc
from commitments import services, status
from commitments.chat_kind import this_list
from commitments.export import service
from commitments.export.chart import overview_png
from commitments.export.ics import calendar_ics
from commitments.isolation import LimitExceeded, run_isolated
from commitments.teams import NotAllowed

TOO_MUCH = (
    "Dit bestand maken vroeg meer tijd of geheugen dan ik ervoor heb, of ik ben met te veel andere "
    "bestanden bezig. Probeer het over een paar minuten opnieuw; een beheerder kan het register ook "
    "ophalen met toezegbot export."
)


async def _busy(update: Update, context: BotContext, action: ChatAction) -> None:
    await context.bot.send_chat_action(chat_id(update), action)


async def _made(function: Callable[..., bytes], *args: Any) -> bytes:
    """``function(*args)`` in a worker process; past its limits a Dutch refusal."""
    try:
        return await run_isolated(function, *args)
    except LimitExceeded:
        raise LimitExceeded(TOO_MUCH) from None


async def export(update: Update, context: BotContext) -> None:
    """Send every commitment of this team as a CSV and an XLSX file."""
    await _busy(update, context, ChatAction.UPLOAD_DOCUMENT)
    team, day = chat_id(update), context.today().isoformat()
    rows = await context.use_case(service.export_rows, team)
    for table_format in ("csv", "xlsx"):
        data = await _made(service.write_table, rows, table_format)
        await context.bot.send_document(
            team,
            InputFile(data, filename=f"toezeggingen-{day}.{table_format}"),
            caption=f"Alle toezeggingen van {this_list(team)} "
            f"({table_format.upper()}), met hun geschiedenis.",
        )


async def agenda(update: Update, context: BotContext) -> None:
    """Send the deadlines of this team's open commitments as an iCalendar file."""
    await _busy(update, context, ChatAction.UPLOAD_DOCUMENT)
    team = chat_id(update)
    title = update.effective_chat.title if update.effective_chat else None
    items, name = await context.use_case(service.calendar_items, team, title)
    data = await _made(calendar_ics, items, name)
    await context.bot.send_document(
        team,
        InputFile(data, filename="toezeggingen.ics"),
        caption="De termijnen van de open toezeggingen. Open het bestand om ze in je agenda te zetten.",
    )


async def overview(update: Update, context: BotContext) -> None:
    """Send a chart of open and overdue commitments per bewindspersoon and per ministry."""
    await _busy(update, context, ChatAction.UPLOAD_PHOTO)
    team = chat_id(update)
    counts = await context.use_case(services.post_summary, team)
    data = await _made(overview_png, counts, context.today())
    await context.bot.send_photo(
        team, InputFile(data, filename="overzicht.png"), caption="Open en verlopen toezeggingen."
    )


async def bot_status(update: Update, context: BotContext) -> None:
    """/status: database, reminders, last delivery and last register import; for the whole bot to its
    administrators, for this group to the group's own administrators."""
    if user_id(update) in context.bot_data.allow.admins:
        scope, title = None, "Status van de bot"
    elif context.access.can_manage:
        scope, title = chat_id(update), "Status van dit team"
    else:
        raise NotAllowed("Alleen een beheerder kan /status opvragen.")
    report = await context.use_case(status.collect, context.settings.tz, scope)
    lines = status.describe(report, context.settings.tz)
    mark = "✅" if report.healthy else "⚠️"
    await say(update, context, f"{mark} <b>{title}</b>\n" + "\n".join(esc(line) for line in lines))


HANDLERS: Handlers = [  # a file waits for a worker: the chat goes on meanwhile (the rule in bot.app)
    CommandHandler("export", export, block=False),
    CommandHandler("agenda", agenda, block=False),
    CommandHandler("overzicht", overview, block=False),
    CommandHandler("status", bot_status),
]
