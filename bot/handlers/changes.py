"""Changes to a saved commitment: /afgedaan, /deels, /uitstel, /vervallen, /toewijzen, /heropen, /wijzig,
/ongedaan and /volgende (the next time of a fulfilled recurring item), their buttons and a card's history
button.

/deels asks what was delivered (a note kept in the history, or the Kamerstuk) and, of an item with a
deadline, whether the rest keeps it ("ja") or gets a new one (then postponed to it, in the same change).

A change that lacks what it needs (``/uitstel 12``, ``/uitstel 12 Q3 2027`` without a reason, ``/uitstel 12
wegens drukte`` without a day) asks for it; the question is a :class:`~commitments.pending.ChangeStep` in the
database, answered by a reply (group) or the next message (private chat). A new deadline in the past is named
and needs a press on "Ja, deze datum".
A status change, a reopening or a postponement answers with "Ongedaan maken" for ten minutes (bot.undo).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler

from bot import keyboards, render
from bot.access import admits_in_use_case, editors_only
from bot.callbacks import ButtonHandler
from bot.context import (
    BotContext,
    Handlers,
    argument,
    chat_id,
    edit,
    say,
    text_of,
    unclose,
    user_id,
    who,
)
from bot.handlers.help import example
from bot.parsing import split_deadline, split_id, split_reason
from bot.render import CANCEL_HINT, esc
from bot.undo import show_change
from commitments import drafts, pending, services, teams
from commitments.change_step import carry_out, check_start, check_unchanged, confirm_first
from commitments.drafts import DraftRecord
from commitments.dutch import deadline_label, dutch_date
from commitments.edits import USAGE, read_change
from commitments.errors import InvalidInput, NoDate, PastDeadline
from commitments.model import DraftKind
from commitments.pending import ChangeAction, ChangeStep
from commitments.records import BROUGHT_FORWARD, CommitmentRecord

QUESTIONS = {
    "postpone": (
        "Wat wordt de nieuwe termijn van #{id}, en waarom? Bijvoorbeeld ‘1 maart wegens vertraging’.",
        "Termijn en reden",
    ),
    "drop": ("Waarom vervalt #{id}?", "Reden"),
    "partly": (
        "Wat is er van #{id} geleverd? Een korte notitie voor de geschiedenis, of het Kamerstuk waarmee het "
        "deels is gedaan (bijvoorbeeld ‘eerste rapportage verstuurd’ of ‘28638-180’).",
        "Wat is geleverd",
    ),
    "assign": ("Aan wie wijs je #{id} toe? Bijvoorbeeld @jan.", "@gebruiker"),
}
ASK_REASON = "Waarom wordt #{id} uitgesteld naar {day}? Geen reden bekend: antwoord ‘onbekend’."
ASK_DEADLINE = "Wat wordt de nieuwe termijn van #{id}? (Reden: {reason})"
ASK_REST = (
    "Houdt de rest van #{id} de termijn van {day}? Antwoord ‘ja’, of geef een nieuwe termijn, bijvoorbeeld "
    "‘1 juni’ of ‘eind Q3 wegens vertraging’."
)
REST_NEEDS_A_DAY = (
    "Geef dan de nieuwe termijn voor de rest van #{id}, bijvoorbeeld ‘1 juni’; ‘ja’ houdt {day}."
)
DONE = {
    "done": "#{id} is afgedaan.",
    "partly": "#{id} is deels afgedaan.",
    "postpone": "#{id} is uitgesteld.",
    "drop": "#{id} is vervallen.",
    "assign": "#{id} is toegewezen.",
    "reopen": "#{id} is weer open.",
    "edit": "#{id} is gewijzigd.",
}
BROUGHT_FORWARD_DONE = "De termijn van #{id} is vervroegd."
UNDOABLE = ("done", "partly", "drop", "postpone", "reopen")
NO_DEADLINE = (
    "Uitstel geeft #{id} een nieuwe termijn. Moet #{id} zonder termijn verder, gebruik dan "
    "/wijzig {id} termijn geen termijn."
)


async def _show_result(update: Update, context: BotContext, item: CommitmentRecord, step: ChangeStep) -> None:
    """The confirmation and the updated card (in place of the pressed card, or as a new message); after a
    status change or a postponement with "Ongedaan maken", which goes away after ten minutes. An owner the
    group does not know is stored, and named."""
    done = DONE[step.action].format(id=item.id)
    if step.action == "postpone" and item.history and item.history[-1].label == BROUGHT_FORWARD:
        done = BROUGHT_FORWARD_DONE.format(id=item.id)  # a confirmed earlier day: not "uitgesteld"
    if step.action == "partly" and step.rest_due is not None:
        rest = esc(deadline_label(item.deadline, item.estimate, item.deadline_text))
        moved = " (‘Ongedaan maken’ zet die termijn terug; deels voldaan blijft)" if step.deadline else ""
        done = f"{done} De rest {'heeft nu' if step.deadline else 'houdt'} als termijn {rest}{moved}."
    owner_changed = step.action == "assign" or (step.action == "edit" and step.field == "eigenaar")
    if owner_changed and item.owner:
        note = await context.use_case(teams.stranger_note, chat_id(update), item.owner)
        done = f"{done} {esc(note)}" if note else done
    text = f"{done}\n\n{render.commitment_card(item, context.today())}"
    await show_change(update, context, text, item, undo=step.action in UNDOABLE)


def question_of(step: ChangeStep) -> tuple[str, str]:
    """The question a change waits for (ending, as every question does, with how to stop), and its
    placeholder."""
    if step.asking == "reason" and step.deadline is not None:
        question = ASK_REASON.format(id=step.commitment, day=dutch_date(step.deadline.date))
        return f"{question} {CANCEL_HINT}", "Reden"
    if step.asking == "rest" and step.rest_due is not None:
        question = ASK_REST.format(id=step.commitment, day=dutch_date(step.rest_due))
        return f"{question} {CANCEL_HINT}", "ja, of een nieuwe termijn"
    if step.action == "postpone" and step.reason:  # the reason is known (from a letter): only the day
        question = ASK_DEADLINE.format(id=step.commitment, reason=step.reason)
        return f"{question} {CANCEL_HINT}", "Termijn"
    question, placeholder = QUESTIONS[step.action]
    return f"{question.format(id=step.commitment)} {CANCEL_HINT}", placeholder


async def _ask(
    update: Update,
    context: BotContext,
    step: ChangeStep,
    draft_id: int | None = None,
    note: str | None = None,
) -> None:
    """Ask what ``step`` waits for (after ``note``, plain text, if given), keeping it as a question draft (a
    new one, or ``draft_id`` updated). Asked again by a new command, it is not said to be closed: it stands
    again."""
    question, placeholder = question_of(step)
    unclose(context, drafts.closed_question(step, kept=False))
    text = f"{note}\n\n{question}" if note else question
    message = await say(update, context, esc(text), ask=placeholder)
    await _keep(update, context, step, DraftKind.QUESTION, message.message_id, draft_id)


async def _keep(
    update: Update,
    context: BotContext,
    step: ChangeStep,
    kind: DraftKind,
    message_id: int,
    draft_id: int | None,
) -> None:
    if draft_id is None:
        await context.use_case(
            drafts.save_draft,
            chat_id(update),
            user_id(update),
            kind,
            pending.dump(step),
            message_id=message_id,
        )
    else:
        await context.use_case(
            drafts.update_draft,
            draft_id,
            chat_id(update),
            kind=kind,
            payload=pending.dump(step),
            message_id=message_id,
        )


async def _confirm_past(
    update: Update, context: BotContext, step: ChangeStep, error: PastDeadline, draft_id: int | None
) -> None:
    """Name the past date and wait for "Ja, deze datum"."""
    step = await context.use_case(confirm_first, step, chat_id(update))
    if draft_id is None:
        saved = await context.use_case(
            drafts.save_draft, chat_id(update), user_id(update), DraftKind.CARD, pending.dump(step)
        )
        draft_id = saved.id
    text = f"⚠️ {esc(error.message)} Toch deze datum gebruiken voor #{step.commitment}?"
    keyboard: InlineKeyboardMarkup = keyboards.step_choice(draft_id, "✅ Ja, deze datum", "past")
    message = await say(update, context, text, keyboard)
    await _keep(update, context, step, DraftKind.CARD, message.message_id, draft_id)


async def _unlikely_day(
    context: BotContext, step: ChangeStep, team: int, moved_to: date | None
) -> PastDeadline | None:
    """A postponement to a past day or to before the current deadline, not yet confirmed: asked first."""
    if moved_to is None or step.past_confirmed:
        return None
    try:
        await context.use_case(services.check_postponement, step.commitment, moved_to, team)
    except PastDeadline as unlikely:
        return unlikely
    return None


async def _run(update: Update, context: BotContext, step: ChangeStep, draft_id: int | None = None) -> None:
    """Finish the step, or ask for what is still missing; ``draft_id`` is the step's draft, gone after."""
    if step.action == "postpone" and step.deadline is None:
        if not step.value:
            await _ask(update, context, step.model_copy(update={"asking": "detail"}), draft_id)
            return
        if pending.is_no_deadline(step.value):
            raise InvalidInput(NO_DEADLINE.format(id=step.commitment))
        try:
            deadline, reason = split_deadline(step.value, context.today())
        except NoDate as unread:
            # "/uitstel 12 wegens drukte": what the command gives names no day, so it is the reason; the day
            # is asked for ("binnenkort want …": the phrase gives no day, said first). An answer keeps a
            # reason only when a word such as "want" splits it off ("binnenkort want …", which replaces the
            # reason the question showed); anything else in an answer is explained and asked again
            phrase, reason = split_reason(step.value)
            if (step.reason or draft_id is not None) and not (phrase and reason):
                raise
            step = step.model_copy(update={"reason": reason, "value": None})
            note = unread.message if phrase else None
            await _ask(update, context, step.model_copy(update={"asking": "detail"}), draft_id, note)
            return
        step = step.model_copy(update={"deadline": deadline, "reason": reason or step.reason, "value": None})
    if step.action == "postpone" and not step.reason:
        moved_to = step.deadline.date if step.deadline else None
        unlikely = await _unlikely_day(context, step, chat_id(update), moved_to)
        if unlikely is not None:
            await _confirm_past(update, context, step, unlikely, draft_id)  # before asking why
            return
        await _ask(update, context, step.model_copy(update={"asking": "reason"}), draft_id)
        return
    if not step.value and step.action in ("drop", "assign", "partly"):
        await _ask(update, context, step.model_copy(update={"asking": "detail"}), draft_id)
        return
    if step.action == "partly" and step.asking == "detail":  # what was delivered is known: and the rest?
        item = await context.use_case(services.get_commitment, step.commitment, chat_id(update))
        if item.deadline is not None:
            rest = step.model_copy(update={"asking": "rest", "rest_due": item.deadline})
            await _ask(update, context, rest, draft_id)
            return
    try:
        item = await context.use_case(
            carry_out, step, chat_id(update), who(update), allow_past=step.past_confirmed, draft_id=draft_id
        )
    except PastDeadline as error:
        await _confirm_past(update, context, step, error, draft_id)
        return
    await _show_result(update, context, item, step)


COMMANDS: dict[str, ChangeAction] = {
    "afgedaan": "done",
    "deels": "partly",
    "uitstel": "postpone",
    "vervallen": "drop",
    "toewijzen": "assign",
    "heropen": "reopen",
    "wijzig": "edit",
}


@admits_in_use_case
@editors_only
async def change_command(update: Update, context: BotContext) -> None:
    """/afgedaan, /deels, /uitstel, /vervallen, /toewijzen, /heropen, /wijzig ID …: change, or ask."""
    name = text_of(update).split(maxsplit=1)[0].split("@")[0].lstrip("/").lower()
    action = COMMANDS[name]
    commitment_id, detail = split_id(argument(update), example(name))
    # refuse unknown ids (and a status change of a closed item) before asking anything
    await context.use_case(check_start, commitment_id, action, chat_id(update))
    field = None
    if action == "edit":
        parts = detail.split(maxsplit=1)
        if not parts:
            raise InvalidInput(USAGE)
        field, detail = parts[0].lower(), parts[1] if len(parts) == 2 else ""
        read_change(field, detail, context.today())  # a wrong field or value is refused before anything
    step = ChangeStep(
        action=action, commitment=commitment_id, asking="detail", field=field, value=detail or None
    )
    await _run(update, context, step)


@admits_in_use_case
@editors_only
async def change_button(update: Update, context: BotContext) -> None:
    """A button under a card: change at once, or ask for what the change needs."""
    await start_change(update, context, context.button.id, context.button.action)


async def start_change(
    update: Update,
    context: BotContext,
    commitment_id: int,
    action: str,
    *,
    reason: str | None = None,
    letter: dict[str, Any] | None = None,
) -> None:
    """Change the chat's item ``commitment_id`` at once, or ask for what the change needs (a postponement:
    "Wat wordt de nieuwe termijn …"); a postponement a letter reports comes with its ``reason`` and
    ``letter``, kept with the change."""
    await context.use_case(check_start, commitment_id, action, chat_id(update))
    step = ChangeStep(action=action, commitment=commitment_id, asking="detail", reason=reason, letter=letter)
    await _run(update, context, step)


@admits_in_use_case
@editors_only
async def undo_button(update: Update, context: BotContext) -> None:
    """Ongedaan maken: put back what a mistaken status change or postponement changed (within ten minutes)."""
    commitment_id, event_id = context.button.id, context.button.given_number
    undone = await context.use_case(
        services.undo_change, commitment_id, event_id, who(update), team=chat_id(update)
    )
    await edit(update, _undone(undone, context.today()), keyboards.commitment_card(undone.item))


@editors_only
async def undo_command(update: Update, context: BotContext) -> None:
    """/ongedaan ID: the "Ongedaan maken" button as a command, for the item's last change."""
    commitment_id, _ = split_id(argument(update), "/ongedaan 12")
    undone = await context.use_case(services.undo_last, commitment_id, who(update), team=chat_id(update))
    await say(update, context, _undone(undone, context.today()), keyboards.commitment_card(undone.item))


def _undone(undone: services.Undone, today: date) -> str:
    """How the item stands after an undo (its deadline back, or its status; what became of its next time),
    above its card."""
    item = undone.item
    last = item.history[-1]
    if last.event == "postponed":
        back = esc(deadline_label(item.deadline, item.estimate, item.deadline_text))
        text = f"#{item.id} heeft weer als termijn {back}."
    else:
        text = f"#{item.id} is weer {last.new}."
    if undone.next_time is not None and undone.next_time_removed:
        text += f" #{undone.next_time} (de volgende keer) is weggehaald."
    elif undone.next_time is not None:
        text += f" #{undone.next_time} (de volgende keer) blijft staan: die is sindsdien gewijzigd."
    return f"Ongedaan gemaakt: {text}\n\n{render.commitment_card(item, today)}"


@admits_in_use_case
@editors_only
async def confirm_past(update: Update, context: BotContext) -> None:
    """Ja, deze datum: apply the change with its deadline in the past."""
    await confirm_waiting(update, context, context.button.id)


async def confirm_waiting(update: Update, context: BotContext, draft_id: int) -> None:
    """Apply the change of draft ``draft_id`` with its deadline in the past or before the current one ("Ja,
    deze datum", pressed or typed); a postponement without a reason yet asks why first."""
    draft = await context.use_case(drafts.load_draft, draft_id, chat_id(update))
    step = drafts.step_of(draft, ChangeStep).model_copy(update={"past_confirmed": True})
    if step.action == "postpone" and not step.reason:  # the date first, then why
        await context.use_case(check_unchanged, step, chat_id(update))
        await _ask(update, context, step.model_copy(update={"asking": "reason"}), draft.id)
        return
    item = await context.use_case(
        carry_out, step, chat_id(update), who(update), allow_past=True, draft_id=draft.id, claim=True
    )
    await _show_result(update, context, item, step)


async def _follow_up(update: Update, context: BotContext, commitment_id: int) -> None:
    """Record the next time of a fulfilled recurring promise and show its card."""
    item = await context.use_case(services.follow_up, commitment_id, who(update), team=chat_id(update))
    card = render.commitment_card(item, context.today())
    text = f"De volgende keer van #{commitment_id} is #{item.id}.\n\n{card}"
    await say(update, context, text, keyboards.commitment_card(item))


@admits_in_use_case
@editors_only
async def follow_up_button(update: Update, context: BotContext) -> None:
    """Volgende keer: a fulfilled recurring promise comes back as a new open item."""
    await _follow_up(update, context, context.button.id)


@admits_in_use_case
@editors_only
async def follow_up_command(update: Update, context: BotContext) -> None:
    """/volgende ID: the "Volgende keer" button as a command."""
    commitment_id, _ = split_id(argument(update), "/volgende 12")
    await _follow_up(update, context, commitment_id)


@admits_in_use_case
async def history_button(update: Update, context: BotContext) -> None:
    """Geschiedenis: show the card with its history."""
    item = await context.use_case(services.get_commitment, context.button.id, chat_id(update))
    card = render.commitment_card(item, context.today(), history_tz=context.settings.tz)
    await say(update, context, card, keyboards.commitment_card(item))


async def answer_change(update: Update, context: BotContext, draft: DraftRecord, answer: str) -> None:
    """The answer to a change's question; the question stays while the answer is refused."""
    step = drafts.step_of(draft, ChangeStep)
    written = " ".join(answer.split())
    if step.asking == "reason":
        step = step.model_copy(update={"reason": pending.reason_of(written)})
    elif step.asking == "rest":
        step = _rest_answered(step, written, context.today())
    else:
        step = step.model_copy(update={"value": written})
    await _run(update, context, step, draft.id)


def _rest_answered(step: ChangeStep, written: str, today: date) -> ChangeStep:
    """The answer to "Houdt de rest de termijn …?": "ja" keeps it; a new deadline, with a reason after it or
    not, moves the rest; "nee" alone asks for that deadline."""
    if pending.is_keep(written):
        return step
    due = dutch_date(step.rest_due) if step.rest_due else "de termijn"
    if pending.is_no(written):
        raise InvalidInput(REST_NEEDS_A_DAY.format(id=step.commitment, day=due))
    deadline, reason = split_deadline(written, today)
    return step.model_copy(update={"deadline": deadline, "reason": reason or None})


HANDLERS: Handlers = [
    CommandHandler(list(COMMANDS), change_command),
    CommandHandler("ongedaan", undo_command),
    ButtonHandler(change_button, "c", "done", "partly", "postpone", "drop", "assign", "reopen"),
    ButtonHandler(undo_button, "c", "undo"),
    CommandHandler("volgende", follow_up_command),
    ButtonHandler(follow_up_button, "c", "next"),
    ButtonHandler(history_button, "c", "history"),
    ButtonHandler(confirm_past, "q", "past"),
]
