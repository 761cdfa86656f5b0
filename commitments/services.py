"""The service layer: one function per use case. The CLI and the bot call these and nothing below them.

Every function takes the use case's :class:`~commitments.unit_of_work.UnitOfWork` first (it never commits:
whoever runs the use case does, once) and, where a chat is involved, the team's chat id: an item of another
team is reported as not found, so teams never see each other's items.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Enum,
    Row,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    or_,
    select,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session, lazyload

from commitments.chat_kind import this_list
from commitments.deadlines.recurrence import RECURRENCE_MONTHS, next_due
from commitments.dutch import deadline_label, recurrence_label
from commitments.errors import InvalidInput, NotFound
from commitments.lookalikes import duplicates_of_each
from commitments.ministries import ministries, ministry_code, post_and_ministry, same_line, with_predecessors
from commitments.model import (
    ACTIVE_STATUSES,
    Commitment,
    CommitmentRef,
    Document,
    EventType,
    HistoryEvent,
    Kind,
    MotieStatus,
    PostHolder,
    Status,
    Team,
    check_moved_deadline,
    check_not_past,
)
from commitments.records import LISTED_FIELDS, CommitmentRecord, ListedItem, PostCount, fulfilling_ref
from commitments.refs import normalise_ref
from commitments.reminders.services import plan_first_digest, replan
from commitments.unit_of_work import UnitOfWork
from commitments.usernames import bare_username


@dataclass(frozen=True)
class NewCommitment:
    """What is needed to record a commitment; everything but the title is optional."""

    title: str
    kind: Kind = Kind.TOEZEGGING
    quote: str | None = None
    deadline: date | None = None
    deadline_text: str | None = None
    estimate: bool = False
    recurring: str | None = None
    ministry: str | None = None
    post: str | None = None
    person: str | None = None
    refs: Sequence[str] = ()
    owner: str | None = None
    team: int | None = None
    document_id: int | None = None
    motie_status: MotieStatus | None = None
    register_number: str | None = None


@dataclass(frozen=True)
class CommitmentQuery:
    """Filters for :func:`list_commitments`; ``None`` means "any". ``team`` is a chat id."""

    team: int | None = None
    statuses: Sequence[Status] = ACTIVE_STATUSES
    kind: Kind | None = None
    ministry: str | None = None
    post: str | None = None
    owner: str | None = None
    due_before: date | None = None
    due_after: date | None = None
    overdue_on: date | None = None
    text: str | None = None
    ref: str | None = None
    limit: int | None = None
    offset: int = 0
    only_open_moties: bool = field(default=False)


def _load(session: Session, commitment_id: int, team: int | None) -> Commitment:
    item = session.get(Commitment, commitment_id)
    if item is None or (team is not None and (item.team is None or item.team.chat_id != team)):
        where = "" if team is None else f" in {this_list(team)}"
        raise NotFound(f"Er is geen toezegging #{commitment_id}{where}.")
    return item


def _change(
    uow: UnitOfWork, commitment_id: int, team: int | None, change: Callable[[Commitment], None]
) -> CommitmentRecord:
    """The one shape of a change to a saved item: load it (of this team), change it, re-plan its reminders,
    all in one transaction."""
    session = uow.session
    item = _load(session, commitment_id, team)
    change(item)
    session.flush()
    replan(session, item, uow.now())
    return CommitmentRecord.of(item, with_history=True)


def _clean_refs(refs: Sequence[str]) -> list[str]:
    cleaned: list[str] = []
    for written in refs:
        ref = normalise_ref(written)
        if ref is None:
            raise InvalidInput(f"‘{written}’ is geen Kamerstuk-verwijzing (bijvoorbeeld 28638-178).")
        if ref not in cleaned:
            cleaned.append(ref)
    return cleaned


TITLE_MAX = 255
UNDO_WINDOW = timedelta(minutes=10)


def _clean_title(written: str) -> str:
    title = " ".join(written.split())
    if not title:
        raise InvalidInput("Een toezegging heeft een korte omschrijving nodig.")
    if len(title) > TITLE_MAX:
        raise InvalidInput(
            f"De omschrijving is {len(title)} tekens; houd haar onder {TITLE_MAX} "
            "en zet de rest in het citaat."
        )
    return title


def build_commitment(
    uow: UnitOfWork,
    new: NewCommitment,
    by: str,
    reason: str | None = None,
    allow_past: bool = True,
) -> Commitment:
    """Check ``new`` and add it to the unit of work as an active item with its 'created' event and its
    reminders.

    Without ``allow_past`` a deadline before the unit of work's today is refused (the rule for what a person
    types; letters and imported registers record past deadlines as they stand). Importers call this for
    each row inside one unit of work, so an import is stored completely or not at all.
    """
    session = uow.session
    title = _clean_title(new.title)
    check_not_past(new.deadline, uow.today(), allow_past)
    ministry = new.ministry
    if ministry is not None:
        code = ministry_code(ministry)
        if code is None:
            raise InvalidInput(f"Onbekend ministerie: ‘{ministry}’. Gebruik bijvoorbeeld JenV, VWS of BZK.")
        ministry = code
    is_motie = new.kind == Kind.MOTIE
    motie_status = (new.motie_status or MotieStatus.OPEN) if is_motie else None
    item = Commitment(
        team_id=Team.row_id(session, new.team),
        kind=new.kind,
        title=title,
        quote=new.quote,
        deadline=new.deadline,
        deadline_text=new.deadline_text,
        estimate=new.estimate,
        recurring=new.recurring,
        status=Status.VOLDAAN if motie_status == MotieStatus.AFGEDAAN else Status.OPEN,
        motie_status=motie_status,
        ministry=ministry,
        post=new.post,
        person=new.person,
        owner=bare_username(new.owner) if new.owner else None,
        document_id=new.document_id,
        register_number=new.register_number,
        refs=[CommitmentRef(ref=ref) for ref in _clean_refs(new.refs)],
    )
    item.record(EventType.CREATED, by, new=title, reason=reason)
    session.add(item)
    session.flush()
    replan(session, item, uow.now())
    if item.team_id is not None:
        plan_first_digest(session, item.team_id, uow.now())
    return item


def add_commitment(uow: UnitOfWork, new: NewCommitment, by: str, allow_past: bool = True) -> CommitmentRecord:
    """Record a new commitment and its 'created' event (:func:`build_commitment` explains ``allow_past``)."""
    item = build_commitment(uow, new, by, allow_past=allow_past)
    return CommitmentRecord.of(item, with_history=True)


def duplicates(uow: UnitOfWork, new: NewCommitment) -> list[CommitmentRecord]:
    """Open items of ``new``'s team that cite one of its Kamerstukken, or have its post and (nearly) its
    title."""
    return [CommitmentRecord.of(item) for item in duplicates_of_each(uow.session, [new])[0]]


def get_commitment(uow: UnitOfWork, commitment_id: int, team: int | None = None) -> CommitmentRecord:
    """One commitment with its history."""
    session = uow.session
    return CommitmentRecord.of(_load(session, commitment_id, team), with_history=True)


def get_commitments(
    uow: UnitOfWork, commitment_ids: Sequence[int], team: int | None = None
) -> list[CommitmentRecord]:
    """Several commitments with their history, in the order asked (:func:`get_commitment` each)."""
    return [get_commitment(uow, number, team) for number in commitment_ids]


def _like(text: str) -> str:
    """``text`` for LIKE with ``/`` as the escape character: its % and _ are searched for as themselves."""
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _team_rows() -> ColumnElement[bool]:
    return Commitment.team_id == select(Team.id).where(Team.chat_id == bindparam("team")).scalar_subquery()


def _text_found() -> ColumnElement[bool]:
    columns = (Commitment.title, Commitment.quote, Commitment.post, Commitment.person, Commitment.owner)
    return or_(*(column.icontains(bindparam("text"), escape="/") for column in columns))


_FILTERS: dict[str, Callable[[], ColumnElement[bool]]] = {
    "team": _team_rows,
    "open_moties": lambda: and_(Commitment.kind == Kind.MOTIE, Commitment.motie_status == MotieStatus.OPEN),
    "kind": lambda: Commitment.kind == bindparam("kind"),
    "ministry": lambda: Commitment.ministry.in_(bindparam("ministry", expanding=True)),
    "post": lambda: Commitment.post.icontains(bindparam("post"), escape="/"),
    "owner": lambda: func.lower(Commitment.owner) == bindparam("owner"),
    "due_before": lambda: Commitment.deadline <= bindparam("due_before"),
    "due_after": lambda: Commitment.deadline >= bindparam("due_after"),
    "overdue_on": lambda: and_(
        Commitment.deadline < bindparam("overdue_on"),
        Commitment.status.in_(ACTIVE_STATUSES),
        or_(Commitment.motie_status.is_(None), Commitment.motie_status == MotieStatus.OPEN),
    ),
    "text": _text_found,
    "ref": lambda: or_(
        Commitment.id.in_(select(CommitmentRef.commitment_id).where(CommitmentRef.ref == bindparam("ref"))),
        Commitment.document_id.in_(select(Document.id).where(Document.kamerstuk == bindparam("ref"))),
        Commitment.fulfilled_by == bindparam("ref"),  # the letter that fulfilled it (trial 10)
    ),
    "dossier": lambda: or_(
        Commitment.id.in_(
            select(CommitmentRef.commitment_id).where(CommitmentRef.ref.like(bindparam("dossier")))
        ),
        Commitment.document_id.in_(select(Document.id).where(Document.kamerstuk.like(bindparam("dossier")))),
        Commitment.fulfilled_by.like(bindparam("dossier")),
    ),
}
"""Each filter of a :class:`CommitmentQuery` as a condition on bound parameters of its name, so that the
statements of a query's shape (which filters it uses) are built once and only its values change."""

STATUSES = "statuses_"
"""The statuses asked for are the values ``statuses_0``, ``statuses_1``, …: one bound parameter each,
rather than one list that is expanded into the statement's text again on every run."""


def _filter_values(query: CommitmentQuery) -> dict[str, object]:
    """The values ``query`` filters on, by the name of their filter in :data:`_FILTERS`."""
    values: dict[str, object] = {}
    if query.team is not None:
        values["team"] = query.team
    values.update({f"{STATUSES}{number}": status for number, status in enumerate(query.statuses)})
    if query.only_open_moties:
        values["open_moties"] = True
    if query.kind is not None:
        values["kind"] = query.kind
    if query.ministry:
        values["ministry"] = with_predecessors(ministry_code(query.ministry) or query.ministry)
    if query.post:
        values["post"] = _like(query.post)
    if query.owner:
        values["owner"] = bare_username(query.owner).lower()
    if query.due_before:
        values["due_before"] = query.due_before
    if query.due_after:
        values["due_after"] = query.due_after
    if query.overdue_on:
        values["overdue_on"] = query.overdue_on
    if query.text:
        values["text"] = _like(query.text.strip())  # % and _ are searched for as themselves
    if query.ref:
        values.update(_ref_values(query.ref))
    return values


def _ref_values(written: str) -> dict[str, object]:
    """Commitments citing ``written``: a whole reference, or every document of a dossier."""
    ref = normalise_ref(written)
    if ref is not None:
        return {"ref": ref}
    dossier = "".join(written.split())
    if not dossier.isdigit():
        raise InvalidInput(f"‘{written}’ is geen Kamerstuk-verwijzing (bijvoorbeeld 28638-178 of 28638).")
    return {"dossier": f"{dossier}-%"}


@functools.lru_cache(maxsize=256)
def _filtered_by(shape: frozenset[str]) -> Select[Commitment]:
    conditions = [condition() for name, condition in _FILTERS.items() if name in shape]
    statuses = sorted(name for name in shape if name.startswith(STATUSES))
    if statuses:
        conditions.append(
            Commitment.status.in_([bindparam(name, type_=Commitment.status.type) for name in statuses])
        )
    return select(Commitment).where(*conditions)


_LIST_ORDER = (Commitment.deadline.asc().nulls_last(), Commitment.id)
"""Earliest deadline first (so overdue first), undated last. NULLS LAST rather than ``deadline IS NULL``
first: SQLite sorts a page of a long list in a third of the time (it orders on the column, not on an
expression of it), and PostgreSQL puts NULLs last in ascending order anyway."""


def list_commitments(uow: UnitOfWork, query: CommitmentQuery) -> list[CommitmentRecord]:
    """Commitments matching ``query``, earliest deadline first (so overdue first), undated last."""
    session = uow.session
    values = _filter_values(query)
    statement = (
        _filtered_by(frozenset(values))
        .order_by(*_LIST_ORDER)
        .options(lazyload(Commitment.history))  # a list shows no history: one query fewer
    )
    if query.limit is not None:
        statement = statement.limit(query.limit)
    statement = statement.offset(query.offset)
    return [CommitmentRecord.of(item) for item in session.scalars(statement, values)]


_LISTED = tuple(
    type_coerce(column, String).label(name) if isinstance(column.type, Enum) else column
    for name, column in ((name, getattr(Commitment, name)) for name in LISTED_FIELDS)
)
"""The columns of a list's lines; its kind and statuses as the text stored (their values), which a line
shows: read as enum members they were made and taken apart again for every line of every page."""


def page_count(total: int, size: int) -> int:
    """How many pages of ``size`` a list of ``total`` items takes (an empty list is one page)."""
    return max(1, -(-total // size))


@functools.lru_cache(maxsize=256)
def _count_by(shape: frozenset[str]) -> Select[int]:
    return _filtered_by(shape).with_only_columns(func.count(), maintain_column_froms=True)


@functools.lru_cache(maxsize=256)
def _page_by(shape: frozenset[str]) -> Select[*tuple[Any, ...]]:
    """A page of lines, each with the count of all matching items beside it (one trip for both): the page's
    ids are sorted first (from an index where the filters have one), and only its rows are read, with only
    the columns a line shows."""
    ids = _filtered_by(shape).with_only_columns(Commitment.id).order_by(*_LIST_ORDER)
    ids = ids.limit(bindparam("limit")).offset(bindparam("offset"))
    total = _count_by(shape).correlate(None).scalar_subquery().label("total")
    return select(*_LISTED, total).where(Commitment.id.in_(ids)).order_by(*_LIST_ORDER)


def list_page(
    uow: UnitOfWork, query: CommitmentQuery, size: int, number: int
) -> tuple[int, int, list[ListedItem]]:
    """Page ``number`` of ``size`` lines of :func:`list_commitments` (kept within the pages there are): how
    many items match in all, the page's number and its lines. One query when the page has lines; a page
    past the last is counted and the last page read instead."""
    values = _filter_values(query)
    shape = frozenset(values)

    def page(number: int) -> Sequence[Row[Any]]:
        return uow.core(_page_by(shape), {**values, "limit": size, "offset": (number - 1) * size}).all()

    number = max(number, 1)
    rows = page(number)
    if rows:
        return rows[0].total, number, [ListedItem.of(row) for row in rows]
    if number == 1:
        return 0, 1, []
    total = uow.core(_count_by(shape), values).scalar() or 0
    number = page_count(total, size)
    rows = page(number) if total else []
    return total, number, [ListedItem.of(row) for row in rows]


def post_summary(uow: UnitOfWork, team: int | None) -> list[PostCount]:
    """Open and overdue (on the unit of work's today) counts per post, busiest first."""
    session = uow.session
    overdue = func.sum(
        case((and_(Commitment.deadline.is_not(None), Commitment.deadline < uow.today()), 1), else_=0)
    )
    statement = (
        select(Commitment.ministry, Commitment.post, func.count(), overdue)
        .where(Commitment.status.in_(ACTIVE_STATUSES))
        .where(or_(Commitment.motie_status.is_(None), Commitment.motie_status == MotieStatus.OPEN))
        .group_by(Commitment.ministry, Commitment.post)
    )
    if team is not None:
        statement = statement.where(Team.owns(Commitment.team_id, team))
    rows = [
        PostCount(ministry, post, count, int(late or 0))
        for ministry, post, count, late in session.execute(statement)
    ]
    return sorted(rows, key=lambda row: (-row.open, row.ministry or "~", row.post or "~"))


ADMIN_SOURCE = "beheerder"


def remember_holder(session: Session, post: str, person: str, ministry: str | None, source: str) -> None:
    """Note that ``person`` holds ``post``; what an administrator set is only changed by an administrator."""
    holder = session.get(PostHolder, post)
    if holder is None:
        session.add(PostHolder(post=post, person=person, ministry=ministry, source=source))
    elif source == ADMIN_SOURCE or holder.source != ADMIN_SOURCE:
        holder.person, holder.ministry, holder.source = person, ministry or holder.ministry, source


def post_holders(uow: UnitOfWork) -> dict[str, str]:
    """Who holds each post, as far as known (post → name)."""
    session = uow.session
    return {holder.post: holder.person for holder in session.scalars(select(PostHolder))}


def post_overview(
    uow: UnitOfWork, team: int | None, ministry: str | None = None
) -> tuple[list[PostCount], dict[str, str]]:
    """/ministers in one unit of work: :func:`post_summary` (with ``ministry``, of that ministry alone, under
    its older names too) and :func:`post_holders`."""
    rows = post_summary(uow, team)
    if ministry is not None:
        rows = [row for row in rows if row.ministry and same_line(row.ministry, ministry)]
    return rows, post_holders(uow)


def known_people(
    uow: UnitOfWork, team: int | None, only: Collection[str] | None = None
) -> dict[str, tuple[str, str]]:
    """Names of bewindspersonen with their post and ministry: the current holders of posts, and the names
    seen on earlier items; with ``only``, just those names (in the same order, with the same posts)."""
    session = uow.session
    holders = {
        holder.person: (holder.post, holder.ministry)
        for holder in session.scalars(select(PostHolder).where(PostHolder.ministry.is_not(None)))
        if holder.ministry and (only is None or holder.person in only)
    }
    statement = (  # each name once, with the post and ministry of the newest item that names it
        select(Commitment.person, Commitment.post, Commitment.ministry)
        .where(Commitment.person.is_not(None), Commitment.post.is_not(None), Commitment.ministry.is_not(None))
        .group_by(Commitment.person, Commitment.post, Commitment.ministry)
        .order_by(func.max(Commitment.id))
    )
    if team is not None:
        statement = statement.where(Team.owns(Commitment.team_id, team))
    if only is not None:
        statement = statement.where(Commitment.person.in_(sorted(only)))
    seen = {
        person: (post, ministry)
        for person, post, ministry in session.execute(statement)
        if person and post and ministry
    }
    return seen | holders


def _person_names() -> CompoundSelect[str]:
    team_rows = (
        Commitment.team_id == select(Team.id).where(Team.chat_id == bindparam("team")).scalar_subquery()
    )
    names = (
        select(func.min(Commitment.person).label("person"))
        .where(team_rows, Commitment.person.is_not(None))
        .cte("names", recursive=True)
    )
    after = select(func.min(Commitment.person)).where(team_rows, Commitment.person > names.c.person)
    names = names.union_all(select(after.scalar_subquery()).where(names.c.person.is_not(None)))
    return union(
        select(names.c.person).where(names.c.person.is_not(None)),
        select(PostHolder.person).where(PostHolder.ministry.is_not(None)),
    )


_PERSON_NAMES = _person_names()  # built once: building a statement costs more than running this one


def person_names(uow: UnitOfWork, team: int) -> set[str]:
    """Every name :func:`known_people` may give for ``team`` (and perhaps a few more), without their posts.

    The team's names are read from its person index one seek per name (each next name is the smallest one
    after the last: a loose index scan), so this costs the same at 100 items as at 100,000; a list checks
    its argument against them before it looks up any post.
    """
    return set(uow.core(_PERSON_NAMES, {"team": team}).scalars())


def fulfil(
    uow: UnitOfWork,
    commitment_id: int,
    by: str,
    kamerstuk: str | None = None,
    team: int | None = None,
    letter: str | None = None,
) -> CommitmentRecord:
    """Close as voldaan (a motie: afgedaan), with the fulfilling Kamerstuk when known (and the name of the
    ``letter`` that closed it, for the history)."""
    ref = _clean_refs([kamerstuk])[0] if kamerstuk else None
    return _change(uow, commitment_id, team, lambda item: item.fulfil(by, ref, letter))


def partly_fulfil(
    uow: UnitOfWork,
    commitment_id: int,
    by: str,
    kamerstuk: str | None = None,
    reason: str | None = None,
    team: int | None = None,
    letter: str | None = None,
) -> CommitmentRecord:
    """Record that a commitment is partly fulfilled (by the letter named ``letter``, if one did)."""
    ref = _clean_refs([kamerstuk])[0] if kamerstuk else None
    return _change(uow, commitment_id, team, lambda item: item.partly_fulfil(by, ref, reason, letter))


@dataclass(frozen=True)
class NewDeadline:
    """A resolved deadline to move a commitment to."""

    date: date
    text: str | None = None
    estimate: bool = False


def postpone(
    uow: UnitOfWork,
    commitment_id: int,
    by: str,
    deadline: NewDeadline,
    reason: str,
    allow_past: bool = False,
    team: int | None = None,
    letter: str | None = None,
) -> CommitmentRecord:
    """Move the deadline, keeping the old one, the reason and the ``letter`` that moved it (if one did) in
    the history; a new deadline before the unit of work's today, or before the current deadline, needs
    ``allow_past`` (confirmed by the person)."""
    today = uow.today()
    return _change(
        uow,
        commitment_id,
        team,
        lambda item: item.postpone(
            by, deadline.date, reason, today, deadline.text, deadline.estimate, allow_past, letter
        ),
    )


def require_open(uow: UnitOfWork, commitment_id: int, action: str, team: int | None = None) -> None:
    """Refuse at once ``action`` ("uitstellen") on an item that is closed (saying how, by whom and when),
    before anything is asked for it; raises :class:`~commitments.errors.NotFound` for an unknown item."""
    _load(uow.session, commitment_id, team).require_open(action)


def last_change(uow: UnitOfWork, commitment_id: int, team: int | None = None) -> tuple[int, str]:
    """The id of the item's newest history event, and its deadline as a person reads it: what a question
    about the item was asked against."""
    session = uow.session
    item = _load(session, commitment_id, team)
    newest = select(func.max(HistoryEvent.id)).where(HistoryEvent.commitment_id == commitment_id)
    return session.scalar(newest) or 0, deadline_label(item.deadline, item.estimate, item.deadline_text)


def check_postponement(uow: UnitOfWork, commitment_id: int, day: date, team: int | None = None) -> None:
    """Whether :func:`postpone` to ``day`` needs the person's confirmation first (it raises the
    :class:`~commitments.errors.PastDeadline` it would raise), before anything else is asked or changed."""
    item = _load(uow.session, commitment_id, team)
    check_moved_deadline(day, item.deadline, uow.today(), allow_past=False)


def drop(
    uow: UnitOfWork, commitment_id: int, by: str, reason: str, team: int | None = None
) -> CommitmentRecord:
    """Close as vervallen, with the reason."""
    return _change(uow, commitment_id, team, lambda item: item.drop(by, reason))


def reassign(
    uow: UnitOfWork, commitment_id: int, by: str, owner: str, team: int | None = None
) -> CommitmentRecord:
    """Give the commitment a new owner."""
    session = uow.session
    item = _load(session, commitment_id, team)
    item.reassign(by, bare_username(owner))
    session.flush()
    return CommitmentRecord.of(item, with_history=True)


def reopen(
    uow: UnitOfWork, commitment_id: int, by: str, reason: str | None = None, team: int | None = None
) -> CommitmentRecord:
    """Open a closed, partly fulfilled or lapsed item (or an afgedaan motie) again; the history keeps both."""
    why = reason.strip() if reason and reason.strip() else None
    return _change(uow, commitment_id, team, lambda item: item.reopen(by, why))


def follow_up(uow: UnitOfWork, commitment_id: int, by: str, team: int | None = None) -> CommitmentRecord:
    """The next time of a recurring promise that was fulfilled: a new open item like it, due one
    period after its deadline (:func:`~commitments.deadlines.recurrence.next_due`; from the unit of work's
    today when it had none), that points back at it. Once per item: asked again, it names the next time."""
    session = uow.session
    item = _load(session, commitment_id, team)
    if not item.recurring:
        raise InvalidInput(f"#{commitment_id} is geen terugkerende toezegging; er is geen volgende keer.")
    if not item.can_follow_up:
        raise InvalidInput(
            f"#{commitment_id} is {item.status_label}, niet afgedaan; er komt pas een volgende keer als "
            f"deze keer is afgedaan (/afgedaan {commitment_id})."
        )
    if item.recurring not in RECURRENCE_MONTHS:
        raise InvalidInput(
            f"Hoe vaak #{commitment_id} terugkomt (‘{item.recurring}’) kan ik niet uitrekenen; "
            "leg de volgende keer vast als nieuwe toezegging."
        )
    following = session.scalar(select(Commitment.id).where(Commitment.follows_id == item.id))
    if following is not None:
        raise InvalidInput(f"De volgende keer van #{commitment_id} staat er al: #{following}.")
    today = uow.today()
    new = NewCommitment(
        title=item.title,
        kind=item.kind,
        quote=item.quote,
        deadline=next_due(item.deadline or today, item.recurring, today),
        deadline_text=recurrence_label(item.recurring),
        recurring=item.recurring,
        ministry=item.ministry,
        post=item.post,
        person=item.person,
        refs=item.ref_list,
        owner=item.owner,
        team=item.team.chat_id if item.team else None,
        document_id=item.document_id,
    )
    following_item = build_commitment(uow, new, by, reason=f"volgende keer van #{item.id}")
    following_item.follows_id = item.id
    return CommitmentRecord.of(following_item, with_history=True)


UNDONE = "ongedaan gemaakt"
UNDOABLE = (EventType.STATUS_CHANGED, EventType.POSTPONED)


@dataclass(frozen=True)
class Undone:
    """An undone change: the item as it stands now and, when the undone closing had its next time recorded
    (:func:`follow_up`), that next time's id and whether it went with the closing."""

    item: CommitmentRecord
    next_time: int | None = None
    next_time_removed: bool = False


def _drop_next_time(session: Session, item: Commitment) -> Undone:
    """A reopened item's next time goes with the closing it followed while untouched (only its creation in
    its history), so one promise is not open twice; changed since, it stays and the person decides."""
    following = session.scalar(select(Commitment).where(Commitment.follows_id == item.id))
    record = CommitmentRecord.of(item, with_history=True)
    if following is None:
        return Undone(record)
    untouched = len(following.history) == 1
    if untouched:
        session.delete(following)
        session.flush()
    return Undone(record, following.id, untouched)


def undo_change(
    uow: UnitOfWork,
    commitment_id: int,
    event_id: int,
    by: str,
    team: int | None = None,
) -> Undone:
    """Undo the status change or postponement ``event_id`` within ten minutes of it, if nothing changed the
    item since: a status change puts back the status it left (a closing reopens the item, or makes it deels
    voldaan again, and removes its untouched next time; a reopening closes it again as before), a
    postponement puts the old deadline back. The undo is a change of its own in the
    history."""
    session = uow.session
    item = _load(session, commitment_id, team)
    change = next((event for event in item.history if event.id == event_id), None)
    if change is None or change.event not in UNDOABLE or change is not item.history[-1]:
        raise InvalidInput(f"#{commitment_id} is sindsdien al gewijzigd; {_as_it_stands(change, item)}.")
    if uow.now() - change.at > UNDO_WINDOW:
        raise InvalidInput(
            f"Ongedaan maken kan tot 10 minuten na de wijziging; {_by_hand(change, commitment_id)}."
        )
    if change.event == EventType.POSTPONED:
        item.move_back(by, change, UNDONE)
    else:
        before = _kamerstuk_before(item.history[:-1], change)
        item.restore_status(by, change.old or Status.OPEN.value, before, UNDONE)
    session.flush()
    replan(session, item, uow.now())
    if _closes(change):
        return _drop_next_time(session, item)
    return Undone(CommitmentRecord.of(item, with_history=True))


def undo_last(uow: UnitOfWork, commitment_id: int, by: str, team: int | None = None) -> Undone:
    """``/ongedaan ID``: :func:`undo_change` for the item's last change, under the same rules as the
    button."""
    item = _load(uow.session, commitment_id, team)
    last = item.history[-1] if item.history else None
    if last is not None and last.event in UNDOABLE and last.reason == UNDONE:
        raise InvalidInput(f"De laatste wijziging van #{commitment_id} is al ongedaan gemaakt.")
    if last is None or last.event not in UNDOABLE:
        raise InvalidInput(
            f"Bij #{commitment_id} is er niets om ongedaan te maken: dat kan alleen direct na afdoen, "
            "deels afdoen, laten vervallen, heropenen of uitstellen."
        )
    return undo_change(uow, commitment_id, last.id, by, team)


def _closes(change: HistoryEvent | None) -> bool:
    """Whether ``change`` closed the item (afgedaan, deels, vervallen)."""
    return change is not None and change.event == EventType.STATUS_CHANGED and change.new != Status.OPEN.value


def _reopens(change: HistoryEvent | None) -> bool:
    """Whether ``change`` opened the item again."""
    return change is not None and change.event == EventType.STATUS_CHANGED and change.new == Status.OPEN.value


def _by_hand(change: HistoryEvent | None, commitment_id: int) -> str:
    """What to do instead of undoing ``change``."""
    if change is not None and change.event == EventType.POSTPONED:
        return f"zet de termijn terug met /wijzig {commitment_id} termijn"
    if _reopens(change):
        return f"sluit het weer af met /afgedaan, /deels of /vervallen {commitment_id}"
    return f"gebruik /heropen {commitment_id}"


def _as_it_stands(change: HistoryEvent | None, item: Commitment) -> str:
    """What to do instead of undoing ``change`` after later changes, by how the item stands now: a closing
    undone meanwhile (the item is open again) or a reopening (closed again) leaves nothing to undo."""
    if (_closes(change) and not item.is_closed) or (_reopens(change) and item.is_closed):
        now = "staat weer open" if item.status == Status.OPEN else f"is weer {item.status_label}"
        return f"het {now}, dus er is niets meer om ongedaan te maken"
    if change is not None and change.event == EventType.POSTPONED:
        return _by_hand(change, item.id)
    if item.is_closed:
        return f"gebruik /heropen {item.id}"
    return f"het staat open; sluit het zo nodig af met /afgedaan, /deels of /vervallen {item.id}"


def _kamerstuk_before(earlier: Sequence[HistoryEvent], change: HistoryEvent) -> str | None:
    """The Kamerstuk of the status ``change`` left (a reopened closing, a partial fulfilment made whole): a
    fulfilment records it as its reason."""
    closings = [e for e in earlier if e.event == EventType.STATUS_CHANGED and e.new == change.old]
    return fulfilling_ref(closings[-1].reason) if closings else None


@dataclass(frozen=True)
class FieldChange:
    """One edit of a saved item: the Dutch field name, the new value and how to show it."""

    field: str
    value: str | Kind | NewDeadline | None
    shown: str


def _check_post_fits(item: Commitment, ministry: str) -> None:
    """An item's ministry stays that of its post (or of its line): a post of another ministry is changed
    first, so that lists per ministry and per post agree."""
    own = post_and_ministry(item.post).ministry if item.post else None
    if own is not None and own in ministries() and not same_line(own, ministry):
        raise InvalidInput(
            f"#{item.id} hoort bij de {item.post} ({own}), niet bij {ministry}. Wijzig eerst de "
            f"bewindspersoon, bijvoorbeeld: /wijzig {item.id} bewindspersoon Minister van …"
        )


def _motie_status(item: Commitment) -> MotieStatus | None:
    """A motie's own status, as its status has it (a voldaan one is afgedaan); None for another kind."""
    if item.kind != Kind.MOTIE:
        return None
    return MotieStatus.AFGEDAAN if item.status == Status.VOLDAAN else MotieStatus.OPEN


def edit(
    uow: UnitOfWork,
    commitment_id: int,
    by: str,
    change: FieldChange,
    allow_past: bool = False,
    team: int | None = None,
) -> CommitmentRecord:
    """Change an item's title, deadline, post, ministry, kind or owner; the history keeps the old value (a
    deadline before the unit of work's today needs ``allow_past``)."""
    session = uow.session
    item = _load(session, commitment_id, team)
    value = change.value
    if change.field == "titel" and isinstance(value, str):
        item.edit(by, "titel", "title", _clean_title(value), change.shown)
    elif change.field == "termijn" and (value is None or isinstance(value, NewDeadline)):
        check_not_past(value.date if value else None, uow.today(), allow_past)
        item.edit(by, "termijn", "deadline", value.date if value else None, change.shown)
        item.deadline_text = value.text if value else None
        item.estimate = value.estimate if value else False
    elif change.field == "bewindspersoon" and isinstance(value, str):
        ministry = post_and_ministry(value).ministry
        item.edit(by, "bewindspersoon", "post", value, change.shown)
        item.ministry = ministry or item.ministry
        session.flush()
        session.refresh(item, ["holder"])  # the new post's holder, not the old one's
    elif change.field == "ministerie" and isinstance(value, str):
        _check_post_fits(item, value)
        item.edit(by, "ministerie", "ministry", value, change.shown)
    elif change.field == "soort" and isinstance(value, Kind):
        item.edit(by, "soort", "kind", value, change.shown)
        item.motie_status = _motie_status(item)
    elif change.field == "eigenaar":
        owner = bare_username(value) if isinstance(value, str) else None
        item.edit(by, "eigenaar", "owner", owner, change.shown)
    else:
        raise InvalidInput(f"Onbekend veld: {change.field}.")
    session.flush()
    replan(session, item, uow.now())
    return CommitmentRecord.of(item, with_history=True)
