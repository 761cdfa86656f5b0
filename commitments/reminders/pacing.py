"""One send rate per bot token, shared by every replica through the database.

Telegram allows a bot about 30 messages a second in all and 20 a minute in one group, and answers 429
beyond that. Every replica of the bot sends reminders with the same token, so the limit is kept in the
database, not in a process: each key (the bot, and each chat) has a row holding the earliest moment its
next message may leave, on the database's clock. Taking a turn moves that moment on by the key's interval
in one atomic ``UPDATE … RETURNING`` (a row lock on PostgreSQL, the write lock on SQLite) and answers how
long to wait. Turns are thus spaced evenly, whichever replica takes them (a generic cell rate algorithm
without burst). A send first waits for its chat's turn and only then takes the bot's, so a chat that must
wait never holds back the others.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from sqlalchemy import Float, String, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from commitments.chat_kind import is_group
from commitments.model import Base
from commitments.reminders.sql import database_now, insert_if_absent, later_of


class SendTurn(Base):
    """When the next message under ``key`` (``bot:<id>`` or ``chat:<id>``) may leave, in epoch seconds."""

    __tablename__ = "send_turns"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    next_at: Mapped[float] = mapped_column(Float, default=0.0)


@dataclass(frozen=True)
class SendRates:
    """Below Telegram's limits (30/s, 20/min per group, about 1/s per private chat), with room for the
    bot's answers in chats and for jitter on the way to Telegram."""

    per_second: float = 27.0
    group_interval: float = 3.2
    private_interval: float = 1.0
    lead: float = 0.5
    """Seconds ahead at which an idle bot's next turn is set: the transaction that takes the turn (with
    others queued in it) must be back before the turn comes, or late turns would leave in a burst."""
    ahead: float = 2.0
    """Seconds of bot turns one worker may hold at a time."""
    chat_wait: float = 15.0
    """Longest a delivery round keeps a chat's messages waiting for their turns; a busy group's later
    messages go back to the ledger until their turn, so that one chat never holds up the round (and with it
    the next tick)."""

    @property
    def booked_ahead(self) -> int:
        return max(1, int(self.per_second * self.ahead))


def bot_key(token: str) -> str:
    """The key of a bot's rate: its id, the part of the token before the colon (never the secret)."""
    return f"bot:{token.partition(':')[0]}"


@dataclass(frozen=True)
class Turn:
    """A reserved moment to send, on the database's clock (seconds since the epoch)."""

    at: float
    reserved_at: float
    taken: bool = True
    """False when the moment lay too far ahead to wait for now: it was not reserved."""


class SharedPacer:
    """Turns for one bot token. Turns are taken inside a caller's session; :meth:`seconds_until` turns
    one into a local wait."""

    def __init__(self, key: str, rates: SendRates | None = None) -> None:
        self.key = key
        self.rates = rates or SendRates()
        self._offset = math.inf
        self._next_local = 0.0

    def chat_turn(self, session: Session, chat_id: int, within: float = math.inf) -> Turn:
        """The chat's next turn, taken only if it comes within ``within`` seconds."""
        interval = self._chat_interval(chat_id)
        return self._observed(take_turn(session, f"chat:{chat_id}", interval, within=within))

    def sent(self, session: Session, chat_id: int) -> None:
        """A message to ``chat_id`` left just now: its next one waits a full interval from now, however
        long this one waited for the bot's turn after taking the chat's."""
        key = f"chat:{chat_id}"
        later = database_now(session) + self._chat_interval(chat_id)
        session.execute(
            update(SendTurn)
            .where(SendTurn.key == key)
            .values(next_at=later_of(session, SendTurn.next_at, later))
        )

    def _chat_interval(self, chat_id: int) -> float:
        return self.rates.group_interval if is_group(chat_id) else self.rates.private_interval

    def bot_turn(self, session: Session) -> Turn:
        return self._observed(take_turn(session, self.key, 1.0 / self.rates.per_second, self.rates.lead))

    def _observed(self, turn: Turn) -> Turn:
        """Learn the local clock's lead over the database's from a statement that just returned: the
        smallest difference seen is the one with the least delay on the way back."""
        self._offset = min(self._offset, time.time() - turn.reserved_at)
        return turn

    def hold(self, session: Session, seconds: float) -> None:
        """Telegram said 429: no replica sends with this token for ``seconds``."""
        _ensure(session, self.key)
        later = database_now(session) + seconds
        session.execute(
            update(SendTurn)
            .where(SendTurn.key == self.key)
            .values(next_at=later_of(session, SendTurn.next_at, later))
        )

    def seconds_until(self, turn: Turn) -> float:
        """How long to wait locally for ``turn``: its moment on the database's clock, mapped to the local
        clock, so that turns keep their spacing however long their transaction took to commit."""
        return max(0.0, turn.at + self._offset - time.time())

    def seconds_to_keep_spacing(self) -> float:
        """Book this process's next send and say how long to wait for it: sends that come late to their
        turn (a busy event loop, a full connection pool) still leave one interval apart, not in a burst."""
        now = time.monotonic()
        at = max(now, self._next_local)
        self._next_local = at + 1.0 / self.rates.per_second
        return at - now


def take_turn(
    session: Session, key: str, interval: float, lead: float = 0.0, within: float = math.inf
) -> Turn:
    """Reserve the next free moment of ``key``, at least ``lead`` seconds ahead, and move it on by
    ``interval``; a moment more than ``within`` seconds ahead is only reported, not taken."""
    now = database_now(session)
    statement = (
        update(SendTurn)
        .where(SendTurn.key == key)
        .values(next_at=later_of(session, SendTurn.next_at, now + lead) + interval)
        .returning(SendTurn.next_at, now)
    )
    if not math.isinf(within):
        statement = statement.where(SendTurn.next_at <= now + within)
    row = session.execute(statement).first()
    if row is None:
        _ensure(session, key)
        row = session.execute(statement).first()
    if row is None:
        next_at, reserved_at = session.execute(select(SendTurn.next_at, now).where(SendTurn.key == key)).one()
        return Turn(next_at, reserved_at, taken=False)
    next_at, reserved_at = row
    return Turn(max(next_at - interval, reserved_at), reserved_at)


def _ensure(session: Session, key: str) -> None:
    insert_if_absent(session, SendTurn, [{"key": key, "next_at": 0.0}], ["key"])
