"""Plain read models handed out by the service layer, and their stable JSON form (the CLI contract)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from commitments.dutch import EVENT_LABELS, FIELD_LABELS, KIND_LABELS, NO_OWNER, dutch_date
from commitments.model import Commitment, HistoryEvent
from commitments.refs import ref_alone
from commitments.usernames import shown_username


@dataclass(frozen=True)
class HistoryRecord:
    at: datetime
    by: str
    event: str
    old: str | None
    new: str | None
    reason: str | None
    id: int | None = None
    letter: str | None = None
    """The letter that made the change, named for a person."""

    @classmethod
    def of(cls, event: HistoryEvent) -> HistoryRecord:
        return cls(
            event.at, event.by, event.event.value, event.old, event.new, event.reason, event.id, event.letter
        )

    @property
    def kamerstuk(self) -> str | None:
        """The Kamerstuk a closing was fulfilled with (:func:`fulfilling_ref`)."""
        return fulfilling_ref(self.reason) if self.event == "status_changed" else None

    @property
    def label(self) -> str:
        """What kind of change it was, in Dutch: a deadline moved to an earlier day (an undone postponement)
        was brought forward, not postponed."""
        if self.event == "postponed" and _earlier(self.new, self.old):
            return BROUGHT_FORWARD
        return EVENT_LABELS.get(self.event, self.event)

    def details(self) -> list[str]:
        """What the change was, in words, as the card, the export and the CLI show it: the move of a
        postponement ("1 juli 2027 → 1 februari 2027"), an edit or a status, else the new value; the letter
        that made it (or the Kamerstuk a closing names); the reason."""
        parts = []
        if self.event == "postponed":
            parts.append(f"{_day_or_text(self.old)} → {_day_or_text(self.new)}")
        elif self.event == "edited" and self.old and self.new:
            parts.append(_edit(self.old, self.new))
        elif self.event == "reassigned" and self.new:
            parts.append(" → ".join(shown_username(name) for name in (self.old, self.new) if name))
        elif self.event != "created" and self.old and self.new:
            parts.append(f"{self.old} → {self.new}")
        elif self.new and self.event != "created":
            parts.append(self.new)
        if self.letter:
            parts.append(f"met {self.letter}")
        elif self.kamerstuk:
            parts.append(f"met Kamerstuk {self.kamerstuk}")
        if self.reason and not self.kamerstuk:  # a creation's reason says where it came from
            parts.append(self.reason if self.event == "created" else f"reden: {self.reason}")
        return parts

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "by": self.by,
            "event": self.event,
            "old": self.old,
            "new": self.new,
            "reason": self.reason,
            "letter": self.letter,
        }


BROUGHT_FORWARD = "termijn vervroegd"


def _earlier(new: str | None, old: str | None) -> bool:
    """Whether the stored deadline ``new`` is a day before ``old`` (both ISO dates; a phrase is neither)."""
    try:
        return new is not None and old is not None and date.fromisoformat(new) < date.fromisoformat(old)
    except ValueError:
        return False


def _edit(old: str, new: str) -> str:
    """An edit as "termijn: 1 juli 2027 → 1 februari 2028": its field named once, though both values are
    stored with it ("termijn: …"); an owner with "@", as everywhere in the history; a kind by its Dutch name
    ("product"), as the card names it."""
    label, named, before = old.partition(": ")
    if not named or label not in FIELD_LABELS or not new.startswith(f"{label}: "):
        return f"{old} → {new}"
    after = new.removeprefix(f"{label}: ")
    if label == "eigenaar":
        before, after = (
            NO_OWNER if value in ("-", NO_OWNER) else shown_username(value) for value in (before, after)
        )
    elif label == "soort":  # the value before was stored as the kind's code ("deliverable"): named as shown
        before, after = (KIND_LABELS.get(value, value) for value in (before, after))
    return f"{label}: {before} → {after}"


def fulfilling_ref(reason: str | None) -> str | None:
    """The Kamerstuk in a status change's reason: a fulfilment records the Kamerstuk it was fulfilled with as
    its reason (a typed reason is kept as it was written; a note that also names one is a reason)."""
    return reason if reason and ref_alone(reason) is not None else None


class _Standing:
    """Whether an item is still open and overdue, from its status and deadline (the records below)."""

    status: str
    motie_status: str | None
    deadline: date | None

    @property
    def is_open(self) -> bool:
        return self.status in {"open", "deels_voldaan"} and self.motie_status != "afgedaan"

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.deadline is not None and self.deadline < today


@dataclass(frozen=True)
class ListedItem(_Standing):
    """A commitment as one line of a list shows it (no quote, references or history: a list page is read
    with only these columns)."""

    id: int
    kind: str
    title: str
    deadline: date | None
    deadline_text: str | None
    estimate: bool
    status: str
    motie_status: str | None
    ministry: str | None
    post: str | None
    owner: str | None

    @classmethod
    def of(cls, row: Any) -> ListedItem:
        """The line of a list page's row: a Core row whose first columns are this class's fields in their
        order (:data:`LISTED_FIELDS`), its kind and statuses as their text. Read by position: reading a row's
        columns by name cost more than making the line."""
        (number, kind, title, deadline, deadline_text, estimate, status, motie, ministry, post, owner) = row[
            : len(LISTED_FIELDS)
        ]
        return cls(
            number, kind, title, deadline, deadline_text, estimate, status, motie, ministry, post, owner
        )


LISTED_FIELDS = tuple(column.name for column in fields(ListedItem))
"""The columns a list page reads, in the order :meth:`ListedItem.of` takes them."""


@dataclass(frozen=True)
class CommitmentRecord(_Standing):
    """A commitment as callers see it: detached from the database session."""

    id: int
    kind: str
    title: str
    quote: str | None
    deadline: date | None
    deadline_text: str | None
    estimate: bool
    recurring: str | None
    status: str
    motie_status: str | None
    ministry: str | None
    post: str | None
    person: str | None
    refs: tuple[str, ...]
    owner: str | None
    team: int | None
    document_id: int | None
    fulfilled_by: str | None
    created_at: datetime
    updated_at: datetime
    version: int
    register_number: str | None = None
    history: tuple[HistoryRecord, ...] = field(default=())
    source: str | None = None
    """The letter the item was found in, named for a person (with the history only)."""
    follows: int | None = None
    """The recurring item this one is the next time of."""
    can_follow_up: bool = False
    """Whether its next time can be recorded (:attr:`commitments.model.Commitment.can_follow_up`)."""

    @classmethod
    def of(cls, item: Commitment, with_history: bool = False) -> CommitmentRecord:
        return cls(
            id=item.id,
            kind=item.kind.value,
            title=item.title,
            quote=item.quote,
            deadline=item.deadline,
            deadline_text=item.deadline_text,
            estimate=item.estimate,
            recurring=item.recurring,
            status=item.status.value,
            motie_status=item.motie_status.value if item.motie_status else None,
            ministry=item.ministry,
            post=item.post,
            person=item.person_now,
            refs=tuple(item.ref_list),
            owner=item.owner,
            team=item.team.chat_id if item.team else None,
            document_id=item.document_id,
            fulfilled_by=item.fulfilled_by,
            register_number=item.register_number,
            created_at=item.created_at,
            updated_at=item.updated_at,
            version=item.version,
            history=tuple(HistoryRecord.of(event) for event in item.history) if with_history else (),
            source=item.document.name() if with_history and item.document else None,
            follows=item.follows_id,
            can_follow_up=item.can_follow_up,
        )

    def to_json(self, with_history: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "quote": self.quote,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_text": self.deadline_text,
            "estimate": self.estimate,
            "recurring": self.recurring,
            "status": self.status,
            "motie_status": self.motie_status,
            "ministry": self.ministry,
            "post": self.post,
            "person": self.person,
            "refs": list(self.refs),
            "owner": self.owner,
            "team": self.team,
            "document_id": self.document_id,
            "fulfilled_by": self.fulfilled_by,
            "register_number": self.register_number,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }
        if with_history:
            data["history"] = [event.to_json() for event in self.history]
        return data


@dataclass(frozen=True)
class PostCount:
    """Open and overdue counts for one post (or, with post None, a whole ministry)."""

    ministry: str | None
    post: str | None
    open: int
    overdue: int


def _day_or_text(value: str | None) -> str:
    """A deadline kept in the history (an ISO day, or text written before days were kept so) for a person."""
    if not value:
        return "geen termijn"
    try:
        return dutch_date(date.fromisoformat(value))
    except ValueError:
        return value
