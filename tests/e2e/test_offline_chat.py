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
from offline_telegram.chat_repl import CHAT_USER_ID, run_chat


async def offline_chat(lines: list[str], tmp_path: Path, db: Database) -> str:
    """The chat as ``toezegbot chat`` runs it (its user an admin, on a clock that ``/klok`` moves)."""
    travel = TimeTravel()
    settings = Settings(data_dir=tmp_path, admins=[CHAT_USER_ID], allowed_chats=[CHAT_USER_ID])
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
