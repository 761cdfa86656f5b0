"""The running bot with 100,000 commitments against a bare python-telegram-bot echo bot, in one run.

    .venv/bin/python -m bench.bench_bot [--quick] [-n 300] [--samples 200] [--profile FILE] [--trips]
                                          [--counts]

Both bots run on a fake Telegram server of their own on loopback over real HTTP, with long polling; the
echo bot (it answers every text with the same text) gives the ceiling that python-telegram-bot plus HTTP
allow on this machine. toezegbot runs on an SQLite file with ten served groups, filled in bulk (SQLAlchemy
core, not the use cases, to keep set-up short) at two sizes: 1,000 and then 10,000 commitments per group
(``--quick``: 100 and 1,000). At each size, both bots in four alternating rounds (so that other work on a
shared machine weighs on both alike):

- **latency**: one /open VWS at a time, from the moment it is sent until the answer is in the chat, p50
  and p95 over ``--samples`` updates; equal p95 at both sizes shows that the cost of a list does not grow
  with the number of stored items;
- **updates per second**: ``-n`` /open VWS queued at once, timed until the last answer; with the
  processor time per update of this process (bot and fake server together).

At the larger size, once: **/help during a letter**. One group sends a 2 MB text letter (development
letters 1-55 repeated, as in ``bench_extraction``) as a document, the real path: download, reading and
extraction, the listing, matching against the group's open items. Meanwhile another group sends /help
every 0.1 s; the slowest answer counts. The window ends when the letter's handler returns. Then, the same
way, **/help during /export**: one group asks for its register as CSV and XLSX (all its commitments, the
files made in a worker process) while the other sends /help; the window ends when /export's handler returns.

Targets (issue 13), at the larger size: /help answered within 1 s while the letter is read and while the
export is made (one chat's slow command holds up no other chat); /open VWS p95
within 15 ms of the echo bot's p95; at least half the echo bot's updates per second. Exits 1 when one is
missed. ``--profile FILE`` writes cProfile statistics of toezegbot's rounds at the larger size: of the event
loop's thread and, added to them, of the worker threads where the use cases run (the database's share);
the profiler slows that size's figures down, so compare a profiled run with none other. ``--trips`` times
each of toezegbot's trips off the event loop at each size (:class:`TimedThreads`): how long its use case
waited for a thread, ran there (wall and processor time) and waited for the event loop to take its result.
``--counts`` counts what each of toezegbot's updates costs besides time at each size (:class:`Counts`): its
Bot API calls, trips off the event loop, SQL statements, log records and garbage collections.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import logging
import pstats
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from sqlalchemy import event, insert
from telegram import Update
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, MessageHandler, filters

from bench.bench_extraction import corpus, text_of_size
from bot.app import build_application
from bot.context import USE_CASE_THREADS, BotApplication
from bot.handlers import documents, integrations
from commitments.db import Database
from commitments.ministries import ministries
from commitments.model import Commitment, CommitmentRef, Kind, MotieStatus, Status, Team
from commitments.unit_of_work import Transactions
from config.settings import Settings
from offline_telegram.fake_api import (
    AnyApplication,
    Chat,
    FakeTelegram,
    SentMessage,
    User,
    running_application,
)
from tests.use_case import transaction

ROOT = Path(__file__).resolve().parent.parent
TEAMS = 10
SIZES = (1_000, 10_000)
QUICK_SIZES = (100, 1_000)
LETTER_BYTES = 2_000_000
HELP_EVERY = 0.1
ROUNDS = 4
WAIT = 120.0  # seconds: a generous bound on any one wait, so a hung bot ends the run instead of hanging it
CHUNK = 5_000

TARGET_HELP_SECONDS = 1.0
TARGET_P95_MARGIN = 0.015
TARGET_THROUGHPUT_SHARE = 0.5

TOPICS = (
    "jeugdzorg",
    "stikstof",
    "netcongestie",
    "woningbouw",
    "asielopvang",
    "pensioenen",
    "toeslagen",
    "kinderopvang",
    "gegevensdeling",
    "cybersecurity",
    "ondermijning",
    "drugscriminaliteit",
    "huisartsenzorg",
    "wachtlijsten",
    "arbeidsmarkt",
    "mantelzorg",
    "onderwijsachterstanden",
    "laaggeletterdheid",
    "grondwater",
    "waterveiligheid",
    "spoorveiligheid",
    "luchtvaart",
    "gaswinning",
    "energietransitie",
    "armoedebeleid",
    "schuldhulpverlening",
    "zorgverzekering",
    "preventie",
    "vaccinatie",
    "dierenwelzijn",
    "mestbeleid",
    "natuurherstel",
    "digitalisering",
    "privacy",
    "desinformatie",
    "rechtspraak",
    "slachtofferhulp",
    "reclassering",
    "gevangeniswezen",
    "politiecapaciteit",
)
ACTS = (
    "Kamer informeren over",
    "voortgangsbrief sturen over",
    "evaluatie uitvoeren van",
    "wetsvoorstel indienen over",
    "onderzoek laten doen naar",
    "plan van aanpak opstellen voor",
)
PEOPLE = ("Van Weel", "Agema", "Keijzer", "Bruins", "Schoof", "Faber", "Heinen")


# -- measurement ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Latency:
    """Seconds from sending one update until its answer is in the chat, one sample per update."""

    samples: tuple[float, ...]

    @property
    def p50(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return statistics.quantiles(self.samples, n=20)[18]

    @property
    def worst(self) -> float:
        return max(self.samples)

    def describe(self) -> str:
        p50, p95, worst = (1000 * value for value in (self.p50, self.p95, self.worst))
        return f"p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  max {worst:6.1f} ms"


async def answers(fake: FakeTelegram, chat: Chat, user: User, text: str, count: int) -> float:
    """Send ``text`` ``count`` times at once, wait until the bot answered each in ``chat``; the seconds.

    The wait counts all the bot's messages (a check the fake server makes on every change, so it must cost
    nothing that grows with the messages sent); no other chat is talking meanwhile, which is checked after.
    """
    in_chat, in_all = len(fake.outbox(chat)), len(fake.state.sent)
    started = time.perf_counter()
    for _ in range(count):
        fake.send_text(chat, user, text)
    await fake.wait_for(in_all + count, WAIT)
    seconds = time.perf_counter() - started
    if len(fake.outbox(chat)) != in_chat + count:
        raise RuntimeError(f"{text}: expected {count} answers in {chat.title}")
    return seconds


async def answer_seconds(fake: FakeTelegram, chat: Chat, user: User, text: str) -> float:
    """Send ``text`` and wait for the bot's answer in ``chat`` (while other chats get answers too)."""
    target = len(fake.outbox(chat)) + 1
    started = time.perf_counter()
    fake.send_text(chat, user, text)
    await fake.wait_for_messages(chat, target, WAIT)
    return time.perf_counter() - started


@dataclass(frozen=True)
class Figures:
    """What one bot did at one size: latency, updates per second, and the processor time per update (of
    this process: bot and fake server together, so of the two bots' difference, the bot's work)."""

    latency: Latency
    rate: float
    cpu: float


@dataclass
class Talk:
    """One bot on its fake server, and who talks to it where; :meth:`round` adds to its figures."""

    fake: FakeTelegram
    chat: Chat
    user: User
    text: str
    timings: list[float] = field(default_factory=list)
    updates: int = 0
    seconds: float = 0.0
    cpu: float = 0.0

    async def round(self, samples: int, n: int) -> None:
        """``samples`` updates one at a time (latency), then ``n`` queued at once (throughput)."""
        for _ in range(samples):
            self.timings.append(await answers(self.fake, self.chat, self.user, self.text, 1))
        cpu = time.process_time()
        self.seconds += await answers(self.fake, self.chat, self.user, self.text, n)
        self.cpu += time.process_time() - cpu
        self.updates += n

    def figures(self) -> Figures:
        return Figures(Latency(tuple(self.timings)), self.updates / self.seconds, self.cpu / self.updates)


class Profiler:
    """cProfile of the event loop's thread and of each worker thread while it runs a use case of
    ``transactions`` (cProfile sees one thread only), between :meth:`enable` and :meth:`disable`."""

    def __init__(self, transactions: Transactions) -> None:
        self.loop = cProfile.Profile()
        self.workers: dict[int, cProfile.Profile] = {}
        self.on = False
        run = transactions.run

        def profiled(use_case: Any, *args: Any, **kwargs: Any) -> Any:
            if not self.on:
                return run(use_case, *args, **kwargs)
            worker = self.workers.setdefault(threading.get_ident(), cProfile.Profile())
            worker.enable()
            try:
                return run(use_case, *args, **kwargs)
            finally:
                worker.disable()

        transactions.run = profiled  # type: ignore[method-assign]

    def enable(self) -> None:
        self.on = True
        self.loop.enable()

    def disable(self) -> None:
        self.loop.disable()
        self.on = False

    def dump(self, path: Path) -> None:
        stats = pstats.Stats(self.loop)
        for worker in self.workers.values():
            stats.add(worker)
        stats.dump_stats(path)


@dataclass(frozen=True)
class Trip:
    """One use case's trip off the event loop, in seconds: until a thread took it, its run there (wall and
    processor time), and from its end until the event loop ran the callbacks that take its result up."""

    waiting: float
    work: float
    cpu: float
    back: float


class TimedThreads(ThreadPoolExecutor):
    """The bot's use case threads (as :func:`bot.app.build_application` makes them), timing each trip
    while :attr:`on`. The loop's side is noted by a callback scheduled as the use case's result is set."""

    def __init__(self) -> None:
        super().__init__(USE_CASE_THREADS, thread_name_prefix="use-case")
        self.trips: list[Trip] = []
        self.on = False

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        if not self.on:
            return super().submit(fn, *args, **kwargs)
        loop, submitted, times = asyncio.get_running_loop(), time.perf_counter(), [0.0, 0.0, 0.0]

        def timed() -> Any:
            times[0], cpu = time.perf_counter(), time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                times[1], times[2] = time.perf_counter(), time.thread_time() - cpu

        def taken_up() -> None:
            started, ended, cpu = times
            self.trips.append(Trip(started - submitted, ended - started, cpu, time.perf_counter() - ended))

        future = super().submit(timed)
        future.add_done_callback(lambda _: loop.call_soon_threadsafe(taken_up))
        return future

    def describe(self) -> str:
        """The p50 and mean of each part of the trips timed so far."""
        parts = {
            "waiting": "waiting for a thread",
            "work": "use case",
            "cpu": "its CPU",
            "back": "back to loop",
        }
        shown = []
        for part, name in parts.items():
            values = [getattr(trip, part) * 1e6 for trip in self.trips]
            shown.append(
                f"{name} p50 {statistics.median(values):.0f} µs, mean {statistics.mean(values):.0f} µs"
            )
        return f"{len(self.trips)} trips off the loop: " + "; ".join(shown)


class Counts(logging.Handler):
    """While :attr:`on`, what toezegbot's updates cost besides time: its Bot API calls (on its fake server),
    trips to its use case threads, SQL statements, log records (a handler of the root logger, at the bot's
    default level INFO) and garbage collections with their pause. :meth:`describe` gives them per update."""

    def __init__(self, fake: FakeTelegram, db: Database, threads: ThreadPoolExecutor) -> None:
        super().__init__()
        self.on = False
        self.fake = fake
        self.calls: dict[str, int] = {}
        self.trips = self.statements = self.records = self.collections = 0
        self.pause = self._collecting = 0.0
        self._calls_before = 0
        submit = threads.submit

        def counted(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
            self.trips += self.on
            return submit(fn, *args, **kwargs)

        threads.submit = counted  # type: ignore[method-assign]
        event.listen(db.engine, "before_cursor_execute", self._statement)
        logging.getLogger().addHandler(self)
        logging.getLogger().setLevel(logging.INFO)  # as the bot logs by default (TOEZEGBOT_LOG_LEVEL)
        gc.callbacks.append(self._collection)

    def _statement(self, *_: object) -> None:
        self.statements += self.on

    def emit(self, record: logging.LogRecord) -> None:
        self.records += self.on

    def _collection(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._collecting = time.perf_counter()
        elif self.on:
            self.collections += 1
            self.pause += time.perf_counter() - self._collecting

    def switch(self, on: bool) -> None:
        """Start or stop counting; the Bot API calls made meanwhile are added up at the stop."""
        if on:
            self._calls_before = len(self.fake.calls)
        else:
            for call in self.fake.calls[self._calls_before :]:
                self.calls[call.method] = self.calls.get(call.method, 0) + 1
        self.on = on

    def describe(self, updates: int) -> str:
        """The counts so far per update, then cleared."""
        calls = ", ".join(f"{count / updates:.2f} {method}" for method, count in sorted(self.calls.items()))
        shown = (
            f"per update: Bot API calls {calls}; {self.trips / updates:.2f} trips off the loop; "
            f"{self.statements / updates:.2f} SQL statements; {self.records / updates:.2f} log records; "
            f"{self.collections / updates:.2f} garbage collections, {self.pause / updates * 1e6:.0f} µs"
        )
        self.calls.clear()
        self.trips = self.statements = self.records = self.collections = 0
        self.pause = 0.0
        return shown


async def measure(
    echo: Talk,
    bot: Talk,
    samples: int,
    n: int,
    profiler: Profiler | None,
    trips: TimedThreads | None,
    counts: Counts | None,
) -> None:
    """Both bots in :data:`ROUNDS` alternating rounds, so a change in the machine's load meanwhile (other
    work on a shared machine) weighs on both alike."""
    for talk in (echo, bot):
        await answers(talk.fake, talk.chat, talk.user, talk.text, 5)  # warm up
    for _ in range(ROUNDS):
        await echo.round(samples // ROUNDS, n // ROUNDS)
        if profiler:
            profiler.enable()
        if trips:
            trips.on = True
        if counts:
            counts.switch(True)
        await bot.round(samples // ROUNDS, n // ROUNDS)
        if counts:
            counts.switch(False)
        if trips:
            trips.on = False
        if profiler:
            profiler.disable()


# -- the echo bot ----------------------------------------------------------------------------------------


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is not None and message.text:
        await message.reply_text(message.text)


def echo_application(fake: FakeTelegram) -> AnyApplication:
    """The smallest useful bot: answers every text with the same text, through ``fake``."""
    application = (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(f"{fake.api_url}/bot")
        .base_file_url(f"{fake.api_url}/file/bot")
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, _echo))
    return application


# -- toezegbot -------------------------------------------------------------------------------------------


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def add_teams(db: Database, chats: list[Chat]) -> None:
    now = datetime.now(UTC)  # bulk rows get no stamp from the unit of work's clock
    with transaction(db) as session:
        rows = [
            {"id": number, "chat_id": chat.id, "title": chat.title or "", "approved": True, "created_at": now}
            for number, chat in enumerate(chats, start=1)
        ]
        session.execute(insert(Team), rows)


def fill(db: Database, teams: int, first: int, per_team: int, rng: random.Random) -> int:
    """Give each of ``teams`` teams ``per_team`` commitments more (ids from ``first``): three in four open,
    deadlines from two months ago to a year and a half ahead (one in twenty without), twelve ministries,
    a Kamerstuk each. Returns the next free id."""
    codes = sorted(ministries())[:12]
    if "VWS" not in codes:
        codes[-1] = "VWS"
    names = {code: ministries()[code].name for code in codes}
    today = date.today()
    now = datetime.now(UTC)
    items, refs = [], []
    number = first
    for team in range(1, teams + 1):
        for _ in range(per_team):
            code = rng.choice(codes)
            kind = rng.choices((Kind.TOEZEGGING, Kind.MOTIE, Kind.DELIVERABLE), (6, 3, 1))[0]
            status = rng.choices(
                (Status.OPEN, Status.DEELS_VOLDAAN, Status.VOLDAAN, Status.VERVALLEN), (70, 5, 20, 5)
            )[0]
            topic, other = rng.sample(TOPICS, 2)
            dated = rng.random() > 0.05
            items.append(
                {
                    "id": number,
                    "team_id": team,
                    "kind": kind,
                    "title": f"{rng.choice(ACTS)} {topic} en {other} ({number})",
                    "quote": f"Ik zal uw Kamer informeren over {topic} en in het bijzonder over {other}.",
                    "deadline": today + timedelta(days=rng.randint(-60, 540)) if dated else None,
                    "status": status,
                    "motie_status": (
                        (MotieStatus.AFGEDAAN if status == Status.VOLDAAN else MotieStatus.OPEN)
                        if kind == Kind.MOTIE
                        else None
                    ),
                    "ministry": code,
                    "post": f"Minister van {names[code]}",
                    "person": rng.choice(PEOPLE) if rng.random() < 0.3 else None,
                    "owner": f"medewerker{rng.randint(1, 40)}" if rng.random() < 0.5 else None,
                    "estimate": False,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            refs.append({"commitment_id": number, "ref": f"{rng.randint(21000, 36999)}-{number}"})
            number += 1
    with transaction(db) as session:
        for rows in _chunks(items):
            session.execute(insert(Commitment), rows)
        for rows in _chunks(refs):
            session.execute(insert(CommitmentRef), rows)
    return number


@dataclass(frozen=True)
class Window:
    """/help answers in one group while another group's slow update (a letter, /export) was handled."""

    help: Latency
    seconds: float
    answers: tuple[str, ...]


def _watch(application: BotApplication, callback: Any) -> asyncio.Event:
    """An event set each time the handler of ``callback`` returns (its callback wrapped, the handler
    unchanged)."""
    done = asyncio.Event()
    for handlers in application.handlers.values():
        for handler in handlers:
            if handler.callback is callback:
                inner = handler.callback

                async def watched(update: Update, context: Any, inner: Any = inner) -> None:
                    try:
                        await inner(update, context)
                    finally:
                        done.set()

                handler.callback = watched
    return done


def _shown(message: SentMessage) -> str:
    """The start of a message the bot sent, a file by its name and caption."""
    named = f"{message.document.file_name}: {message.text}" if message.document else message.text
    return " ".join(named.split())[:90]


async def help_during(
    fake: FakeTelegram,
    done: asyncio.Event,
    asking: tuple[Chat, User],
    sending: tuple[Chat, User],
    send: Callable[[], object],
) -> Window:
    """``send()`` the slow update in the ``sending`` group and /help every :data:`HELP_EVERY` seconds in the
    ``asking`` one, until the slow update's handler returned (``done``)."""
    (chat, user), (slow_chat, _) = asking, sending
    before = len(fake.outbox(slow_chat))
    done.clear()
    started = time.perf_counter()
    send()
    samples = []
    while not done.is_set() and time.perf_counter() - started < WAIT:
        samples.append(await answer_seconds(fake, chat, user, "/help"))
        await asyncio.sleep(HELP_EVERY)
    seconds = time.perf_counter() - started
    answers = tuple(_shown(message) for message in fake.outbox(slow_chat)[before:])
    return Window(Latency(tuple(samples)), seconds, answers)


async def help_during_letter(
    fake: FakeTelegram, done: asyncio.Event, asking: tuple[Chat, User], sending: tuple[Chat, User]
) -> Window:
    """Send the 2 MB letter in one group and /help every :data:`HELP_EVERY` seconds in the other."""
    letter = text_of_size(corpus(ROOT.parent / "shared" / "devset"), LETTER_BYTES).encode("utf-8")
    letter_chat, letter_user = sending
    await answer_seconds(fake, letter_chat, letter_user, "/brief")  # privacy mode: the letter is a reply
    question = fake.outbox(letter_chat)[-1].message_id
    return await help_during(
        fake,
        done,
        asking,
        sending,
        lambda: fake.send_document(letter_chat, letter_user, "kamerbrief.txt", letter, reply_to=question),
    )


async def help_during_export(
    fake: FakeTelegram, done: asyncio.Event, asking: tuple[Chat, User], sending: tuple[Chat, User]
) -> Window:
    """/export in one group (its whole register, made in a worker) and /help in the other meanwhile."""
    return await help_during(fake, done, asking, sending, lambda: fake.send_text(*sending, "/export"))


async def bench(
    sizes: tuple[int, ...],
    samples: int,
    n: int,
    directory: Path,
    profile: Path | None,
    timed: bool,
    counted: bool,
) -> tuple[list[tuple[Figures, Figures]], dict[str, Window]]:
    """Per size the echo bot's figures and toezegbot's, measured in alternating rounds; then the letter and
    the export."""
    db = Database(f"sqlite:///{directory / 'bench.db'}")
    db.ensure_schema()
    rng = random.Random(13)
    figures = []
    try:
        async with FakeTelegram() as echo_fake, FakeTelegram() as fake:
            chats = [fake.group_chat(f"Team {number}") for number in range(1, TEAMS + 1)]
            asking, sending = (chats[0], User(1, "Anna", username="anna")), (chats[1], User(2, "Bob"))
            add_teams(db, chats)
            settings = Settings(
                telegram_token=SecretStr(fake.token),
                telegram_api_url=fake.api_url,
                allowed_chats=[chat.id for chat in chats],
                data_dir=directory,
            )
            limiter = AIORateLimiter(overall_max_rate=0, group_max_rate=0)
            application = build_application(settings, db, rate_limiter=limiter)
            letter_done = _watch(application, documents.receive)
            export_done = _watch(application, integrations.export)
            next_id, stored = 1, 0
            profiler = Profiler(application.bot_data.transactions) if profile else None
            trips = None
            if timed:
                application.bot_data.use_case_threads.shutdown()
                application.bot_data.use_case_threads = trips = TimedThreads()
            counts = Counts(fake, db, application.bot_data.use_case_threads) if counted else None
            async with running_application(echo_application(echo_fake)), running_application(application):
                for size in sizes:
                    started = time.perf_counter()
                    next_id = fill(db, TEAMS, next_id, size - stored, rng)
                    stored = size
                    print(
                        f"filled: {TEAMS} groups x {size:,} commitments "
                        f"({TEAMS * size:,} in all; {time.perf_counter() - started:.1f} s)",
                        flush=True,
                    )
                    echo = Talk(
                        echo_fake, echo_fake.group_chat(f"Echo {size}"), User(1, "Bench"), "/open VWS"
                    )
                    bot = Talk(fake, *asking, "/open VWS")
                    profiling = profiler if size == sizes[-1] else None
                    await measure(echo, bot, samples, n, profiling, trips, counts)
                    figures.append((echo.figures(), bot.figures()))
                    show("  echo bot (the text back)", figures[-1][0], n)
                    show("  toezegbot, /open VWS", figures[-1][1], n)
                    if trips:
                        print(f"    {trips.describe()}", flush=True)
                        trips.trips.clear()
                    if counts:
                        print(f"    {counts.describe(len(bot.timings) + bot.updates)}", flush=True)
                windows = {
                    "a 2 MB letter": await help_during_letter(fake, letter_done, asking, sending),
                    "/export": await help_during_export(fake, export_done, asking, sending),
                }
            if profiler and profile:
                profiler.dump(profile)
    finally:
        db.dispose()
    return figures, windows


# -- report ----------------------------------------------------------------------------------------------


def show(name: str, figures: Figures, n: int) -> None:
    print(
        f"{name}:  {figures.latency.describe()}  {figures.rate:5.0f} updates/s over {n} "
        f"({figures.cpu * 1000:.1f} ms CPU each)",
        flush=True,
    )


def report(sizes: tuple[int, ...], figures: list[tuple[Figures, Figures]], windows: dict[str, Window]) -> int:
    small, (echo, large) = figures[0][1], figures[-1]
    print(
        f"growth: toezegbot's p95 at {TEAMS * sizes[-1]:,} / at {TEAMS * sizes[0]:,} = "
        f"{large.latency.p95 / small.latency.p95:.2f} ({sizes[-1] // sizes[0]}x the items; 1 = flat)"
    )
    for name, window in windows.items():
        print(
            f"/help during {name}: {len(window.help.samples)} answers, {window.help.describe()}; "
            f"it took {window.seconds:.1f} s"
        )
        for answer in window.answers:
            print(f"  its answer: {answer}")

    checks = [
        *(
            (
                f"/help within {TARGET_HELP_SECONDS:.0f} s during {name}",
                window.help.worst <= TARGET_HELP_SECONDS,
                f"slowest {window.help.worst:.2f} s",
            )
            for name, window in windows.items()
        ),
        (
            f"/open VWS p95 within {TARGET_P95_MARGIN * 1000:.0f} ms of the echo bot's",
            large.latency.p95 - echo.latency.p95 <= TARGET_P95_MARGIN,
            f"{(large.latency.p95 - echo.latency.p95) * 1000:+.1f} ms",
        ),
        (
            f"updates/s at least {TARGET_THROUGHPUT_SHARE:.0%} of the echo bot's",
            large.rate >= TARGET_THROUGHPUT_SHARE * echo.rate,
            f"{large.rate / echo.rate:.2f} of it",
        ),
    ]
    for target, met, figure in checks:
        print(f"{'PASS' if met else 'FAIL'}: {target} ({figure}, at {TEAMS * sizes[-1]:,} commitments)")
    return 0 if all(met for _, met, _ in checks) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 commitments per group")
    parser.add_argument("-n", type=int, default=300, help="updates queued at once per bot (default 300)")
    parser.add_argument("--samples", type=int, default=200, help="sequential updates for latency")
    parser.add_argument("--profile", type=Path, help="write cProfile statistics of the larger size's run")
    parser.add_argument("--trips", action="store_true", help="time toezegbot's trips off the event loop")
    parser.add_argument("--counts", action="store_true", help="count API calls, trips, SQL, logs per update")
    args = parser.parse_args(argv)
    sizes = QUICK_SIZES if args.quick else SIZES
    with tempfile.TemporaryDirectory() as directory:
        figures, windows = asyncio.run(
            bench(sizes, args.samples, args.n, Path(directory), args.profile, args.trips, args.counts)
        )
    return report(sizes, figures, windows)


if __name__ == "__main__":
    sys.exit(main())
