"""Sending due reminders: claim rows from the ledger, send them through a :class:`Notifier`, settle them.

Semantics: **at least once**. A row is claimed (committed) before its message is sent and marked sent in a
transaction after Telegram answered. While a worker runs, a heartbeat renews its claims; a worker that dies
leaves them to expire one lease (45 s) after its last heartbeat, and the next worker then sends again. So a
reminder is never lost, and it is duplicated only when the crash falls between Telegram accepting the
message and our commit a few milliseconds later, when a timed-out request had in fact reached Telegram,
when a worker's event loop stood still for longer than the lease, or when a notice of several messages (a
long digest) was stopped after its first parts: the Bot API has no idempotency key to close that window.

What a notice says comes from the domain (:mod:`commitments.reminders.notices`); how it reads in the chat,
and into how many messages it is split, is the :class:`Notifier`'s business.

With a :class:`~commitments.reminders.pacing.SharedPacer` every send first takes its turn in the rate all
replicas share (per bot token and per chat), so Telegram is not pushed into answering 429; chats wait for
their turn side by side, and only the HTTP requests themselves are limited in number. A round waits at most
15 s for a busy chat's turns and a send at most 10 s for Telegram (the notifier's time-out), so no chat
holds up the reminders of the others for long.

A server error or a time-out is retried with back-off for as long as it lasts (an outage loses nothing);
only Telegram's refusal of the message itself (HTTP 400) ends a reminder as failed. After downtime, a
reminder missed by less than the grace period is sent on its own, marked late; older misses of a team are
folded into one catch-up message, and a digest that old is skipped.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from commitments.model import Commitment, Team
from commitments.reminders.batching import TransactionBatcher
from commitments.reminders.digest import weekly_digest
from commitments.reminders.ledger import Reminder, ReminderStatus, claim, claim_backlog, finish, renew
from commitments.reminders.notices import Notice, ReminderItem, catch_up, reminder_notice
from commitments.reminders.pacing import SharedPacer
from commitments.reminders.planner import OVERDUE
from commitments.reminders.policy import ReminderPolicy, policy_for
from commitments.reminders.services import plan_next_digest, replan
from commitments.unit_of_work import Transactions

log = logging.getLogger(__name__)
T = TypeVar("T")


class DeliveryError(Exception):
    """Sending failed; the subclass says what to do about it."""


class RetryLater(DeliveryError):
    """Telegram asks us to slow down (HTTP 429) for ``seconds``."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class TemporaryFailure(DeliveryError):
    """A server error, a time-out or a network problem: try again later."""


class ChatGone(DeliveryError):
    """The bot was removed from the chat (HTTP 403) or the chat no longer exists."""


class Rejected(DeliveryError):
    """Telegram refused this message for good (HTTP 400); trying again will not help."""


class Notifier(Protocol):
    """The chat side of delivery: how a notice reads there, and sending it."""

    def render(self, notice: Notice) -> Sequence[str]:
        """The texts of the messages that carry ``notice``, in order, each within the chat's limits."""
        ...

    async def send(self, chat_id: int, text: str, about: int | None = None) -> int:
        """Send one rendered message; returns its message id or raises a :class:`DeliveryError`. ``about`` is
        the commitment the reminder in the message is about (on its last message only): the chat may offer
        that item's next acts with it."""
        ...


@dataclass(frozen=True)
class DeliveryOptions:
    batch_size: int = 500
    concurrency: int = 16
    lease: timedelta = timedelta(seconds=45)
    """A claim not renewed for this long belongs to a dead worker and is taken over."""
    heartbeat: timedelta = timedelta(seconds=10)
    """How often a running worker renews its claims."""
    on_time: timedelta = timedelta(minutes=15)
    grace: timedelta = timedelta(hours=12)
    warn_after_attempts: int = 8
    backoff: timedelta = timedelta(seconds=30)
    max_backoff: timedelta = timedelta(minutes=30)

    def backoff_after(self, attempts: int) -> timedelta:
        return min(self.backoff * (1 << max(attempts - 1, 0)), self.max_backoff)


@dataclass
class DeliveryReport:
    """What one run did, counted in ledger rows."""

    sent: int = 0
    late: int = 0
    retried: int = 0
    failed: int = 0
    cancelled: int = 0
    paused_teams: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Outgoing:
    """One notice, in one or more chat messages, and the ledger rows it settles."""

    ids: tuple[int, ...]
    team_id: int
    chat_id: int
    texts: tuple[str, ...]
    late: bool
    plans_next: bool = False
    """Whether sending makes room for a next reminder (weekly overdue ones, digests)."""
    about: int | None = None
    """The commitment of a reminder about one item (not of a digest or a catch-up)."""


@dataclass
class _Batch:
    """Claimed rows sorted into messages, cancellations and a catch-up list per team."""

    now: datetime
    messages: list[Outgoing] = field(default_factory=list)
    cancelled: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    folded: dict[Team, list[tuple[int, ReminderItem]]] = field(default_factory=lambda: defaultdict(list))


_Row = tuple[Reminder, Team, Commitment | None]


class Deliverer:
    """Delivers due reminders for one worker (a bot process); run :meth:`run` on every clock tick."""

    def __init__(
        self,
        transactions: Transactions,
        notifier: Notifier,
        worker: str,
        clock: Callable[[], datetime] | None = None,
        options: DeliveryOptions | None = None,
        pacer: SharedPacer | None = None,
    ) -> None:
        self.transactions = transactions
        self.notifier = notifier
        self.worker = worker
        self.clock = clock or transactions.clock.now
        self.options = options or DeliveryOptions()
        self.pacer = pacer
        self._hold_until: datetime | None = None
        self._gone: set[int] = set()
        self._deferred: dict[int, datetime] = {}
        """Teams whose chat's next turn lies too far ahead for this run, and when it comes."""
        self._round_ends = 0.0
        """Until when (monotonic seconds) this round waits for chats' turns."""
        self._db_lock = asyncio.Lock()
        self._batched = TransactionBatcher(transactions, self._db)
        self._requests = asyncio.Semaphore(self.options.concurrency)
        self._booked = asyncio.Semaphore(pacer.rates.booked_ahead if pacer else self.options.concurrency)

    async def _db(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run database work off the event loop, one piece at a time: writers queueing in threads for
        SQLite's lock (or PostgreSQL's connections) would only slow each other down."""
        async with self._db_lock:
            return await asyncio.to_thread(work, *args, **kwargs)

    async def run(self) -> DeliveryReport:
        """Send everything due now, batch after batch, unless Telegram asked us to wait."""
        report = DeliveryReport()
        self._gone.clear()
        self._deferred.clear()
        if self._hold_until and self.clock() < self._hold_until:
            return report
        self._hold_until = None
        async with self._heartbeat():
            while not self._hold_until:
                if await self._round(report) < self.options.batch_size:
                    break
        return report

    @asynccontextmanager
    async def _heartbeat(self) -> AsyncIterator[None]:
        """Renew this worker's claims every ``heartbeat`` while the block runs."""
        stop = asyncio.Event()

        async def beat() -> None:
            while not stop.is_set():
                try:
                    await asyncio.wait_for(stop.wait(), self.options.heartbeat.total_seconds())
                except TimeoutError:
                    await self._db(self._renew)

        task = asyncio.create_task(beat())
        try:
            yield
        finally:
            stop.set()
            await task

    def _renew(self) -> None:
        with self.transactions.unit_of_work() as uow:
            session = uow.session
            renew(session, self.worker, self.clock())

    async def _round(self, report: DeliveryReport) -> int:
        if self.pacer is not None:
            self._round_ends = time.monotonic() + self.pacer.rates.chat_wait
        ids = await self._db(self._claim)
        if not ids:
            return 0
        by_team: dict[int, list[Outgoing]] = defaultdict(list)
        for message in await self._db(self._prepare, ids, report):
            by_team[message.team_id].append(message)

        async def send(queue: list[Outgoing]) -> None:
            """One chat's messages in order, one at a time; chats in parallel."""
            for message in queue:
                await self._send(message, report)

        results = await asyncio.gather(*(send(queue) for queue in by_team.values()), return_exceptions=True)
        for result in results:
            if isinstance(result, Exception):
                log.error("reminder delivery failed unexpectedly", exc_info=result)
        return len(ids)

    def _claim(self) -> list[int]:
        now = self.clock()
        with self.transactions.unit_of_work() as uow:
            session = uow.session
            ids = claim(session, self.worker, now, self.options.lease, self.options.batch_size)
            missed = Reminder.due_at <= now - self.options.grace
            teams = session.scalars(select(Reminder.team_id).where(Reminder.id.in_(ids), missed).distinct())
            return ids + claim_backlog(session, self.worker, now, teams.all())

    def _prepare(self, ids: Sequence[int], report: DeliveryReport) -> list[Outgoing]:
        """Turn claimed rows into messages; cancel those whose reason went away.

        Several due rows of one commitment (after downtime) become one message about the newest.
        """
        batch = _Batch(self.clock())
        with self.transactions.unit_of_work() as uow:
            session = uow.session
            rows = session.execute(
                select(Reminder, Team, Commitment)
                .join(Team, Team.id == Reminder.team_id)
                .outerjoin(Commitment, Commitment.id == Reminder.commitment_id)
                .where(Reminder.id.in_(ids))
                .order_by(Reminder.due_at, Reminder.id)
            ).all()
            groups: dict[tuple[str, int], list[_Row]] = defaultdict(list)
            for row, team, item in rows:
                key = ("commitment", row.commitment_id) if row.commitment_id else ("digest", row.id)
                groups[key].append((row, team, item))
            policies = {team.id: policy_for(session, team.id) for _, team, _ in rows}
            for group in groups.values():
                self._sort(session, batch, group, policies[group[0][1].id])
            for team, folded in batch.folded.items():
                notice = catch_up([item for _, item in folded], policies[team.id], batch.now)
                folded_ids = tuple(row_id for row_id, _ in folded)
                batch.messages.append(
                    Outgoing(folded_ids, team.id, team.chat_id, self._texts(notice), True, plans_next=True)
                )
            for reason, cancelled in batch.cancelled.items():
                report.cancelled += finish(
                    session, cancelled, self.worker, status=ReminderStatus.CANCELLED, last_error=reason
                )
        return batch.messages

    def _sort(self, session: Session, batch: _Batch, group: list[_Row], policy: ReminderPolicy) -> None:
        newest, team, item = group[-1]
        ids = tuple(row.id for row, _, _ in group)
        lag = batch.now - newest.due_at
        late = lag > self.options.on_time
        if newest.commitment_id is None:
            digest = weekly_digest(session, team.id, policy, batch.now) if lag <= self.options.grace else None
            if digest is None:
                batch.cancelled["geen overzicht nodig"].extend(ids)
                plan_next_digest(session, team.id, batch.now)
            else:
                texts = self._texts(digest)
                batch.messages.append(Outgoing(ids, team.id, team.chat_id, texts, late, plans_next=True))
            return
        if item is None or item.is_closed or item.deadline is None:
            batch.cancelled["toezegging afgesloten"].extend(ids)
            return
        reminder = ReminderItem(
            item.id, item.title, item.deadline, item.owner, newest.slot, newest.due_at, item.estimate
        )
        if lag > self.options.grace:
            batch.folded[team].extend((row_id, reminder) for row_id in ids)
        else:
            texts = self._texts(reminder_notice(reminder, policy, batch.now, late))
            overdue = newest.slot.startswith(OVERDUE)
            batch.messages.append(
                Outgoing(ids, team.id, team.chat_id, texts, late, plans_next=overdue, about=item.id)
            )

    def _texts(self, notice: Notice) -> tuple[str, ...]:
        return tuple(self.notifier.render(notice))

    def _stopped(self, message: Outgoing) -> bool:
        """Telegram asked us to wait, the bot is no longer in this chat, or the chat's turn is far off."""
        return bool(self._hold_until) or message.team_id in self._gone or message.team_id in self._deferred

    async def _send_parts(self, message: Outgoing) -> int | None:
        """Send the message's texts in order, each in its own turn; the first one's message id, or None when
        delivery stopped before the last went out (the whole notice is then sent again later)."""
        first: int | None = None
        for number, text in enumerate(message.texts, 1):
            about = message.about if number == len(message.texts) else None
            message_id = await self._paced_send(message, text, about)
            if message_id is None:
                return None
            first = message_id if first is None else first
        return first

    async def _paced_send(self, message: Outgoing, text: str, about: int | None) -> int | None:
        """Wait for the chat's turn, then for the bot's, and send ``text``; None when delivery stopped
        meanwhile.

        Only :attr:`SendRates.booked_ahead` sends of this worker hold a bot turn at a time (two seconds'
        worth), so a worker that dies wastes little of the shared rate, and the settling of what went out
        is not queued behind a long line of bookings. A chat whose turn comes after the round's end is
        deferred: its messages go back to the ledger until that turn.
        """
        pacer = self.pacer
        if pacer is not None and not self._stopped(message):
            within = max(0.0, self._round_ends - time.monotonic())
            turn = await self._batched.run(lambda session: pacer.chat_turn(session, message.chat_id, within))
            if turn.taken:
                await asyncio.sleep(pacer.seconds_until(turn))
            else:
                self._deferred[message.team_id] = self.clock() + timedelta(seconds=pacer.seconds_until(turn))
        async with self._booked:
            if pacer is not None and not self._stopped(message):
                turn = await self._batched.run(pacer.bot_turn)
                await asyncio.sleep(pacer.seconds_until(turn))
            if self._stopped(message):
                return None
            async with self._requests:
                if pacer is not None:
                    await asyncio.sleep(pacer.seconds_to_keep_spacing())
                return await self.notifier.send(message.chat_id, text, about)

    async def _send(self, message: Outgoing, report: DeliveryReport) -> None:
        try:
            message_id = await self._send_parts(message)
        except RetryLater as exc:
            seconds, reason = exc.seconds, str(exc)
            hold = self._hold_until = self.clock() + timedelta(seconds=seconds)
            if (pacer := self.pacer) is not None:
                await self._batched.run(lambda session: pacer.hold(session, seconds))
            release = partial(self._release, message=message, retry_at=hold, reason=reason)
            await self._batched.run(release, urgent=True)
            report.retried += len(message.ids)
        except TemporaryFailure as exc:
            await self._db(self._retry, message, str(exc) or type(exc).__name__)
            report.retried += len(message.ids)
        except ChatGone as exc:
            self._gone.add(message.team_id)
            await self._db(self._pause, message, str(exc))
            if message.chat_id not in report.paused_teams:
                report.paused_teams.append(message.chat_id)
        except Rejected as exc:
            report.failed += await self._db(self._fail, message, str(exc))
        else:
            if message_id is None:  # delivery stopped while it waited for its turn
                retry_at = self._deferred.get(message.team_id, self._hold_until)
                release = partial(self._release, message=message, retry_at=retry_at, reason="uitgesteld")
                await self._batched.run(release, urgent=True)
                return
            settle = partial(self._settle, message=message, message_id=message_id)
            settled = await self._batched.run(settle, urgent=True)
            if message.late:
                report.late += settled
            else:
                report.sent += settled

    def _settle(self, session: Session, message: Outgoing, message_id: int) -> int:
        if self.pacer is not None:
            self.pacer.sent(session, message.chat_id)
        now = self.clock()
        status = ReminderStatus.LATE if message.late else ReminderStatus.SENT
        settled = finish(
            session,
            message.ids,
            self.worker,
            status=status,
            sent_at=now,
            message_id=message_id,
            retry_at=None,
            last_error=None,
        )
        if settled < len(message.ids):
            log.warning("lease of reminders %s expired while sending; may be sent twice", message.ids)
        if message.plans_next:
            self._plan_next(session, message, now)
        return settled

    @staticmethod
    def _plan_next(session: Session, message: Outgoing, now: datetime) -> None:
        """An overdue reminder or a digest that went out makes room for the next one."""
        rows = session.execute(select(Reminder.commitment_id).where(Reminder.id.in_(message.ids))).scalars()
        try:
            with session.begin_nested():
                for commitment_id in set(rows):
                    item = session.get(Commitment, commitment_id) if commitment_id else None
                    if item is not None:
                        replan(session, item, now)
                    elif commitment_id is None:
                        plan_next_digest(session, message.team_id, now)
        except IntegrityError:
            log.info("next reminder of %s planned concurrently", message.ids)

    def _release(
        self, session: Session, message: Outgoing, retry_at: datetime | None, reason: str, refund: bool = True
    ) -> None:
        """Give the claimed rows back to the ledger, to be tried again from ``retry_at``."""
        attempts = Reminder.attempts - 1 if refund else Reminder.attempts
        finish(
            session,
            message.ids,
            self.worker,
            status=ReminderStatus.PLANNED,
            retry_at=retry_at,
            last_error=reason,
            attempts=attempts,
        )

    def _retry(self, message: Outgoing, reason: str) -> None:
        """Try again after a back-off; a long outage is logged, never given up on."""
        with self.transactions.unit_of_work() as uow:
            session = uow.session
            attempts = max(session.scalars(select(Reminder.attempts).where(Reminder.id.in_(message.ids))))
            if attempts >= self.options.warn_after_attempts:
                log.warning(
                    "reminders %s still not delivered after %d attempts: %s", message.ids, attempts, reason
                )
            retry_at = self.clock() + self.options.backoff_after(attempts)
            self._release(session, message, retry_at, reason, refund=False)

    def _fail(self, message: Outgoing, reason: str) -> int:
        """Telegram refused the message itself; the next weekly reminder or digest is still planned."""
        log.error("Telegram refused reminders %s: %s", message.ids, reason)
        with self.transactions.unit_of_work() as uow:
            session = uow.session
            failed = finish(
                session, message.ids, self.worker, status=ReminderStatus.FAILED, last_error=reason
            )
            if message.plans_next:
                self._plan_next(session, message, self.clock())
        return failed

    def _pause(self, message: Outgoing, reason: str) -> None:
        log.warning("bot removed from chat %s (%s): reminders paused for this team", message.chat_id, reason)
        with self.transactions.unit_of_work() as uow:
            session = uow.session
            team = session.get(Team, message.team_id)
            if team is not None:
                team.paused = True
            self._release(session, message, None, reason, refund=True)
