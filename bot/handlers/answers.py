"""Plain text: the answer to one of the bot's questions, or (in a private chat) a new commitment.

In a group the answer is a reply to the question (the bot asks with ForceReply, so this works with privacy
mode on); in a private chat it is the person's next message. "annuleer" cancels; a wrong answer is explained
and the question asked again, keeping everything given so far.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import MessageHandler, filters

from bot.access import editors_only, require_change
from bot.callbacks import ButtonHandler
from bot.context import BotContext, Handlers, chat_id, edit, is_private, say, text_of, user_id
from bot.handlers import adding, changes, documents
from bot.render import esc
from commitments import drafts, pending
from commitments.drafts import DraftRecord
from commitments.errors import DomainError, InvalidInput
from commitments.pending import CardStep, ChangeStep, LetterDateStep

NO_QUESTION = (
    "Er staat geen vraag van mij open, dus er is niets gewijzigd. Een opdracht die iets nieuws begint "
    "(zoals /nieuw of /uitstel) sluit een open vraag; dat meld ik er dan bij."
)


async def _question(update: Update, context: BotContext) -> DraftRecord | None:
    """The question this message answers: the one it replies to, or in a private chat the last one asked."""
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if replied is not None and replied.from_user is not None and replied.from_user.id == context.bot.id:
        return await context.use_case(
            drafts.question_for, chat_id(update), replied.message_id, user_id(update)
        )
    if is_private(update):
        return await context.use_case(drafts.waiting_for, chat_id(update), user_id(update))
    return None


def _asked(step: CardStep | ChangeStep | LetterDateStep) -> tuple[str, str]:
    if isinstance(step, CardStep):
        return adding.question_of(step)
    if isinstance(step, ChangeStep):
        return changes.question_of(step)
    return documents.ASK_DATE, "Datum"


async def _answer(update: Update, context: BotContext, draft: DraftRecord, answer: str) -> None:
    step = drafts.any_step(draft)
    if not isinstance(step, CardStep | ChangeStep | LetterDateStep):
        raise drafts.DraftGone()
    try:
        if isinstance(step, CardStep):
            await adding.answer_card(update, context, draft, answer)
        elif isinstance(step, ChangeStep):
            await changes.answer_change(update, context, draft, answer)
        else:
            await documents.answer_date(update, context, draft, step, answer)
    except InvalidInput as refusal:
        question, placeholder = _asked(step)
        message = await say(update, context, f"{esc(refusal.message)}\n\n{esc(question)}", ask=placeholder)
        await context.use_case(drafts.update_draft, draft.id, draft.team, message_id=message.message_id)
    except DomainError:
        # the question no longer fits (the item was closed meanwhile): it ends here, so that a later message
        # is not taken as its answer; the error handler says why
        await context.use_case(drafts.delete_draft, draft.id, draft.team)
        raise


async def answer_or_propose(update: Update, context: BotContext) -> None:
    """Answer the pending question; in a private chat other text proposes a commitment."""
    question = await _question(update, context)
    if question is not None:
        require_change(context)
        answer = text_of(update)
        if pending.is_cancel(answer):
            ended = await context.use_case(drafts.end_questions, chat_id(update), user_id(update))
            cards = " Het concept staat nog klaar: tik op Opslaan onder de kaart." if ended.kept else ""
            await say(update, context, f"Geannuleerd; er is niets gewijzigd.{cards}")
            return
        await _answer(update, context, question, answer)
    elif is_private(update):
        require_change(context)
        text = text_of(update)
        if pending.is_cancel(text) or pending.is_no_deadline(text):  # the answer to a question that ended
            await say(update, context, NO_QUESTION)
            return
        await adding.propose(update, context, text, strict=True)


@editors_only
async def cancel_step(update: Update, context: BotContext) -> None:
    """Annuleer under a pending step's buttons."""
    await context.use_case(drafts.delete_draft, context.button.id, chat_id(update))
    await edit(update, "Geannuleerd; er is niets gewijzigd.")


HANDLERS: Handlers = [
    MessageHandler(filters.TEXT & ~filters.COMMAND, answer_or_propose),
    ButtonHandler(cancel_step, "q", "cancel"),
]
