"""Drafts: unfinished work of a chat, kept in the database so a restart or another replica can finish it.

A draft is a card waiting for "Opslaan", a question waiting for its answer (``message_id`` is the question
the answer replies to), a document's list of found items, or the filter behind a paged list. Drafts are
scoped to the team's chat id like everything else, and expire after a day.

:func:`claim` takes a draft out of the table inside the use case's transaction, so that two replicas
pressing the same button save once; when the use case fails, its rollback leaves the draft as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, TypeVar

from pydantic import ValidationError
from sqlalchemy import Select, and_, bindparam, delete, or_, select, update

from commitments import pending
from commitments.errors import DomainError, InvalidInput
from commitments.letters import letter_item_key, register_kept_letter, saved_from_letter
from commitments.model import Draft, DraftKind
from commitments.records import CommitmentRecord
from commitments.services import add_commitment
from commitments.unit_of_work import UnitOfWork

LIFETIME = timedelta(days=1)


class DraftGone(DomainError):
    """The draft expired, was finished already, or belongs to another chat."""

    def __init__(self) -> None:
        super().__init__("Dit concept is verlopen of al afgehandeld. Begin gerust opnieuw.")


@dataclass(frozen=True)
class DraftRecord:
    id: int
    team: int
    user_id: int
    kind: DraftKind
    payload: dict[str, Any]
    message_id: int | None
    created_at: datetime
    expires_at: datetime
    previous_message_id: int | None = None

    @classmethod
    def of(cls, draft: Draft) -> DraftRecord:
        return cls(
            id=draft.id,
            team=draft.team_chat_id,
            user_id=draft.user_id,
            kind=draft.kind,
            payload=dict(draft.payload),
            message_id=draft.message_id,
            created_at=draft.created_at,
            expires_at=draft.expires_at,
            previous_message_id=draft.previous_message_id,
        )


def save_draft(
    uow: UnitOfWork,
    team: int,
    user_id: int,
    kind: DraftKind,
    payload: dict[str, Any],
    message_id: int | None = None,
) -> DraftRecord:
    """Keep a new draft for a day."""
    moment = uow.now()
    session = uow.session
    draft = Draft(
        team_chat_id=team,
        user_id=user_id,
        kind=kind,
        payload=payload,
        message_id=message_id,
        created_at=moment,
        expires_at=moment + LIFETIME,
    )
    session.add(draft)
    session.flush()
    return DraftRecord.of(draft)


RENEW_AFTER = timedelta(minutes=1)
"""A list asked for again renews its draft's day only when the last renewal is older than this: a list asked
for over and over (a busy team's /open) then reads its draft without writing, and its day still runs from
the last ask, to the minute."""

_LISTS = (  # a person's live list drafts; built once, as is _RENEW
    select(Draft.id, Draft.payload, Draft.expires_at)
    .where(Draft.team_chat_id == bindparam("team"), Draft.user_id == bindparam("user"))
    .where(Draft.kind == DraftKind.LIST, Draft.expires_at > bindparam("now"))
    .order_by(Draft.id.desc())
)
_RENEW = update(Draft).where(Draft.id == bindparam("draft")).values(expires_at=bindparam("expires"))


def keep_list(uow: UnitOfWork, team: int, user_id: int, step: pending.ListStep) -> int:
    """The id of the draft behind a list's page buttons: this person's live draft of the same list with its
    day renewed (asking for a list again adds no row; see :data:`RENEW_AFTER`), else a new draft."""
    payload, now = pending.dump(step), uow.now()
    for kept in uow.core(_LISTS, {"team": team, "user": user_id, "now": now}).all():
        if kept.payload == payload:
            if kept.expires_at < now + LIFETIME - RENEW_AFTER:
                uow.core(_RENEW, {"draft": kept.id, "expires": now + LIFETIME})
            return int(kept.id)
    return save_draft(uow, team, user_id, DraftKind.LIST, payload).id


def _live(draft: Draft | None, team: int, now: datetime) -> Draft:
    if draft is None or draft.team_chat_id != team or draft.expires_at <= now:
        raise DraftGone()
    return draft


def load_draft(uow: UnitOfWork, draft_id: int, team: int) -> DraftRecord:
    """A live draft of this team, or :class:`DraftGone`."""
    session = uow.session
    return DraftRecord.of(_live(session.get(Draft, draft_id), team, uow.now()))


def update_draft(
    uow: UnitOfWork,
    draft_id: int,
    team: int,
    *,
    kind: DraftKind | None = None,
    payload: dict[str, Any] | None = None,
    message_id: int | None = None,
) -> DraftRecord:
    """Change a live draft's kind, payload or message id (what is not given stays)."""
    session = uow.session
    draft = _live(session.get(Draft, draft_id), team, uow.now())
    if kind is not None:
        draft.kind = kind
    if payload is not None:
        draft.payload = payload
    if message_id is not None and message_id != draft.message_id:
        if kind == DraftKind.QUESTION or (kind is None and draft.kind == DraftKind.QUESTION):
            draft.previous_message_id = draft.message_id
        draft.message_id = message_id
    session.flush()
    return DraftRecord.of(draft)


def delete_draft(uow: UnitOfWork, draft_id: int, team: int) -> bool:
    """Forget a draft; False when it was already gone."""
    session = uow.session
    result = session.execute(delete(Draft).where(Draft.id == draft_id, Draft.team_chat_id == team))
    return bool(getattr(result, "rowcount", 0))


_QUESTIONS = select(Draft).where(  # built once
    Draft.team_chat_id == bindparam("team"),
    Draft.user_id == bindparam("user"),
    Draft.kind.in_((DraftKind.QUESTION, DraftKind.CARD)),  # a card may wait for "Ja, deze datum"
    Draft.expires_at > bindparam("now"),
)


_ACTION_NAMES: dict[str, str] = {
    "done": "afdoen",
    "partly": "deels afdoen",
    "postpone": "uitstel",
    "drop": "vervallen",
    "assign": "toewijzen",
    "edit": "wijzigen",
    "reopen": "heropenen",
}


def closed_question(step: pending.AnyStep | None, kept: bool) -> str:
    """How the person is told which question a new command closed (plain text, escaped by the bot)."""
    if isinstance(step, pending.ChangeStep):
        return f"De vraag over #{step.commitment} ({_ACTION_NAMES[step.action]}) is gesloten."
    if isinstance(step, pending.LetterDateStep):
        return f"De vraag naar de datum van ‘{step.filename}’ is gesloten."
    if isinstance(step, pending.LetterAsked):
        return "De vraag om een brief is gesloten."
    if kept:
        return "De vraag bij de nieuwe kaart is gesloten; de kaart staat nog klaar om op te slaan."
    return "De vraag bij de nieuwe kaart is gesloten; die kaart is niet opgeslagen."


@dataclass(frozen=True)
class EndedQuestions:
    """What :func:`end_questions` did: the cards that stay, and a line per closed question."""

    kept: list[int]
    closed: list[str]


def end_questions(
    uow: UnitOfWork, team: int, user_id: int, answered: tuple[type, ...] = ()
) -> EndedQuestions:
    """The person moved on (a command that starts something else, a file, or "annuleer"): their open
    questions in this chat end, so a later message is never taken as the answer to a question they left. A
    card that was asked for a changed value (Wijzig termijn) stays a card, to be saved as it was; every other
    question is dropped, and so is a change waiting for "Ja, deze datum": its date was checked against the
    item as it was then, so a later press must not undo what the person changed since. A question of a kind
    in ``answered`` (a /brief question, when a file came) ends without a line: it got its answer."""
    kept, closed = [], []
    now = uow.now()
    questions = uow.session.scalars(_QUESTIONS, {"team": team, "user": user_id, "now": now}).all()
    for draft in questions:
        step = _step_or_none(draft.payload)
        if draft.kind == DraftKind.CARD and not _confirming(step):
            continue  # a card waiting for Opslaan, not a question
        keep = isinstance(step, pending.CardStep) and (step.new.deadline is not None or step.no_deadline)
        if isinstance(step, pending.CardStep) and keep:
            draft.kind = DraftKind.CARD
            draft.payload = pending.dump(step.model_copy(update={"asking": None}))
            kept.append(draft.id)
        elif not _take_out(uow, draft.id, team, now):
            continue  # a concurrent update of the person ended it first: not this one's to report
        if not isinstance(step, answered):
            closed.append(closed_question(step, keep))
    return EndedQuestions(kept, closed)


def file_arrived(uow: UnitOfWork, team: int, user_id: int) -> list[str]:
    """A file from the person starts something new, as a command does: it answers their /brief question in
    this chat and closes their other questions there (another letter's date, a change's reason), so that a
    later text is not taken for an answer to a question they left. Returns a line per closed question."""
    return end_questions(uow, team, user_id, answered=(pending.LetterAsked,)).closed


def _step_or_none(payload: dict[str, Any]) -> pending.AnyStep | None:
    try:
        return pending.load(payload)
    except ValidationError:
        return None


def _live_of_kind(uow: UnitOfWork, team: int, kind: DraftKind) -> Select[Draft]:
    """The chat's drafts of ``kind`` that have not expired, newest first."""
    return (
        select(Draft)
        .where(Draft.team_chat_id == team, Draft.kind == kind, Draft.expires_at > uow.now())
        .order_by(Draft.id.desc())
    )


def question_for(uow: UnitOfWork, team: int, message_id: int, user_id: int) -> DraftRecord | None:
    """The live question draft that the message ``message_id`` of this chat asked, if any; else the question
    just put to this person whose message is not noted yet (a quick answer can arrive while the bot is still
    noting which message asked it)."""
    session = uow.session
    live = _live_of_kind(uow, team, DraftKind.QUESTION)
    asked = or_(Draft.message_id == message_id, Draft.previous_message_id == message_id)
    draft = session.scalar(live.where(asked).limit(1))
    if draft is None:
        being_asked = and_(Draft.message_id.is_(None), Draft.user_id == user_id)
        draft = session.scalar(live.where(being_asked).limit(1))
    return DraftRecord.of(draft) if draft else None


def waiting_for(uow: UnitOfWork, team: int, user_id: int) -> DraftRecord | None:
    """The newest live question put to this person in this chat (a private chat's next message answers it)."""
    questions = _live_of_kind(uow, team, DraftKind.QUESTION)
    draft = uow.session.scalar(questions.where(Draft.user_id == user_id).limit(1))
    return DraftRecord.of(draft) if draft else None


def confirmation_for(
    uow: UnitOfWork, team: int, user_id: int, replied_to: int | None = None
) -> tuple[DraftRecord, pending.ChangeStep] | None:
    """The change that waits for this person's "Ja, deze datum" in this chat (a button, not a question that
    text answers), with its draft: the one the bot's message ``replied_to`` asks, else the newest such."""
    cards = _live_of_kind(uow, team, DraftKind.CARD).where(Draft.user_id == user_id)
    if replied_to is not None:
        cards = cards.where(Draft.message_id == replied_to)
    for draft in uow.session.scalars(cards):
        step = _step_or_none(draft.payload)
        if isinstance(step, pending.ChangeStep) and _confirming(step):
            return DraftRecord.of(draft), step
    return None


def held_for(uow: UnitOfWork, team: int, user_id: int, question: int) -> pending.HeldAnswer | None:
    """The person's message that waits to be told whether it answers the question in draft ``question`` or
    is a new commitment ("Is dit je antwoord op mijn vraag, …?"), if one waits."""
    cards = _live_of_kind(uow, team, DraftKind.CARD).where(Draft.user_id == user_id)
    for draft in uow.session.scalars(cards):
        step = _step_or_none(draft.payload)
        if isinstance(step, pending.HeldAnswer) and step.question == question:
            return step
    return None


def _confirming(step: pending.AnyStep | None) -> bool:
    """Whether ``step`` is a change waiting for "Ja, deze datum" (a day in the past or before the current
    deadline)."""
    return isinstance(step, pending.ChangeStep) and step.asking == "confirm_past"


def claim(uow: UnitOfWork, draft_id: int, team: int) -> DraftRecord:
    """Take a live draft of this team out of the table, in the use case's transaction.

    The conditional DELETE's row count says whether this caller got it: a concurrent claimer waits for this
    transaction (the row's lock) and then deletes nothing, so it gets :class:`DraftGone`. When the use case
    fails, the rollback leaves the draft in place.
    """
    now = uow.now()
    record = DraftRecord.of(_live(uow.session.get(Draft, draft_id), team, now))
    if not _take_out(uow, draft_id, team, now):
        raise DraftGone()
    return record


def _take_out(uow: UnitOfWork, draft_id: int, team: int, now: datetime) -> bool:
    """Delete a live draft of this team with one conditional DELETE: whether this caller took it out. A
    concurrent caller that got there first leaves nothing to delete (no stale ORM delete, no warning)."""
    result = uow.session.execute(
        delete(Draft).where(Draft.id == draft_id, Draft.team_chat_id == team, Draft.expires_at > now)
    )
    return getattr(result, "rowcount", 0) == 1


def purge_expired(uow: UnitOfWork) -> int:
    """Delete drafts older than their lifetime; returns how many."""
    session = uow.session
    result = session.execute(delete(Draft).where(Draft.expires_at <= uow.now()))
    return int(getattr(result, "rowcount", 0) or 0)


StepT = TypeVar("StepT", bound=pending.AnyStep)


def any_step(draft: DraftRecord) -> pending.AnyStep:
    """The typed step a draft holds; :class:`DraftGone` for a payload of an old shape."""
    step = _step_or_none(draft.payload)
    if step is None:
        raise DraftGone()
    return step


def step_of(draft: DraftRecord, kind: type[StepT]) -> StepT:
    """The step a draft holds, of the ``kind`` expected; :class:`DraftGone` when it holds another."""
    step = any_step(draft)
    if not isinstance(step, kind):
        raise DraftGone()
    return step


def save_card(uow: UnitOfWork, draft_id: int, team: int, by: str, confirmed: bool) -> CommitmentRecord:
    """Record the commitment a card draft holds (a past deadline only when ``confirmed``); the draft is gone
    afterwards."""
    step = step_of(claim(uow, draft_id, team), pending.CardStep)
    return add_commitment(uow, replace(step.new, team=team), by, allow_past=confirmed)


def save_found(
    uow: UnitOfWork, draft_id: int, team: int, by: str, numbers: Sequence[int] | None = None
) -> list[CommitmentRecord]:
    """Record the chosen items (numbered from 1; None: all) of a letter's draft and the letter's Document,
    all in the use case's one transaction: a failure halfway stores none of them and keeps the draft."""
    found = step_of(claim(uow, draft_id, team), pending.FoundItems)
    items = found.items
    wanted = [n for n in (numbers or range(1, len(items) + 1)) if 1 <= n <= len(items)]
    letter = found.document
    stored = saved_from_letter(uow, team, letter["content_hash"], letter.get("kamerstuk"))
    again = sorted(stored[key].id for key in {letter_item_key(items[n - 1]) for n in wanted} if key in stored)
    if again:
        # the same letter saved meanwhile from another draft (sent twice, or by two people at once)
        named = ", ".join(f"#{number}" for number in again)
        rest = any(letter_item_key(item) not in stored for item in items)
        then = "kies met ‘Kies’ wat nog ontbreekt" if rest else "met ‘Weggooien’ ruim je deze lijst op"
        raise InvalidInput(f"Uit deze brief staat al opgeslagen: {named}. Er is niets opgeslagen; {then}.")
    document_id = register_kept_letter(uow, team, letter)
    return [
        add_commitment(uow, replace(items[number - 1], team=team, document_id=document_id), by)
        for number in wanted
    ]
