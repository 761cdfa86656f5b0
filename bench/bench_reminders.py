"""Benchmark: reminder delivery at Telegram's limits, and the reminder ledger at 100,000 commitments.

    .venv/bin/python -m bench.bench_reminders [--part all|delivery|ledger] [--crash]
        [--sizes 300,1000] [--commitments 100000] [--teams 1000] [--send 1500]

**Delivery** (``--part delivery``): one reminder for each of N teams, due at once, sent through the fake
Bot API server with Telegram's flood limits in force (30 messages/s per bot, 20/min per group, 429 with
``retry_after`` beyond). At two sizes, the shared pacing (:class:`SharedPacer`) against the baseline of
python-telegram-bot's per-process ``AIORateLimiter`` (what the bot did before): seconds, as a ratio to the
bound N/30 s, and the answers 429. Then two worker processes on one database (PostgreSQL when
``TEST_DATABASE_URL`` is set) share the 1,000 reminders: once each, 429s together. With ``--crash`` one of
the two is killed with SIGKILL mid-morning and the survivor, with the bot's real lease, heartbeat and
30-second tick, must take over its claimed reminders (about two and a half minutes).

**Ledger** (``--part ledger``), on SQLite (and on PostgreSQL when ``TEST_DATABASE_URL`` is set):

1. one scheduler tick when nothing is due, at a tenth of the commitments and at all of them: the claim is
   an index range scan on ``(status, due_at)``, so the ratio should stay near 1;
2. one tick that finds a whole morning's reminders due, with a notifier that answers at once (database
   cost only);
3. sending a morning's reminders with the shared pacing through the fake Bot API server with flood
   limits: the rate reached, the busiest second, the busiest group-minute and the number of 429s. At most
   ``--send`` messages are sent (to stay under two minutes); the full morning's time is extrapolated.

The ledger is filled in bulk (commitments with deadlines from a month ago to a year ahead, planned by
the real planner as of 08:00 on the measured morning), not through the use cases, to keep set-up short.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, event, func, insert, select, text, update

from bot.reminder_texts import notice_messages
from bot.reminders import TICK_SECONDS
from commitments.db import Database
from commitments.model import Commitment, Kind, Status, Team
from commitments.reminders.delivery import Deliverer
from commitments.reminders.ledger import Reminder, ReminderStatus
from commitments.reminders.notices import Notice
from commitments.reminders.planner import at_local, future_slots
from commitments.reminders.policy import ReminderPolicy
from commitments.unit_of_work import Transactions
from offline_telegram.fake_api import FakeTelegram, FloodLimits
from tests.conftest import throwaway_postgres
from tests.use_case import transaction

POLICY = ReminderPolicy()
MORNING = date(2027, 3, 2)  # a Tuesday without holidays around it
PLANNED_AT = at_local(MORNING, POLICY.local_time.replace(hour=8), POLICY)
DUE_AT = at_local(MORNING, POLICY.local_time, POLICY)
CHUNK = 5_000
ROOT = Path(__file__).resolve().parents[1]
TELEGRAM_RATE = 30  # messages a second per bot: the bound N/30 s


class InstantNotifier:
    """Renders as the bot does and answers at once: isolates the database's share of a tick."""

    def __init__(self) -> None:
        self.sent = 0

    def render(self, notice: Notice) -> list[str]:
        return notice_messages(notice)

    async def send(self, chat_id: int, text: str, about: int | None = None) -> int:
        self.sent += 1
        return self.sent


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def fill(db: Database, first_id: int, count: int, teams: int, rng: random.Random) -> None:
    """Add ``count`` open commitments (ids from ``first_id``) spread over ``teams``, with their reminders."""
    now = datetime.now(UTC)
    items, reminders = [], []
    for commitment_id in range(first_id, first_id + count):
        deadline = MORNING + timedelta(days=rng.randint(-30, 365))
        team_id = 1 + commitment_id % teams
        items.append(
            {
                "id": commitment_id,
                "team_id": team_id,
                "kind": Kind.TOEZEGGING,
                "title": f"Toezegging {commitment_id}",
                "deadline": deadline,
                "status": Status.OPEN,
                "owner": f"eigenaar{commitment_id % 97}",
                "estimate": False,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
        reminders += [
            {"commitment_id": commitment_id, "team_id": team_id, "slot": slot.name, "due_at": slot.due_at}
            for slot in future_slots(deadline, POLICY, PLANNED_AT)
        ]
    with transaction(db) as session:
        for rows in _chunks(items):
            session.execute(insert(Commitment), rows)
        for rows in _chunks(reminders):
            session.execute(insert(Reminder), rows)
    with db.engine.begin() as connection:
        connection.execute(text("ANALYZE"))  # fresh statistics, as PostgreSQL's autovacuum would gather


def make_teams(db: Database, teams: int) -> None:
    with transaction(db) as session:
        now = datetime.now(UTC)  # bulk rows get no stamp from the unit of work's clock
        rows = [
            {"id": n, "chat_id": -4_000_000_000 - n, "title": f"Team {n}", "created_at": now}
            for n in range(1, teams + 1)
        ]
        session.execute(insert(Team), rows)


async def _empty_ticks(db: Database, repeat: int) -> list[float]:
    worker = Deliverer(
        Transactions(db), InstantNotifier(), "bench", clock=lambda: DUE_AT - timedelta(minutes=30)
    )
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        await worker.run()
        timings.append(time.perf_counter() - started)
    return timings


def empty_tick_seconds(db: Database) -> float:
    """The median of 50 ticks that find nothing due, after 10 to warm the caches."""
    return statistics.median(asyncio.run(_empty_ticks(db, 60))[10:])


def due_count(db: Database) -> int:
    with transaction(db) as session:
        statement = select(func.count()).where(
            Reminder.status == ReminderStatus.PLANNED, Reminder.due_at <= DUE_AT
        )
        return session.scalar(statement) or 0


def claim_plan(db: Database) -> str:
    """SQLite's plan for the claim statements a tick really runs."""
    if db.engine.dialect.name != "sqlite":
        return "(EXPLAIN shown for SQLite only)"
    claims: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, _many: bool) -> None:
        if statement.startswith("UPDATE reminders"):
            claims.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        asyncio.run(_empty_ticks(db, 1))
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    plans = []
    with db.engine.connect() as connection:
        for statement, params in claims:
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params).all()
            plans.append(", ".join(str(row[-1]) for row in rows if "reminders" in str(row[-1])))
    return " | ".join(plans)


def reset_morning(db: Database, last_id: int) -> None:
    """Undo a measured morning: due rows planned again, rows planned by it removed."""
    with transaction(db) as session:
        session.execute(delete(Reminder).where(Reminder.id > last_id))
        session.execute(
            update(Reminder)
            .where(Reminder.due_at == DUE_AT)
            .values(status=ReminderStatus.PLANNED, claimed_by=None, claimed_at=None, sent_at=None, attempts=0)
        )


def busy_tick(db: Database) -> tuple[int, float]:
    with transaction(db) as session:
        last_id = session.scalar(select(func.max(Reminder.id))) or 0
    notifier = InstantNotifier()
    worker = Deliverer(Transactions(db), notifier, "bench", clock=lambda: DUE_AT + timedelta(seconds=1))
    started = time.perf_counter()
    asyncio.run(worker.run())
    elapsed = time.perf_counter() - started
    reset_morning(db, last_id)
    return notifier.sent, elapsed


def keep_only(db: Database, count: int) -> None:
    """Leave ``count`` of the morning's reminders planned (the rest cancelled) to bound the send run."""
    with transaction(db) as session:
        keep = select(Reminder.id).where(Reminder.due_at == DUE_AT).order_by(Reminder.id).limit(count)
        session.execute(
            update(Reminder)
            .where(Reminder.due_at == DUE_AT, Reminder.id.not_in(keep))
            .values(status=ReminderStatus.CANCELLED)
        )


@dataclass
class Sending:
    """What the fake server saw of one delivery run."""

    seconds: float
    sent: int
    duplicates: int
    refused: int
    busiest_second: int
    busiest_group_minute: int

    @property
    def rate(self) -> float:
        return self.sent / self.seconds


def _busiest(times: Sequence[float], window: float) -> int:
    """The most calls in any ``window`` seconds (a sliding window, as the flood control counts)."""
    ordered, most, first = sorted(times), 0, 0
    for last, at in enumerate(ordered):
        while ordered[first] <= at - window:
            first += 1
        most = max(most, last - first + 1)
    return most


def _sending(fake: FakeTelegram, seconds: float) -> Sending:
    accepted = [call for call in fake.calls_to("sendMessage") if call.status == 200]
    by_chat: defaultdict[int, list[float]] = defaultdict(list)
    for call in accepted:
        by_chat[int(call.params["chat_id"])].append(call.at)
    texts = Counter((message.chat_id, message.text) for message in fake.state.sent.values())
    return Sending(
        seconds=seconds,
        sent=len(accepted),
        duplicates=sum(count - 1 for count in texts.values()),
        refused=fake.flood.refused if fake.flood else 0,
        busiest_second=_busiest([call.at for call in accepted], 1.0),
        busiest_group_minute=max((_busiest(times, 60.0) for times in by_chat.values()), default=0),
    )


def _flooded_fake(teams: int) -> FakeTelegram:
    fake = FakeTelegram(flood_limits=FloodLimits())
    for n in range(1, teams + 1):
        fake.group_chat(f"Team {n}", chat_id=-4_000_000_000 - n)
    return fake


async def deliver(
    url: str, teams: int, *, workers: int = 1, paced: bool = True, crash_after: float | None = None
) -> tuple[Sending, str]:
    """Worker processes (:mod:`tests.e2e.reminder_worker`) send everything due through the fake server,
    which runs here, in a process of its own as Telegram would. Paced: the shared pacing; otherwise the
    baseline, python-telegram-bot's ``AIORateLimiter`` at Telegram's limits in each process (a 429 is then
    held and retried by the delivery). With ``crash_after`` the first worker is killed with SIGKILL after
    that many seconds and the others run as the bot does, on 30-second ticks."""
    async with _flooded_fake(teams) as fake:
        origin = time.time()
        tick = TICK_SECONDS if crash_after is not None else 0.2
        common = ["--origin", str(origin), "--until-done", "--tick", str(tick)]
        common.append("--pace" if paced else "--ptb-rate-limiter")
        start = (DUE_AT + timedelta(seconds=1)).isoformat()
        names = [f"w{n}" for n in range(1, workers + 1)]
        processes = [
            await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "tests.e2e.reminder_worker",
                url,
                fake.api_url,
                fake.token,
                start,
                "--name",
                name,
                *common,
                cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
                stdout=asyncio.subprocess.PIPE,
            )
            for name in names
        ]
        notes = []
        if crash_after is not None:
            await asyncio.sleep(crash_after)
            processes[0].send_signal(signal.SIGKILL)
            killed = time.time()
            await processes[0].wait()
            orphans = _claimed_by(url, names[0])
            outputs = [b""] + [(await process.communicate())[0] for process in processes[1:]]
            accepted = [call.at for call in fake.calls_to("sendMessage") if call.status == 200]
            notes.append(
                f"w1 killed after {crash_after:.0f} s holding {orphans} claimed reminders; the last reminder "
                f"went out {max(accepted) - killed:.1f} s after the kill"
            )
        else:
            outputs = [(await process.communicate())[0] for process in processes]
        shares = [json.loads(output) for output in outputs if output.strip()]
        if workers > 1:
            notes.append(", ".join(f"{share['worker']} sent {share['sent']}" for share in shares))
        first = min(call.at for call in fake.calls_to("sendMessage"))
        return _sending(fake, time.time() - first), "; ".join(notes)


def _claimed_by(url: str, worker: str) -> int:
    db = Database(url)
    try:
        with transaction(db) as session:
            claimed = Reminder.status == ReminderStatus.CLAIMED
            return session.scalar(select(func.count()).where(claimed, Reminder.claimed_by == worker)) or 0
    finally:
        db.dispose()


def one_reminder_each(db: Database, teams: int) -> None:
    """``teams`` teams with one open commitment each, whose reminder is due at the measured morning."""
    make_teams(db, teams)
    now = datetime.now(UTC)
    items = [
        {
            "id": n,
            "team_id": n,
            "kind": Kind.TOEZEGGING,
            "title": f"Toezegging van team {n}",
            "deadline": MORNING + timedelta(days=1),
            "status": Status.OPEN,
            "owner": "eigenaar",
            "estimate": False,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for n in range(1, teams + 1)
    ]
    reminders = [
        {"commitment_id": n, "team_id": n, "slot": "before_1", "due_at": DUE_AT} for n in range(1, teams + 1)
    ]
    with transaction(db) as session:
        session.execute(insert(Commitment), items)
        session.execute(insert(Reminder), reminders)


def _show(label: str, teams: int, result: Sending, note: str = "") -> None:
    bound = teams / TELEGRAM_RATE
    print(
        f"  {label:<34} {result.sent:>5} sent ({result.duplicates} twice) in {result.seconds:5.1f} s = "
        f"{result.seconds / bound:.2f}x the {bound:.1f} s bound; 429 answers {result.refused}; "
        f"busiest second {result.busiest_second}, busiest group-minute {result.busiest_group_minute}"
    )
    if note:
        print(f"  {'':<34} {note}")


def delivery(folder: Path, sizes: Sequence[int], crash: bool) -> None:
    print("\n== delivery at Telegram's limits (fake Bot API with flood control; workers in processes)")
    print("   seconds from the first message to the last, against the bound N/30 s")
    base = os.environ.get("TEST_DATABASE_URL")
    backend = "PostgreSQL" if base else "SQLite"
    runs = [
        (f"{label}, {teams} teams", teams, workers, paced, None)
        for teams in sizes
        for label, workers, paced in (
            ("baseline: AIORateLimiter", 1, False),
            (f"shared pacing ({backend})", 1, True),
        )
    ]
    teams = max(sizes)
    runs.append((f"two processes ({backend}), {teams} teams", teams, 2, True, None))
    if crash:
        runs.append((f"two, one killed ({backend}), {teams}", teams, 2, True, 12.0))
    for number, (label, teams, workers, paced, crash_after) in enumerate(runs):
        place: AbstractContextManager[str] = throwaway_postgres(base) if base else _sqlite_url(folder, number)
        with place as url:
            db = Database(url)
            db.upgrade()
            one_reminder_each(db, teams)
            db.dispose()
            result, note = asyncio.run(
                deliver(url, teams, workers=workers, paced=paced, crash_after=crash_after)
            )
            _show(label, teams, result, note)


@contextmanager
def _sqlite_url(folder: Path, number: int) -> Iterator[str]:
    yield f"sqlite:///{folder / f'delivery-{number}.db'}"


def databases(sqlite_dir: Path) -> Iterator[tuple[str, Database]]:
    sqlite = Database(f"sqlite:///{sqlite_dir / 'bench.db'}")
    sqlite.upgrade()
    yield "SQLite", sqlite
    sqlite.dispose()
    base = os.environ.get("TEST_DATABASE_URL")
    if base:
        with throwaway_postgres(base) as url:
            postgres = Database(url)
            postgres.upgrade()
            yield "PostgreSQL", postgres
            postgres.dispose()


def run(label: str, db: Database, commitments: int, teams: int, send: int) -> None:
    rng = random.Random(6)
    make_teams(db, teams)
    tenth = commitments // 10
    fill(db, 1, tenth, teams, rng)
    small = empty_tick_seconds(db)
    fill(db, tenth + 1, commitments - tenth, teams, rng)
    large = empty_tick_seconds(db)
    with transaction(db) as session:
        rows = session.scalar(select(func.count()).select_from(Reminder))
    due = due_count(db)
    processed, busy = busy_tick(db)
    print(f"\n== {label}: {commitments:,} open commitments, {teams:,} teams, {rows:,} ledger rows")
    print(f"claim plans: {claim_plan(db)}")
    print(f"tick, nothing due: {small * 1000:.2f} ms at {tenth:,} commitments, {large * 1000:.2f} ms at")
    print(f"  {commitments:,} (ratio {large / small:.2f}; it must not grow with rows that are not due)")
    print(f"tick with a morning due ({due:,} reminders, instant notifier): {busy:.2f} s for {processed:,}")
    print(f"  ({busy / max(processed, 1) * 1000:.2f} ms per reminder: claim, render, mark sent, plan next)")
    sent = min(send, due)
    keep_only(db, sent)
    result, _ = asyncio.run(deliver(db.engine.url.render_as_string(hide_password=False), teams))
    print(
        f"send with the shared pacing through the fake server with flood control: {result.sent:,} messages "
        f"in {result.seconds:.1f} s = {result.rate:.1f}/s; busiest second {result.busiest_second}, "
        f"busiest group-minute {result.busiest_group_minute}, 429 answers {result.refused}"
    )
    print(
        f"  extrapolated: the whole morning ({due:,} reminders) takes about {due / result.rate / 60:.1f} "
        f"min at this rate ({'measured in full' if sent == due else f'{sent:,} sent, the rest extrapolated'})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--teams", type=int, default=1_000)
    parser.add_argument("--send", type=int, default=1_500, help="at most this many messages really sent")
    parser.add_argument("--part", choices=["all", "delivery", "ledger"], default="all")
    parser.add_argument("--sizes", default="300,1000", help="teams in the delivery runs, comma-separated")
    parser.add_argument("--crash", action="store_true", help="also kill one of two workers mid-morning")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.part in {"all", "delivery"}:
            delivery(Path(folder), [int(size) for size in args.sizes.split(",")], args.crash)
        if args.part in {"all", "ledger"}:
            for label, db in databases(Path(folder)):
                run(label, db, args.commitments, args.teams, args.send)


if __name__ == "__main__":
    main()
