"""Adding by message: /nieuw (and plain text in a private chat) → a card with Opslaan / Wijzig / Annuleer.

The card is a draft in the database holding a :class:`~commitments.pending.CardStep`. Without a deadline
the bot first asks for one ("geen termijn" is an answer too). A deadline in the past, or an open item that
looks the same, is named on the card, which then offers "Toch opslaan" or "Overslaan".
"""

from __future__ import annotations

from dataclasses import replace

from telegram import Update
from telegram.ext import CommandHandler

from bot import keyboards, render
from bot.access import editors_only
from bot.callbacks import ButtonHandler
from bot.context import (
    BotContext,
    Handlers,
    argument,
    chat_id,
    drop_buttons,
    edit,
    say,
    typing,
    user_id,
    who,
)
from bot.render import CANCEL_HINT, esc, short
from commitments import drafts, pending, services
from commitments.chat_messages import cards_for_message
from commitments.deadline_input import impossible_day, read_deadline
from commitments.drafts import DraftRecord
from commitments.dutch import dutch_date
from commitments.errors import InvalidInput
from commitments.ministries import gone_by, read_post
from commitments.model import DraftKind
from commitments.pending import CardStep

ASK_DEADLINE = (
    "Wat is de termijn? Bijvoorbeeld ‘1 maart’, ‘eind volgend jaar’ of ‘voor het zomerreces’; "
    f"of ‘geen termijn’. {CANCEL_HINT}"
)
ASK_POST = f"Welke bewindspersoon? Bijvoorbeeld ‘Minister van VWS’ of ‘staatssecretaris JenV’. {CANCEL_HINT}"
EXAMPLE = "/nieuw De minister stuurt voor het zomerreces een brief over de voortgang"
SEVERAL = "Ik lees {count} toezeggingen in je bericht; elk krijgt een eigen kaart."
QUESTIONS = {"deadline": (ASK_DEADLINE, "Termijn"), "post": (ASK_POST, "Bewindspersoon")}


async def _warnings(context: BotContext, step: CardStep, team: int) -> list[str]:
    """What the person should see before saving: a past deadline, open items that look the same."""
    lines = []
    deadline = step.new.deadline
    if deadline is not None and deadline < context.today() and not step.past_ok:
        lines.append(f"⚠️ {esc(dutch_date(deadline))} ligt in het verleden.")
    if (gone := gone_by(step.new.ministry, context.today())) is not None:
        now = " of ".join(gone.successors)
        lines.append(
            f"⚠️ {esc(gone.code)} bestaat sinds {esc(dutch_date(gone.ended or context.today()))} niet meer "
            f"(nu {esc(now)}): kies de bewindspersoon van nu met ‘Wijzig bewindspersoon’."
        )
    if not step.duplicate_ok:
        for item in await context.use_case(services.duplicates, replace(step.new, team=team)):
            lines.append(f"⚠️ Lijkt op <b>#{item.id}</b> {short(item.title, render.FIELD_LIMIT)}")
    return lines


async def _show_card(update: Update, context: BotContext, draft_id: int, team: int, step: CardStep) -> None:
    """Show a card with its buttons, or ask for the deadline first when there is none."""
    asking = step.new.deadline is None and not step.no_deadline
    holders = await context.use_case(services.post_holders)  # named as a saved item of the post names it
    shown = replace(step.new, person=holders.get(step.new.post or "", step.new.person))
    card = render.draft_card(shown, asking_deadline=asking)
    if asking:
        step = step.model_copy(update={"asking": "deadline"})
        refusal = impossible_day(step.new.deadline_text, context.today())  # "voor 32 januari": not guessed
        question = f"{esc(refusal)} {ASK_DEADLINE}" if refusal else ASK_DEADLINE
        message = await say(update, context, f"{card}\n\n{question}", ask="Termijn")
        kind = DraftKind.QUESTION
    else:
        warnings = await _warnings(context, step, team)
        text = "\n\n".join([card, *(["\n".join(warnings)] if warnings else [])])
        message = await say(update, context, text, keyboards.draft_card(draft_id, warned=bool(warnings)))
        step = step.model_copy(update={"asking": None})
        kind = DraftKind.CARD
    await context.use_case(
        drafts.update_draft,
        draft_id,
        team,
        kind=kind,
        payload=pending.dump(step),
        message_id=message.message_id,
    )


async def propose(update: Update, context: BotContext, text: str, strict: bool = False) -> None:
    """Read a message as a new commitment and show its card (``strict``: only if it reads as one)."""
    if not text.strip():
        raise InvalidInput(f"Schrijf de toezegging achter /nieuw, bijvoorbeeld:\n{EXAMPLE}")
    await typing(update, context)
    team = chat_id(update)
    people = await context.use_case(services.known_people, team)
    steps = cards_for_message(text, context.today(), people, plain=strict)
    if not steps:
        raise InvalidInput(
            "Hier herken ik geen toezegging in: wat wordt er toegezegd? Schrijf wie wat toezegt en wanneer, "
            f"bijvoorbeeld:\n{EXAMPLE}"
        )
    if len(steps) > 1:
        await say(update, context, SEVERAL.format(count=len(steps)))
    for step in steps:
        draft = await context.use_case(
            drafts.save_draft, team, user_id(update), DraftKind.CARD, pending.dump(step)
        )
        await _show_card(update, context, draft.id, team, step)


@editors_only
async def new_command(update: Update, context: BotContext) -> None:
    """/nieuw <tekst>: propose a card for the commitment in the text."""
    await propose(update, context, argument(update))


@editors_only
async def save(update: Update, context: BotContext) -> None:
    """Opslaan (or, after a warning, Toch opslaan): record the card's commitment."""
    confirmed = context.button.action == "force"
    item = await context.use_case(
        drafts.save_card, context.button.id, chat_id(update), who(update), confirmed
    )
    await edit(update, render.saved(item, context.today()), keyboards.commitment_card(item))


@editors_only
async def cancel(update: Update, context: BotContext) -> None:
    """Annuleer / Overslaan: forget the card."""
    await context.use_case(drafts.delete_draft, context.button.id, chat_id(update))
    await edit(update, "Geannuleerd; er is niets opgeslagen.")


@editors_only
async def ask_change(update: Update, context: BotContext) -> None:
    """Wijzig termijn / Wijzig bewindspersoon: ask for the new value."""
    draft_id, field = context.button.id, context.button.action
    draft = await context.use_case(drafts.load_draft, draft_id, chat_id(update))
    step = drafts.step_of(draft, CardStep).model_copy(update={"asking": field})
    question, placeholder = QUESTIONS[field]
    message = await say(update, context, question, ask=placeholder)
    await context.use_case(
        drafts.update_draft,
        draft.id,
        draft.team,
        kind=DraftKind.QUESTION,
        payload=pending.dump(step),
        message_id=message.message_id,
    )


async def answer_card(update: Update, context: BotContext, draft: DraftRecord, answer: str) -> None:
    """The answer to the card's question (its deadline or its post): show the card again with it."""
    step = drafts.step_of(draft, CardStep)
    if step.asking == "post":
        post, ministry = read_post(answer)
        new = replace(step.new, post=post, ministry=ministry)
        step = step.model_copy(update={"new": new})
    elif pending.is_no_deadline(answer):
        new = replace(step.new, deadline=None, deadline_text=None, estimate=False)
        step = step.model_copy(update={"new": new, "no_deadline": True})
    else:
        deadline = read_deadline(answer, context.today())
        new = replace(
            step.new, deadline=deadline.date, deadline_text=deadline.text, estimate=deadline.estimate
        )
        step = step.model_copy(update={"new": new, "no_deadline": False})
    # the card comes back below with the new value: the one the question was asked under goes quiet
    await drop_buttons(context, draft.team, draft.previous_message_id)
    await _show_card(update, context, draft.id, draft.team, step)


def question_of(step: CardStep) -> tuple[str, str]:
    """The question a card waits for, and its placeholder."""
    return QUESTIONS[step.asking or "deadline"]


HANDLERS: Handlers = [
    CommandHandler("nieuw", new_command),
    ButtonHandler(save, "d", "save", "force"),
    ButtonHandler(cancel, "d", "cancel"),
    ButtonHandler(ask_change, "d", "deadline", "post"),
]
