"""Lists and look-ups: /open, /verlopen, /week, /maand, /moties, /zoek, /kamerstuk, /toon, /ministers.

A list longer than a page gets page buttons; the list's command and argument are kept in a draft, so the
buttons work after a restart and on every replica.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot import keyboards, render
from bot.access import admits_in_use_case
from bot.callbacks import ButtonHandler
from bot.context import BotContext, Handlers, argument, chat_id, edit, say, text_of, user_id
from bot.parsing import split_id
from bot.render import esc
from commitments import queries, services
from commitments.chat_kind import whose_list
from commitments.errors import InvalidInput
from commitments.ministries import ministry_code
from commitments.queries import Listing, Subject, View

HEADINGS = {
    View.OPEN: "Open toezeggingen, moties en producten",  # /open lists every kind
    View.OVERDUE: "Verlopen termijnen",
    View.WEEK: "Termijnen in de komende week",
    View.MONTH: "Termijnen in de komende maand",
    View.MOTIES: "Open moties",
}


def heading(listing: Listing) -> str:
    """The list's heading (plain text): the view, and what its argument was read as."""
    value = listing.value
    lead = HEADINGS.get(listing.view, "")
    if listing.subject is Subject.OWNER:
        return f"{lead} van {render.echo(value)}"
    if listing.subject is Subject.PERSON:
        return f"{lead} van de {value} ({listing.person})"
    if listing.subject is Subject.POST:
        return f"{lead} van de {value}"
    if listing.subject is Subject.MINISTRY:
        return f"{lead} van {value}"
    if listing.subject is Subject.TEXT:
        return f"{'Gevonden op' if listing.view is View.SEARCH else lead + ' met'} ‘{render.echo(value)}’"
    if listing.subject is Subject.REF:
        named = value if value.lower().startswith("kamerstuk") else f"Kamerstuk {value}"
        return f"Bij {render.echo(named)}"
    return HEADINGS[listing.view]


def _command_and_arg(update: Update) -> tuple[str, str]:
    command = text_of(update).split(maxsplit=1)[0]
    return command.lstrip("/").split("@")[0].lower(), " ".join(argument(update).split())


def _text(page: queries.Page, chat: int) -> str:
    """The page, saying in a private chat that the list is the person's own."""
    return render.list_page(
        esc(heading(page.listing)), page.items, page.number, page.total, page.today, whose_list(chat)
    )


@admits_in_use_case
async def list_command(update: Update, context: BotContext) -> None:
    """Show the first page of a list, with page buttons when it has more."""
    command, arg = _command_and_arg(update)
    page = await context.use_case(
        queries.first_page, View(command), arg, chat_id(update), user_id(update), render.PAGE_SIZE
    )
    keyboard = None if page.draft is None else keyboards.pager(page.draft, 1, render.pages_for(page.total))
    await say(update, context, _text(page, chat_id(update)), keyboard)


@admits_in_use_case
async def turn_page(update: Update, context: BotContext) -> None:
    """Show another page of a list."""
    page = await context.use_case(
        queries.turn_page, context.button.id, chat_id(update), context.button.number or 1, render.PAGE_SIZE
    )
    await edit(
        update,
        _text(page, chat_id(update)),
        keyboards.pager(context.button.id, page.number, render.pages_for(page.total)),
    )


@admits_in_use_case
async def show(update: Update, context: BotContext) -> None:
    """Show one commitment with its history and the buttons to change it."""
    commitment_id, _ = split_id(argument(update), "/toon 12")
    item = await context.use_case(services.get_commitment, commitment_id, chat_id(update))
    card = render.commitment_card(item, context.today(), history_tz=context.settings.tz)
    await say(update, context, card, keyboards.commitment_card(item))


@admits_in_use_case
async def ministers(update: Update, context: BotContext) -> None:
    """Open and overdue counts per ministry and per post; ``/ministers VWS``: of that ministry alone."""
    written = argument(update).strip()
    ministry = ministry_code(written) if written else None
    if written and ministry is None:
        raise InvalidInput(
            f"Onbekend ministerie: ‘{written}’. Gebruik bijvoorbeeld /ministers VWS, of /ministers voor alle."
        )
    rows, holders = await context.use_case(services.post_overview, chat_id(update), ministry)
    if ministry is not None and not rows:
        await say(update, context, f"Er staan geen open toezeggingen bij {esc(ministry)}.")
        return
    await say(update, context, render.ministers(rows, holders))


HANDLERS: Handlers = [
    CommandHandler([view.value for view in View], list_command),
    CommandHandler("toon", show),
    CommandHandler("ministers", ministers),
    ButtonHandler(turn_page, "p", "page"),
]
