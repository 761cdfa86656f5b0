"""After a letter's new items are listed: what the letter does to open items, one proposal per message.

"Deze brief lijkt #12 af te doen (motie 28638-172; 91%). Afdoen?" with [Ja] [Nee] [Andere kiezen] (always
all three). Nothing changes until someone presses Ja (or picks another item); the proposal is a draft in the
database, so a restart or another replica can finish it. Callback data: ``m:<draft>:yes|no|other|pick:<id>``.
"""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import keyboards, render
from bot.access import editors_only
from bot.callbacks import ButtonHandler
from bot.context import BotContext, Handlers, chat_id, edit, say, user_id, who
from bot.handlers.changes import start_change
from bot.undo import show_change
from commitments import drafts, letters, pending
from commitments.dutch import deadline_label
from commitments.isolation import LimitExceeded, run_isolated
from commitments.letter_arrival import Letter
from commitments.matching.action import Action
from commitments.matching.service import (
    MatchResult,
    accept_offered,
    check_offered,
    match_stored,
    offered_items,
)
from commitments.model import DraftKind
from commitments.pending import ProposalStep
from commitments.titles import telling_part

QUOTE_LIMIT = 300
NOT_MATCHED = (
    "Of deze brief open toezeggingen afdoet of uitstelt, kon ik niet nagaan: het vergelijken met de open "
    "items vroeg meer tijd of geheugen dan ik een brief geef, of ik was met te veel andere brieven bezig. "
    "Wat ik erin vond, staat hierboven; werk bestaande items zo nodig bij met /afgedaan of /uitstel."
)
NO_OTHERS = (
    "Geen ander open item lijkt op deze brief. Slaat hij op een ander, kies dan ‘Geen van deze’ en werk dat "
    "item bij met /afgedaan of /uitstel en zijn nummer."
)
PICK_TITLE = 40
"""Characters of an item's title on its button under "Andere kiezen" (a phone shows about this many)."""


async def match(update: Update, context: BotContext, letter: Letter) -> MatchResult | None:
    """What the letter seems to fulfil or postpone among the chat's open items (in the worker process);
    None when that took more than a letter is given."""
    try:
        return await run_isolated(
            match_stored,
            context.database_url,
            letter.extraction,
            chat_id(update),
            letter.body_start,
            letter.content_hash,
        )
    except LimitExceeded:
        return None


async def propose(update: Update, context: BotContext, letter: Letter, result: MatchResult | None) -> None:
    """Send a proposal for each open item the letter seems to fulfil or postpone (after the listing), or
    say that :func:`match` could not tell."""
    if result is None:
        await say(update, context, NOT_MATCHED)
        return
    team = chat_id(update)
    for proposal in result.proposals:
        step = proposal.step(letter.document)
        draft = await context.use_case(
            drafts.save_draft, team, user_id(update), DraftKind.MATCH, pending.dump(step)
        )
        sent = await say(update, context, proposal_text(step), _keyboard(draft.id, step))
        await context.use_case(drafts.update_draft, draft.id, team, message_id=sent.message_id)


def proposal_text(step: ProposalStep) -> str:
    """The question for one proposal, with its evidence; everything from the letter or the store escaped."""
    number = f"<b>#{step.commitment}</b>"
    why = f"({render.short(step.label, render.FIELD_LIMIT)}; {round(step.score * 100)}%)"
    quote = f"<i>“{render.short(step.quote, QUOTE_LIMIT)}”</i>"
    evidence = (
        f"Waarom: {render.short('; '.join(step.evidence), render.TITLE_LIMIT)}\n" if step.evidence else ""
    )
    if step.action is not Action.POSTPONE:
        partly = step.action is Action.PARTIAL
        verb, question = (
            ("deels af te doen", "Als deels voldaan vastleggen?") if partly else ("af te doen", "Afdoen?")
        )
        return render.fit(f"Deze brief lijkt {number} {verb} {why}. {question}\n{evidence}{quote}")
    reason = render.short(step.reason or "niet genoemd", render.TITLE_LIMIT)
    if step.deadline is None:
        moment = render.short(step.deadline_text or "geen nieuw moment", render.FIELD_LIMIT)
        return render.fit(
            f"Deze brief meldt uitstel van {number} {why}, zonder nieuwe datum ({moment}).\n"
            f"Reden: {reason}\n{evidence}{quote}\nKies ‘Nieuwe termijn’ om de termijn zelf op te geven."
        )
    when = render.short(deadline_label(step.deadline, step.estimate), render.FIELD_LIMIT)
    return render.fit(
        f"Deze brief lijkt {number} uit te stellen tot <b>{when}</b> {why}.\n"
        f"Reden: {reason}\n{evidence}{quote}\nUitstellen?"
    )


def _button(text: str, *parts: str | int) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=keyboards.callback(*parts))


def _keyboard(draft_id: int, step: ProposalStep) -> InlineKeyboardMarkup:
    if step.needs_new_deadline:
        first = _button("📅 Nieuwe termijn", "m", draft_id, "newdate")
    else:
        first = _button("✅ Ja", "m", draft_id, "yes")
    # the same three on every proposal, also when no other item came close (Andere kiezen then says so)
    rows = [
        [first, _button("✖️ Nee", "m", draft_id, "no")],
        [_button("🔎 Andere kiezen", "m", draft_id, "other")],
    ]
    return InlineKeyboardMarkup(rows)


DONE = {Action.FULFIL: "is afgedaan", Action.PARTIAL: "is deels afgedaan", Action.POSTPONE: "is uitgesteld"}


def _letter_name(fields: dict[str, Any]) -> str:
    return render.short(letters.draft_letter_name(fields), render.TITLE_LIMIT)


async def _accept(update: Update, context: BotContext, commitment_id: int | None) -> None:
    step, item, changed = await context.use_case(
        accept_offered, context.button.id, chat_id(update), who(update), commitment_id
    )
    source = _letter_name(step.letter)
    card = render.commitment_card(item, context.today())
    if not changed:
        when = deadline_label(item.deadline, item.estimate) if item.deadline else "—"
        head = (
            f"ℹ️ De termijn van #{item.id} staat al op {when}; de {source} verschuift niets. Niets gewijzigd."
        )
        await edit(update, f"{head}\n\n{card}")
        return
    await show_change(
        update, context, f"✅ #{item.id} {DONE[step.action]} met de {source}.\n\n{card}", item, undo=True
    )


async def _proposal(update: Update, context: BotContext) -> ProposalStep:
    draft = await context.use_case(drafts.load_draft, context.button.id, chat_id(update))
    return drafts.step_of(draft, ProposalStep)


@editors_only
async def accept(update: Update, context: BotContext) -> None:
    """Ja: do what the letter says to the proposed item."""
    await _accept(update, context, None)


@editors_only
async def pick(update: Update, context: BotContext) -> None:
    """One of the offered candidates was chosen: do it to that item instead. A postponement without a new
    date asks for that item's new deadline, as ‘Nieuwe termijn’ under the first proposal does."""
    step, number = await _proposal(update, context), context.button.given_number
    check_offered(step, number)
    if step.needs_new_deadline:
        await _ask_new_deadline(update, context, number)
        return
    await _accept(update, context, number)


@editors_only
async def new_deadline(update: Update, context: BotContext) -> None:
    """Nieuwe termijn, under a postponement the letter reports without a new day: ask that item's day."""
    await _ask_new_deadline(update, context, None)


async def _ask_new_deadline(update: Update, context: BotContext, commitment_id: int | None) -> None:
    """Take the proposal (once) and ask the new day of ``commitment_id`` (None: the proposed item); the
    letter's reason and the letter itself go with the postponement, so its history names them."""
    draft = await context.use_case(drafts.claim, context.button.id, chat_id(update))
    step = drafts.step_of(draft, ProposalStep)
    number = commitment_id or step.commitment  # pick() checked that it was offered
    await edit(update, f"{proposal_text(step)}\n\nDe nieuwe termijn van #{number} vraag ik hieronder.")
    await start_change(update, context, number, "postpone", reason=step.reason, letter=step.letter)


@editors_only
async def decline(update: Update, context: BotContext) -> None:
    """Nee: forget the proposal; nothing changes."""
    draft = await context.use_case(drafts.claim, context.button.id, chat_id(update))  # once, in one unit
    step = drafts.step_of(draft, ProposalStep)
    await edit(update, f"Niets gewijzigd; #{step.commitment} blijft zoals het was.")


@editors_only
async def others(update: Update, context: BotContext) -> None:
    """Andere kiezen: the proposal itself first (so it can still be chosen), then the next best candidates."""
    draft_id = context.button.id
    step = await _proposal(update, context)
    items = await context.use_case(offered_items, step, chat_id(update))
    rows = []
    for item in items:
        others = [other.title for other in items if other.id != item.id]
        label = telling_part(item.title, others, PICK_TITLE)
        mark = " (voorstel)" if item.id == step.commitment else ""
        rows.append([_button(f"#{item.id} {label}{mark}", "m", draft_id, "pick", item.id)])
    rows.append([_button("✖️ Geen van deze", "m", draft_id, "no")])
    listed = "\n".join(f"#{item.id} {render.short(item.title, render.TITLE_LIMIT)}" for item in items)
    text = f"{proposal_text(step)}\n\nOp welk item slaat deze brief? Het voorstel staat bovenaan.\n{listed}"
    if len(items) < 2:
        text += f"\n{NO_OTHERS}"
    await edit(update, render.fit(text), InlineKeyboardMarkup(rows))


HANDLERS: Handlers = [
    ButtonHandler(accept, "m", "yes"),
    ButtonHandler(pick, "m", "pick"),
    ButtonHandler(decline, "m", "no"),
    ButtonHandler(others, "m", "other"),
    ButtonHandler(new_deadline, "m", "newdate"),
]
