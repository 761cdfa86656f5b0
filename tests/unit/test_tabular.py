"""Spreadsheet files: our columns out, other people's headers in, and every bad row reported in Dutch."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from commitments.errors import InvalidInput
from commitments.export.rows import read_rows
from commitments.export.tabular import COLUMNS, read_csv, read_table, read_xlsx, write_csv, write_xlsx
from commitments.model import Kind, Status

TODAY = date(2026, 1, 15)


def _csv(text: str) -> bytes:
    return text.encode("utf-8")


def _xlsx(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_csv_is_written_for_dutch_excel_and_reads_back() -> None:
    data = write_csv([{"id": 7, "title": "Brief over X", "deadline": date(2026, 3, 1), "estimate": True}])
    assert data.startswith("\ufeff".encode())
    header, line = data.decode("utf-8-sig").splitlines()
    assert header.split(";") == [column.header for column in COLUMNS]
    assert line.split(";")[:7] == ["7", "", "Brief over X", "", "2026-03-01", "", "ja"]
    sheet = read_csv(data)
    assert sheet.ignored == []
    assert [row.number for row in sheet.rows] == [2]
    assert sheet.rows[0].cells == {"title": "Brief over X", "deadline": "2026-03-01", "estimate": "ja"}


def test_xlsx_keeps_real_dates_and_reads_back() -> None:
    data = write_xlsx([{"title": "Brief over X", "deadline": date(2026, 3, 1), "estimate": False}])
    sheet = read_xlsx(data)
    assert sheet.rows[0].cells == {"title": "Brief over X", "deadline": date(2026, 3, 1), "estimate": "nee"}


def test_headers_are_matched_by_dutch_and_english_aliases() -> None:
    data = _csv(
        "Titel,Deadline,Post,Ministerie,Kamerstukken,Behandelaar,Status,Soort,Opmerking\n"
        "Plan sturen,2026-03-01,Minister van Justitie en Veiligheid,JenV,28638-178,@anna,Open,Motie,x\n"
    )
    sheet = read_csv(data)
    assert sheet.ignored == ["Opmerking"]
    assert set(sheet.rows[0].cells) == {
        "title",
        "deadline",
        "post",
        "ministry",
        "refs",
        "owner",
        "status",
        "kind",
    }
    rows, errors = read_rows(sheet, TODAY)
    assert errors == []
    new = rows[0].new
    assert (new.title, new.kind, new.deadline, new.ministry, new.owner) == (
        "Plan sturen",
        Kind.MOTIE,
        date(2026, 3, 1),
        "JenV",
        "@anna",
    )
    assert new.post == "Minister van Justitie en Veiligheid"
    assert list(new.refs) == ["28638-178"]


def test_english_headers_and_tab_separated() -> None:
    sheet = read_csv(_csv("title\tdeadline\towner\nReport\t1-3-2026\tbob\n"))
    rows, errors = read_rows(sheet, TODAY)
    assert errors == []
    assert (rows[0].new.title, rows[0].new.deadline, rows[0].new.owner) == ("Report", date(2026, 3, 1), "bob")


@pytest.mark.parametrize(
    ("written", "deadline", "text", "estimate"),
    [
        ("2026-03-01", date(2026, 3, 1), None, False),
        ("1 maart 2026", date(2026, 3, 1), "1 maart 2026", False),
        ("eind 2026", date(2026, 12, 31), "eind 2026", False),
        ("bij de volgende voortgangsbrief", None, "bij de volgende voortgangsbrief", False),
    ],
)
def test_deadlines_as_dates_dutch_dates_and_phrases(
    written: str, deadline: date | None, text: str | None, estimate: bool
) -> None:
    rows, errors = read_rows(read_csv(_csv(f"Omschrijving;Termijn\nBrief;{written}\n")), TODAY)
    assert errors == []
    new = rows[0].new
    assert (new.deadline, new.deadline_text, new.estimate) == (deadline, text, estimate)


def test_a_phrase_resolves_against_the_date_of_the_promise() -> None:
    data = _csv("Omschrijving;Termijn;Datum toezegging\nBrief;later dit jaar;2024-05-01\n")
    rows, errors = read_rows(read_csv(data), TODAY)
    assert errors == []
    assert rows[0].new.deadline == date(2024, 12, 31)


def test_statuses_and_register_numbers_are_read() -> None:
    data = _csv(
        "Omschrijving;Status;Nagekomen met;Registernummer\n"
        "A;deels voldaan;;TZ202412-116\n"
        "B;Afgedaan;Kamerstuk 28 638, nr. 180;\n"
    )
    rows, errors = read_rows(read_csv(data), TODAY)
    assert errors == []
    assert [(row.status, row.fulfilled_by, row.register_number) for row in rows] == [
        (Status.DEELS_VOLDAAN, None, "TZ202412-116"),
        (Status.VOLDAAN, "28638-180", None),
    ]


def test_a_letter_named_as_fulfilment_is_read_back_without_a_reference() -> None:
    """The export names a letter without a Kamerstuk ("brief ‘…’ van …"); reading that file back must work."""
    data = _csv(
        "Omschrijving;Status;Nagekomen met\n"
        "A;voldaan;brief ‘Voortgang stikstof’ van 4 december 2026\n"
        "B;voldaan;brief Kamerstuk 28638-180\n"
    )
    rows, errors = read_rows(read_csv(data), TODAY)
    assert [row.fulfilled_by for row in rows] == [None, "28638-180"]
    assert errors == []
    refused, complaints = read_rows(
        read_csv(_csv("Omschrijving;Nagekomen met\nC;zie mail\nD;briefje\n")), TODAY
    )
    assert refused == []
    assert ["geen Kamerstuk-verwijzing" in complaint.message for complaint in complaints] == [True, True]


def test_every_bad_row_is_reported_with_its_row_number_in_dutch() -> None:
    data = _csv(
        "Omschrijving;Termijn;Ministerie;Status;Kamerstuk;Soort\n"
        "Goed;2026-03-01;JenV;open;28638-178;toezegging\n"
        ";2026-03-01;;;;\n"
        "Slecht ministerie;;Toverkunst;;;\n"
        "\n"
        "Slechte rest;ooit misschien;;half;geen verwijzing;wens\n"
    )
    rows, errors = read_rows(read_csv(data), TODAY)
    assert [row.new.title for row in rows] == ["Goed"]
    messages = [str(error) for error in errors]
    assert messages[0] == "Rij 3: de omschrijving ontbreekt."
    assert messages[1].startswith("Rij 4: onbekend ministerie ‘Toverkunst’")
    row_six = [message for message in messages if message.startswith("Rij 6: ")]
    assert len(row_six) == 4
    assert any("Termijn: Ik kan geen datum halen uit ‘ooit misschien’" in message for message in row_six)
    assert any("Status ‘half’ ken ik niet" in message for message in row_six)
    assert any("‘geen verwijzing’ is geen Kamerstuk-verwijzing" in message for message in row_six)
    assert any("Soort ‘wens’ ken ik niet" in message for message in row_six)


def test_a_register_number_twice_in_one_file_is_an_error() -> None:
    data = _csv("Omschrijving;Registernummer\nA;TZ1\nB;TZ1\n")
    rows, errors = read_rows(read_csv(data), TODAY)
    assert [row.new.title for row in rows] == ["A"]
    assert [str(error) for error in errors] == ["Rij 3: registernummer TZ1 staat ook in rij 2."]


def test_xlsx_cells_of_any_type_are_read() -> None:
    data = _xlsx(
        [
            [None],
            ["Onderwerp", "Uiterste datum", "Kamerstuk", "Schatting"],
            ["Brief", datetime(2026, 4, 1, 0, 0), 28638.0, True],
        ]
    )
    sheet = read_table(data, "Register.XLSX")
    assert sheet.rows[0].number == 3
    assert sheet.rows[0].cells == {
        "title": "Brief",
        "deadline": date(2026, 4, 1),
        "refs": "28638",
        "estimate": "ja",
    }


def test_a_file_without_a_title_column_is_refused() -> None:
    with pytest.raises(InvalidInput, match="geen kolom met de omschrijving"):
        read_csv(_csv("Wat;Wanneer\nx;y\n"))


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [(b"not a zip", "a.xlsx", "geen leesbaar Excel-bestand"), (b"x", "a.ods", "geen .csv- of .xlsx-bestand")],
)
def test_unreadable_files_are_refused(data: bytes, name: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        read_table(data, name)


def test_a_cp1252_csv_from_old_excel_is_read() -> None:
    sheet = read_csv("Omschrijving;Eigenaar\nRapport financiën;José\n".encode("cp1252"))
    assert sheet.rows[0].cells == {"title": "Rapport financiën", "owner": "José"}


def test_past_and_recurring_deadlines_of_a_migrated_register_are_kept() -> None:
    data = _csv("Omschrijving;Termijn\nOud;1 maart 2024\nJaarverslag;jaarlijks\n")
    rows, errors = read_rows(read_csv(data), TODAY)
    assert errors == []
    old, yearly = (row.new for row in rows)
    assert (old.deadline, old.deadline_text) == (date(2024, 3, 1), "1 maart 2024")
    assert (yearly.deadline, yearly.recurring) == (date(2027, 1, 15), "yearly")
