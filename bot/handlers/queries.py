"""Lists and look-ups: /open, /verlopen, /week, /maand, /moties, /zoek, /kamerstuk, /toon, /ministers.

A list longer than a page gets page buttons; the list's command and argument are kept in a draft, so the
buttons work after a restart and on every replica.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta

from telegram import Update
from telegram.ext import CommandHandler

from bot import keyboards, render
from bot.callbacks import ButtonHandler
from bot.context import BotContext, Handlers, argument, chat_id, edit, say, text_of, user_id
from bot.parsing import split_id
from bot.render import esc
from commitments import drafts, pending, services
from commitments.errors import InvalidInput
from commitments.ministries import find_posts, ministry_code
from commitments.model import DraftKind
from commitments.pending import ListStep
from commitments.services import CommitmentQuery

LIST_COMMANDS = ("open", "verlopen", "week", "maand", "moties", "zoek", "kamerstuk")


def _by_name(arg: str, people: Mapping[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The name and post of the bewindspersoon ``arg`` names ("Van Weel" for "D.M. van Weel")."""
    wanted = arg.lower()
    for name, (post, _) in people.items():
        if name.lower() == wanted or name.lower().endswith(f" {wanted}"):
            return name, post
    return None


def _open_query(team: int, arg: str, people: Mapping[str, tuple[str, str]]) -> tuple[str, CommitmentQuery]:
    base = CommitmentQuery(team=team)
    if not arg:
        return "Open toezeggingen", base
    if arg.startswith("@"):
        return f"Open toezeggingen van {render.echo(arg)}", replace(base, owner=arg)
    person = _by_name(arg, people)
    if person is not None:  # the post, not the person: an item stays with the post after a change
        return f"Open toezeggingen van de {person[1]} ({person[0]})", replace(base, post=person[1])
    posts = [post.post for post in find_posts(arg) if post.post]
    if posts:
        return f"Open toezeggingen van de {posts[0]}", replace(base, post=posts[0])
    code = ministry_code(arg) if len(arg.split()) <= 4 else None
    if code:
        return f"Open toezeggingen van {code}", replace(base, ministry=code)
    return f"Open toezeggingen met ‘{render.echo(arg)}’", replace(base, text=arg)


def query_for(
    command: str, arg: str, team: int, today: date, people: Mapping[str, tuple[str, str]]
) -> tuple[str, CommitmentQuery]:
    """The heading (plain text) and the query behind a list command and its argument; ``people`` are the
    known bewindspersonen (name → post, ministry) for ``/open Van Weel``."""
    if command == "open":
        return _open_query(team, arg, people)
    if command == "verlopen":
        return "Verlopen termijnen", CommitmentQuery(team=team, overdue_on=today)
    if command == "week":
        return "Termijnen deze week", CommitmentQuery(
            team=team, due_after=today, due_before=today + timedelta(7)
        )
    if command == "maand":
        return "Termijnen in de komende maand", CommitmentQuery(
            team=team, due_after=today, due_before=today + timedelta(31)
        )
    if command == "moties":
        return "Open moties", CommitmentQuery(team=team, only_open_moties=True)
    if not arg:
        example = "/zoek jeugdzorg" if command == "zoek" else "/kamerstuk 28638-178"
        raise InvalidInput(f"Waar zoek je naar? Bijvoorbeeld {example}.")
    if command == "zoek":
        return f"Gevonden op ‘{render.echo(arg)}’", CommitmentQuery(team=team, statuses=(), text=arg)
    named = arg if arg.lower().startswith("kamerstuk") else f"Kamerstuk {arg}"
    return f"Bij {render.echo(named)}", CommitmentQuery(team=team, statuses=(), ref=arg)


def _command_and_arg(update: Update) -> tuple[str, str]:
    command = text_of(update).split(maxsplit=1)[0]
    return command.lstrip("/").split("@")[0].lower(), " ".join(argument(update).split())


async def _page(context: BotContext, heading: str, query: CommitmentQuery, page: int) -> tuple[str, int]:
    total = await context.use_case(services.count_commitments, query)
    pages = render.pages_for(total)
    page = min(max(page, 1), pages)
    items = await context.use_case(
        services.list_commitments,
        replace(query, limit=render.PAGE_SIZE, offset=(page - 1) * render.PAGE_SIZE),
    )
    return render.list_page(esc(heading), items, page, total, context.today()), pages


async def list_command(update: Update, context: BotContext) -> None:
    """Show the first page of a list; keep the list in a draft when it has more pages."""
    command, arg = _command_and_arg(update)
    people = await context.use_case(services.known_people, chat_id(update))
    heading, query = query_for(command, arg, chat_id(update), context.today(), people)
    text, pages = await _page(context, heading, query, 1)
    keyboard = None
    if pages > 1:
        listing = pending.dump(ListStep(command=command, arg=arg))
        draft = await context.use_case(
            drafts.save_draft, chat_id(update), user_id(update), DraftKind.LIST, listing
        )
        keyboard = keyboards.pager(draft.id, 1, pages)
    await say(update, context, text, keyboard)


async def turn_page(update: Update, context: BotContext) -> None:
    """Show another page of a list."""
    draft_id, page = context.button.id, context.button.number or 1
    draft = await context.use_case(drafts.load_draft, draft_id, chat_id(update))
    listing = drafts.step_of(draft, ListStep)
    people = await context.use_case(services.known_people, draft.team)
    heading, query = query_for(listing.command, listing.arg, draft.team, context.today(), people)
    text, pages = await _page(context, heading, query, page)
    await edit(update, text, keyboards.pager(draft_id, min(page, pages), pages))


async def show(update: Update, context: BotContext) -> None:
    """Show one commitment with its history and the buttons to change it."""
    commitment_id, _ = split_id(argument(update), "/toon 12")
    item = await context.use_case(services.get_commitment, commitment_id, chat_id(update))
    card = render.commitment_card(item, context.today(), with_history=True)
    await say(update, context, card, keyboards.commitment_card(item.id, item.is_open))


async def ministers(update: Update, context: BotContext) -> None:
    """Open and overdue counts per ministry and per post."""
    rows = await context.use_case(services.post_summary, chat_id(update), context.today())
    await say(update, context, render.ministers(rows, await context.use_case(services.post_holders)))


HANDLERS: Handlers = [
    CommandHandler(list(LIST_COMMANDS), list_command),
    CommandHandler("toon", show),
    CommandHandler("ministers", ministers),
    ButtonHandler(turn_page, "p", "page"),
]
