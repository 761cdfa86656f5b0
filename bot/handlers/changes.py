"""Changes to a saved commitment: /afgedaan, /deels, /uitstel, /vervallen, /toewijzen and their buttons.

A command without what it needs (``/uitstel 12``) or a button asks for it; the answer comes as a reply to
the question, which is a draft in the database.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot import keyboards, render
from bot.access import editors_only
from bot.callbacks import ButtonHandler
from bot.context import BotContext, Handlers, argument, chat_id, edit, say, user_id, who
from bot.parsing import split_deadline, split_id, username
from commitments import drafts, services
from commitments.drafts import DraftRecord
from commitments.model import DraftKind
from commitments.records import CommitmentRecord
from commitments.refs import normalise_ref

QUESTIONS = {
    "postpone": (
        "Wat wordt de nieuwe termijn van #{id}, en waarom? Bijvoorbeeld ‘1 maart 2026 wegens vertraging’.",
        "Termijn en reden",
    ),
    "drop": ("Waarom vervalt #{id}?", "Reden"),
    "assign": ("Aan wie wijs je #{id} toe? Bijvoorbeeld @jan.", "@gebruiker"),
}
DONE = {
    "done": "#{id} is afgedaan.",
    "partly": "#{id} is deels afgedaan.",
    "postpone": "#{id} is uitgesteld.",
    "drop": "#{id} is vervallen.",
    "assign": "#{id} is toegewezen.",
}


async def _show_result(update: Update, context: BotContext, item: CommitmentRecord, action: str) -> None:
    """The confirmation and the updated card (in place of the pressed card, or as a new message)."""
    text = f"{DONE[action].format(id=item.id)}\n\n{render.commitment_card(item, context.today())}"
    keyboard = keyboards.commitment_card(item.id, item.is_open)
    if update.callback_query is not None:
        await edit(update, text, keyboard)
    else:
        await say(update, context, text, keyboard)


async def _ask(update: Update, context: BotContext, commitment_id: int, action: str) -> None:
    """Ask for what a change needs, remembering the question as a draft."""
    services.get_commitment(context.db, commitment_id, chat_id(update))  # refuse unknown ids before asking
    question, placeholder = QUESTIONS[action]
    message = await say(update, context, question.format(id=commitment_id), ask=placeholder)
    drafts.save_draft(
        context.db,
        chat_id(update),
        user_id(update),
        DraftKind.QUESTION,
        {"asking": action, "commitment": commitment_id},
        message_id=message.message_id,
    )


def _apply(
    context: BotContext, update: Update, commitment_id: int, action: str, detail: str
) -> CommitmentRecord:
    """Call the service for ``action`` with what the user gave."""
    db, team, by = context.db, chat_id(update), who(update)
    if action == "done":
        return services.fulfil(db, commitment_id, by, detail or None, team=team)
    if action == "partly":
        ref = normalise_ref(detail) if detail else None
        reason = None if ref else detail or None
        return services.partly_fulfil(db, commitment_id, by, ref, reason, team=team)
    if action == "postpone":
        deadline, reason = split_deadline(detail, context.today())
        return services.postpone(db, commitment_id, by, deadline, reason, context.today(), team=team)
    if action == "drop":
        return services.drop(db, commitment_id, by, detail, team=team)
    return services.reassign(db, commitment_id, by, username(detail), team=team)


COMMANDS = {
    "afgedaan": "done",
    "deels": "partly",
    "uitstel": "postpone",
    "vervallen": "drop",
    "toewijzen": "assign",
}


@editors_only
async def change_command(update: Update, context: BotContext) -> None:
    """/afgedaan, /deels, /uitstel, /vervallen, /toewijzen ID …: change, or ask for what is missing."""
    command = (update.effective_message.text or "").split(maxsplit=1)[0] if update.effective_message else ""
    action = COMMANDS[command.lstrip("/").split("@")[0].lower()]
    commitment_id, detail = split_id(argument(update), f"{command.split('@')[0]} 12")
    if not detail and action in QUESTIONS:
        await _ask(update, context, commitment_id, action)
        return
    await _show_result(update, context, _apply(context, update, commitment_id, action, detail), action)


@editors_only
async def change_button(update: Update, context: BotContext) -> None:
    """A button under a card: change at once, or ask for what the change needs."""
    commitment_id, action = context.button.id, context.button.action
    if action in QUESTIONS:
        await _ask(update, context, commitment_id, action)
        return
    await _show_result(update, context, _apply(context, update, commitment_id, action, ""), action)


async def history_button(update: Update, context: BotContext) -> None:
    """Geschiedenis: show the card with its history."""
    item = services.get_commitment(context.db, context.button.id, chat_id(update))
    card = render.commitment_card(item, context.today(), with_history=True)
    await say(update, context, card, keyboards.commitment_card(item.id, item.is_open))


async def answer_change(update: Update, context: BotContext, draft: DraftRecord, answer: str) -> None:
    """The answer to a change's question: apply it; the question stays open while the answer is refused."""
    action = draft.payload["asking"]
    item = _apply(context, update, int(draft.payload["commitment"]), action, answer.strip())
    drafts.delete_draft(context.db, draft.id, draft.team)
    await _show_result(update, context, item, action)


HANDLERS: Handlers = [
    CommandHandler(list(COMMANDS), change_command),
    ButtonHandler(change_button, "c", "done", "partly", "postpone", "drop", "assign"),
    ButtonHandler(history_button, "c", "history"),
]
