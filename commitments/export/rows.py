"""Commitments as spreadsheet rows and back: every field on the way out, checked values on the way in.

Reading never stops at the first problem: each row gets every complaint, in Dutch, with the row number the
spreadsheet shows, so a team can fix its file in one go.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import TypeVar

from commitments.clock import local_day
from commitments.deadline_input import read_deadline
from commitments.deadlines import find, primary
from commitments.dutch import KIND_LABELS, RECURRENCE_LABELS, recurrence_label
from commitments.errors import InvalidInput
from commitments.export.tabular import Cell, Sheet, SheetRow
from commitments.ministries import ministry_code, post_and_ministry
from commitments.model import Commitment, EventType, HistoryEvent, Kind, Status
from commitments.records import HistoryRecord
from commitments.refs import normalise_ref, refs_in
from commitments.services import NewCommitment

_KINDS = {label: Kind(kind) for kind, label in KIND_LABELS.items()} | {kind.value: kind for kind in Kind}
_RECURRENCES = {label: recurring for recurring, label in RECURRENCE_LABELS.items()}
_STATUSES = {
    "open": Status.OPEN,
    "openstaand": Status.OPEN,
    "lopend": Status.OPEN,
    "voldaan": Status.VOLDAAN,
    "afgedaan": Status.VOLDAAN,
    "nagekomen": Status.VOLDAAN,
    "gereed": Status.VOLDAAN,
    "afgerond": Status.VOLDAAN,
    "deels voldaan": Status.DEELS_VOLDAAN,
    "deels afgedaan": Status.DEELS_VOLDAAN,
    "vervallen": Status.VERVALLEN,
}
_FLAGS = dict.fromkeys(("ja", "j", "yes", "true", "waar", "1", "x"), True) | dict.fromkeys(
    ("nee", "n", "no", "false", "onwaar", "0"), False
)
_T = TypeVar("_T")


def _history_line(event: HistoryEvent, tz: tzinfo) -> str:
    """One change in the history cell, where "; " parts the changes (so ", " parts a change's details)."""
    record = HistoryRecord.of(event)
    details = ", ".join(record.details())
    day = local_day(event.at, tz)
    return f"{day:%Y-%m-%d} {event.by}: {record.label}" + (f": {details}" if details else "")


def _fulfilled_by(item: Commitment) -> str | None:
    """The Kamerstuk that fulfilled the item, else the letter its closing change names, as the card names
    it ("brief ‘…’ van 4 december 2026")."""
    if item.fulfilled_by or item.status not in (Status.VOLDAAN, Status.DEELS_VOLDAAN):
        return item.fulfilled_by
    for event in reversed(item.history):
        if event.event == EventType.STATUS_CHANGED:
            return event.letter
    return None


def export_row(item: Commitment, tz: tzinfo) -> dict[str, Cell]:
    """Every field of ``item`` under its column key, with the history in one cell; the days of stored
    moments are those where the team works (``tz``)."""
    return {
        "id": item.id,
        "kind": KIND_LABELS[item.kind.value],
        "title": item.title,
        "status": item.status_label,
        "deadline": item.deadline,
        "deadline_text": item.deadline_text,
        "estimate": item.estimate,
        "recurring": recurrence_label(item.recurring) if item.recurring else None,
        "ministry": item.ministry,
        "post": item.post,
        "person": item.person_now,
        "refs": "; ".join(item.ref_list),
        "owner": item.owner,
        "quote": item.quote,
        "fulfilled_by": _fulfilled_by(item),
        "register_number": item.register_number,
        "reference_date": item.promised_on(tz),
        "updated": local_day(item.updated_at, tz),
        "history": "; ".join(_history_line(event, tz) for event in item.history),
    }


@dataclass(frozen=True)
class RowError:
    row: int
    message: str

    def __str__(self) -> str:
        return f"Rij {self.row}: {self.message}"


@dataclass(frozen=True)
class ImportedRow:
    """A checked row, ready to store: the commitment, and the status and fulfilment it already has."""

    row: int
    new: NewCommitment
    status: Status = Status.OPEN
    fulfilled_by: str | None = None
    register_number: str | None = None


@dataclass(frozen=True)
class _Deadline:
    date: date | None
    text: str | None
    estimate: bool
    recurring: str | None = None


class _RowReader:
    """Reads the cells of one row, collecting a Dutch complaint for each value it cannot use."""

    def __init__(self, row: SheetRow, today: date) -> None:
        self.row = row
        self.errors: list[RowError] = []
        self.reference = today
        if "reference_date" in row.cells:
            written = self.deadline(row.cells["reference_date"], "Datum toezegging")
            self.reference = written.date if written and written.date else today

    def complain(self, message: str) -> None:
        self.errors.append(RowError(self.row.number, message))

    def text(self, key: str, label: str, limit: int = 255) -> str | None:
        value = self.row.cells.get(key)
        if value is None:
            return None
        written = value.isoformat() if isinstance(value, date) else value
        if len(written) > limit:
            self.complain(f"{label} is te lang (hoogstens {limit} tekens).")
            return None
        return written

    def choice(self, key: str, label: str, choices: Mapping[str, _T], default: _T) -> _T:
        written = self.text(key, label)
        if written is None:
            return default
        found = choices.get(" ".join(written.lower().replace("_", " ").split()))
        if found is None:
            known = ", ".join(sorted(dict.fromkeys(choices)))
            self.complain(f"{label} ‘{written}’ ken ik niet; kies uit: {known}.")
            return default
        return found

    def deadline(self, value: str | date, label: str) -> _Deadline | None:
        """A date cell, a numeric date, or words for the resolver ("1 maart 2026", "voor het zomerreces",
        "jaarlijks"); a phrase without a date ("zo spoedig mogelijk") is kept as text."""
        if isinstance(value, date):
            return _Deadline(value, None, False)
        numeric = re.fullmatch(r"[\d/-]+", value) is not None
        # a past date is fine: a migrated register holds overdue and fulfilled items
        phrase = None if numeric else primary(find(value, self.reference), self.reference, allow_past=True)
        if phrase is not None:
            return _Deadline(phrase.date, phrase.text, phrase.estimate, phrase.recurring)
        try:
            found = read_deadline(value, self.reference, named_days=False)  # "morgen" when? not today
        except InvalidInput as exc:
            self.complain(f"{label}: {exc.message}")
            return None
        return _Deadline(found.date, None, found.estimate)

    def refs(self, key: str, label: str, letters: bool = False) -> list[str]:
        """The Kamerstuk references in the cell; with ``letters``, a letter named as the export names it
        ("brief ‘…’ van …", no Kamerstuk) is read as no reference rather than refused."""
        written = self.text(key, label, limit=10_000)
        if written is None:
            return []
        found: list[str] = []
        for part in filter(None, (piece.strip() for piece in re.split(r"[;\n]+", written))):
            if letters and re.match(r"brief\b", part, re.IGNORECASE) and not refs_in(part):
                continue
            single = normalise_ref(part)
            refs = [single] if single else refs_in(part)
            if not refs:
                self.complain(f"{label}: ‘{part}’ is geen Kamerstuk-verwijzing (bijvoorbeeld 28638-178).")
            found.extend(refs)
        return list(dict.fromkeys(found))


def _read_row(row: SheetRow, today: date) -> tuple[ImportedRow | None, list[RowError]]:
    reader = _RowReader(row, today)
    title = reader.text("title", "Omschrijving", limit=10_000)
    if not title:
        reader.complain("de omschrijving ontbreekt.")
    kind = reader.choice("kind", "Soort", _KINDS, Kind.TOEZEGGING)
    status = reader.choice("status", "Status", _STATUSES, Status.OPEN)
    estimate_written = reader.choice("estimate", "Schatting", _FLAGS, None)

    post_written = reader.text("post", "Bewindspersoon")
    ministry_written = reader.text("ministry", "Ministerie")
    if ministry_written and ministry_code(ministry_written) is None:
        reader.complain(f"onbekend ministerie ‘{ministry_written}’; gebruik bijvoorbeeld JenV, VWS of BZK.")

    deadline: _Deadline | None = None
    deadline_text = reader.text("deadline_text", "Termijn (tekst)")
    if "deadline" in row.cells:
        deadline = reader.deadline(row.cells["deadline"], "Termijn")
    elif deadline_text:
        deadline = reader.deadline(deadline_text, "Termijn (tekst)")

    fulfilled = reader.refs("fulfilled_by", "Nagekomen met", letters=True)
    refs = reader.refs("refs", "Kamerstuk")
    register_number = reader.text("register_number", "Registernummer", limit=32)
    recurring_written = reader.text("recurring", "Terugkerend", limit=20)
    recurring = _RECURRENCES.get(recurring_written.lower(), recurring_written) if recurring_written else None
    if reader.errors or not title:
        return None, reader.errors
    who = post_and_ministry(post_written, ministry_written)
    new = NewCommitment(
        title=title,
        kind=kind,
        quote=reader.text("quote", "Citaat", limit=100_000),
        deadline=deadline.date if deadline else None,
        deadline_text=deadline_text or (deadline.text if deadline else None),
        estimate=estimate_written if estimate_written is not None else bool(deadline and deadline.estimate),
        recurring=recurring or (deadline.recurring if deadline else None),
        ministry=who.ministry,
        post=who.post,
        person=reader.text("person", "Naam bewindspersoon"),
        refs=refs,
        owner=reader.text("owner", "Eigenaar"),
    )
    return ImportedRow(row.number, new, status, fulfilled[0] if fulfilled else None, register_number), []


def read_rows(sheet: Sheet, today: date) -> tuple[list[ImportedRow], list[RowError]]:
    """Every row checked; rows with problems come back as errors only. Phrases resolve against the row's
    "Datum toezegging" when it has one, else against ``today``."""
    rows: list[ImportedRow] = []
    errors: list[RowError] = []
    numbers: dict[str, int] = {}
    for sheet_row in sheet.rows:
        row, problems = _read_row(sheet_row, today)
        errors.extend(problems)
        if row is None:
            continue
        if row.register_number is not None:
            first = numbers.setdefault(row.register_number, row.row)
            if first != row.row:
                errors.append(
                    RowError(row.row, f"registernummer {row.register_number} staat ook in rij {first}.")
                )
                continue
        rows.append(row)
    return rows, errors
