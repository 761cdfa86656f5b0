"""CSV and XLSX files of commitments: the columns, writing them, and reading a team's own spreadsheet back.

A spreadsheet from elsewhere rarely uses our headers, so each column also answers to Dutch and English
aliases ("Omschrijving", "Titel", "title"); headers are compared without case, accents or punctuation.
CSV is written with semicolons and a byte-order mark, which is what Excel in a Dutch locale opens
correctly; reading accepts semicolons, commas and tabs.

Text typed in the chat can start like a formula ("=HYPERLINK(…)"). CSV cells that start with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return get a leading single quote (OWASP's advice against CSV injection),
which reading takes off again; XLSX text cells are written as text cells, never as formulas.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from commitments.accents import fold
from commitments.errors import InvalidInput

Cell = str | int | date | bool | None
"""A value as written to a file: text, a number, a date, yes/no or empty."""


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    aliases: tuple[str, ...] = ()
    imported: bool = True
    """False for columns we write but never read back (ids, timestamps, history)."""


COLUMNS: tuple[Column, ...] = (
    Column("id", "ID", ("nr", "#"), imported=False),
    Column("kind", "Soort", ("type", "kind", "soort item")),
    Column("title", "Omschrijving", ("titel", "title", "onderwerp", "toezegging", "description")),
    Column("status", "Status", ("stand", "state")),
    Column("deadline", "Termijn", ("deadline", "termijn datum", "uiterste datum", "due date")),
    Column("deadline_text", "Termijn (tekst)", ("termijntekst", "deadline text", "termijn zoals geschreven")),
    Column("estimate", "Schatting", ("estimate", "geschat")),
    Column("recurring", "Terugkerend", ("recurring", "herhaling")),
    Column("ministry", "Ministerie", ("ministry", "departement")),
    Column("post", "Bewindspersoon", ("post", "functie", "bewindspersoon post")),
    Column("person", "Naam bewindspersoon", ("person", "persoon")),
    Column("refs", "Kamerstuk", ("kamerstukken", "refs", "references", "vindplaats")),
    Column("owner", "Eigenaar", ("owner", "behandelaar", "verantwoordelijke")),
    Column("quote", "Citaat", ("quote", "tekst", "toelichting")),
    Column("fulfilled_by", "Nagekomen met", ("fulfilled by", "kamerbrief nakoming")),
    Column("register_number", "Registernummer", ("register number", "tk nummer", "nummer toezegging")),
    Column("reference_date", "Datum toezegging", ("datum brief", "briefdatum", "aangemaakt", "created")),
    Column("updated", "Gewijzigd", ("updated",), imported=False),
    Column("history", "Geschiedenis", ("history",), imported=False),
)


def _plain(header: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9#]+", " ", fold(header)).split())


_BY_HEADER = {
    _plain(name): column for column in COLUMNS for name in (column.header, column.key, *column.aliases)
}


@dataclass(frozen=True)
class SheetRow:
    """One data row: its row number as the spreadsheet shows it, and its non-empty cells by column key."""

    number: int
    cells: Mapping[str, str | date]


@dataclass(frozen=True)
class Sheet:
    rows: list[SheetRow]
    ignored: list[str] = field(default_factory=list)
    """Headers that match no column, so the user knows what was left out."""


# -- writing ---------------------------------------------------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_ESCAPE = "'"


def neutralise(text: str) -> str:
    """``text`` with a leading quote when a spreadsheet would take it for a formula."""
    return FORMULA_ESCAPE + text if text.startswith(FORMULA_STARTS) else text


def _unescape(text: str) -> str:
    """Undo :func:`neutralise` for a cell read back."""
    if text.startswith(FORMULA_ESCAPE) and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(rows: Iterable[Mapping[str, Cell]]) -> bytes:
    """The rows under our Dutch headers, one line each."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(column.header for column in COLUMNS)
    for row in rows:
        writer.writerow(neutralise(_text(row.get(column.key))) for column in COLUMNS)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_xlsx(rows: Iterable[Mapping[str, Cell]]) -> bytes:
    """One worksheet with a bold, frozen header row; dates are real dates, yes/no is "ja"/"nee"."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = "Toezeggingen"
    sheet.append([column.header for column in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for row in rows:
        values = [row.get(column.key) for column in COLUMNS]
        sheet.append([_xlsx_value(value) for value in values])
    for cells in sheet.iter_cols(min_row=2):
        for cell in cells:
            if isinstance(cell.value, datetime | date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(cell.value, str):
                cell.data_type = "s"  # openpyxl would store text starting with "=" as a formula
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_value(value: Cell) -> Cell:
    """Yes/no as text; control characters XML cannot hold shown as U+FFFD instead of failing the file."""
    if isinstance(value, bool):
        return _text(value)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value


# -- reading ---------------------------------------------------------------------------------------------


def _cell(value: object) -> str | date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = _unescape(str(value)).strip()
    return text or None


def _map_headers(names: Sequence[str]) -> list[Column | None]:
    """The column of each header; a second header for a column already found is left out."""
    seen: set[str] = set()
    mapped: list[Column | None] = []
    for name in names:
        column = _BY_HEADER.get(_plain(name)) if name else None
        if column is not None and column.key in seen:
            column = None
        if column is not None:
            seen.add(column.key)
        mapped.append(column)
    return mapped


def _sheet(lines: Iterable[Sequence[object]]) -> Sheet:
    """Map the first non-empty line as headers, then keep every row that has a value."""
    rows = iter(enumerate(lines, start=1))
    header: list[Column | None] = []
    ignored: list[str] = []
    for _, line in rows:
        names = [str(value).strip() if value is not None else "" for value in line]
        if any(names):
            header = _map_headers(names)
            ignored = [name for name, column in zip(names, header, strict=True) if name and column is None]
            break
    if not any(column is not None and column.key == "title" for column in header):
        raise InvalidInput(
            "Ik vind geen kolom met de omschrijving. Noem die kolom ‘Omschrijving’ (of ‘Titel’); "
            "andere kolommen: " + ", ".join(column.header for column in COLUMNS if column.imported) + "."
        )
    found: list[SheetRow] = []
    for number, line in rows:
        cells: dict[str, str | date] = {}
        for column, value in zip(header, line, strict=False):
            cell = _cell(value)
            if column is not None and column.imported and cell is not None:
                cells[column.key] = cell
        if cells:
            found.append(SheetRow(number, cells))
    return Sheet(found, ignored)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")  # older Excel exports in a Dutch locale


def read_csv(data: bytes) -> Sheet:
    text = _decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    return _sheet(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def read_xlsx(data: bytes) -> Sheet:
    """The first worksheet of an Excel workbook."""
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise InvalidInput("Dit bestand is geen leesbaar Excel-bestand (.xlsx).") from exc
    try:
        return _sheet(workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()


def read_table(data: bytes, filename: str) -> Sheet:
    """Read a .csv or .xlsx file, choosing by the file name's extension."""
    lowered = filename.lower()
    if lowered.endswith(".csv"):
        return read_csv(data)
    if lowered.endswith(".xlsx"):
        return read_xlsx(data)
    raise InvalidInput(f"‘{filename}’ is geen .csv- of .xlsx-bestand.")
