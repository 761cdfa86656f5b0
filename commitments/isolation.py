"""Running CPU-heavy work on untrusted input (reading and extracting a letter) in a child process with a
memory and a time limit, a few at a time.

The child gets an address-space limit (``RLIMIT_AS``) of what it had at its start plus
:attr:`Limits.memory_bytes`: Python then raises ``MemoryError`` and a native library (pdfium) aborts, and
either way only the child ends. A child past its time is killed. The caller gets the result, the child's
own :class:`DomainError`, or a :class:`LimitExceeded` with a Dutch message; the parent never holds more than
the result. Children are forked from a fork server that has the extraction imported, so a job starts in
milliseconds and never inherits the threads of the bot.

From async code, :func:`run_isolated`: a job waits for a free worker on the event loop (an asyncio
semaphore, holding no thread) and then runs on an executor of its own, sized to the workers. So letters that
wait for a worker never take the threads of asyncio's default pool, where the bot's database work runs.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import resource
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import Connection
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from commitments.errors import DomainError

MIB = 1024 * 1024
WORKERS = 2
PRELOAD = ["commitments.extraction"]

T = TypeVar("T")

_slots = threading.BoundedSemaphore(WORKERS)
_calls = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="isolation")
_loop_slots: WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = WeakKeyDictionary()
BUSY = f"Ik ben al met {WORKERS} andere bestanden bezig; stuur dit bestand over een minuut opnieuw."


@dataclass(frozen=True)
class Limits:
    """What one job may cost: memory beyond the child's start size, and wall-clock seconds."""

    memory_bytes: int = 320 * MIB
    seconds: float = 25.0


class LimitExceeded(DomainError):
    """The job needed more memory or time than allowed, or found no free worker; the message is Dutch."""


class WorkerFailed(RuntimeError):
    """The job raised an unexpected error in the child; the message holds the child's traceback."""


def run_limited(function: Callable[..., T], *args: Any, limits: Limits | None = None) -> T:
    """``function(*args)`` in a child process within ``limits`` (blocks; run it in a thread from async code).

    ``function`` and its arguments and result must pickle; ``function`` must be importable by name.
    """
    limits = limits or Limits()
    if not _slots.acquire(timeout=limits.seconds):
        raise LimitExceeded(BUSY)
    try:
        return _run(function, args, limits)
    finally:
        _slots.release()


def worker_slots() -> asyncio.Semaphore:
    """The running event loop's free workers (one semaphore per loop: an asyncio semaphore belongs to one)."""
    loop = asyncio.get_running_loop()
    slots = _loop_slots.get(loop)
    if slots is None:
        slots = _loop_slots[loop] = asyncio.Semaphore(WORKERS)
    return slots


async def run_isolated(function: Callable[..., T], *args: Any, limits: Limits | None = None) -> T:
    """:func:`run_limited` for async code: waits for a worker on the loop (at most ``limits.seconds``,
    then :class:`LimitExceeded`), then runs the job on the workers' own threads."""
    limits = limits or Limits()
    slots = worker_slots()
    try:
        await asyncio.wait_for(slots.acquire(), limits.seconds)
    except TimeoutError:
        raise LimitExceeded(BUSY) from None
    try:
        job = partial(run_limited, function, *args, limits=limits)
        return await asyncio.get_running_loop().run_in_executor(_calls, job)
    finally:
        slots.release()


def _context(function: Callable[..., Any]) -> Any:
    """The fork server's context; the server (started by the first job) has the job's module imported."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([*PRELOAD, function.__module__])
    return context


def _run(function: Callable[..., T], args: tuple[Any, ...], limits: Limits) -> T:
    context = _context(function)
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, function, args, limits.memory_bytes), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(limits.seconds):
            raise LimitExceeded(
                f"Het lezen van dit bestand duurde langer dan {limits.seconds:.0f} seconden; zo'n bestand "
                "lees ik niet. Stuur zo nodig een kleinere versie."
            )
        try:
            kind, value = receiver.recv()
        except EOFError:
            kind, value = "memory", None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    if kind == "ok":
        return value  # type: ignore[no-any-return]
    if kind == "refused":
        raise value
    if kind == "memory":
        raise LimitExceeded(
            f"Dit bestand vraagt meer dan {limits.memory_bytes // MIB} MB geheugen om te lezen "
            "(of het is beschadigd); zo'n bestand lees ik niet."
        )
    raise WorkerFailed(value)


def _child(connection: Connection, function: Callable[..., Any], args: tuple[Any, ...], memory: int) -> None:
    start = _address_space()
    resource.setrlimit(resource.RLIMIT_AS, (start + memory, start + memory))
    outcome: tuple[str, Any]
    try:
        outcome = ("ok", function(*args))
    except DomainError as exc:
        outcome = ("refused", exc)
    except MemoryError:
        outcome = ("memory", None)
    except Exception:
        outcome = ("failed", traceback.format_exc())
    try:
        connection.send(outcome)
    except MemoryError:
        connection.send(("memory", None))
    finally:
        connection.close()


def _address_space() -> int:
    """The child's current virtual size in bytes (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * resource.getpagesize()
