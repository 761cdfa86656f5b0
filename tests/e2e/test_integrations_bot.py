"""/export, /agenda and /overzicht: the real bot against the fake Telegram server sends real files. /status
for the bot's administrators, the health endpoint, and the daily import of the Tweede Kamer's register
(against the local OData double)."""

from __future__ import annotations

import io
import json
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, time
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from PIL import Image
from sqlalchemy import text

from bot.app import build_application
from bot.context import BotApplication
from bot.handlers import integrations
from bot.register_import import job_name
from commitments import services
from commitments.db import Database
from commitments.isolation import WORKERS, LimitExceeded, worker_slots
from commitments.services import CommitmentQuery, NewCommitment
from offline_telegram.fake_api import Chat, SentMessage, running_application
from tests.e2e.harness import TIMEOUT, WORKER_TIMEOUT, World, unlimited, world
from tests.tk_double import odata_double
from tests.use_case import use_case

pytestmark = pytest.mark.usefixtures("fixed_day")


@pytest.fixture
async def w(tmp_path: Path, db: Database) -> AsyncIterator[World]:
    async with world(tmp_path, db) as running_world:
        use_case(
            db,
            services.add_commitment,
            NewCommitment(
                title="Brief over jeugdzorg",
                deadline=date(2026, 2, 1),
                ministry="VWS",
                post="Minister van Volksgezondheid, Welzijn en Sport",
                team=running_world.team_a.id,
            ),
            by="t",
        )
        use_case(
            db,
            services.add_commitment,
            NewCommitment(title="Plan van aanpak", deadline=date(2026, 6, 30), team=running_world.team_a.id),
            by="t",
        )
        use_case(
            db,
            services.add_commitment,
            NewCommitment(title="Geheim van team B", team=running_world.team_b.id),
            by="t",
        )
        yield running_world


async def _files(w: World, chat: Chat, command: str, count: int) -> list[SentMessage]:
    before = len(w.fake.outbox(chat))
    w.fake.send_text(chat, w.alice, command)
    return list((await w.fake.wait_for_messages(chat, before + count, TIMEOUT))[before:])


async def test_export_sends_csv_and_xlsx_of_this_team_only(w: World) -> None:
    async with w.running():
        csv_message, xlsx_message = await _files(w, w.team_a, "/export", 2)
    assert csv_message.document is not None
    assert xlsx_message.document is not None
    assert csv_message.document.file_name == "toezeggingen-2026-03-02.csv"
    assert "CSV" in csv_message.text
    text = csv_message.document.content.decode("utf-8-sig")
    assert "Brief over jeugdzorg" in text
    assert "Plan van aanpak" in text
    assert "Geheim van team B" not in text
    sheet = load_workbook(io.BytesIO(xlsx_message.document.content)).active
    assert sheet is not None
    assert [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "Brief over jeugdzorg",
        "Plan van aanpak",
    ]
    assert [call.params["action"] for call in w.fake.calls_to("sendChatAction")] == ["upload_document"]


async def test_an_export_in_a_private_chat_speaks_of_the_own_list(w: World) -> None:
    private = w.fake.private_chat(w.alice)
    async with w.running():
        await w.send(w.team_a, w.alice, "/help")  # alice is now a member of a served group
        csv_message, xlsx_message = await _files(w, private, "/export", 2)
        group_csv, _ = await _files(w, w.team_a, "/export", 2)
    assert csv_message.text == "Alle toezeggingen van je eigen lijst (CSV), met hun geschiedenis."
    assert "groep" not in xlsx_message.text
    assert group_csv.text == "Alle toezeggingen van deze groep (CSV), met hun geschiedenis."


async def test_agenda_sends_an_ics_file(w: World) -> None:
    async with w.running():
        [message] = await _files(w, w.team_a, "/agenda", 1)
    assert message.document is not None
    assert message.document.file_name == "toezeggingen.ics"
    calendar = Calendar.from_ical(message.document.content)
    assert str(calendar["X-WR-CALNAME"]) == "Toezeggingen – Team VWS"
    summaries = sorted(str(event["SUMMARY"]).split(" ", 1)[1] for event in calendar.walk("VEVENT"))
    assert summaries == ["Brief over jeugdzorg", "Plan van aanpak"]


async def test_a_deadline_typed_as_a_day_from_today_is_kept_as_that_day(w: World) -> None:
    """Monday 2 March 2026: "volgende week vrijdag" is 13 March, and stays so in the agenda file; "1-7" is the
    next 1 July."""
    async with w.running():
        edited = await w.send(w.team_a, w.alice, "/wijzig 2 termijn volgende week vrijdag")
        assert "Termijn: 13 maart 2026" in edited.text
        [message] = await _files(w, w.team_a, "/agenda", 1)
        day_month = await w.send(w.team_a, w.alice, "/wijzig 1 termijn 1-7")
    assert message.document is not None
    events = {
        str(event["SUMMARY"]): str(event["DESCRIPTION"])
        for event in Calendar.from_ical(message.document.content).walk("VEVENT")
    }
    [plan] = [description for summary, description in events.items() if "Plan van aanpak" in summary]
    assert "Termijn zoals geschreven: vrijdag 13 maart 2026" in plan
    assert "volgende week" not in plan
    assert "Termijn: 1 juli 2026" in day_month.text


async def test_overzicht_sends_a_png_photo(w: World) -> None:
    async with w.running():
        [message] = await _files(w, w.team_a, "/overzicht", 1)
    assert message.photo is not None
    assert message.text == "Open en verlopen toezeggingen."
    image = Image.open(io.BytesIO(message.photo.content))
    assert image.format == "PNG"
    assert [call.params["action"] for call in w.fake.calls_to("sendChatAction")] == ["upload_photo"]


async def test_a_file_past_the_workers_limits_is_refused_in_dutch(
    w: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files are made in the worker process; past its time or memory the chat hears why, in Dutch."""

    async def over_the_limit(*_args: object) -> bytes:
        raise LimitExceeded("Het lezen van dit bestand duurde langer dan 25 seconden.")

    monkeypatch.setattr(integrations, "run_isolated", over_the_limit)
    async with w.running():
        for command in ("/overzicht", "/agenda", "/export"):
            refusal = await w.send(w.team_a, w.alice, command)
            assert "Dit bestand maken vroeg meer tijd of geheugen dan ik ervoor heb" in refusal.text
            assert refusal.document is None
            assert refusal.photo is None


async def test_other_chats_and_members_are_answered_while_a_file_waits_for_a_worker(w: World) -> None:
    """Every worker is busy (held here, as letters being read would hold them), so one group's /export
    waits for one: another group's /help and the same group's next command are answered meanwhile, and the
    files come once a worker is free."""
    slots = worker_slots()
    async with w.running():
        for _ in range(WORKERS):
            await slots.acquire()
        try:
            before = len(w.fake.outbox(w.team_a))
            w.fake.send_text(w.team_a, w.alice, "/export")
            assert "/export" in (await w.send(w.team_b, w.bob, "/help")).text
            assert "Brief over jeugdzorg" in (await w.send(w.team_a, w.carol, "/open")).text
            assert not [message for message in w.fake.outbox(w.team_a) if message.document is not None]
        finally:
            for _ in range(WORKERS):
                slots.release()
        outbox = await w.fake.wait_for_messages(w.team_a, before + 3, WORKER_TIMEOUT)
    files = [message.document.file_name for message in outbox[before:] if message.document is not None]
    assert sorted(name.rsplit(".", 1)[-1] for name in files) == ["csv", "xlsx"]


async def test_a_chat_that_is_not_served_gets_no_files(w: World) -> None:
    async with w.running():
        w.fake.send_text(w.outside, w.alice, "/export")
        outbox = await w.silence(w.outside, 1.0)
    assert all(message.document is None for message in outbox)


@asynccontextmanager
async def _bot_with(w: World, **settings: Any) -> AsyncIterator[BotApplication]:
    application = build_application(w.settings.model_copy(update=settings), w.db, rate_limiter=unlimited())
    async with running_application(application) as running:
        yield running  # type: ignore[misc]


async def test_status_for_the_bot_to_its_administrators_and_for_a_group_to_its_own(w: World) -> None:
    async with w.running():
        private = w.fake.private_chat(w.admin)
        whole = await w.send(private, w.admin, "/status")
        refused = await w.send(w.team_a, w.alice, "/status")
        await w.send(w.team_a, w.admin, "/rol @alice admin")
        group = await w.send(w.team_a, w.alice, "/status")
    assert whole.text.splitlines()[:2] == ["✅ Status van de bot", "Database: bereikbaar"]
    assert whole.text.splitlines()[2].startswith("Herinneringen: ")
    assert "Import Tweede Kamer: nog niet gedraaid" in whole.text
    assert refused.text == "Alleen een beheerder kan /status opvragen."
    assert group.text.splitlines()[:2] == ["✅ Status van dit team", "Database: bereikbaar"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_the_health_endpoint_answers_while_the_bot_runs(w: World) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/healthz"
    async with _bot_with(w, health_port=port, webhook_listen="127.0.0.1"), aiohttp.ClientSession() as http:
        async with http.get(url) as response:
            assert (response.status, response.content_type) == (200, "application/json")
            data = json.loads(await response.text())
        with w.db.engine.begin() as connection:  # the ledger cannot be read for a moment
            connection.execute(text("ALTER TABLE reminders RENAME TO reminders_away"))
        try:
            async with http.get(url) as response:
                assert (response.status, response.content_type) == (503, "application/json")
                broken = json.loads(await response.text())
        finally:
            with w.db.engine.begin() as connection:
                connection.execute(text("ALTER TABLE reminders_away RENAME TO reminders"))
    assert (broken["healthy"], broken["database"]) == (False, True)
    assert broken["problem"].startswith("database niet leesbaar: ")
    assert (data["healthy"], data["database"]) == (True, True)
    assert set(data["reminders"]) == {
        "planned",
        "due",
        "waiting_for_retry",
        "sent_today",
        "late_today",
        "failed",
        "last_delivery",
    }
    with pytest.raises(aiohttp.ClientConnectionError):  # stopped with the bot
        async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/healthz"):
            pass


async def test_the_daily_register_import_fills_the_team_and_says_so(w: World) -> None:
    with odata_double() as register:
        async with _bot_with(
            w,
            tk_import_time=time(6, 30),
            tk_import_teams=[(w.team_b.id, "LVVN")],
            tk_api_url=register.base_url,
        ) as application:
            [job] = application.job_queue.get_jobs_by_name(job_name(w.team_b.id, "LVVN"))
            assert (job.next_t.hour, job.next_t.minute) == (6, 30)
            before = len(w.fake.outbox(w.team_b))
            await job.run(application)
            [message] = (await w.fake.wait_for_messages(w.team_b, before + 1, TIMEOUT))[before:]
            await job.run(application)  # nothing changed since the mark: the team hears nothing
            assert len(await w.silence(w.team_b)) == before + 1
    assert message.text.startswith("📥 Toezeggingenregister van de Tweede Kamer (LVVN) bijgewerkt: 5 nieuw,")
    items = use_case(w.db, services.list_commitments, CommitmentQuery(team=w.team_b.id, statuses=()))
    assert {item.register_number for item in items if item.register_number} == {
        "TZ202412-116",
        "TZ202502-044",
        "TZ202501-203",
        "TZ202503-118",
        "TZ202410-087",
    }
    assert len(register.requests) == 3  # first run: one page; second: changes and deletions since the mark
