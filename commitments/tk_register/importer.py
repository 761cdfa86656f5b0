"""Use case: bring a ministry's part of the Tweede Kamer's register of toezeggingen into a team's store.

Each record is matched in this order:

1. by register number (``Nummer``) in the team: the item is updated with what changed in the register;
2. to an item the team already has without a number (say, found in a Kamerbrief): same ministry, the same
   post when both name one, a very similar text and deadlines no more than a month apart (or one of them
   unknown). That item gets the number ("linked") instead of a double;
3. otherwise a new item is added.

The register often lags behind a team that follows its own letters, so it may close an item but never
reopens one the team closed; a team's own deadline is only replaced when the register's text changed, and a
linked item keeps the team's own text and deadline for good. A record deleted from the register makes the
team's active copy vervallen, with the reason.

Every page is fetched first (no transaction is open while the network is slow), then everything, the
high-water mark included, is written in one transaction: an interrupted import stores nothing and the next
run asks for the same records again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any, Protocol

from rapidfuzz import fuzz, utils
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from commitments.errors import InvalidInput
from commitments.import_status import close_as
from commitments.ministries import ministries, ministry_code
from commitments.model import ACTIVE_STATUSES, Commitment, EventType, Status, Team
from commitments.reminders.services import replan
from commitments.services import build_commitment, remember_holder
from commitments.status import first_line
from commitments.tk_register.client import RegisterClient, RegisterUnavailable
from commitments.tk_register.mapping import ORIGIN, RegisterItem, map_record
from commitments.tk_register.marks import find_state, state_for
from commitments.unit_of_work import Transactions, UnitOfWork

LINK_SCORE = 88
"""Least rapidfuzz ``token_set_ratio`` (0-100) between the texts for linking an existing item."""
LINK_MIN_WORDS = 6
"""Shorter texts are never linked: a subset of a few common words says nothing."""
LINK_MAX_DAYS = 31
"""Deadlines further apart than this are different promises, however alike the words."""


EPOCH = datetime.min.replace(tzinfo=UTC)
DELETED_REASON = "verwijderd uit het toezeggingenregister van de Tweede Kamer"


class RegisterSource(Protocol):
    def records(
        self, ministry_names: Sequence[str], since: str | None = None, deleted: bool = False
    ) -> list[dict[str, Any]]: ...


@dataclass
class RegisterImport:
    """How many records were new, changed, the same as before, linked to an existing item, skipped, or
    deleted in the register (their copies made vervallen)."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    linked: int = 0
    skipped: int = 0
    withdrawn: int = 0

    def summary(self) -> str:
        return (
            f"{self.new} nieuw, {self.updated} bijgewerkt, {self.unchanged} ongewijzigd, "
            f"{self.linked} gekoppeld aan een bestaand item, {self.skipped} overgeslagen, "
            f"{self.withdrawn} vervallen (verwijderd uit het register)"
        )


def api_moment(record: dict[str, Any]) -> datetime | None:
    """When the API last changed the record (``ApiGewijzigdOp``), for ordering and the high-water mark."""
    return moment_of(record.get("ApiGewijzigdOp"))


def moment_of(value: object) -> datetime | None:
    """An OData timestamp (``2025-04-03T14:15:05.9556542Z``) as an aware datetime, or None."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def newest_mark(records: Iterable[dict[str, Any]], mark: str | None) -> str | None:
    """The latest ``ApiGewijzigdOp`` among the records and the old mark, as the API wrote it."""
    best = (moment_of(mark), mark) if mark else None
    for record in records:
        moment = api_moment(record)
        if moment is not None and (best is None or best[0] is None or moment > best[0]):
            best = (moment, str(record["ApiGewijzigdOp"]))
    return best[1] if best else None


def latest_versions(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per ``Id`` (one changed while we paged can arrive twice): its newest version."""
    latest: dict[object, dict[str, Any]] = {}
    for record in records:
        key = record.get("Id") or record.get("Nummer")
        known = latest.get(key)
        if known is None or (api_moment(record) or EPOCH) >= (api_moment(known) or EPOCH):
            latest[key] = record
    return list(latest.values())


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def similarity(ours: str, theirs: str) -> float:
    """How alike two promises read, 0-100, ignoring case, punctuation and word order."""
    return fuzz.token_set_ratio(ours, theirs, processor=utils.default_process)


def _deadlines_agree(ours: date | None, theirs: date | None) -> bool:
    return ours is None or theirs is None or abs((ours - theirs).days) <= LINK_MAX_DAYS


def find_link(candidates: Iterable[Commitment], item: RegisterItem) -> Commitment | None:
    """The existing item that is this register record, if one clearly is; the best match wins."""
    text = item.new.quote or item.new.title
    if _words(text) < LINK_MIN_WORDS:
        return None
    best: tuple[float, Commitment] | None = None
    for candidate in candidates:
        ours = candidate.quote or candidate.title
        if (
            candidate.register_number is not None
            or candidate.ministry != item.new.ministry
            or (candidate.post and item.new.post and candidate.post.lower() != item.new.post.lower())
            or _words(ours) < LINK_MIN_WORDS
            or not _deadlines_agree(candidate.deadline, item.new.deadline)
        ):
            continue
        score = similarity(ours, text)
        if score >= LINK_SCORE and (best is None or score > best[0]):
            best = (score, candidate)
    return best[1] if best else None


def _apply_status(uow: UnitOfWork, existing: Commitment, item: RegisterItem, by: str) -> bool:
    """Close (or partly close) an active item as the register did; never reopen."""
    if existing.status not in ACTIVE_STATUSES or item.status in (Status.OPEN, existing.status):
        return False
    on = f" op {item.fulfilled_on.isoformat()}" if item.fulfilled_on else ""
    close_as(
        uow,
        existing,
        item.status,
        by,
        f"volgens het toezeggingenregister ({item.raw_status}{on})",
        item.fulfilled_by,
    )
    return True


def _from_register(existing: Commitment) -> bool:
    """Whether the register created the item; a linked item keeps the team's own text and deadline."""
    reason = existing.history[0].reason if existing.history else None
    return reason is not None and reason.startswith(ORIGIN)


def _apply_changes(uow: UnitOfWork, existing: Commitment, item: RegisterItem, by: str) -> bool:
    """Bring an item up to date with its register record; True when anything changed."""
    new = item.new
    changed = _apply_status(uow, existing, item, by)
    if new.quote != existing.quote and _from_register(existing):
        existing.record(
            EventType.EDITED, by, old=existing.quote, new=new.quote, reason="tekst gewijzigd in het register"
        )
        existing.quote, existing.title = new.quote, new.title
        if (new.deadline, new.deadline_text) != (existing.deadline, existing.deadline_text):
            old = existing.deadline.isoformat() if existing.deadline else existing.deadline_text
            existing.deadline, existing.deadline_text = new.deadline, new.deadline_text
            existing.estimate, existing.recurring = new.estimate, new.recurring
            target = new.deadline.isoformat() if new.deadline else new.deadline_text
            existing.record(
                EventType.EDITED, by, old=old, new=target, reason="termijn uit de nieuwe registertekst"
            )
        changed = True
    for field, label in (("post", "bewindspersoon"), ("person", "naam"), ("ministry", "ministerie")):
        value = getattr(new, field)
        if value is not None and value != getattr(existing, field):
            existing.record(
                EventType.EDITED,
                by,
                old=getattr(existing, field),
                new=value,
                reason=f"{label} uit het register",
            )
            setattr(existing, field, value)
            changed = True
    return changed


def _store_record(
    uow: UnitOfWork, team: int | None, item: RegisterItem, by: str, counts: RegisterImport
) -> Commitment:
    """Update, link or create the item for one register record; returns the item it touched."""
    session = uow.session
    if item.status == Status.OPEN and item.new.person and item.new.post:  # an open promise names the holder
        remember_holder(session, item.new.post, item.new.person, item.new.ministry, "register")
    in_team = Team.owns(Commitment.team_id, team)
    existing = session.scalar(select(Commitment).where(in_team, Commitment.register_number == item.number))
    if existing is not None:
        if _apply_changes(uow, existing, item, by):
            counts.updated += 1
        else:
            counts.unchanged += 1
        return existing
    candidates = session.scalars(
        select(Commitment).where(
            in_team, Commitment.register_number.is_(None), Commitment.ministry == item.new.ministry
        )
    )
    linked = find_link(candidates, item)
    if linked is not None:
        linked.register_number = item.number
        linked.record(EventType.EDITED, by, new=item.number, reason=f"gekoppeld aan het {item.origin}")
        _apply_status(uow, linked, item, by)
        counts.linked += 1
        return linked
    new = replace(item.new, team=team, register_number=item.number)
    created = build_commitment(uow, new, by, item.origin)
    _apply_status(uow, created, item, by)
    counts.new += 1
    return created


def _withdraw(uow: UnitOfWork, team: int | None, record: dict[str, Any], by: str) -> bool:
    """Make the team's active copy of a record deleted in the register vervallen; True if there was one."""
    number = record.get("Nummer")
    if not isinstance(number, str) or not number.strip():
        return False
    existing = uow.session.scalar(
        select(Commitment).where(
            Team.owns(Commitment.team_id, team), Commitment.register_number == number.strip()[:32]
        )
    )
    if existing is None or existing.status not in ACTIVE_STATUSES:
        return False
    close_as(uow, existing, Status.VERVALLEN, by, f"{DELETED_REASON} ({number.strip()})")
    return True


def _note_failure(uow: UnitOfWork, team: int | None, code: str, error: str) -> None:
    """Remember a failed run for ``/status`` (a unit of work of its own: the failure itself is kept)."""
    session = uow.session
    state = state_for(session, team, code)
    state.last_attempt_at, state.last_error = uow.now(), error


def _stored_mark(uow: UnitOfWork, team: int | None, code: str) -> str | None:
    state = find_state(uow.session, team, code)
    return state.high_water if state is not None else None


@dataclass(frozen=True)
class _Fetched:
    """What one run read from the register, and where it stood before."""

    code: str
    changed: list[dict[str, Any]]
    deleted: list[dict[str, Any]]
    stored_mark: str | None
    keeps_up: bool


def import_register(
    transactions: Transactions,
    client: RegisterSource,
    ministry: str,
    since: date | None,
    team: int | None,
    by: str,
) -> RegisterImport:
    """Import the register records of ``ministry`` (a code or name) into ``team``: those changed since
    ``since`` when given, otherwise since the stored high-water mark (everything on the first run).

    Reading the mark, fetching and writing are separate steps, each write a unit of work of its own, so no
    transaction is open while the network is slow."""
    code = ministry_code(ministry)
    if code is None:
        raise InvalidInput(f"Onbekend ministerie: ‘{ministry}’. Gebruik bijvoorbeeld JenV, VWS of BZK.")
    names = [*ministries()[code].names, *ministries()[code].posts]
    stored_mark = transactions.run(_stored_mark, team, code)
    mark = f"{since.isoformat()}T00:00:00Z" if since is not None else stored_mark
    # a later --sinds than the mark leaves a gap behind it: then the mark stays where it was
    keeps_up = since is None or (
        stored_mark is not None and (moment_of(mark) or EPOCH) <= (moment_of(stored_mark) or EPOCH)
    )
    try:
        changed = latest_versions(client.records(names, mark))
        # on a first run nothing local can carry a number yet, so there is nothing to withdraw
        deleted = client.records(names, mark, deleted=True) if mark is not None else []
    except RegisterUnavailable as exc:
        transactions.run(_note_failure, team, code, exc.message)
        raise
    fetched = _Fetched(code, changed, deleted, stored_mark, keeps_up)
    try:
        return transactions.run(_store_fetched, fetched, team, by)
    except Exception as exc:
        # what was read could not be stored (all of it rolled back): kept for /status as well, then raised
        with suppress(SQLAlchemyError):  # a database that cannot be written cannot keep the note either
            transactions.run(_note_failure, team, code, f"opslaan mislukt: {first_line(exc)}")
        raise


def _store_fetched(uow: UnitOfWork, fetched: _Fetched, team: int | None, by: str) -> RegisterImport:
    """Write everything one run read, the high-water mark included."""
    counts, session, today = RegisterImport(), uow.session, uow.today()
    for record in fetched.changed:
        item = map_record(record, today)
        # contains() on the name also matches other ministries ("Economische Zaken" in "... en Klimaat")
        if item is None or item.new.ministry != fetched.code:
            counts.skipped += 1
            continue
        touched = _store_record(uow, team, item, by, counts)
        session.flush()
        replan(session, touched, uow.now())
    for record in fetched.deleted:
        counts.withdrawn += _withdraw(uow, team, record, by)
    state = state_for(session, team, fetched.code)
    if fetched.keeps_up:
        # only what the ministry's query covered: a change made after it was read, even if older than
        # a deletion read later, must come again; deletions read twice change nothing the second time
        state.high_water = newest_mark(fetched.changed, fetched.stored_mark)
    state.last_success_at = state.last_attempt_at = uow.now()
    state.last_summary, state.last_error = counts.summary(), None
    return counts


def import_from_api(
    transactions: Transactions,
    api_url: str,
    ministry: str,
    since: date | None,
    team: int | None,
    by: str,
) -> RegisterImport:
    """:func:`import_register` from the OData API at ``api_url`` (the command line and the daily job)."""
    with RegisterClient(api_url) as client:
        return import_register(transactions, client, ministry, since, team, by)
