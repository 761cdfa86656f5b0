"""Adding by message: /nieuw (and plain text in a private chat) → a card with Opslaan / Wijzig / Annuleer.

The card is a draft in the database. Without a deadline the bot first asks for one; the question is a draft
too, found again through the message the answer replies to (so it works with privacy mode on).
"""

from __future__ import annotations

from dataclasses import replace

from telegram import Update
from telegram.ext import CommandHandler

from bot import keyboards, render
from bot.access import editors_only
from bot.callbacks import ButtonHandler
from bot.context import BotContext, Handlers, argument, chat_id, edit, say, typing, user_id, who
from bot.drafting import new_from_message
from commitments import drafts, services
from commitments.deadline_input import read_deadline
from commitments.drafts import DraftRecord
from commitments.errors import InvalidInput
from commitments.ministries import parse_post
from commitments.model import DraftKind

ASK_DEADLINE = "Wat is de termijn? Bijvoorbeeld ‘1 maart 2026’, ‘eind 2026’ of ‘voor het zomerreces’."
ASK_POST = "Welke bewindspersoon? Bijvoorbeeld ‘Minister van VWS’ of ‘staatssecretaris JenV’."
EXAMPLE = "/nieuw De minister stuurt voor het zomerreces een brief over de voortgang"


async def _show_card(update: Update, context: BotContext, draft: DraftRecord) -> None:
    """Show a card draft with its buttons, or ask for the deadline first when there is none."""
    new = drafts.from_payload(draft.payload["new"])
    card = render.draft_card(new)
    if new.deadline is None:
        message = await say(update, context, f"{card}\n\n{ASK_DEADLINE}", ask="Termijn")
        payload = {**draft.payload, "asking": "deadline"}
        drafts.update_draft(
            context.db,
            draft.id,
            draft.team,
            kind=DraftKind.QUESTION,
            payload=payload,
            message_id=message.message_id,
        )
        return
    message = await say(update, context, card, keyboards.draft_card(draft.id))
    drafts.update_draft(context.db, draft.id, draft.team, kind=DraftKind.CARD, message_id=message.message_id)


async def propose(update: Update, context: BotContext, text: str, strict: bool = False) -> None:
    """Read a message as a new commitment and show its card (``strict``: only if it reads as one)."""
    if not text.strip():
        raise InvalidInput(f"Schrijf de toezegging achter /nieuw, bijvoorbeeld:\n{EXAMPLE}")
    await typing(update, context)
    team = chat_id(update)
    people = services.known_people(context.db, team)
    new = new_from_message(text, context.today(), people, strict)
    if new is None:
        raise InvalidInput(
            "Hier herken ik geen toezegging in. Schrijf wie wat toezegt en wanneer, bijvoorbeeld:\n" + EXAMPLE
        )
    draft = drafts.save_draft(
        context.db, team, user_id(update), DraftKind.CARD, {"new": drafts.as_payload(new), "asking": None}
    )
    await _show_card(update, context, draft)


@editors_only
async def new_command(update: Update, context: BotContext) -> None:
    """/nieuw <tekst>: propose a card for the commitment in the text."""
    await propose(update, context, argument(update))


@editors_only
async def save(update: Update, context: BotContext) -> None:
    """Opslaan: record the card's commitment."""
    item = drafts.save_card(context.db, context.button.id, chat_id(update), who(update))
    await edit(update, render.saved(item, context.today()), keyboards.commitment_card(item.id, item.is_open))


@editors_only
async def cancel(update: Update, context: BotContext) -> None:
    """Annuleer: forget the card."""
    drafts.delete_draft(context.db, context.button.id, chat_id(update))
    await edit(update, "Geannuleerd; er is niets opgeslagen.")


@editors_only
async def ask_change(update: Update, context: BotContext) -> None:
    """Wijzig termijn / Wijzig bewindspersoon: ask for the new value."""
    draft_id, field = context.button.id, context.button.action
    draft = drafts.load_draft(context.db, draft_id, chat_id(update))
    question = ASK_DEADLINE if field == "deadline" else ASK_POST
    message = await say(update, context, question, ask="Termijn" if field == "deadline" else "Bewindspersoon")
    drafts.update_draft(
        context.db,
        draft.id,
        draft.team,
        kind=DraftKind.QUESTION,
        payload={**draft.payload, "asking": field},
        message_id=message.message_id,
    )


async def answer_deadline(update: Update, context: BotContext, draft: DraftRecord, answer: str) -> None:
    """The answer to "Wat is de termijn?": resolve it and show the card again."""
    deadline = read_deadline(answer, context.today())
    new = replace(
        drafts.from_payload(draft.payload["new"]),
        deadline=deadline.date,
        deadline_text=deadline.text,
        estimate=deadline.estimate,
    )
    changed = drafts.update_draft(
        context.db, draft.id, draft.team, payload={"new": drafts.as_payload(new), "asking": None}
    )
    await _show_card(update, context, changed)


async def answer_post(update: Update, context: BotContext, draft: DraftRecord, answer: str) -> None:
    """The answer to "Welke bewindspersoon?": recognise the post and show the card again."""
    found = parse_post(answer)
    if found is None or found.post is None:
        raise InvalidInput(f"Ik herken geen bewindspersoon in ‘{answer.strip()[:80]}’. {ASK_POST}")
    new = replace(drafts.from_payload(draft.payload["new"]), post=found.post, ministry=found.ministry)
    changed = drafts.update_draft(
        context.db, draft.id, draft.team, payload={"new": drafts.as_payload(new), "asking": None}
    )
    await _show_card(update, context, changed)


HANDLERS: Handlers = [
    CommandHandler("nieuw", new_command),
    ButtonHandler(save, "d", "save"),
    ButtonHandler(cancel, "d", "cancel"),
    ButtonHandler(ask_change, "d", "deadline", "post"),
]
