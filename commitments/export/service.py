"""Use cases for files: export a team's commitments, import a spreadsheet register, the deadline calendar.
The CLI and the bot call these; they return bytes or a plain report (the overview chart is
:func:`commitments.export.chart.overview_png` of :func:`commitments.services.post_summary`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from commitments import services
from commitments.export.ics import calendar_ics
from commitments.export.rows import ImportedRow, RowError, export_row, read_rows
from commitments.export.tabular import Cell, read_table, write_csv, write_xlsx
from commitments.import_status import close_as
from commitments.lookalikes import duplicates_of_each
from commitments.model import Commitment, Status, Team
from commitments.records import CommitmentRecord
from commitments.services import build_commitment
from commitments.titles import shorten
from commitments.unit_of_work import UnitOfWork

TableFormat = Literal["csv", "xlsx"]


def export_table(uow: UnitOfWork, team: int | None, table_format: TableFormat) -> bytes:
    """Every commitment of the team (all statuses), oldest first, as CSV or XLSX; ``team=None``: all."""
    return write_table(export_rows(uow, team), table_format)


def write_table(rows: list[dict[str, Cell]], table_format: TableFormat) -> bytes:
    """:func:`export_rows` as a CSV or XLSX file: work for the processor alone, which the bot runs in a
    worker process (:func:`commitments.isolation.run_limited`)."""
    return write_csv(rows) if table_format == "csv" else write_xlsx(rows)


def export_rows(uow: UnitOfWork, team: int | None) -> list[dict[str, Cell]]:
    """Every commitment of the team (all statuses), oldest first, as the rows of an export."""
    session = uow.session
    statement = select(Commitment).options(selectinload(Commitment.document)).order_by(Commitment.id)
    if team is not None:
        statement = statement.where(Team.owns(Commitment.team_id, team))
    return [export_row(item, uow.clock.tz) for item in session.scalars(statement)]


def deadline_calendar(uow: UnitOfWork, team: int | None, title: str | None = None) -> bytes:
    """An iCalendar file with the deadlines of the team's active commitments, named after the team
    (``title``, by default the title stored for it)."""
    return calendar_ics(*calendar_items(uow, team, title))


def calendar_items(
    uow: UnitOfWork, team: int | None, title: str | None = None
) -> tuple[list[CommitmentRecord], str]:
    """What :func:`deadline_calendar` writes: the team's active commitments and the calendar's name.
    The bot writes the file (:func:`~commitments.export.ics.calendar_ics`) in a worker process."""
    items = services.list_commitments(uow, services.CommitmentQuery(team=team))
    if title is None:
        found = Team.of_chat(uow.session, team) if team is not None else None
        title = found.title if found is not None else ""
    return items, f"Toezeggingen – {title}" if title else "Toezeggingen"


@dataclass(frozen=True)
class ImportReport:
    """What an import did, or (with errors) why it stored nothing."""

    stored: int
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    dry_run: bool = False
    skipped: list[str] = field(default_factory=list)
    """Rows left out because they look like an open item ("rij 3 lijkt op #12 …")."""

    @property
    def ok(self) -> bool:
        return not self.errors


def _look_alikes(
    session: Session, rows: list[ImportedRow], team: int | None, duplicates: str | None
) -> tuple[list[ImportedRow], list[RowError], list[str]]:
    """The rows to store, errors for rows that look like an open item (when no choice was made), and what
    was skipped. ``duplicates`` is "opslaan" (store anyway), "overslaan" (skip) or None (ask)."""
    if duplicates == "opslaan":
        return rows, [], []
    kept, errors, skipped = [], [], []
    each = duplicates_of_each(session, [replace(row.new, team=team) for row in rows])
    for row, alike in zip(rows, each, strict=True):
        if not alike:
            kept.append(row)
            continue
        said = f"lijkt op #{alike[0].id} {shorten(alike[0].title, 60)}"
        if duplicates == "overslaan":
            skipped.append(f"rij {row.row} {said}")
        else:
            errors.append(RowError(row.row, f"{said}; kies --dubbel opslaan of --dubbel overslaan."))
    return kept, errors, skipped


def _store(
    uow: UnitOfWork, rows: list[ImportedRow], team: int | None, by: str, source: str
) -> list[RowError]:
    """Add the rows in the unit of work; a register number the team already has is an error for its row."""
    session = uow.session
    taken = set(
        session.scalars(
            select(Commitment.register_number).where(
                Team.owns(Commitment.team_id, team),
                Commitment.register_number.is_not(None),
            )
        )
    )
    errors = [
        RowError(row.row, f"registernummer {row.register_number} staat al in het register van dit team.")
        for row in rows
        if row.register_number in taken
    ]
    if errors:
        return errors
    for row in rows:
        new = replace(row.new, team=team, register_number=row.register_number)
        item = build_commitment(uow, new, by, f"import uit {source}")
        if row.status != Status.OPEN:
            close_as(uow, item, row.status, by, f"status uit {source}", row.fulfilled_by)
        elif row.fulfilled_by:
            item.fulfilled_by = row.fulfilled_by
    session.flush()
    return []


def import_table(
    uow: UnitOfWork,
    data: bytes,
    filename: str,
    team: int | None,
    by: str,
    dry_run: bool = False,
    duplicates: str | None = None,
) -> ImportReport:
    """Import a CSV or XLSX register in one transaction: any bad row and nothing is stored. A row that looks
    like an open item of the team is an error unless ``duplicates`` says to store ("opslaan") or skip
    ("overslaan") such rows."""
    sheet = read_table(data, filename)
    rows, errors = read_rows(sheet, uow.today())
    if errors:
        return ImportReport(0, errors, sheet.ignored, dry_run)
    session = uow.session
    rows, errors, skipped = _look_alikes(session, rows, team, duplicates)
    errors = errors or _store(uow, rows, team, by, filename)
    if errors or dry_run:
        session.rollback()
        return ImportReport(0 if errors else len(rows), errors, sheet.ignored, dry_run, skipped)
    return ImportReport(len(rows), [], sheet.ignored, dry_run, skipped)
