"""The domain model: commitments, teams, members, documents and their history (SQLAlchemy 2.0 typed ORM).

State changes go through the methods on :class:`Commitment`, which check the transition and write history.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ColumnElement,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    select,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import (
    DeclarativeBase,
    InstrumentedAttribute,
    Mapped,
    Session,
    mapped_column,
    object_session,
    relationship,
)
from sqlalchemy.sql import Select

from commitments.clock import local_day
from commitments.dutch import dutch_date, the_field
from commitments.errors import EarlierDeadline, InvalidInput, InvalidTransition, PastDeadline


def check_not_past(day: date | None, today: date, allow_past: bool) -> None:
    """The one rule for past dates, for every new deadline: one before ``today`` needs ``allow_past``."""
    if day is not None and day < today and not allow_past:
        raise PastDeadline(day)


def check_moved_deadline(day: date, current: date | None, today: date, allow_past: bool) -> None:
    """The rule for a postponement's new day: one in the past (:func:`check_not_past`) or before the
    ``current`` deadline is likely a slip, so it needs ``allow_past`` (the person confirmed it)."""
    check_not_past(day, today, allow_past)
    if not allow_past and current is not None and day < current:
        raise EarlierDeadline(day, current)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every back end (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=UTC)


class Kind(enum.StrEnum):
    TOEZEGGING = "toezegging"
    MOTIE = "motie"
    DELIVERABLE = "deliverable"


class Status(enum.StrEnum):
    OPEN = "open"
    VOLDAAN = "voldaan"
    DEELS_VOLDAAN = "deels_voldaan"
    VERVALLEN = "vervallen"


ACTIVE_STATUSES = (Status.OPEN, Status.DEELS_VOLDAAN)
"""Statuses that still need work: they show in open lists and get reminders."""


class MotieStatus(enum.StrEnum):
    OPEN = "open"
    AFGEDAAN = "afgedaan"


class Role(enum.StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"


class EventType(enum.StrEnum):
    CREATED = "created"
    STATUS_CHANGED = "status_changed"
    POSTPONED = "postponed"
    REASSIGNED = "reassigned"
    EDITED = "edited"


def _enum(cls: type[enum.StrEnum], name: str) -> Enum:
    return Enum(cls, name=name, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Team(Base):
    """A team is one Telegram chat; its commitments are visible to it alone."""

    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    title: Mapped[str] = mapped_column(String(255), default="")
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    members: Mapped[list[Member]] = relationship(back_populates="team", cascade="all, delete-orphan")

    @classmethod
    def _of_chat(cls, chat_id: int) -> Select[Team]:
        return select(cls).where(cls.chat_id == chat_id)

    @classmethod
    def of_chat(cls, session: Session, chat_id: int) -> Team | None:
        """The team of a Telegram chat, if the bot has seen it: the one look-up every use case shares."""
        return session.scalar(cls._of_chat(chat_id))

    @classmethod
    def row_id(cls, session: Session, chat_id: int | None) -> int | None:
        """The row id of the team of ``chat_id`` (None for no team), made for a chat the bot has not seen:
        for a use case that stores something of the team (one that only reads uses :meth:`owns`)."""
        if chat_id is None:
            return None
        team = cls.of_chat(session, chat_id)
        if team is None:
            team = cls(chat_id=chat_id)
            session.add(team)
            session.flush()
        return team.id

    @classmethod
    def owns(cls, column: InstrumentedAttribute[int | None], chat_id: int | None) -> ColumnElement[bool]:
        """:meth:`of_chat` as a condition on a row's team ``column``: the rows of the team of ``chat_id``, or
        of no team for None. A chat the bot has not seen has no team id (NULL), so it matches nothing."""
        if chat_id is None:
            return column.is_(None)
        return column == cls._of_chat(chat_id).with_only_columns(cls.id).scalar_subquery()


class Member(Base):
    """A Telegram user in a team, with a role: admins manage, editors change, viewers only query."""

    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("team_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(BigInteger)
    username: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(255), default="")
    role: Mapped[Role] = mapped_column(_enum(Role, "role"), default=Role.EDITOR)

    team: Mapped[Team] = relationship(back_populates="members")


class PendingRole(Base):
    """A role an admin gave ``@username`` before that person wrote in the team (``/rol @piet viewer``): the
    bot knows a member by user id only once they speak, so the role waits here and binds to the first new
    member of the team with that username (stored bare and lower case)."""

    __tablename__ = "pending_roles"
    __table_args__ = (UniqueConstraint("team_id", "username"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    username: Mapped[str] = mapped_column(String(64))
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))


class Document(Base):
    """A registered Kamerbrief; commitments found in it point here."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("team_id", "content_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    filename: Mapped[str] = mapped_column(String(255), default="")
    letter_date: Mapped[date | None] = mapped_column(Date)
    sender: Mapped[str | None] = mapped_column(String(255))
    ministry: Mapped[str | None] = mapped_column(String(16))
    subject: Mapped[str | None] = mapped_column(Text)
    kenmerk: Mapped[str | None] = mapped_column(String(64))
    kamerstuk: Mapped[str | None] = mapped_column(String(40), index=True)
    """The letter's own number as published ("36800-X-11"): what it promised is found by it."""
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    def name(self, kamerstuk: str | None = None) -> str:
        """:func:`letter_name` of this letter (by ``kamerstuk``, else its own number, else …)."""
        return letter_name(self.subject, self.letter_date, self.filename, kamerstuk or self.kamerstuk)


def letter_name(
    subject: str | None, day: date | None, filename: str | None, kamerstuk: str | None = None
) -> str:
    """How a person names a letter: by its Kamerstuk, else its subject (and date), else its file name."""
    if kamerstuk:
        return f"brief Kamerstuk {kamerstuk}"
    if subject:
        subject = " ".join(subject.split())
        return f"brief ‘{subject}’ van {dutch_date(day)}" if day else f"brief ‘{subject}’"
    return f"brief {filename}" if filename else "brief"


class CommitmentRef(Base):
    """A normalised Kamerstuk reference of a commitment ("28638-178"), indexed for look-up."""

    __tablename__ = "commitment_refs"

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), primary_key=True
    )
    ref: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)


class HistoryEvent(Base):
    """One change to a commitment: who, when, what, and (for postponements) the old and new deadline."""

    __tablename__ = "history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by: Mapped[str] = mapped_column(String(255))
    event: Mapped[EventType] = mapped_column(_enum(EventType, "event_type"))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    old_deadline_text: Mapped[str | None] = mapped_column(String(255))
    """A postponement's deadline phrase before it ("voor het zomerreces"), for undoing it."""
    old_estimate: Mapped[bool | None] = mapped_column(Boolean)
    """Whether the deadline a postponement replaced was an estimate; None in rows from before 0010."""
    letter: Mapped[str | None] = mapped_column(Text)
    """The letter that made the change (accepting a proposal), as a person names it."""


class Commitment(Base):
    """A toezegging, motie or deliverable, with its deadline and status."""

    __tablename__ = "commitments"
    __table_args__ = (
        Index("ix_commitments_team_status_deadline", "team_id", "status", "deadline"),
        # a team's list of one ministry (/open VWS), counted from the index alone
        Index("ix_commitments_team_ministry_status_deadline", "team_id", "ministry", "status", "deadline"),
        # the bewindspersonen named on a team's items (/open Van Weel), read from the index alone
        Index("ix_commitments_team_person", "team_id", "person", "post", "ministry"),
        Index("ix_commitments_status_ministry", "status", "ministry"),
        Index("ix_commitments_status_post", "status", "post"),
        Index("ix_commitments_status_deadline", "status", "deadline"),
        UniqueConstraint("team_id", "register_number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    kind: Mapped[Kind] = mapped_column(_enum(Kind, "kind"))
    title: Mapped[str] = mapped_column(String(255))
    quote: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[date | None] = mapped_column(Date)
    deadline_text: Mapped[str | None] = mapped_column(String(255))
    estimate: Mapped[bool] = mapped_column(Boolean, default=False)
    recurring: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[Status] = mapped_column(_enum(Status, "status"), default=Status.OPEN)
    motie_status: Mapped[MotieStatus | None] = mapped_column(_enum(MotieStatus, "motie_status"))
    ministry: Mapped[str | None] = mapped_column(String(16))
    post: Mapped[str | None] = mapped_column(String(255))
    person: Mapped[str | None] = mapped_column(String(255))
    owner: Mapped[str | None] = mapped_column(String(255))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    fulfilled_by: Mapped[str | None] = mapped_column(String(40))
    register_number: Mapped[str | None] = mapped_column(String(32), index=True)
    """The item's number in the Tweede Kamer's register of toezeggingen ("TZ202412-116"), once known."""
    follows_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitments.id", ondelete="SET NULL"), index=True
    )
    """The recurring item this one is the next time of (:func:`commitments.services.follow_up`)."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    refs: Mapped[list[CommitmentRef]] = relationship(
        cascade="all, delete-orphan", order_by=CommitmentRef.ref, lazy="selectin"
    )
    history: Mapped[list[HistoryEvent]] = relationship(
        cascade="all, delete-orphan", order_by=HistoryEvent.id, lazy="selectin"
    )
    team: Mapped[Team | None] = relationship(lazy="joined")
    document: Mapped[Document | None] = relationship()
    """The letter the item was found in (loaded when asked for: a list does not need it)."""
    holder: Mapped[PostHolder | None] = relationship(
        primaryjoin="foreign(Commitment.post) == PostHolder.post", viewonly=True, lazy="selectin"
    )
    """Who holds the item's post now, if known (``/bewindspersoon``, the register)."""

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative hook

    @property
    def person_now(self) -> str | None:
        """The bewindspersoon to name for the item: the post's holder now when known (the item belongs to
        the post), else the name written with it; so every item of a post names the same person."""
        return self.holder.person if self.holder is not None else self.person

    def promised_on(self, tz: tzinfo) -> date:
        """The day of the promise: its letter's date, else the day it was stored where the team works."""
        if self.document is not None and self.document.letter_date is not None:
            return self.document.letter_date
        return local_day(self.created_at, tz)

    @property
    def ref_list(self) -> list[str]:
        return [ref.ref for ref in self.refs]

    @property
    def is_closed(self) -> bool:
        return self.status not in ACTIVE_STATUSES or self.motie_status == MotieStatus.AFGEDAAN

    def record(
        self,
        event: EventType,
        by: str,
        old: str | None = None,
        new: str | None = None,
        reason: str | None = None,
        letter: str | None = None,
    ) -> None:
        self.history.append(HistoryEvent(event=event, by=by, old=old, new=new, reason=reason, letter=letter))

    def require_open(self, action: str) -> None:
        """Refuse ``action`` ("uitstellen") on a closed item, naming how, by whom and when it was closed."""
        if self.is_closed:
            raise InvalidTransition(
                f"#{self.id} is al afgesloten ({self._closing()}); {action} kan niet meer."
            )

    def _closing(self) -> str:
        """How the item was closed: its status and, from its last status change, by whom and on which day
        where the team works ("voldaan door @piet op 7 december 2026")."""
        closed = next((e for e in reversed(self.history) if e.event == EventType.STATUS_CHANGED), None)
        if closed is None or closed.at is None:
            return self.status_label
        session = object_session(self)
        clock = session.info.get("clock") if session is not None else None
        day = local_day(closed.at, clock.tz if clock is not None else UTC)
        return f"{self.status_label} door {closed.by} op {dutch_date(day)}"

    @property
    def can_follow_up(self) -> bool:
        """Whether this is a fulfilled recurring promise, whose next time can be recorded
        (:func:`commitments.services.follow_up`)."""
        return self.recurring is not None and self.status == Status.VOLDAAN

    @property
    def status_label(self) -> str:
        if self.kind == Kind.MOTIE and self.motie_status == MotieStatus.AFGEDAAN:
            return "afgedaan"
        return self.status.value.replace("_", " ")

    def fulfil(self, by: str, kamerstuk: str | None = None, letter: str | None = None) -> None:
        """Mark as fulfilled (a motie: afgedaan), optionally with the Kamerstuk that fulfilled it and the
        name of the ``letter`` that did."""
        self.require_open("afdoen")
        old = self.status_label
        self.status = Status.VOLDAAN
        if self.kind == Kind.MOTIE:
            self.motie_status = MotieStatus.AFGEDAAN
        self.fulfilled_by = kamerstuk
        self.record(
            EventType.STATUS_CHANGED, by, old=old, new=self.status_label, reason=kamerstuk, letter=letter
        )

    def partly_fulfil(
        self, by: str, kamerstuk: str | None = None, reason: str | None = None, letter: str | None = None
    ) -> None:
        """Record partial fulfilment; the item stays visible as deels voldaan. Once is enough: a second
        time would record a change that changes nothing."""
        self.require_open("deels afdoen")
        if self.status == Status.DEELS_VOLDAAN:
            raise InvalidTransition(
                f"#{self.id} staat al op deels voldaan; helemaal afdoen kan met /afgedaan {self.id}."
            )
        old = self.status_label
        self.status = Status.DEELS_VOLDAAN
        self.fulfilled_by = kamerstuk
        self.record(
            EventType.STATUS_CHANGED,
            by,
            old=old,
            new=self.status_label,
            reason=reason or kamerstuk,
            letter=letter,
        )

    def postpone(
        self,
        by: str,
        new_deadline: date,
        reason: str,
        today: date,
        deadline_text: str | None = None,
        estimate: bool = False,
        allow_past: bool = False,
        letter: str | None = None,
    ) -> None:
        """Move the deadline; the item stays open and the history keeps the old one, the reason and the
        ``letter`` that moved it, if one did. A day in the past or before the current deadline needs
        ``allow_past`` (the person confirmed it)."""
        self.require_open("uitstellen")
        if not reason.strip():
            raise InvalidInput("Geef een reden voor het uitstel.")
        if new_deadline == self.deadline:
            raise InvalidInput(
                f"#{self.id} staat al op {dutch_date(new_deadline)}; "
                "uitstel naar dezelfde datum verandert niets."
            )
        check_moved_deadline(new_deadline, self.deadline, today, allow_past)
        self._move_deadline(by, new_deadline, deadline_text, estimate, reason.strip(), letter)

    def drop(self, by: str, reason: str) -> None:
        """Mark as vervallen (no longer relevant), with a reason."""
        self.require_open("laten vervallen")
        if not reason.strip():
            raise InvalidInput("Geef een reden waarom de toezegging vervalt.")
        old = self.status_label
        self.status = Status.VERVALLEN
        self.record(EventType.STATUS_CHANGED, by, old=old, new=self.status_label, reason=reason.strip())

    def reopen(self, by: str, reason: str | None = None) -> None:
        """Open a closed, partly fulfilled or lapsed item again (a motie: open instead of afgedaan)."""
        if self.status == Status.OPEN and self.motie_status != MotieStatus.AFGEDAAN:
            raise InvalidTransition(f"#{self.id} staat al open; heropenen is niet nodig.")
        old = self.status_label
        self.status = Status.OPEN
        if self.kind == Kind.MOTIE:
            self.motie_status = MotieStatus.OPEN
        self.fulfilled_by = None
        self.record(EventType.STATUS_CHANGED, by, old=old, new=self.status_label, reason=reason or None)

    def restore_status(self, by: str, label: str, kamerstuk: str | None, reason: str) -> None:
        """Undo a status change: back to the status ``label`` it left (as :attr:`status_label` recorded it:
        open, deels voldaan, voldaan, afgedaan, vervallen), with the Kamerstuk that had set that status."""
        old = self.status_label
        afgedaan = label == MotieStatus.AFGEDAAN.value
        self.status = Status.VOLDAAN if afgedaan else Status(label.replace(" ", "_"))
        if self.kind == Kind.MOTIE:
            self.motie_status = MotieStatus.AFGEDAAN if self.status == Status.VOLDAAN else MotieStatus.OPEN
        fulfilled = self.status in (Status.VOLDAAN, Status.DEELS_VOLDAAN)
        self.fulfilled_by = kamerstuk if fulfilled else None
        self.record(EventType.STATUS_CHANGED, by, old=old, new=self.status_label, reason=reason)

    def move_back(self, by: str, postponement: HistoryEvent, reason: str) -> None:
        """Undo ``postponement``: the deadline it had before, with its phrase and estimate mark (a row written
        before those were kept gives the date alone, as no estimate)."""
        deadline = date.fromisoformat(postponement.old) if postponement.old else None
        self._move_deadline(
            by, deadline, postponement.old_deadline_text, bool(postponement.old_estimate), reason
        )

    def _move_deadline(
        self,
        by: str,
        deadline: date | None,
        text: str | None,
        estimate: bool,
        reason: str,
        letter: str | None = None,
    ) -> None:
        """Set the deadline, recording in the history all that moving it back needs: the old date, phrase
        and estimate mark."""
        event = HistoryEvent(
            event=EventType.POSTPONED,
            by=by,
            old=self.deadline.isoformat() if self.deadline else None,
            new=deadline.isoformat() if deadline else None,
            reason=reason,
            old_deadline_text=self.deadline_text,
            old_estimate=self.estimate,
            letter=letter,
        )
        self.deadline = deadline
        self.deadline_text = text
        self.estimate = estimate
        self.history.append(event)

    def edit(self, by: str, label: str, attribute: str, value: object, shown: str | None) -> None:
        """Change one field (``attribute``), recording its Dutch ``label`` and the old and new value."""
        current = getattr(self, attribute)
        before = current.value if isinstance(current, enum.Enum) else current
        if before == (value.value if isinstance(value, enum.Enum) else value):
            raise InvalidInput(f"{the_field(label).capitalize()} van #{self.id} is al ‘{shown or '-'}’.")
        old = str(before) if before is not None else "-"
        if isinstance(current, date):
            old = dutch_date(current)
        setattr(self, attribute, value)
        self.record(EventType.EDITED, by, old=f"{label}: {old}", new=f"{label}: {shown or '-'}")

    def reassign(self, by: str, owner: str) -> None:
        """Give the item a new owner."""
        if not owner.strip():
            raise InvalidInput("Geef de nieuwe eigenaar op, bijvoorbeeld @naam.")
        if self.owner and self.owner.casefold() == owner.strip().casefold():  # Telegram names ignore case
            raise InvalidInput(f"#{self.id} is al toegewezen aan @{self.owner}.")
        old = self.owner
        self.owner = owner.strip()
        self.record(EventType.REASSIGNED, by, old=old, new=self.owner)


class DraftKind(enum.StrEnum):
    CARD = "card"
    QUESTION = "question"
    DOCUMENT = "document"
    LIST = "list"
    MATCH = "match"  # a proposal that a letter fulfils or postpones an open item


class Draft(Base):
    """Unfinished work of a chat (a card, a question, found items, a paged list); expires after a day."""

    __tablename__ = "drafts"
    __table_args__ = (
        Index("ix_drafts_team_message", "team_chat_id", "message_id"),
        Index("ix_drafts_team_user_kind", "team_chat_id", "user_id", "kind"),  # a person's open questions
        {"sqlite_autoincrement": True},  # ids are never reused: an old button must not reach a new draft
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_chat_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[DraftKind] = mapped_column(_enum(DraftKind, "draft_kind"))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    previous_message_id: Mapped[int | None] = mapped_column(BigInteger)
    """The question asked before ``message_id`` (a wrong answer asks again): a reply to either answers."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class PostHolder(Base):
    """Who holds a post now ("Minister van Justitie en Veiligheid" → "Van Weel"); items stay with the post."""

    __tablename__ = "post_holders"

    post: Mapped[str] = mapped_column(String(255), primary_key=True)
    person: Mapped[str] = mapped_column(String(255))
    ministry: Mapped[str | None] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
