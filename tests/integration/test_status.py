"""The operator's status (commitments/status.py) on a real ledger, and ``toezegbot status``."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from sqlalchemy import delete, select

from commitments import services, status
from commitments.cli import main
from commitments.db import Database
from commitments.model import Team
from commitments.reminders.ledger import Reminder, ReminderStatus
from commitments.services import NewCommitment
from commitments.tk_register.marks import RegisterImportState
from commitments.unit_of_work import Transactions
from tests.use_case import at, transaction, use_case

TZ = ZoneInfo("Europe/Amsterdam")
NOW = datetime(
    2026, 3, 2, 10, 0, tzinfo=UTC
)  # 11:00 in Amsterdam; local midnight is 23:00 UTC the day before
TEAM, OTHER = -1001, -2002


def _ledger(db: Database) -> None:
    """Rows of every kind for TEAM, and one sent row for OTHER."""
    rows = [
        (TEAM, ReminderStatus.PLANNED, NOW + timedelta(days=3), None, None),  # planned
        (TEAM, ReminderStatus.PLANNED, NOW + timedelta(days=9), None, None),  # planned
        (TEAM, ReminderStatus.PLANNED, NOW - timedelta(hours=1), None, None),  # due
        (TEAM, ReminderStatus.CLAIMED, NOW - timedelta(minutes=1), None, None),  # due (being sent)
        (TEAM, ReminderStatus.PLANNED, NOW - timedelta(hours=2), NOW + timedelta(minutes=5), None),  # retry
        (TEAM, ReminderStatus.SENT, NOW - timedelta(hours=2), None, NOW - timedelta(hours=2)),  # today
        (
            TEAM,
            ReminderStatus.SENT,
            NOW - timedelta(hours=12),
            None,
            NOW - timedelta(hours=12),
        ),  # 23:00 yesterday
        (TEAM, ReminderStatus.LATE, NOW - timedelta(days=1), None, NOW - timedelta(hours=1)),  # late today
        (TEAM, ReminderStatus.FAILED, NOW - timedelta(days=2), None, None),
        (TEAM, ReminderStatus.CANCELLED, NOW - timedelta(days=2), None, None),
        (OTHER, ReminderStatus.SENT, NOW - timedelta(minutes=30), None, NOW - timedelta(minutes=30)),
    ]
    item = {
        chat: use_case(db, services.add_commitment, NewCommitment(title="x", team=chat), by="t")
        for chat in (TEAM, OTHER)
    }
    with transaction(db) as session:
        session.execute(delete(Reminder))  # exactly the rows above (not the digest of the teams' first item)
        teams = {team.chat_id: team.id for team in session.scalars(select(Team))}
        for number, (chat, state, due, retry, sent) in enumerate(rows):
            session.add(
                Reminder(
                    commitment_id=item[chat].id,
                    team_id=teams[chat],
                    slot=f"slot-{number}",
                    due_at=due,
                    status=state,
                    attempts=1,
                    retry_at=retry,
                    sent_at=sent,
                )
            )
        session.add(
            RegisterImportState(
                team_id=teams[TEAM],
                ministry="LVVN",
                high_water="2025-07-01T11:05:39.8813345Z",
                last_success_at=NOW - timedelta(hours=4),
                last_summary="5 nieuw",
                last_attempt_at=NOW - timedelta(hours=1),
                last_error="Het register van de Tweede Kamer is niet bereikbaar (HTTP 503, 5 pogingen).",
            )
        )


def test_counts_per_team_and_for_the_whole_bot(db: Database) -> None:
    _ledger(db)
    team = at(db, NOW).run(status.collect, TZ, TEAM)
    assert team.healthy
    assert team.reminders == status.ReminderCounts(
        planned=2,
        due=2,
        waiting_for_retry=1,
        sent_today=1,
        late_today=1,
        failed=1,
        last_delivery=NOW - timedelta(hours=1),
    )
    [run] = team.imports
    assert (run.team, run.ministry, run.last_summary) == (TEAM, "LVVN", "5 nieuw")
    whole = at(db, NOW).run(status.collect, TZ)
    assert whole.reminders is not None
    assert (whole.reminders.sent_today, whole.reminders.last_delivery) == (2, NOW - timedelta(minutes=30))
    lines = status.describe(team, TZ)
    assert lines[0] == "Database: bereikbaar"
    assert lines[1] == (
        "Herinneringen: 2 gepland, 2 nu aan de beurt, 1 wachten op een nieuwe poging, 1 vandaag verstuurd, "
        "1 vandaag te laat verstuurd, 1 mislukt"
    )
    assert lines[2] == "Laatste verzending: 2 maart 2026 10:00"
    assert lines[3] == (
        "Import Tweede Kamer (LVVN, team -1001): laatst gelukt 2 maart 2026 07:00 (5 nieuw); "
        "laatste poging 2 maart 2026 10:00 mislukt: "
        "Het register van de Tweede Kamer is niet bereikbaar (HTTP 503, 5 pogingen)."
    )


def test_an_unreachable_database_is_reported_not_raised() -> None:
    report = Transactions(Database("postgresql://nobody@127.0.0.1:9/none")).run(status.collect, TZ)
    assert (report.database, report.healthy, report.reminders) == (False, False, None)
    assert report.problem is not None
    assert report.problem.startswith("database niet bereikbaar: ")
    assert status.describe(report, TZ)[0] == "Database: NIET bereikbaar"


def test_the_cli_command(db: Database, database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOEZEGBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("TOEZEGBOT_CONFIG_FILE", "/nonexistent/toezegbot.toml")
    _ledger(db)
    result = CliRunner().invoke(main, ["status", "--json", "--team", str(TEAM)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["healthy"] is True
    assert data["database"] is True
    assert data["reminders"]["failed"] == 1
    assert data["imports"][0]["ministry"] == "LVVN"
    monkeypatch.setenv("TOEZEGBOT_DATABASE_URL", "postgresql://nobody@127.0.0.1:9/none")
    down = CliRunner().invoke(main, ["status", "--json"])
    assert down.exit_code == 1
    assert json.loads(down.stdout)["database"] is False
