"""The offline chat (``toezegbot chat``) with the real bot: what falls due during a ``/klok`` jump."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

from bot.app import build_application
from bot.time_travel import TimeTravel
from commitments.db import Database
from commitments.dutch import dutch_date
from config.settings import Settings
from offline_telegram.chat_repl import CHAT_USER_ID, TEAM_CHAT_ID, run_chat


async def offline_chat(lines: list[str], tmp_path: Path, db: Database) -> str:
    """The chat as ``toezegbot chat`` runs it (its user an admin, its private and team chats served, on a
    clock that ``/klok`` moves)."""
    travel = TimeTravel()
    settings = Settings(data_dir=tmp_path, admins=[CHAT_USER_ID], allowed_chats=[CHAT_USER_ID, TEAM_CHAT_ID])
    out = io.StringIO()
    await run_chat(
        settings,
        db,
        travel.builder(build_application),
        stdin=io.StringIO("".join(f"{line}\n" for line in lines)),
        stdout=out,
        forward=travel.forward,
    )
    return out.getvalue()


async def test_what_falls_due_during_a_clock_jump_comes_on_time_in_order(
    tmp_path: Path, db: Database
) -> None:
    """Found in a user trial: after ``/klok`` the reminders read as an outage's ("te laat verstuurd", a
    catch-up of missed ones), a weekly digest inside the jump never came, and the clock's line came last."""
    deadline = dutch_date(date.today() + timedelta(days=15))
    output = await offline_chat(
        [f"/nieuw De minister stuurt voor {deadline} een brief over de ruimtevaart", "1", "/klok +4 weken"],
        tmp_path,
        db,
    )

    assert "Opgeslagen als #1" in output, output
    clock = output.index("(de klok van de bot staat nu op")
    reminders = [at for at in range(len(output)) if output.startswith("⏰ Herinnering #1", at)]
    assert len(reminders) >= 3, output
    assert clock < reminders[0]
    ahead, today, overdue = (
        output.find(f"Termijn {when}", clock) for when in ("over", "vandaag", "verstreken")
    )
    assert clock < ahead < today < overdue, output
    assert output.count("📋 Weekoverzicht") >= 3, output  # one each Monday of the four weeks
    assert "Te laat verstuurd" not in output
    assert "Gemiste herinneringen" not in output


async def test_reminders_due_together_in_one_group_all_come_on_time_during_a_clock_jump(
    tmp_path: Path, db: Database
) -> None:
    """Found in a user trial: five items of a group due on one day, ``/klok`` past their reminders' 09:00:
    the reminders that waited a few seconds for the group's turn to send came as "Te laat verstuurd" (and in
    a longer jump as "Gemiste herinneringen"), since the clock ran on to the end of the jump meanwhile."""
    deadline = dutch_date(date.today() + timedelta(days=15))
    subjects = ("ruimtevaart", "zeevaart", "luchtvaart", "binnenvaart", "scheepvaart")
    adding = [
        line
        for subject in subjects
        for line in (f"/nieuw De minister stuurt voor {deadline} een brief over de {subject}", "1")
    ]
    output = await offline_chat(["/groep", *adding, "/klok +9 dagen"], tmp_path, db)

    assert output.count("Opgeslagen als #") == len(subjects), output
    clock = output.index("(de klok van de bot staat nu op")
    for number in range(1, len(subjects) + 1):
        assert f"⏰ Herinnering #{number}:" in output[clock:], output
    assert "Te laat verstuurd" not in output
    assert "Gemiste herinneringen" not in output
