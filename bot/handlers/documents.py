"""Adding from a letter: a PDF, DOCX, HTML or TXT sent to the chat → a numbered list of what it promises,
with buttons to save all, choose some, or drop. The list is a draft in the database.

With privacy mode on, a group only shows the bot files sent as a reply to it: /brief asks for one.
"""

from __future__ import annotations

import asyncio

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler, MessageHandler, filters

from bot import keyboards, render
from bot.access import editors_only
from bot.callbacks import ButtonHandler
from bot.context import BotContext, Handlers, chat_id, edit, say, typing, user_id, who
from bot.drafting import read_letter
from bot.handlers import matching
from bot.render import esc
from commitments import drafts
from commitments.errors import InvalidInput
from commitments.isolation import run_limited
from commitments.model import DraftKind

MAX_DOWNLOAD = 20 * 1024 * 1024  # the Bot API's getFile limit
TOO_LARGE = "Dit bestand is groter dan 20 MB; zoveel kan ik niet ophalen."


async def ask_letter(update: Update, context: BotContext) -> None:
    """/brief: ask for the letter as a reply, which a group with privacy mode does show the bot."""
    await say(
        update,
        context,
        "Stuur de Kamerbrief (PDF, DOCX, HTML of TXT) als antwoord op dit bericht.",
        ask="Bestand",
    )


def _listing(draft: drafts.DraftRecord) -> tuple[str, InlineKeyboardMarkup | None]:
    items = [drafts.from_payload(item) for item in draft.payload["items"]]
    chosen = draft.payload.get("chosen")
    page = draft.payload.get("page", 1)
    text = render.found_items(items, draft.payload["document"]["filename"] or "de brief", chosen, page)
    return text, keyboards.found_items(draft.id, len(items), chosen, page) if items else None


@editors_only
async def receive(update: Update, context: BotContext) -> None:
    """A letter arrived: read it and list the commitments found.

    Reading and extracting run in a worker process with a memory and time limit (a hostile or huge file
    costs at most that, and every other chat is answered meanwhile).
    """
    message = update.effective_message
    document = message.document if message else None
    if document is None:
        return
    if document.file_size and document.file_size > MAX_DOWNLOAD:
        raise InvalidInput(TOO_LARGE)
    await typing(update, context)
    data = bytes(await (await document.get_file()).download_as_bytearray())
    if len(data) > MAX_DOWNLOAD:
        raise InvalidInput(TOO_LARGE)
    letter = await asyncio.to_thread(run_limited, read_letter, data, document.file_name or "brief")
    del data
    if letter.notice:
        await say(update, context, esc(letter.notice))
    payload = {
        "document": letter.document,
        "items": [drafts.as_payload(item) for item in letter.items],
        "chosen": None,
        "saved": [],
    }
    draft = drafts.save_draft(context.db, chat_id(update), user_id(update), DraftKind.DOCUMENT, payload)
    text, keyboard = _listing(draft)
    sent = await say(update, context, text, keyboard)
    drafts.update_draft(context.db, draft.id, draft.team, message_id=sent.message_id)
    await matching.propose(update, context, letter)


@editors_only
async def save_all(update: Update, context: BotContext) -> None:
    """Alles opslaan / Gekozen opslaan: record the items, linked to the letter."""
    draft_id, which = context.button.id, context.button.action
    numbers = None
    if which == "chosen":
        numbers = drafts.load_draft(context.db, draft_id, chat_id(update)).payload.get("chosen") or []
        if not numbers:
            raise InvalidInput("Je hebt nog niets gekozen: tik eerst de nummers aan.")
    saved = drafts.save_found(context.db, draft_id, chat_id(update), who(update), numbers)
    lines = [f"<b>{len(saved)} opgeslagen</b>", *(render.item_line(item, context.today()) for item in saved)]
    await edit(update, "\n".join(lines))


@editors_only
async def pick(update: Update, context: BotContext) -> None:
    """Kies, or tap a number: show the toggles and mark the chosen items."""
    draft_id, number = context.button.id, context.button.number
    draft = drafts.load_draft(context.db, draft_id, chat_id(update))
    chosen = set(draft.payload.get("chosen") or [])
    if number is not None and number <= len(draft.payload["items"]):
        chosen ^= {number}
    payload = {**draft.payload, "chosen": sorted(chosen)}
    text, keyboard = _listing(drafts.update_draft(context.db, draft.id, draft.team, payload=payload))
    await edit(update, text, keyboard)


async def turn_page(update: Update, context: BotContext) -> None:
    """Vorige / Volgende under the list of found items."""
    draft_id, page = context.button.id, context.button.number or 1
    draft = drafts.load_draft(context.db, draft_id, chat_id(update))
    pages = render.pages_for(len(draft.payload["items"]))
    payload = {**draft.payload, "page": min(max(page, 1), pages)}
    text, keyboard = _listing(drafts.update_draft(context.db, draft.id, draft.team, payload=payload))
    await edit(update, text, keyboard)


@editors_only
async def drop(update: Update, context: BotContext) -> None:
    """Weggooien: forget the found items."""
    drafts.delete_draft(context.db, context.button.id, chat_id(update))
    await edit(update, "Weggegooid; er is niets opgeslagen.")


HANDLERS: Handlers = [
    CommandHandler("brief", ask_letter),
    MessageHandler(filters.Document.ALL, receive, block=False),  # other chats go on while a letter is read
    ButtonHandler(save_all, "f", "all", "chosen"),
    ButtonHandler(pick, "f", "pick", "t"),
    ButtonHandler(drop, "f", "drop"),
    ButtonHandler(turn_page, "f", "page"),
]
