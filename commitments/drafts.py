"""Drafts: unfinished work of a chat, kept in the database so a restart or another replica can finish it.

A draft is a card waiting for "Opslaan", a question waiting for its answer (``message_id`` is the question
the answer replies to), a document's list of found items, or the filter behind a paged list. Drafts are
scoped to the team's chat id like everything else, and expire after a day.

:func:`claimed` takes a draft out of the table for the duration of a use case, so that two replicas pressing
the same button save once; when the use case fails, the draft is put back unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from pydantic import ValidationError
from sqlalchemy import delete, or_, select

from commitments import pending
from commitments.db import Database
from commitments.errors import DomainError
from commitments.letters import register_kept_letter
from commitments.model import Draft, DraftKind, utcnow
from commitments.records import CommitmentRecord
from commitments.services import add_commitment

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
    db: Database,
    team: int,
    user_id: int,
    kind: DraftKind,
    payload: dict[str, Any],
    message_id: int | None = None,
    now: datetime | None = None,
) -> DraftRecord:
    """Keep a new draft for a day."""
    moment = now or utcnow()
    with db.session() as session:
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


def _live(draft: Draft | None, team: int, now: datetime) -> Draft:
    if draft is None or draft.team_chat_id != team or draft.expires_at <= now:
        raise DraftGone()
    return draft


def load_draft(db: Database, draft_id: int, team: int, now: datetime | None = None) -> DraftRecord:
    """A live draft of this team, or :class:`DraftGone`."""
    with db.session() as session:
        return DraftRecord.of(_live(session.get(Draft, draft_id), team, now or utcnow()))


def update_draft(
    db: Database,
    draft_id: int,
    team: int,
    *,
    kind: DraftKind | None = None,
    payload: dict[str, Any] | None = None,
    message_id: int | None = None,
    now: datetime | None = None,
) -> DraftRecord:
    """Change a live draft's kind, payload or message id (what is not given stays)."""
    with db.session() as session:
        draft = _live(session.get(Draft, draft_id), team, now or utcnow())
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


def delete_draft(db: Database, draft_id: int, team: int) -> bool:
    """Forget a draft; False when it was already gone."""
    with db.session() as session:
        result = session.execute(delete(Draft).where(Draft.id == draft_id, Draft.team_chat_id == team))
        return bool(getattr(result, "rowcount", 0))


def end_questions(db: Database, team: int, user_id: int, now: datetime | None = None) -> list[int]:
    """The person moved on (a new command, or "annuleer"): their open questions in this chat end, so a later
    message is never taken as the answer to a question they left. A card that was asked for a changed value
    (Wijzig termijn) stays a card, to be saved as it was; every other question is dropped. Returns the ids of
    the cards that stay."""
    kept = []
    with db.session() as session:
        questions = session.scalars(
            select(Draft).where(
                Draft.team_chat_id == team,
                Draft.user_id == user_id,
                Draft.kind == DraftKind.QUESTION,
                Draft.expires_at > (now or utcnow()),
            )
        ).all()
        for draft in questions:
            step = _step_or_none(draft.payload)
            if isinstance(step, pending.CardStep) and (step.new.deadline is not None or step.no_deadline):
                draft.kind = DraftKind.CARD
                draft.payload = pending.dump(step.model_copy(update={"asking": None}))
                kept.append(draft.id)
            else:
                session.delete(draft)
    return kept


def _step_or_none(payload: dict[str, Any]) -> pending.AnyStep | None:
    try:
        return pending.load(payload)
    except ValidationError:
        return None


def question_for(db: Database, team: int, message_id: int, now: datetime | None = None) -> DraftRecord | None:
    """The live question draft that the message ``message_id`` of this chat asked, if any."""
    with db.session() as session:
        draft = session.scalar(
            select(Draft)
            .where(Draft.team_chat_id == team)
            .where(or_(Draft.message_id == message_id, Draft.previous_message_id == message_id))
            .where(Draft.kind == DraftKind.QUESTION, Draft.expires_at > (now or utcnow()))
            .order_by(Draft.id.desc())
            .limit(1)
        )
        return DraftRecord.of(draft) if draft else None


def waiting_for(db: Database, team: int, user_id: int, now: datetime | None = None) -> DraftRecord | None:
    """The newest live question put to this person in this chat (a private chat's next message answers it)."""
    with db.session() as session:
        draft = session.scalar(
            select(Draft)
            .where(Draft.team_chat_id == team, Draft.user_id == user_id)
            .where(Draft.kind == DraftKind.QUESTION, Draft.expires_at > (now or utcnow()))
            .order_by(Draft.id.desc())
            .limit(1)
        )
        return DraftRecord.of(draft) if draft else None


def _claim(db: Database, draft_id: int, team: int, now: datetime | None = None) -> DraftRecord:
    record = load_draft(db, draft_id, team, now)
    if not delete_draft(db, draft_id, team):
        raise DraftGone()
    return record


@contextmanager
def claimed(db: Database, draft_id: int, team: int, now: datetime | None = None) -> Iterator[DraftRecord]:
    """Take a live draft out of the table while the caller finishes it; put it back if the caller fails.

    Only one of several concurrent callers gets the draft; the others get :class:`DraftGone`.
    """
    record = _claim(db, draft_id, team, now)
    try:
        yield record
    except BaseException:
        _restore(db, record)
        raise


def _restore(db: Database, record: DraftRecord) -> None:
    with db.session() as session:
        session.add(
            Draft(
                id=record.id,
                team_chat_id=record.team,
                user_id=record.user_id,
                kind=record.kind,
                payload=record.payload,
                message_id=record.message_id,
                previous_message_id=record.previous_message_id,
                created_at=record.created_at,
                expires_at=record.expires_at,
            )
        )


def purge_expired(db: Database, now: datetime | None = None) -> int:
    """Delete drafts older than their lifetime; returns how many."""
    with db.session() as session:
        result = session.execute(delete(Draft).where(Draft.expires_at <= (now or utcnow())))
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


def save_card(
    db: Database, draft_id: int, team: int, by: str, today: date, confirmed: bool
) -> CommitmentRecord:
    """Record the commitment a card draft holds (a past deadline only when ``confirmed``); the draft is gone
    afterwards."""
    with claimed(db, draft_id, team) as draft:
        step = step_of(draft, pending.CardStep)
        return add_commitment(db, replace(step.new, team=team), by, today=today, allow_past=confirmed)


def save_found(
    db: Database, draft_id: int, team: int, by: str, numbers: Sequence[int] | None = None
) -> list[CommitmentRecord]:
    """Record the chosen items (numbered from 1; None: all) of a letter's draft, linked to the document.

    Should saving stop halfway, the draft comes back with the saved items marked, so a retry does not
    save them twice.
    """
    draft = _claim(db, draft_id, team)
    try:
        found = step_of(draft, pending.FoundItems)
    except DraftGone:
        _restore(db, draft)
        raise
    items = found.items
    already = set(found.saved)
    wanted = [n for n in (numbers or range(1, len(items) + 1)) if 1 <= n <= len(items) and n not in already]
    saved: list[CommitmentRecord] = []
    try:
        document_id = register_kept_letter(db, team, found.document)
        for number in wanted:
            new = replace(items[number - 1], team=team, document_id=document_id)
            saved.append(add_commitment(db, new, by))
            already.add(number)
    except BaseException:
        kept = found.model_copy(update={"saved": sorted(already)})
        _restore(db, replace(draft, payload=pending.dump(kept)))
        raise
    return saved
