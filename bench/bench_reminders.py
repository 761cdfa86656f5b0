"""Benchmark: the reminder ledger at 100,000 open commitments across 1,000 teams.

    .venv/bin/python -m bench.bench_reminders [--commitments 100000] [--teams 1000] [--send 1500]

Measures, on SQLite (and on PostgreSQL when ``TEST_DATABASE_URL`` is set):

1. one scheduler tick when nothing is due, at a tenth of the commitments and at all of them: the claim is
   an index range scan on ``(status, due_at)``, so the ratio should stay near 1;
2. one tick that finds a whole morning's reminders due, with a notifier that answers at once (database
   cost only);
3. sending a morning's reminders through the fake Bot API server with python-telegram-bot's
   ``AIORateLimiter`` at Telegram's limits (30 messages/s overall, 20/min per group): the rate reached,
   the busiest second, the busiest group-minute and the number of 429s. At most ``--send`` messages are
   sent (to stay under two minutes); the full morning's time is extrapolated from the rate reached.

The ledger is filled in bulk (commitments with deadlines from a month ago to a year ahead, planned by
the real planner as of 08:00 on the measured morning), not through the use cases, to keep set-up short.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, event, func, insert, select, text, update
from telegram.ext import AIORateLimiter, ExtBot

from bot.fake_api import FakeTelegram
from bot.reminders import TelegramNotifier
from commitments.db import Database
from commitments.model import Commitment, Kind, Status, Team
from commitments.reminders.delivery import Deliverer
from commitments.reminders.ledger import Reminder, ReminderStatus
from commitments.reminders.planner import at_local, future_slots
from commitments.reminders.policy import ReminderPolicy
from tests.conftest import throwaway_postgres

POLICY = ReminderPolicy()
MORNING = date(2027, 3, 2)  # a Tuesday without holidays around it
PLANNED_AT = at_local(MORNING, POLICY.local_time.replace(hour=8), POLICY)
DUE_AT = at_local(MORNING, POLICY.local_time, POLICY)
CHUNK = 5_000


class InstantNotifier:
    """Answers at once: isolates the database's share of a tick."""

    def __init__(self) -> None:
        self.sent = 0

    async def send(self, chat_id: int, text: str) -> int:
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
    with db.session() as session:
        for rows in _chunks(items):
            session.execute(insert(Commitment), rows)
        for rows in _chunks(reminders):
            session.execute(insert(Reminder), rows)
    with db.engine.begin() as connection:
        connection.execute(text("ANALYZE"))  # fresh statistics, as PostgreSQL's autovacuum would gather


def make_teams(db: Database, teams: int) -> None:
    with db.session() as session:
        rows = [{"id": n, "chat_id": -4_000_000_000 - n, "title": f"Team {n}"} for n in range(1, teams + 1)]
        session.execute(insert(Team), rows)


async def _empty_ticks(db: Database, repeat: int) -> list[float]:
    worker = Deliverer(db, InstantNotifier(), "bench", clock=lambda: DUE_AT - timedelta(minutes=30))
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
    with db.session() as session:
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
    with db.session() as session:
        session.execute(delete(Reminder).where(Reminder.id > last_id))
        session.execute(
            update(Reminder)
            .where(Reminder.due_at == DUE_AT)
            .values(status=ReminderStatus.PLANNED, claimed_by=None, claimed_at=None, sent_at=None, attempts=0)
        )


def busy_tick(db: Database) -> tuple[int, float]:
    with db.session() as session:
        last_id = session.scalar(select(func.max(Reminder.id))) or 0
    notifier = InstantNotifier()
    worker = Deliverer(db, notifier, "bench", clock=lambda: DUE_AT + timedelta(seconds=1))
    started = time.perf_counter()
    asyncio.run(worker.run())
    elapsed = time.perf_counter() - started
    reset_morning(db, last_id)
    return notifier.sent, elapsed


def keep_only(db: Database, count: int) -> None:
    """Leave ``count`` of the morning's reminders planned (the rest cancelled) to bound the send run."""
    with db.session() as session:
        keep = select(Reminder.id).where(Reminder.due_at == DUE_AT).order_by(Reminder.id).limit(count)
        session.execute(
            update(Reminder)
            .where(Reminder.due_at == DUE_AT, Reminder.id.not_in(keep))
            .values(status=ReminderStatus.CANCELLED)
        )


async def send_morning(db: Database, teams: int) -> dict[str, float]:
    async with FakeTelegram() as fake:
        for n in range(1, teams + 1):
            fake.group_chat(f"Team {n}", chat_id=-4_000_000_000 - n)
        limiter = AIORateLimiter(overall_max_rate=30, overall_time_period=1, group_max_rate=20, max_retries=0)
        bot = ExtBot(fake.token, base_url=f"{fake.api_url}/bot", rate_limiter=limiter)
        async with bot:
            worker = Deliverer(
                db, TelegramNotifier(bot), "bench", clock=lambda: DUE_AT + timedelta(seconds=1)
            )
            started = time.perf_counter()
            report = await worker.run()
            elapsed = time.perf_counter() - started
        calls = fake.calls_to("sendMessage")
        per_second = Counter(int(call.at) for call in calls)
        per_group_minute = Counter((call.params.get("chat_id"), int(call.at // 60)) for call in calls)
        return {
            "sent": report.sent,
            "seconds": elapsed,
            "rate": report.sent / elapsed,
            "busiest_second": max(per_second.values()),
            "busiest_group_minute": max(per_group_minute.values()),
            "429": sum(1 for call in calls if call.status == 429),
        }


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
    with db.session() as session:
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
    result = asyncio.run(send_morning(db, teams))
    print(
        f"send through the fake server with AIORateLimiter: {result['sent']:,.0f} messages in "
        f"{result['seconds']:.1f} s = {result['rate']:.1f}/s; busiest second {result['busiest_second']:.0f}, "
        f"busiest group-minute {result['busiest_group_minute']:.0f}, 429 answers {result['429']:.0f}"
    )
    print(
        f"  extrapolated: the whole morning ({due:,} reminders) takes about {due / result['rate'] / 60:.1f} "
        f"min at this rate ({'measured in full' if sent == due else f'{sent:,} sent, the rest extrapolated'})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--teams", type=int, default=1_000)
    parser.add_argument("--send", type=int, default=1_500, help="at most this many messages really sent")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for label, db in databases(Path(folder)):
            run(label, db, args.commitments, args.teams, args.send)


if __name__ == "__main__":
    main()
