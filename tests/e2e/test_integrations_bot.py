"""/export, /agenda and /overzicht: the real bot against the fake Telegram server sends real files."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Iterator
from datetime import date
from pathlib import Path

import pytest
import time_machine
from icalendar import Calendar
from openpyxl import load_workbook
from PIL import Image

from bot.fake_api import Chat, SentMessage
from commitments import services
from commitments.db import Database
from commitments.services import NewCommitment
from tests.e2e.harness import TIMEOUT, World, world


@pytest.fixture(autouse=True)
def fixed_day() -> Iterator[None]:
    with time_machine.travel("2026-03-02 10:00 +01:00", tick=True):
        yield


@pytest.fixture
async def w(tmp_path: Path, db: Database) -> AsyncIterator[World]:
    async with world(tmp_path, db) as running_world:
        services.add_commitment(
            db,
            NewCommitment(
                title="Brief over jeugdzorg",
                deadline=date(2026, 2, 1),
                ministry="VWS",
                post="Minister van Volksgezondheid, Welzijn en Sport",
                team=running_world.team_a.id,
            ),
            by="t",
        )
        services.add_commitment(
            db,
            NewCommitment(title="Plan van aanpak", deadline=date(2026, 6, 30), team=running_world.team_a.id),
            by="t",
        )
        services.add_commitment(
            db, NewCommitment(title="Geheim van team B", team=running_world.team_b.id), by="t"
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


async def test_agenda_sends_an_ics_file(w: World) -> None:
    async with w.running():
        [message] = await _files(w, w.team_a, "/agenda", 1)
    assert message.document is not None
    assert message.document.file_name == "toezeggingen.ics"
    calendar = Calendar.from_ical(message.document.content)
    assert str(calendar["X-WR-CALNAME"]) == "Toezeggingen – Team VWS"
    summaries = sorted(str(event["SUMMARY"]).split(" ", 1)[1] for event in calendar.walk("VEVENT"))
    assert summaries == ["Brief over jeugdzorg", "Plan van aanpak"]


async def test_overzicht_sends_a_png_photo(w: World) -> None:
    async with w.running():
        [message] = await _files(w, w.team_a, "/overzicht", 1)
    assert message.photo is not None
    assert message.text == "Open en verlopen toezeggingen."
    image = Image.open(io.BytesIO(message.photo.content))
    assert image.format == "PNG"
    assert [call.params["action"] for call in w.fake.calls_to("sendChatAction")] == ["upload_photo"]


async def test_a_chat_that_is_not_served_gets_no_files(w: World) -> None:
    async with w.running():
        w.fake.send_text(w.outside, w.alice, "/export")
        outbox = await w.silence(w.outside, 1.0)
    assert all(message.document is None for message in outbox)
