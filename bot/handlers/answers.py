"""Plain text: the answer to one of the bot's questions, or (in a private chat) a new commitment.

In a group the answer is a reply to the question (the bot asks with ForceReply, so this works with privacy
mode on); in a private chat it is the person's next message. "annuleer" cancels; a wrong answer is explained
and the question asked again, keeping everything given so far.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import MessageHandler, filters

from bot import keyboards
from bot.access import editors_only, require_change
from bot.callbacks import ButtonHandler
from bot.context import BotContext, Handlers, chat_id, edit, is_private, say, text_of, user_id
from bot.handlers import adding, changes, documents
from bot.render import TITLE_LIMIT, esc, short
from commitments import drafts, pending
from commitments.chat_messages import Typed, private_answer, typed_while_confirming
from commitments.deadline_input import day_and_reason
from commitments.drafts import DraftRecord
from commitments.dutch import dutch_date
from commitments.errors import DomainError, InvalidInput
from commitments.message_form import Form, message_form
from commitments.ministries import ministry_code
from commitments.model import DraftKind
from commitments.pending import CardStep, ChangeStep, HeldAnswer, LetterAsked, Question

GONE = "Deze vraag is al beantwoord of gesloten; annuleren verandert niets meer."
WHICH = "Is dit je antwoord op mijn vraag, of een nieuwe toezegging?\n<i>{question}</i>"
NO_QUESTION = (
    "Er staat geen vraag van mij open, dus er is niets gewijzigd. Een opdracht die iets nieuws begint "
    "(zoals /nieuw of /uitstel) sluit een open vraag; dat meld ik er dan bij."
)

WHAT_I_DO = (
    "Stuur me een toezegging (wie zegt wat toe, en wanneer) of een Kamerbrief als bestand; /help zegt wat ik "
    "nog meer kan."
)
QUESTIONS_HINT = (
    "/open toont wat open staat (ook /open VWS of /open brief), /week de termijnen van de komende week, "
    "/verlopen wat over de termijn is, /toon 12 één toezegging; /help toont ze alle."
)
CONFIRM_FIRST = (
    "Ik wacht nog op je keuze onder mijn vraag over #{id}: druk daar op ‘Ja, deze datum’ of antwoord ‘ja’ "
    "of ‘nee’. ‘{text}’ heb ik daarom niet gebruikt: een andere datum geef je met /uitstel {id} DATUM "
    "wegens REDEN, een nieuwe toezegging met /nieuw."
)
REASON_KEPT = (
    "Genoteerd als reden voor het uitstel van #{id}: ‘{text}’. Druk nog op ‘Ja, deze datum’ onder mijn vraag "
    "(of antwoord ‘ja’) om #{id} uit te stellen naar {day}; ‘nee’ laat #{id} zoals het is."
)
NOT_CHANGED = "Niet gewijzigd: #{id} blijft zoals het was."
CHOOSE_FIRST = (
    "Ik wacht nog op je keuze onder ‘Is dit je antwoord op mijn vraag, of een nieuwe toezegging?’ over "
    "‘{text}’: druk daar op ‘Antwoord op de vraag’ of ‘Nieuwe toezegging’. ‘{typed}’ heb ik niet gebruikt."
)
DAY_AND_REASON = (
    "Een termijn met een reden is geen nieuwe toezegging; een uitstel geef je zo: /uitstel 12 1 april wegens "
    "overleg. Een nieuwe toezegging met /nieuw en wie wat toezegt."
)


async def _question(update: Update, context: BotContext) -> tuple[DraftRecord | None, bool]:
    """The question this message answers: the one it replies to, or in a private chat the last one asked; and
    (in a private chat) whether the message also stands alone as a new commitment."""
    replied_to = _replied_to(update, context)
    if is_private(update):
        return await context.use_case(
            private_answer, chat_id(update), user_id(update), text_of(update), replied_to
        )
    if replied_to is None:
        return None, False
    return await context.use_case(drafts.question_for, chat_id(update), replied_to, user_id(update)), False


def _asked(step: Question) -> tuple[str, str]:
    if isinstance(step, CardStep):
        return adding.question_of(step)
    if isinstance(step, ChangeStep):
        return changes.question_of(step)
    if isinstance(step, LetterAsked):
        return documents.ASK_LETTER, "Bestand"
    return documents.ASK_DATE, "Datum"


async def _answer(update: Update, context: BotContext, draft: DraftRecord, answer: str) -> None:
    step = drafts.any_step(draft)
    if not isinstance(step, Question):
        raise drafts.DraftGone()
    try:
        if isinstance(step, CardStep):
            await adding.answer_card(update, context, draft, answer)
        elif isinstance(step, ChangeStep):
            await changes.answer_change(update, context, draft, answer)
        elif isinstance(step, LetterAsked):
            raise InvalidInput(documents.NOT_A_FILE)
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


def _replied_to(update: Update, context: BotContext) -> int | None:
    """The bot's message this message replies to, if it replies to one."""
    message = update.effective_message
    replied = message.reply_to_message if message else None
    to_bot = replied is not None and replied.from_user is not None and replied.from_user.id == context.bot.id
    return replied.message_id if replied is not None and to_bot else None


async def _while_confirming(update: Update, context: BotContext) -> bool:
    """A message typed while a change waits for "Ja, deze datum" (in a private chat, or a reply to that
    question in a group): confirm, end, keep as the reason, or say it is not used; False when no
    confirmation waits."""
    replied_to = _replied_to(update, context)
    if not is_private(update) and (replied_to is None or not context.access.can_change):
        return False
    text = text_of(update)
    confirming = await context.use_case(
        typed_while_confirming, chat_id(update), user_id(update), text, replied_to
    )
    if confirming is None:
        return False
    step, shown = confirming.step, esc(short(" ".join(text.split()), TITLE_LIMIT))
    if confirming.taken_as is Typed.YES:
        await changes.confirm_waiting(update, context, confirming.draft_id)
    elif confirming.taken_as is Typed.NO:
        await say(update, context, NOT_CHANGED.format(id=step.commitment))
    elif confirming.taken_as is Typed.REASON:
        day = dutch_date(step.deadline.date) if step.deadline else "die datum"
        await say(
            update, context, REASON_KEPT.format(id=step.commitment, text=esc(step.reason or ""), day=day)
        )
    else:
        await say(update, context, CONFIRM_FIRST.format(id=step.commitment, text=shown))
    return True


async def answer_or_propose(update: Update, context: BotContext) -> None:
    """Answer the pending question; in a private chat other text proposes a commitment."""
    question, stands_alone = await _question(update, context)
    if question is None and not is_private(update):  # a reply to "Toch deze datum gebruiken?" in a group
        await _while_confirming(update, context)
    if question is not None:
        require_change(context)
        answer = text_of(update)
        if pending.is_cancel(answer):
            ended = await context.use_case(drafts.end_questions, chat_id(update), user_id(update))
            cards = " Het concept staat nog klaar: tik op Opslaan onder de kaart." if ended.kept else ""
            await say(update, context, f"Geannuleerd; er is niets gewijzigd.{cards}")
            return
        if await _choice_waits(update, context, question, answer):
            return
        if stands_alone:  # who, what and when: maybe a new commitment; nothing changes until the person says
            await _ask_which(update, context, question, answer)
            return
        await _answer(update, context, question, answer)
    elif is_private(update):
        require_change(context)
        if await _while_confirming(update, context):
            return
        text = text_of(update)
        if any(
            says(text) for says in (pending.is_cancel, pending.is_no_deadline, pending.is_keep, pending.is_no)
        ):
            # the answer to a question that ended ("annuleer", "onbekend", "ja", "nee")
            await say(update, context, NO_QUESTION)
            return
        if day_and_reason(text, context.today()):  # "1 april wegens overleg": a postponement's answer
            await say(update, context, f"{NO_QUESTION} {DAY_AND_REASON}")
            return
        if (form := message_form(text)) is not None:
            await say(update, context, _not_a_commitment(form, text))
            return
        await adding.propose(update, context, text, strict=True)


def _not_a_commitment(form: Form, text: str) -> str:
    """The reply to a question, thanks or a greeting in a private chat: a pointer to the command that
    answers the question (with the ministry it names), or a short friendly word."""
    if form is Form.THANKS:
        return "Graag gedaan!"
    if form is Form.GREETING:
        return f"Hallo! {WHAT_I_DO}"
    if form is Form.EMOJI:
        return f"🙂 {WHAT_I_DO}"
    ministry = ministry_code(text)
    guess = f"Bedoel je /open {ministry}? " if ministry else ""
    return f"{guess}Vragen beantwoord ik met opdrachten: {QUESTIONS_HINT}"


async def _ask_which(update: Update, context: BotContext, question: DraftRecord, text: str) -> None:
    """A message that names who promises what by when, while a question waits: ask which it is."""
    held = HeldAnswer(question=question.id, text=text)
    draft = await context.use_case(
        drafts.save_draft, chat_id(update), user_id(update), DraftKind.CARD, pending.dump(held)
    )
    step = drafts.any_step(question)
    asked = _asked(step)[0] if isinstance(step, Question) else ""
    await say(update, context, WHICH.format(question=esc(asked)), keyboards.answer_or_new(draft.id))


async def _choice_waits(update: Update, context: BotContext, question: DraftRecord, answer: str) -> bool:
    """ "ja" or "nee" typed while a message waits to be told whether it answers ``question`` or is a new
    commitment: it says neither (nor is it the answer to the question), so the buttons are pointed to."""
    if not (pending.is_keep(answer) or pending.is_no(answer)):
        return False
    held = await context.use_case(drafts.held_for, chat_id(update), user_id(update), question.id)
    if held is None:
        return False
    typed = " ".join(answer.split())
    await say(update, context, CHOOSE_FIRST.format(text=esc(short(held.text, TITLE_LIMIT)), typed=esc(typed)))
    return True


async def _held(update: Update, context: BotContext) -> HeldAnswer:
    draft = await context.use_case(drafts.claim, context.button.id, chat_id(update))  # once, in one unit
    return drafts.step_of(draft, HeldAnswer)


@editors_only
async def held_is_answer(update: Update, context: BotContext) -> None:
    """Antwoord op de vraag: the held message answers the question after all."""
    held = await _held(update, context)
    question = await context.use_case(drafts.load_draft, held.question, chat_id(update))
    await edit(update, f"Als antwoord op mijn vraag genomen: “{short(held.text, TITLE_LIMIT)}”")
    await _answer(update, context, question, held.text)


@editors_only
async def held_is_new(update: Update, context: BotContext) -> None:
    """Nieuwe toezegging: the held message is a new commitment; the question stays open."""
    held = await _held(update, context)
    await edit(update, "Als nieuwe toezegging genomen; mijn vraag staat nog open.")
    await adding.propose(update, context, held.text)


@editors_only
async def cancel_step(update: Update, context: BotContext) -> None:
    """Annuleer under a pending step's buttons; a step answered or closed meanwhile says so instead."""
    if not await context.use_case(drafts.delete_draft, context.button.id, chat_id(update)):
        await edit(update, GONE)
        return
    await edit(update, "Geannuleerd; er is niets gewijzigd.")


HANDLERS: Handlers = [
    MessageHandler(filters.TEXT & ~filters.COMMAND, answer_or_propose),
    ButtonHandler(cancel_step, "q", "cancel"),
    ButtonHandler(held_is_answer, "q", "answer"),
    ButtonHandler(held_is_new, "q", "new"),
]
