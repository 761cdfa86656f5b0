"""Export and import through the store on SQLite and PostgreSQL: round trips, and all-or-nothing imports."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from icalendar import Calendar
from sqlalchemy import update

from commitments import services
from commitments.cli import main
from commitments.clock import Clock
from commitments.db import Database
from commitments.export import service
from commitments.model import Kind, Team
from commitments.records import CommitmentRecord
from commitments.services import CommitmentQuery, NewCommitment, NewDeadline
from commitments.unit_of_work import Transactions
from tests.use_case import on, transaction, use_case

TODAY = date(2026, 1, 15)
TEAM, OTHER = -1001, -2002
COMPARED = (
    "kind", "title", "quote", "deadline", "deadline_text", "estimate", "recurring", "status", "motie_status",
    "ministry", "post", "person", "refs", "owner", "fulfilled_by",
)  # fmt: skip


def _fill(db: Database) -> None:
    add = partial(use_case, db, services.add_commitment)
    first = add(
        NewCommitment(
            title="Handreiking naar de Kamer",
            quote="Ik zal uw Kamer voor het zomerreces informeren; zie ook 28 638.",
            deadline=date(2026, 7, 2),
            deadline_text="voor het zomerreces",
            estimate=True,
            ministry="JenV",
            post="Minister van Justitie en Veiligheid",
            person="D. Yesilgöz",
            refs=["28638-178", "35570-VI-50"],
            owner="anna",
            team=TEAM,
        ),
        by="anna",
    )
    on(db, TODAY).run(
        services.postpone, first.id, "bob", NewDeadline(date(2026, 9, 30), "na de zomer"), "vertraging"
    )
    second = add(NewCommitment(title="Motie Kuik", kind=Kind.MOTIE, team=TEAM, ministry="VWS"), by="t")
    use_case(db, services.fulfil, second.id, "t", "28638-180")
    third = add(NewCommitment(title="Voortgangsrapportage", kind=Kind.DELIVERABLE, team=TEAM), by="t")
    use_case(db, services.partly_fulfil, third.id, "t", reason="eerste deel")
    add(
        NewCommitment(title="Jaarverslag", recurring="yearly", deadline=date(2026, 5, 1), team=TEAM),
        by="t",
    )
    add(NewCommitment(title="Van een ander team", team=OTHER), by="t")


def _team_items(db: Database, team: int) -> list[CommitmentRecord]:
    return use_case(db, services.list_commitments, CommitmentQuery(team=team, statuses=()))


def _fields(items: list[CommitmentRecord]) -> list[tuple[object, ...]]:
    return sorted(tuple(getattr(item, name) for name in COMPARED) for item in items)


@pytest.mark.parametrize("table_format", ["csv", "xlsx"])
def test_round_trip_through_a_file_keeps_every_field(db: Database, table_format: service.TableFormat) -> None:
    _fill(db)
    data = use_case(db, service.export_table, TEAM, table_format)
    report = on(db, TODAY).run(service.import_table, data, f"export.{table_format}", -3003, "import")
    assert report.ok, report.errors
    assert report.stored == 4
    assert report.ignored_columns == []
    assert _fields(_team_items(db, -3003)) == _fields(_team_items(db, TEAM))
    imported = _team_items(db, -3003)
    motie = next(item for item in imported if item.kind == "motie")
    history = use_case(db, services.get_commitment, motie.id).history
    assert [event.event for event in history] == ["created", "status_changed"]
    assert history[0].reason == f"import uit export.{table_format}"


def test_the_csv_export_has_every_field_and_a_history_summary(db: Database) -> None:
    _fill(db)
    text = use_case(db, service.export_table, TEAM, "csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert [row["Omschrijving"] for row in rows] == [
        "Handreiking naar de Kamer",
        "Motie Kuik",
        "Voortgangsrapportage",
        "Jaarverslag",
    ]
    first = rows[0]
    assert first["Termijn"] == "2026-09-30"
    assert first["Termijn (tekst)"] == "na de zomer"
    assert first["Kamerstuk"] == "28638-178; 35570-VI-50"
    assert first["Bewindspersoon"] == "Minister van Justitie en Veiligheid"
    assert "anna: aangemaakt" in first["Geschiedenis"]
    assert "bob: uitgesteld: 2 juli 2026 → 30 september 2026, reden: vertraging" in first["Geschiedenis"]
    assert rows[3]["Terugkerend"] == "jaarlijks"
    assert rows[1]["Status"] == "afgedaan"
    assert rows[1]["Nagekomen met"] == "28638-180"
    assert rows[2]["Soort"] == "product"


def test_an_unknown_team_exports_only_headers(db: Database) -> None:
    _fill(db)
    assert use_case(db, service.export_table, -9999, "csv").decode("utf-8-sig").count("\r\n") == 1


def test_one_bad_row_and_nothing_is_stored(db: Database) -> None:
    data = (
        b"Omschrijving;Termijn;Ministerie\n"
        b"Goed;2026-03-01;JenV\n"
        b"Ook goed;1 april 2026;VWS\n"
        b"Slecht;morgen of zo;Toverkunst\n"
    )
    report = on(db, TODAY).run(service.import_table, data, "register.csv", TEAM, "import")
    assert not report.ok
    assert report.stored == 0
    assert [error.row for error in report.errors] == [4, 4]
    assert _team_items(db, TEAM) == []


def test_a_register_number_the_team_has_is_refused_for_the_whole_file(db: Database) -> None:
    first = b"Omschrijving;Registernummer\nA;TZ202412-116\n"
    assert on(db, TODAY).run(service.import_table, first, "a.csv", TEAM, "import").ok
    second = b"Omschrijving;Registernummer\nB;\nC;TZ202412-116\n"
    report = on(db, TODAY).run(service.import_table, second, "b.csv", TEAM, "import")
    assert [str(error) for error in report.errors] == [
        "Rij 3: registernummer TZ202412-116 staat al in het register van dit team."
    ]
    assert [item.title for item in _team_items(db, TEAM)] == ["A"]
    assert on(db, TODAY).run(service.import_table, second, "b.csv", OTHER, "import").stored == 2


def test_a_dry_run_checks_but_stores_nothing(db: Database) -> None:
    data = b"Omschrijving\nA\nB\n"
    report = on(db, TODAY).run(service.import_table, data, "a.csv", TEAM, "import", dry_run=True)
    assert (report.ok, report.stored, report.dry_run) == (True, 2, True)
    assert _team_items(db, TEAM) == []


def test_the_calendar_is_named_after_the_team(db: Database) -> None:
    _fill(db)
    with transaction(db) as session:
        session.execute(update(Team).where(Team.chat_id == TEAM).values(title="Team JenV"))
    calendar = Calendar.from_ical(use_case(db, service.deadline_calendar, TEAM))
    assert str(calendar["X-WR-CALNAME"]) == "Toezeggingen – Team JenV"
    assert sorted(str(event["SUMMARY"]).split(" ", 1)[1] for event in calendar.walk("VEVENT")) == [
        "Handreiking naar de Kamer",
        "Jaarverslag",
    ]


@pytest.fixture
def cli(database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> CliRunner:
    monkeypatch.setenv("TOEZEGBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("TOEZEGBOT_CONFIG_FILE", "/nonexistent/toezegbot.toml")
    return CliRunner()


def test_cli_export_and_import(db: Database, cli: CliRunner, tmp_path: object) -> None:
    _fill(db)
    shown = cli.invoke(main, ["export", "--team", str(TEAM)])
    assert shown.exit_code == 0, shown.output
    assert "Handreiking naar de Kamer" in shown.stdout
    assert cli.invoke(main, ["export", "--format", "xlsx"]).exit_code == 2
    path = f"{tmp_path}/register.xlsx"
    assert (
        cli.invoke(main, ["export", "--team", str(TEAM), "--format", "xlsx", "--output", path]).exit_code == 0
    )
    assert "BEGIN:VCALENDAR" in cli.invoke(main, ["export", "--team", str(TEAM), "--ics"]).stdout

    checked = cli.invoke(main, ["import", path, "--team", "-3003", "--dry-run"])
    assert checked.exit_code == 0, checked.output
    assert "4 toezegging(en) kunnen worden geïmporteerd" in checked.stdout
    assert _team_items(db, -3003) == []
    done = cli.invoke(main, ["import", path, "--team", "-3003"])
    assert "4 toezegging(en) geïmporteerd" in done.stdout
    assert len(_team_items(db, -3003)) == 4

    bad = f"{tmp_path}/bad.csv"
    with open(bad, "w", encoding="utf-8") as handle:
        handle.write("Titel;Status\nA;open\nB;half klaar\n")
    refused = cli.invoke(main, ["import", bad, "--team", "-4004"])
    assert refused.exit_code == 1
    assert "Rij 3: Status ‘half klaar’ ken ik niet" in refused.stderr
    assert "Niets geïmporteerd: 1 fout(en) in bad.csv." in refused.stderr


def test_a_row_like_an_open_item_is_named_and_stored_or_skipped_by_choice(db: Database) -> None:
    first = b"Omschrijving\nBrief over jeugdzorg\n"
    assert on(db, TODAY).run(service.import_table, first, "a.csv", TEAM, "import").ok
    again = b"Omschrijving\nBrief over jeugdzorg\nIets anders\n"
    asked = on(db, TODAY).run(service.import_table, again, "b.csv", TEAM, "import")
    assert [str(error) for error in asked.errors] == [
        "Rij 2: lijkt op #1 Brief over jeugdzorg; kies --dubbel opslaan of --dubbel overslaan."
    ]
    skipped = on(db, TODAY).run(service.import_table, again, "b.csv", TEAM, "import", duplicates="overslaan")
    assert (skipped.stored, skipped.skipped) == (1, ["rij 2 lijkt op #1 Brief over jeugdzorg"])
    stored = on(db, TODAY).run(service.import_table, again, "b.csv", TEAM, "import", duplicates="opslaan")
    assert stored.stored == 2
    assert [item.title for item in _team_items(db, TEAM)].count("Brief over jeugdzorg") == 2


def test_exported_days_of_stored_moments_are_dutch_days(db: Database) -> None:
    """Stored at 00:30 in Amsterdam (23:30 UTC the day before): the export names the Dutch day, as a
    person there saw it, for when it was stored, last changed and each change in its history."""
    just_after_midnight = datetime(2026, 3, 9, 23, 30, tzinfo=UTC)
    dutch = Transactions(db, Clock(ZoneInfo("Europe/Amsterdam"), source=lambda: just_after_midnight))
    new = NewCommitment(title="Kamer informeren over de pilot", deadline=date(2026, 9, 1), team=TEAM)
    item = dutch.run(services.add_commitment, new, "anna")
    dutch.run(
        services.postpone, item.id, "anna", NewDeadline(date(2026, 10, 1), "1 oktober"), "drukte", team=TEAM
    )
    [row] = dutch.run(service.export_rows, TEAM)
    assert row["reference_date"] == date(2026, 3, 10)
    assert row["updated"] == date(2026, 3, 10)
    assert [line[:10] for line in str(row["history"]).split("; ")] == ["2026-03-10", "2026-03-10"]
