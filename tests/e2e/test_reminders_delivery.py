"""Reminder delivery end to end: the real python-telegram-bot ``Bot`` against the fake Bot API server.

Time is an injected clock for the delivery (and time-machine where the services plan); the HTTP is real.
Delivery is at least once (see :mod:`commitments.reminders.delivery`); these tests pin down when that
means exactly once, and show the one window where it does not. Where the fake server enforces Telegram's
flood limits, the pacing and the leases run on real seconds.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
import time
from asyncio.subprocess import Process
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy import func, select
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.reminders import SEND_TIMEOUT, TelegramNotifier
from commitments import services
from commitments.db import Database
from commitments.dutch import dutch_date
from commitments.model import Team
from commitments.reminders import services as reminders
from commitments.reminders.delivery import Deliverer, DeliveryOptions, DeliveryReport
from commitments.reminders.ledger import Reminder, ReminderStatus
from commitments.reminders.pacing import SendRates, SharedPacer, bot_key
from commitments.unit_of_work import Transactions
from offline_telegram.fake_api import Chat, FakeTelegram, FloodLimits, SentMessage
from offline_telegram.fake_api.flood import FloodControl
from tests.e2e.harness import World, button
from tests.e2e.reminder_worker import Ticking
from tests.use_case import transaction, use_case

# python-telegram-bot itself reads RetryAfter.retry_after, which warns about its future type
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
AMS = ZoneInfo("Europe/Amsterdam")
ROOT = Path(__file__).resolve().parents[2]
WORKER_START_SECONDS = 60.0  # how long a worker process may take to start and try its first send


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMS)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start.astimezone(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
def flood(fake: FakeTelegram) -> FloodControl:
    """Telegram's flood limits in force on the fake server (30 messages/s, 20/min per group)."""
    fake.flood = FloodControl(FloodLimits())
    return fake.flood


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    request = HTTPXRequest(connection_pool_size=32)
    async with Bot(fake.token, base_url=f"{fake.api_url}/bot", request=request) as telegram_bot:
        yield telegram_bot


def add(
    db: Database, chat: Chat, deadline: date, at: datetime, title: str = "Brief", owner: str = "jan"
) -> int:
    with time_machine.travel(at, tick=False):
        new = services.NewCommitment(title=title, deadline=deadline, team=chat.id, owner=owner)
        return use_case(db, services.add_commitment, new, by="test").id


def ledger(db: Database, commitment_id: int) -> dict[str, Reminder]:
    with transaction(db) as session:
        found = session.scalars(select(Reminder).where(Reminder.commitment_id == commitment_id))
        return {row.slot: row for row in found}


def deliverer(
    db: Database,
    bot: Bot,
    clock: Callable[[], datetime],
    name: str = "w1",
    pacer: SharedPacer | None = None,
    **options: object,
) -> Deliverer:
    settings = DeliveryOptions(**options)  # type: ignore[arg-type]
    notifier = TelegramNotifier(bot, timeout=0.5)
    return Deliverer(Transactions(db), notifier, name, clock=clock, options=settings, pacer=pacer)


def texts(fake: FakeTelegram, chat: Chat) -> list[str]:
    return [message.text for message in fake.outbox(chat)]


DIGEST = "📋 Weekoverzicht"


def reminders_in(fake: FakeTelegram, chat: Chat) -> list[SentMessage]:
    """The reminders in the chat, without the weekly digests (planned since the team's first item)."""
    return [message for message in fake.outbox(chat) if not message.text.startswith(DIGEST)]


async def test_each_default_reminder_fires_once_at_nine_local_across_the_dst_switch(
    db: Database, fake: FakeTelegram, bot: Bot
) -> None:
    chat = fake.group_chat("Team Stikstof")
    item = add(db, chat, date(2026, 11, 2), at=local(2026, 10, 14, 12), title="Brief <stikstof> & natuur")
    clock = Clock(local(2026, 10, 15, 0))
    worker = deliverer(db, bot, clock)
    sent_at: list[datetime] = []
    while clock.now < local(2026, 11, 10, 0):
        before = len(reminders_in(fake, chat))
        await worker.run()
        sent_at += [clock.now] * (len(reminders_in(fake, chat)) - before)
        clock.advance(hours=1)

    # 09:00 local is 07:00 UTC before the switch on 25 October and 08:00 UTC after it
    assert [moment.astimezone(UTC) for moment in sent_at] == [
        datetime(2026, 10, 19, 7, tzinfo=UTC),
        datetime(2026, 10, 26, 8, tzinfo=UTC),
        datetime(2026, 10, 30, 8, tzinfo=UTC),
        datetime(2026, 11, 2, 8, tzinfo=UTC),
        datetime(2026, 11, 9, 8, tzinfo=UTC),
    ]
    messages = reminders_in(fake, chat)
    assert "termijn over 10 werkdagen: 2 november 2026" in messages[0].text.lower()
    assert "Termijn vandaag: 2 november 2026" in messages[3].text
    assert "7 dagen geleden" in messages[4].text
    assert all("@jan" in message.text and f"#{item}" in message.text for message in messages)
    assert "Brief <stikstof> & natuur" in messages[0].text  # escaped in HTML, shown as typed
    rows = ledger(db, item)
    assert {slot: row.status for slot, row in rows.items()} == {
        "before_10": "sent",
        "before_5": "sent",
        "before_1": "sent",
        "on_day": "sent",
        "overdue_1": "sent",
        "overdue_2": "planned",  # the next weekly one, planned when the previous went out
    }
    assert rows["on_day"].message_id == messages[3].message_id


async def test_postponing_moves_and_closing_cancels_what_is_sent(
    db: Database, fake: FakeTelegram, bot: Bot
) -> None:
    chat = fake.group_chat("Team")
    moved = add(db, chat, date(2026, 12, 4), at=local(2026, 11, 23, 12), title="verschoven")
    closed = add(db, chat, date(2026, 12, 4), at=local(2026, 11, 23, 12), title="afgedaan")
    with time_machine.travel(local(2026, 11, 24, 12), tick=False):
        new = services.NewDeadline(date(2027, 2, 5))
        use_case(db, services.postpone, moved, "test", new, "later", team=chat.id)
        use_case(db, services.fulfil, closed, "test", team=chat.id)
    clock = Clock(local(2026, 12, 8, 9))  # every original reminder is past
    await deliverer(db, bot, clock).run()
    assert reminders_in(fake, chat) == []
    assert ledger(db, moved)["before_1"].due_at == local(2027, 2, 4, 9)


async def test_telegram_outage_with_429_500_and_timeouts_delivers_everything_once(
    db: Database, fake: FakeTelegram, bot: Bot
) -> None:
    chats = [fake.group_chat(f"Team {n}") for n in range(3)]
    items = [
        add(db, chat, date(2026, 12, 11), at=local(2026, 11, 23, 12), title=f"punt {n}")
        for n, chat in enumerate(chats * 4)
    ]
    fake.fail("sendMessage", 500, times=4)
    fake.fail("sendMessage", 429, times=2, retry_after=5)
    fake.hang("sendMessage", 1.0, times=3)  # past the notifier's 0.5 s time-out: the bot gives up
    fake.fail("sendMessage", 502, times=2)
    clock = Clock(local(2026, 11, 27, 9))  # before_10 of all twelve is due
    worker = deliverer(db, bot, clock, concurrency=4)
    for _ in range(40):
        await worker.run()
        clock.advance(seconds=30)
    delivered = [text for chat in chats for text in texts(fake, chat)]
    assert len(delivered) == len(set(delivered)) == len(items)
    statuses = Counter(ledger(db, item)["before_10"].status for item in items)
    assert statuses == {ReminderStatus.SENT: len(items)}
    statuses_seen = Counter(call.status for call in fake.calls_to("sendMessage"))
    hung = statuses_seen.pop(None, 0) + statuses_seen.pop(504, 0)  # a hung call answers after the test
    assert (statuses_seen, hung) == ({200: 12, 500: 4, 429: 2, 502: 2}, 3)


async def test_a_timed_out_send_that_telegram_did_deliver_is_sent_again_at_least_once(
    db: Database, fake: FakeTelegram, bot: Bot
) -> None:
    chat = fake.group_chat("Team")
    add(db, chat, date(2026, 12, 11), at=local(2026, 11, 23, 12))
    fake.hang("sendMessage", 1.0, deliver=True)
    clock = Clock(local(2026, 11, 27, 9))
    worker = deliverer(db, bot, clock)
    await worker.run()
    await fake.wait_for_messages(chat, 1, timeout=5)
    clock.advance(minutes=5)
    await worker.run()
    assert len(texts(fake, chat)) == 2  # the documented duplicate: better twice than never


async def test_a_refused_reminder_fails_but_a_long_outage_loses_nothing(
    db: Database, fake: FakeTelegram, bot: Bot
) -> None:
    chat = fake.group_chat("Team")
    rejected = add(db, chat, date(2026, 12, 11), at=local(2026, 11, 23, 12), title="geweigerd")
    kept = add(db, chat, date(2026, 12, 11), at=local(2026, 11, 23, 12), title="bewaard")
    fake.fail("sendMessage", 400, times=1)
    fake.fail("sendMessage", 500, times=20)  # hours of server errors, past every back-off step
    clock = Clock(local(2026, 11, 27, 9))
    worker = deliverer(db, bot, clock)
    reports = []
    for _ in range(24):
        reports.append(await worker.run())
        clock.advance(minutes=30)
    assert ledger(db, rejected)["before_10"].status == "failed"  # a 400 is not tried again
    assert sum(report.failed for report in reports) == 1
    assert ledger(db, kept)["before_10"].status == "late"
    (delivered,) = texts(fake, chat)
    assert "bewaard" in delivered


async def test_a_removed_bot_pauses_the_team_and_others_still_get_theirs(
    db: Database, fake: FakeTelegram, bot: Bot
) -> None:
    gone, staying = fake.group_chat("Weg"), fake.group_chat("Blijft")
    lost = add(db, gone, date(2026, 12, 11), at=local(2026, 11, 23, 12))
    add(db, gone, date(2026, 12, 11), at=local(2026, 11, 23, 12))
    add(db, staying, date(2026, 12, 11), at=local(2026, 11, 23, 12))
    fake.remove_bot_from(gone)
    clock = Clock(local(2026, 11, 27, 9))
    report = await deliverer(db, bot, clock).run()
    assert report.paused_teams == [gone.id]
    assert len(texts(fake, staying)) == 1
    with transaction(db) as session:
        assert session.scalars(select(Team.paused).where(Team.chat_id == gone.id)).one() is True
    assert ledger(db, lost)["before_10"].status == "planned"
    assert len(fake.calls_to("sendMessage")) == 2, "one 403 is enough to stop trying that chat"

    fake.state.removed_from.clear()  # the bot is added back
    assert use_case(db, reminders.resume_team, gone.id)
    clock.advance(hours=1)
    await deliverer(db, bot, clock).run()
    assert len(texts(fake, gone)) == 2
    assert "Te laat verstuurd" in texts(fake, gone)[0]


@pytest.mark.parametrize("batch_size", [500, 1])
async def test_after_downtime_recent_misses_come_late_and_old_ones_fold_into_one_message(
    db: Database, fake: FakeTelegram, bot: Bot, batch_size: int
) -> None:
    team_a, team_b = fake.group_chat("A"), fake.group_chat("B")
    created = local(2026, 11, 16, 8)
    a1 = add(db, team_a, date(2026, 11, 20), at=created, title="vrijdag")
    b1 = add(db, team_b, date(2026, 11, 18), at=created, title="woensdag")
    b2 = add(db, team_b, date(2026, 11, 19), at=created, title="donderdag")
    clock = Clock(local(2026, 11, 20, 11))  # down since Monday; a1's on_day reminder is two hours late
    worker = deliverer(db, bot, clock, batch_size=batch_size)  # 1: a team's misses span many batches
    await worker.run()

    [late] = texts(fake, team_a)
    assert "Termijn vandaag: 20 november 2026" in late
    assert "Te laat verstuurd; gepland voor 20 november 2026 09:00" in late
    [catch_up] = texts(fake, team_b)
    assert "Gemiste herinneringen" in catch_up
    assert f"#{b1} woensdag" in catch_up
    assert f"#{b2} donderdag" in catch_up
    for item, slots in (
        (a1, ("before_1", "on_day")),
        (b1, ("before_1", "on_day")),
        (b2, ("before_1", "on_day")),
    ):
        rows = ledger(db, item)
        assert {rows[slot].status for slot in slots} == {"late"}
        assert rows["overdue_1"].status == "planned"
    clock.advance(minutes=1)
    await worker.run()
    assert len(fake.outbox(team_a)) == len(fake.outbox(team_b)) == 1


async def test_weekly_digest_lists_overdue_soon_and_closed(
    db: Database, fake: FakeTelegram, bot: Bot
) -> None:
    team, quiet = fake.group_chat("Team"), fake.group_chat("Stil")
    add(db, team, date(2026, 11, 13), at=local(2026, 11, 1, 12), title="te laat")
    add(db, team, date(2026, 12, 1), at=local(2026, 11, 1, 12), title="binnenkort")
    done = add(db, team, date(2027, 3, 1), at=local(2026, 11, 1, 12), title="klaar")
    silent = add(db, quiet, date(2027, 6, 1), at=local(2026, 11, 1, 12), title="ver weg")
    with time_machine.travel(local(2026, 11, 20, 12), tick=False):
        use_case(db, services.fulfil, done, "test", team=team.id)
        use_case(db, reminders.plan_digests)
    clock = Clock(local(2026, 11, 23, 9))  # Monday
    worker = deliverer(db, bot, clock)
    await worker.run()
    [digest] = [text for text in texts(fake, team) if "Weekoverzicht" in text]
    assert "Weekoverzicht 23 november 2026" in digest
    for expected in ("Termijn verstreken (1)", "te laat", "Binnen twee weken (1)", "binnenkort"):
        assert expected in digest
    assert f"Afgesloten afgelopen week (1)\n• #{done} klaar (voldaan)" in digest
    assert texts(fake, quiet) == []
    assert use_case(db, reminders.next_digest_moment, quiet.id) == local(2026, 11, 30, 9)
    assert use_case(db, reminders.next_digest_moment, team.id) == local(2026, 11, 30, 9)
    assert ledger(db, silent)["before_10"].status == "planned"


async def test_a_long_digest_continues_in_a_next_message_and_long_lists_say_where_the_rest_is(
    db: Database, fake: FakeTelegram, bot: Bot
) -> None:
    team = fake.group_chat("Team")
    title = "Brief <de> & 🇳🇱🙂🙂 aanpak " * 10  # escaped it grows; astral characters count twice in UTF-16
    items = [
        add(
            db,
            team,
            date(2026, 11, 2) + timedelta(days=n // 2),
            at=local(2026, 10, 1, 12),
            title=f"{n} {title}",
        )
        for n in range(50)
    ]
    with time_machine.travel(local(2026, 11, 20, 12), tick=False):
        use_case(db, reminders.plan_digests)
    clock = Clock(local(2026, 11, 23, 9))  # Monday, and every reminder of the last weeks missed
    report = await deliverer(db, bot, clock).run()
    assert report.failed == 0  # the fake server refuses a message over 4,096 UTF-16 units
    sent = texts(fake, team)

    digest = [text for text in sent if "Weekoverzicht" in text]
    assert len(digest) == 2
    assert digest[1].startswith("📋 Weekoverzicht 23 november 2026 (vervolg)\n")
    whole = "\n".join(digest)
    assert "Termijn verstreken (42)" in whole  # due 2 to 22 November
    assert "\n… en nog 17: /verlopen toont ze allemaal\n" in whole
    assert "Binnen twee weken (8)" in whole
    listed = [int(found) for found in re.findall(r"^• #(\d+) ", whole, re.MULTILINE)]
    assert listed == items[:25] + items[42:]
    for n, item in enumerate(items):
        assert whole.count(f"• #{item} {n} Brief <de> & 🇳🇱🙂🙂 aanpak") == (item in listed)

    catch_up = "\n".join(text for text in sent if "Gemiste herinneringen" in text)
    more = re.search(r"\n… en nog (\d+): /open toont ze allemaal$", catch_up)
    assert more is not None
    shown = set(re.findall(r"^• #(\d+) ", catch_up, re.MULTILINE))
    alone = set(re.findall(r"Herinnering #(\d+):", "\n".join(sent)))
    assert len(shown) == 25
    assert not shown & alone
    assert len(shown) + int(more[1]) + len(alone) == len(items)  # each item in its reminder or the catch-up


async def test_each_part_of_a_long_digest_waits_for_its_own_turn_in_the_group(
    db: Database, fake: FakeTelegram, bot: Bot
) -> None:
    team = fake.group_chat("Team")
    title = "🙂🙂🙂🙂🙂 <&> " * 10  # about 200 UTF-16 units a line, escaped
    with time_machine.travel(local(2026, 11, 2, 12), tick=False):
        for n in range(25):  # without a deadline: no reminders, only the digest
            use_case(
                db,
                services.add_commitment,
                services.NewCommitment(title=f"{n} {title}", team=team.id),
                by="test",
            )
    with time_machine.travel(local(2026, 11, 20, 12), tick=False):
        use_case(db, reminders.plan_digests)
    rates = SendRates(group_interval=0.8, lead=0.05)
    worker = deliverer(
        db, bot, Ticking(local(2026, 11, 23, 9)), pacer=SharedPacer(bot_key(fake.token), rates)
    )
    report = await worker.run()
    assert report.sent == 1  # one ledger row, two messages
    first, second = fake.calls_to("sendMessage")
    assert [texts(fake, team)[1].split("\n")[0]] == ["📋 Weekoverzicht 23 november 2026 (vervolg)"]
    assert second.at - first.at > rates.group_interval / 2, "spaced as two turns, not sent back to back"


async def _wait_for_send_attempts(fake: FakeTelegram, count: int) -> None:
    """Until ``count`` sends were tried. The bound is generous: a worker process that starts on a loaded
    machine may take seconds to import the bot, and only a worker that never sends should fail here."""
    deadline = time.monotonic() + WORKER_START_SECONDS
    while len(fake.calls_to("sendMessage")) < count:
        if time.monotonic() > deadline:
            raise AssertionError("the worker never tried to send")
        await asyncio.sleep(0.01)


def start_worker(database_url: str, fake: FakeTelegram, now: datetime, *options: str) -> Awaitable[Process]:
    """A delivery worker in a process of its own (see :mod:`tests.e2e.reminder_worker`)."""
    return asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.e2e.reminder_worker",
        database_url,
        fake.api_url,
        fake.token,
        now.isoformat(),
        *options,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE,
    )


async def test_a_killed_workers_reminders_are_taken_over_one_lease_after_its_last_heartbeat(
    db: Database, database_url: str, fake: FakeTelegram, bot: Bot
) -> None:
    chat = fake.group_chat("Team")
    items = [
        add(db, chat, date(2026, 12, 11), at=local(2026, 11, 23, 12), title=f"punt {n}") for n in range(3)
    ]
    fake.hang("sendMessage")  # the first request reaches Telegram's door and is never answered
    lease, clock = 2.0, Ticking(local(2026, 11, 27, 9))
    options = ("--origin", str(clock.origin), "--lease", str(lease), "--heartbeat", "0.25")
    process = await start_worker(database_url, fake, clock.start, *options)
    await _wait_for_send_attempts(fake, 1)
    await asyncio.sleep(lease)  # the worker lives on, past its lease: its heartbeat keeps the claims
    process.send_signal(signal.SIGKILL)
    await process.wait()
    killed = time.monotonic()
    assert {ledger(db, item)["before_10"].status for item in items} == {"claimed"}

    survivor = deliverer(db, bot, clock, "survivor", lease=timedelta(seconds=lease))
    assert await survivor.run() == DeliveryReport(), "the dead worker's last heartbeat still holds"
    while not texts(fake, chat):
        assert time.monotonic() - killed < lease + 5, "the dead worker's reminders were never taken over"
        await survivor.run()
        await asyncio.sleep(0.1)
    assert time.monotonic() - killed >= lease - 0.5
    assert sorted(texts(fake, chat)) == sorted(set(texts(fake, chat)))
    assert len(texts(fake, chat)) == 3
    assert {ledger(db, item)["before_10"].status for item in items} == {"sent"}


async def test_a_live_workers_slow_send_is_not_taken_over_while_its_heartbeat_runs(
    db: Database, fake: FakeTelegram, bot: Bot
) -> None:
    chat = fake.group_chat("Team")
    add(db, chat, date(2026, 12, 11), at=local(2026, 11, 23, 12))
    fake.hang("sendMessage", 2.5, deliver=True)  # Telegram is slow, but answers within the time-out
    clock = Ticking(local(2026, 11, 27, 9))
    short = {"lease": timedelta(seconds=0.8), "heartbeat": timedelta(seconds=0.2)}
    slow = deliverer(db, bot, clock, "slow", **short)
    slow.notifier = TelegramNotifier(bot, timeout=5)
    other = deliverer(db, bot, clock, "other", **short)
    sending = asyncio.create_task(slow.run())
    await _wait_for_send_attempts(fake, 1)
    while not sending.done():
        await other.run()
        await asyncio.sleep(0.1)
    assert (await sending).sent == 1
    assert len(texts(fake, chat)) == 1, "the other worker took over a claim that was still alive"


async def test_a_send_that_is_never_answered_holds_up_no_other_reminder(
    db: Database, fake: FakeTelegram, bot: Bot
) -> None:
    chats = [fake.group_chat(f"Team {n}") for n in range(12)]
    for chat in chats:
        add(db, chat, date(2026, 12, 11), at=local(2026, 11, 23, 12))
    fake.hang("sendMessage")  # a black hole: no answer, ever
    clock = Clock(local(2026, 11, 27, 9))
    worker = Deliverer(Transactions(db), TelegramNotifier(bot), "w1", clock=clock)  # the bot's own time-out
    started = time.time()  # the fake server stamps calls with the wall clock
    report = await asyncio.wait_for(worker.run(), SEND_TIMEOUT + 20)
    took = time.time() - started
    assert (report.sent, report.retried) == (11, 1)
    accepted = [call.at for call in fake.calls_to("sendMessage") if call.status == 200]
    assert len(accepted) == 11
    assert max(accepted) - started < 5, "the others went out while one hung"
    assert took < SEND_TIMEOUT + 5, "the round gave up on the unanswered request after its time-out"
    clock.advance(minutes=1)  # past the back-off
    await worker.run()
    delivered = [text for chat in chats for text in texts(fake, chat)]
    assert len(delivered) == len(set(delivered)) == 12


async def test_paced_reminders_to_a_hundred_teams_meet_telegrams_limits_once_each(
    db: Database, bot: Bot, fake: FakeTelegram, flood: FloodControl
) -> None:
    chats = [fake.group_chat(f"Team {n}") for n in range(100)]
    created = local(2026, 11, 23, 12)
    for chat in chats:
        add(db, chat, date(2026, 12, 11), at=created)
    worker = deliverer(db, bot, Clock(local(2026, 11, 27, 9)), pacer=SharedPacer(bot_key(fake.token)))
    started = time.monotonic()
    report = await worker.run()
    took = time.monotonic() - started
    assert report.sent == 100
    assert [len(texts(fake, chat)) for chat in chats] == [1] * 100
    assert flood.refused <= 1
    assert took > 99 / SendRates().per_second - 0.2, "paced, not sent in a burst"


async def test_the_flood_double_answers_an_unpaced_burst_with_429(
    db: Database, bot: Bot, fake: FakeTelegram, flood: FloodControl
) -> None:
    chats = [fake.group_chat(f"Team {n}") for n in range(60)]
    for chat in chats:
        add(db, chat, date(2026, 12, 11), at=local(2026, 11, 23, 12))
    report = await deliverer(db, bot, Clock(local(2026, 11, 27, 9)), concurrency=60).run()
    assert flood.refused >= 1
    refused = [call for call in fake.calls_to("sendMessage") if call.status == 429]
    assert report.retried >= 1
    assert len(refused) == flood.refused


async def test_a_busy_group_is_paced_to_its_limit_without_holding_up_the_round(db: Database) -> None:
    window = 2.0  # Telegram's minute, shrunk: 20 messages per 2 s in one group
    async with FakeTelegram(flood_limits=FloodLimits(group_window=window)) as fake:
        busy, quiet = fake.group_chat("Druk"), fake.group_chat("Rustig")
        for n in range(30):
            add(db, busy, date(2026, 12, 11), at=local(2026, 11, 23, 12), title=f"punt {n}")
        add(db, quiet, date(2026, 12, 11), at=local(2026, 11, 23, 12))
        rates = SendRates(group_interval=window / 20 * 1.1, lead=0.05, chat_wait=0.5)
        pacer = SharedPacer(bot_key(fake.token), rates)
        request = HTTPXRequest(connection_pool_size=8)
        async with Bot(fake.token, base_url=f"{fake.api_url}/bot", request=request) as own_bot:
            worker = deliverer(db, own_bot, Ticking(local(2026, 11, 27, 9)), pacer=pacer)
            started = time.monotonic()
            await worker.run()
            assert time.monotonic() - started < 2, "the round waited for the busy group's later turns"
            assert len(texts(fake, quiet)) == 1
            assert 1 <= len(texts(fake, busy)) < 30
            while len(texts(fake, busy)) < 30:
                assert time.monotonic() - started < 30, "the busy group's reminders never all went out"
                await asyncio.sleep(0.05)
                await worker.run()
        assert len(set(texts(fake, busy))) == 30
        assert fake.flood is not None
        assert fake.flood.refused == 0


async def test_two_workers_share_one_send_rate_through_the_database(
    db: Database, bot: Bot, fake: FakeTelegram, flood: FloodControl
) -> None:
    chats = [fake.group_chat(f"Team {n}") for n in range(120)]
    for chat in chats:
        add(db, chat, date(2026, 12, 11), at=local(2026, 11, 23, 12))
    other = Database(db.engine.url.render_as_string(hide_password=False))  # a second process's own pool
    clock = Clock(local(2026, 11, 27, 9))
    key = bot_key(fake.token)
    first = deliverer(db, bot, clock, "w1", pacer=SharedPacer(key), batch_size=10)
    second = deliverer(other, bot, clock, "w2", pacer=SharedPacer(key), batch_size=10)
    try:
        started = time.monotonic()
        reports = await asyncio.gather(first.run(), second.run())
        took = time.monotonic() - started
    finally:
        other.dispose()
    assert [len(texts(fake, chat)) for chat in chats] == [1] * 120
    assert all(report.sent > 0 for report in reports), "both workers should have taken a share"
    assert flood.refused <= 2
    assert took > 119 / SendRates().per_second - 0.2, "together no faster than one bot may send"


async def test_a_delivery_cancelled_after_its_claim_is_sent_once_after_the_lease(
    db: Database, fake: FakeTelegram, bot: Bot
) -> None:
    chat = fake.group_chat("Team")
    add(db, chat, date(2026, 12, 11), at=local(2026, 11, 23, 12))
    fake.hang("sendMessage", 30)
    clock = Clock(local(2026, 11, 27, 9))
    task = asyncio.create_task(deliverer(db, bot, clock, name="cancelled").run())
    await _wait_for_send_attempts(fake, 1)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    clock.advance(minutes=11)
    await deliverer(db, bot, clock, name="next").run()
    assert len(texts(fake, chat)) == 1


async def test_two_workers_through_a_busy_hour_send_nothing_twice(
    db: Database, fake: FakeTelegram, bot: Bot
) -> None:
    chats = [fake.group_chat(f"Team {n}") for n in range(20)]
    created = local(2026, 11, 30, 12)
    for n, chat in enumerate(chats):
        for k in range(10):
            add(db, chat, date(2026, 12, 1), at=created, title=f"team {n} punt {k}")
        with time_machine.travel(created, tick=False):
            use_case(db, reminders.set_policy, chat.id, [f"09:{3 * n:02d}"])
    other = Database(db.engine.url.render_as_string(hide_password=False))  # a second process's own pool
    clock = Clock(local(2026, 12, 1, 8, 59))
    first, second = (
        deliverer(db, bot, clock, "w1", batch_size=7),
        deliverer(other, bot, clock, "w2", batch_size=7),
    )
    reports: list[DeliveryReport] = []
    try:
        while clock.now <= local(2026, 12, 1, 10):
            reports += await asyncio.gather(first.run(), second.run())
            clock.advance(minutes=1)
    finally:
        other.dispose()
    delivered = [text for chat in chats for text in texts(fake, chat)]
    assert len(delivered) == len(set(delivered)) == 200
    with transaction(db) as session:
        on_day = select(func.count()).where(Reminder.slot == "on_day", Reminder.status == ReminderStatus.SENT)
        assert session.scalar(on_day) == 200
    assert sum(report.sent for report in reports) == 200
    assert sum(report.sent for report in reports[1::2]) > 0, "the second worker should have taken a share"


async def test_herinneringen_shows_the_plan_and_lets_admins_change_it(
    db: Database, fake: FakeTelegram, tmp_path: Path
) -> None:
    world = World(fake, db, tmp_path)
    today = datetime.now(AMS).date()
    item = add(db, world.team_a, today + timedelta(days=90), at=datetime.now(UTC))
    async with world.running():
        shown = await world.send(world.team_a, world.alice, "/herinneringen")
        assert "Instelling: 10, 5 en 1 werkdagen vooraf, op de dag zelf" in shown.text
        assert f"#{item}: " in shown.text
        assert "09:00" in shown.text
        refused = await world.send(world.team_a, world.alice, "/herinneringen 3 10:00")
        assert "Alleen een beheerder" in refused.text
        changed = await world.send(world.team_a, world.admin, "/herinneringen 3 10:00")
        assert "Herinneringen aangepast: 3 werkdagen vooraf" in changed.text
        moved = await world.send(world.team_a, world.admin, "/herinneringen overzicht vrijdag 16:00")
        assert "overzicht op vrijdag om 16:00" in moved.text
        digest = use_case(db, reminders.next_digest_moment, world.team_a.id)
        assert digest is not None
        assert (
            digest.astimezone(AMS).hour == 16
        )  # the digest already planned moved (to a Friday, or past a holiday)
        shown = await world.send(world.team_a, world.alice, "/herinneringen")
        assert f"Volgend weekoverzicht: {dutch_date(digest.astimezone(AMS).date())} 16:00" in shown.text
    planned = use_case(db, reminders.planned_reminders, world.team_a.id)
    assert [reminder.kind for reminder in planned] == ["before_3", "on_day", "overdue_1"]
    assert {reminder.due_at.astimezone(AMS).strftime("%H:%M") for reminder in planned} == {"10:00"}


async def test_a_reminder_offers_its_items_next_acts_with_the_cards_own_buttons(
    db: Database, fake: FakeTelegram, bot: Bot, tmp_path: Path
) -> None:
    world = World(fake, db, tmp_path)
    today = datetime.now(AMS).date()
    item = add(
        db, world.team_a, today + timedelta(days=60), at=datetime.now(UTC), title="Brief over de pilot"
    )
    first = use_case(db, reminders.planned_reminders, world.team_a.id)[0]
    await deliverer(db, bot, Clock(first.due_at)).run()
    [reminder] = reminders_in(fake, world.team_a)
    assert [button["text"] for button in reminder.buttons] == ["✅ Afgedaan", "📅 Uitstel", "🔎 Toon"]
    async with world.running():
        shown = await world.press(world.team_a, world.alice, reminder, button(reminder, "Toon"))
        assert f"#{item}" in shown.text
        assert "Geschiedenis" in shown.text
        asked = await world.press(world.team_a, world.alice, reminder, button(reminder, "Uitstel"))
        assert f"wat wordt de nieuwe termijn van #{item}" in asked.text
        done = await world.press(world.team_a, world.alice, reminder, button(reminder, "Afgedaan"))
        assert done.message_id == reminder.message_id  # the reminder becomes the confirmation
        assert f"#{item} is afgedaan" in done.text
    assert use_case(db, services.get_commitment, item, world.team_a.id).status == "voldaan"
