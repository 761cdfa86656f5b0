"""Adding from a letter: a PDF, DOCX, HTML or TXT sent to the chat → a numbered list of what it promises,
with buttons to save all, choose some, or drop. The list is a draft in the database.

With privacy mode on, a group only shows the bot files sent as a reply to it: /brief asks for one.
"""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler, MessageHandler, filters

from bot import keyboards, render
from bot.access import editors_only
from bot.callbacks import ButtonHandler
from bot.context import (
    BotContext,
    Handlers,
    chat_id,
    drop_buttons,
    edit,
    is_private,
    say,
    tell_closed,
    typing,
    user_id,
    who,
)
from bot.handlers import matching
from bot.ordering import own_turn
from bot.render import CANCEL_HINT, esc
from commitments import drafts, letters, pending
from commitments.deadline_input import read_letter_date
from commitments.dutch import dutch_date
from commitments.errors import DomainError, InvalidInput
from commitments.isolation import run_isolated
from commitments.letter_arrival import Letter, acted_on, letter_from_text, read_letter
from commitments.model import DraftKind
from commitments.pending import FoundItems, LetterAsked, LetterDateStep, LookAlike

MAX_DOWNLOAD = 20 * 1024 * 1024  # the Bot API's getFile limit
TOO_LARGE = "Dit bestand is groter dan 20 MB; zoveel kan ik niet ophalen."
AGAIN_IN_GROUP = (
    "Voor een ander bestand: stuur opnieuw /brief en dan het bestand als antwoord op mijn nieuwe vraag."
)
"""After an unreadable file in a group: the file answered /brief, so another file needs /brief again
(trial 10: "eerst /brief" read as if the person had not sent it)."""
ASK_DATE = (
    "Deze brief heeft geen datum. Van wanneer is hij? Antwoord met de datum, bijvoorbeeld ‘3 maart 2026’, "
    f"of met ‘vandaag’; de termijnen in de brief reken ik vanaf die datum. {CANCEL_HINT}"
)


ASK_LETTER = f"Stuur de Kamerbrief (PDF, DOCX, HTML of TXT) als antwoord op dit bericht. {CANCEL_HINT}"
NOT_A_FILE = "Dat is tekst; stuur de brief als bestand."


@editors_only
async def ask_letter(update: Update, context: BotContext) -> None:
    """/brief: ask for the letter as a reply, which a group with privacy mode does show the bot; the question
    is kept, so that text in answer is told to send a file and ‘annuleer’ ends it."""
    draft = await context.use_case(
        drafts.save_draft, chat_id(update), user_id(update), DraftKind.QUESTION, pending.dump(LetterAsked())
    )
    sent = await say(update, context, esc(ASK_LETTER), ask="Bestand")
    await context.use_case(drafts.update_draft, draft.id, draft.team, message_id=sent.message_id)


def _listing(draft_id: int, found: FoundItems, today: date) -> tuple[str, InlineKeyboardMarkup | None]:
    """The page of found items, with the look-alikes named and "Dubbele overslaan" while not choosing."""
    items = found.items
    source = letters.draft_letter_name(found.document)
    text = render.found_items(items, source, today, found.chosen, found.page)
    if not items:
        return text, None
    acted = [alike for alike in found.alike if alike.acted]
    alike = [alike for alike in found.alike if not alike.acted]
    keyboard = keyboards.found_items(draft_id, len(items), found.chosen, found.page, len(items) - len(acted))
    if found.alike and found.chosen is None:
        lines = [
            f"⚠️ {same.number}. is <b>#{same.commitment}</b> {render.short(same.title, 60)}: de brief doet er "
            "iets mee (zie het voorstel), dus ‘Alles opslaan’ bewaart het niet nog eens."
            for same in acted
        ]
        lines += [
            f"⚠️ {same.number}. lijkt op <b>#{same.commitment}</b> {render.short(same.title, 60)}"
            for same in alike
        ]
        if alike:
            lines.append(_skip_hint(len(alike), len(items) - len(acted)))
        text = render.fit(text + "\n\n" + "\n".join(lines))
        if alike:
            keyboard = InlineKeyboardMarkup(
                [*keyboard.inline_keyboard, *keyboards.skip_duplicates(draft_id).inline_keyboard]
            )
    return text, keyboard


def _skip_hint(alike: int, items: int) -> str:
    """What the two save buttons do with ``alike`` look-alikes among ``items``: when every item is one,
    "Dubbele overslaan" keeps none ("alleen de andere" would name others that are not there)."""
    them = "het" if alike == 1 else "ze"
    rest = "bewaart niets" if alike >= items else "alleen de andere"
    return f"‘Alles opslaan’ bewaart {them} toch; ‘Dubbele overslaan’ {rest}."


async def _found(context: BotContext, update: Update, draft_id: int) -> FoundItems:
    return drafts.step_of(await context.use_case(drafts.load_draft, draft_id, chat_id(update)), FoundItems)


async def _show_changed(update: Update, context: BotContext, draft_id: int, found: FoundItems) -> None:
    await context.use_case(drafts.update_draft, draft_id, chat_id(update), payload=pending.dump(found))
    text, keyboard = _listing(draft_id, found, context.today())
    await edit(update, text, keyboard)


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
    closed = await context.use_case(drafts.file_arrived, chat_id(update), user_id(update))
    tell_closed(context, closed)
    if document.file_size and document.file_size > MAX_DOWNLOAD:
        raise InvalidInput(TOO_LARGE)
    await typing(update, context)
    data = bytes(await (await document.get_file()).download_as_bytearray())
    if len(data) > MAX_DOWNLOAD:
        raise InvalidInput(TOO_LARGE)
    try:
        letter = await run_isolated(read_letter, data, document.file_name or "brief", context.today())
    except DomainError as unread:  # the file cannot be read: in a group another one needs /brief first
        raise InvalidInput(
            unread.message if is_private(update) else f"{unread.message} {AGAIN_IN_GROUP}"
        ) from unread
    del data
    async with own_turn(context.application, update):  # an answer waits until its question is stored
        if letter.notice:
            await say(update, context, esc(letter.notice))
        if letter.needs_date:
            await _ask_date(update, context, letter)
            return
        await _list(update, context, letter)


async def _ask_date(update: Update, context: BotContext, letter: Letter) -> None:
    """An undated letter: ask for its date before resolving anything."""
    step = LetterDateStep(
        filename=letter.filename,
        content_hash=letter.content_hash,
        text=letter.text,
        body_start=letter.body_start,
        title=letter.title,
    )
    draft = await context.use_case(
        drafts.save_draft, chat_id(update), user_id(update), DraftKind.QUESTION, pending.dump(step)
    )
    if is_private(update):  # the next message is the answer, so the question has room for a button
        sent = await say(
            update, context, esc(ASK_DATE), keyboards.step_choice(draft.id, "📅 Vandaag", "today")
        )
    else:  # only a reply reaches the bot in a group: ForceReply makes the person's client reply
        sent = await say(update, context, esc(ASK_DATE), ask="Datum")
    await context.use_case(drafts.update_draft, draft.id, draft.team, message_id=sent.message_id)


async def _read_dated(context: BotContext, step: LetterDateStep, day: date | None) -> Letter:
    """The undated letter kept in ``step`` read again, now of ``day`` (in the worker process)."""
    return await run_isolated(
        letter_from_text,
        step.text,
        step.body_start,
        step.filename,
        step.content_hash,
        context.today(),
        day,
        step.title,
    )


async def answer_date(
    update: Update, context: BotContext, draft: drafts.DraftRecord, step: LetterDateStep, answer: str
) -> None:
    """The date of an undated letter, typed: read the letter against it."""
    day = read_letter_date(answer, context.today())
    letter = await _read_dated(context, step, day)
    # read first (no transaction waits for the reader), then claim: a second answer meanwhile (another
    # replica) finds the question gone instead of listing the letter twice
    await context.use_case(drafts.claim, draft.id, draft.team)
    await drop_buttons(context, draft.team, draft.message_id)  # its Vandaag and Annuleer are answered too
    await _list(update, context, letter)


@editors_only
async def dated_today(update: Update, context: BotContext) -> None:
    """Vandaag: the undated letter is of today."""
    draft = await context.use_case(drafts.load_draft, context.button.id, chat_id(update))
    step = drafts.step_of(draft, LetterDateStep)
    letter = await _read_dated(context, step, context.today())
    # read first (no transaction waits for the reader), then claim: a second press finds the draft gone
    await context.use_case(drafts.claim, draft.id, draft.team)
    await edit(update, f"De brief is gedateerd op {esc(dutch_date(context.today()))}.")
    await _list(update, context, letter)


async def _list(update: Update, context: BotContext, letter: Letter) -> None:
    """List what the letter holds, then propose what it fulfils or postpones; an item that stands where
    the letter acts on an open item is listed as that item's look-alike."""
    team = chat_id(update)
    result = await matching.match(update, context, letter)
    acted = acted_on(letter, result.proposals) if result is not None else {}
    alike = [
        LookAlike(number=number, commitment=same.id, title=same.title, acted=acted.get(number) == same.id)
        for number, same in await context.use_case(
            letters.look_alikes,
            team,
            letter.items,
            letter.content_hash,
            acted,
            letter.document.get("kamerstuk"),
        )
    ]
    found = FoundItems(document=letter.document, items=letter.items, alike=alike)
    draft = await context.use_case(
        drafts.save_draft, team, user_id(update), DraftKind.DOCUMENT, pending.dump(found)
    )
    text, keyboard = _listing(draft.id, found, context.today())
    sent = await say(update, context, text, keyboard)
    await context.use_case(drafts.update_draft, draft.id, draft.team, message_id=sent.message_id)
    await matching.propose(update, context, letter, result)


@editors_only
async def save_all(update: Update, context: BotContext) -> None:
    """Alles opslaan / Gekozen opslaan: record the items, linked to the letter."""
    draft_id, which = context.button.id, context.button.action
    numbers = None
    if which in ("all", "fresh"):
        found = await _found(context, update, draft_id)
        left_out = {same.number for same in found.alike if same.acted or which == "fresh"}
        numbers = [n for n in range(1, len(found.items) + 1) if n not in left_out]
        if not numbers:
            raise InvalidInput(
                "Alles in deze brief lijkt op bestaande items; er is niets nieuws om op te slaan."
            )
    if which == "chosen":
        numbers = (await _found(context, update, draft_id)).chosen or []
        if not numbers:
            raise InvalidInput("Je hebt nog niets gekozen: tik eerst de nummers aan.")
    saved = await context.use_case(drafts.save_found, draft_id, chat_id(update), who(update), numbers)
    lines = [f"<b>{len(saved)} opgeslagen</b>", *(render.item_line(item, context.today()) for item in saved)]
    await edit(update, "\n".join(lines))


@editors_only
async def pick(update: Update, context: BotContext) -> None:
    """Kies, or tap a number: show the toggles and mark the chosen items."""
    draft_id, number = context.button.id, context.button.number
    found = await _found(context, update, draft_id)
    chosen = set(found.chosen or [])
    if number is not None and number <= len(found.items):
        chosen ^= {number}
    await _show_changed(update, context, draft_id, found.model_copy(update={"chosen": sorted(chosen)}))


async def turn_page(update: Update, context: BotContext) -> None:
    """Vorige / Volgende under the list of found items."""
    draft_id, page = context.button.id, context.button.number or 1
    found = await _found(context, update, draft_id)
    pages = render.pages_for(len(found.items))
    await _show_changed(
        update, context, draft_id, found.model_copy(update={"page": min(max(page, 1), pages)})
    )


@editors_only
async def drop(update: Update, context: BotContext) -> None:
    """Weggooien: forget the found items."""
    await context.use_case(drafts.delete_draft, context.button.id, chat_id(update))
    await edit(update, "Weggegooid; er is niets opgeslagen.")


HANDLERS: Handlers = [
    CommandHandler("brief", ask_letter),
    MessageHandler(filters.Document.ALL, receive, block=False),  # the chat goes on while it is read (bot.app)
    ButtonHandler(save_all, "f", "all", "chosen", "fresh"),
    ButtonHandler(pick, "f", "pick", "t"),
    ButtonHandler(drop, "f", "drop"),
    ButtonHandler(turn_page, "f", "page"),
    ButtonHandler(dated_today, "q", "today"),
]
