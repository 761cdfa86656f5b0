"""Small pieces of database work that arrive together, run in one transaction.

Every send takes a turn in the shared rate and is marked sent afterwards: two tiny writes per message. On a
disk where a commit costs 15-25 ms (an fsync), one transaction each would cap delivery below Telegram's 30
messages a second. Pieces queued while a transaction runs go together in the next one; a batch that fails
is run again piece by piece, so one bad piece fails only its own caller.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from commitments.unit_of_work import Transactions

T = TypeVar("T")
Work = Callable[[Session], Any]
Outcome = tuple[bool, Any]  # (succeeded, result or exception)

MAX_BATCH = 16
"""Small enough that a batch is back well within :attr:`SendRates.lead`."""


class TransactionBatcher:
    """Coalesces concurrent :meth:`run` calls; ``offload`` runs a blocking function off the event loop."""

    def __init__(self, transactions: Transactions, offload: Callable[..., Awaitable[Any]]) -> None:
        self.transactions = transactions
        self.offload = offload
        self._pending: list[tuple[Work, asyncio.Future[Any]]] = []
        self._urgent: list[tuple[Work, asyncio.Future[Any]]] = []
        self._drainer: asyncio.Task[None] | None = None

    async def run(self, work: Callable[[Session], T], *, urgent: bool = False) -> T:
        """``work(session)`` inside a transaction shared with whatever else is queued; returns its result.
        ``urgent`` work goes before the rest of the queue."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        (self._urgent if urgent else self._pending).append((work, future))
        if self._drainer is None or self._drainer.done():
            self._drainer = asyncio.create_task(self._drain())
        result: T = await future
        return result

    async def _drain(self) -> None:
        """Commit batches until nothing is queued; every caller gets its own outcome."""
        while self._urgent or self._pending:
            batch, self._urgent = self._urgent[:MAX_BATCH], self._urgent[MAX_BATCH:]
            room = MAX_BATCH - len(batch)
            batch, self._pending = batch + self._pending[:room], self._pending[room:]
            try:
                outcomes = await self.offload(self._transact, [work for work, _ in batch])
            except asyncio.CancelledError:
                for _, future in batch + self._urgent + self._pending:
                    future.cancel()
                self._urgent, self._pending = [], []
                raise
            for (_, future), (succeeded, value) in zip(batch, outcomes, strict=True):
                if future.done():  # its caller was cancelled
                    continue
                if succeeded:
                    future.set_result(value)
                else:
                    future.set_exception(value)

    def _transact(self, pieces: list[Work]) -> list[Outcome]:
        try:
            with self.transactions.unit_of_work() as uow:
                session = uow.session
                return [(True, piece(session)) for piece in pieces]
        except Exception as exc:
            if len(pieces) == 1:
                return [(False, exc)]
        return [self._alone(piece) for piece in pieces]

    def _alone(self, piece: Work) -> Outcome:
        try:
            with self.transactions.unit_of_work() as uow:
                session = uow.session
                return True, piece(session)
        except Exception as exc:
            return False, exc
