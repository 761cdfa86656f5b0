"""The benchmarks' bulk seeding writes rows the schema accepts: a column the model makes required (a row's
times, stamped by the unit of work for ORM rows only) must be given by the bench's own plain inserts too."""

from __future__ import annotations

import random

from sqlalchemy import func, select
from telegram import Chat

from bench import bench_bot, bench_reminders
from commitments.db import Database
from commitments.model import Commitment, Team
from tests.use_case import transaction


def _count(db: Database, model: type[Team] | type[Commitment]) -> int:
    with transaction(db) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_the_bot_benchmark_seeds_its_teams_and_items(db: Database) -> None:
    bench_bot.add_teams(db, [Chat(-4_000_000_001 - n, Chat.GROUP, title=f"Team {n}") for n in range(2)])
    bench_bot.fill(db, teams=2, first=1, per_team=3, rng=random.Random(1))
    assert (_count(db, Team), _count(db, Commitment)) == (2, 6)


def test_the_reminder_benchmark_seeds_its_teams_and_items(db: Database) -> None:
    bench_reminders.one_reminder_each(db, 3)
    bench_reminders.fill(db, first_id=4, count=5, teams=3, rng=random.Random(1))
    assert (_count(db, Team), _count(db, Commitment)) == (3, 8)
