"""Register records (tests/fixtures/tk/register.json) in our terms: statuses, names, posts, the deadline from
the text, the fulfilling Kamerstuk; and the fixture itself against what is known of live records."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from commitments.model import Status
from commitments.titles import TITLE_LENGTH, subject_title
from commitments.tk_register.client import odata_literal, register_filter
from commitments.tk_register.importer import latest_versions, newest_mark
from commitments.tk_register.mapping import map_record, person_name, register_day

FIXTURES = Path(__file__).parent.parent / "fixtures" / "tk"
TODAY = date(2026, 1, 15)


def _records() -> dict[str, dict[str, Any]]:
    page = json.loads((FIXTURES / "register.json").read_text("utf-8"))
    return {record["Nummer"]: record for record in page["value"]}


@pytest.fixture
def lvvn() -> dict[str, dict[str, Any]]:
    return _records()


PROPERTIES = [
    "Id", "Aanmaakdatum", "Nummer", "ActiviteitNummer", "Naam", "Achternaam", "Initialen", "Voornaam",
    "Achtervoegsel", "Titulatuur", "Functie", "Status", "DatumNakoming", "Ministerie", "Tekst", "Verwijderd",
    "GewijzigdOp", "ApiGewijzigdOp", "Tussenvoegsel", "Notities",
]  # fmt: skip
"""The entity's properties in the service metadata's order (shared/data/tk/SOURCES.md)."""
LIVE_STATUSES = {"Openstaand", "Afgedaan", "Deels Afgedaan", "Vervallen", None}
"""What the live register holds (OpenDataPortaal #179); ``Voldaan``/``Deels Voldaan`` are only in the XSD."""


def test_the_fixture_has_the_live_shape() -> None:
    records = list(_records().values())
    for record in records:
        assert list(record) == [*PROPERTIES, "KamerbriefNakoming", "ToegezegdAan"]
        for promised_to in record["ToegezegdAan"]:  # nested: a member and/or a group, by reference
            assert set(promised_to) == {"Id", "Toezegging_Id", "Persoon_Id", "Fractie_Id"}
            assert promised_to["Toezegging_Id"] == record["Id"]
        assert record["Status"] in LIVE_STATUSES
        assert record["ApiGewijzigdOp"].endswith("Z")
        assert len(record["ApiGewijzigdOp"].split(".")[1]) == 8  # 7 decimals and the Z
        for letter in record["KamerbriefNakoming"]:
            assert set(letter) == {
                "Id",
                "DocumentNummer",
                "Soort",
                "Titel",
                "Datum",
                "Volgnummer",
                "Kamerstukdossier",
            }
            assert all(set(dossier) == {"Nummer", "Toevoeging"} for dossier in letter["Kamerstukdossier"])
    assert {record["Status"] for record in records} == LIVE_STATUSES
    dates = [record["DatumNakoming"] for record in records]
    assert None in dates  # empty dates: most open items have none
    assert "0001-01-01T00:00:00" in dates  # the form third-party importers also meet
    assert any(len(record["KamerbriefNakoming"]) > 1 for record in records)  # the element repeats
    assert any(len(record["ToegezegdAan"]) > 1 for record in records)  # and so does toegezegdAan
    assert any(
        all(link["Persoon_Id"] is None for link in record["ToegezegdAan"])
        for record in records
        if record["ToegezegdAan"]
    )
    assert any(record["Ministerie"] is None for record in records)


def test_an_open_item_gets_its_deadline_from_the_text(lvvn: dict[str, dict[str, Any]]) -> None:
    item = map_record(lvvn["TZ202412-116"], TODAY)
    assert item is not None
    assert item.number == "TZ202412-116"
    assert item.status == Status.OPEN
    assert item.status_note is None
    assert item.fulfilled_on is None  # DatumNakoming 0001-01-01: no date
    new = item.new
    assert (new.deadline, new.deadline_text, new.estimate) == (date(2025, 3, 31), "in maart 2025", False)
    assert new.ministry == "LVVN"
    assert new.post == "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur"
    assert new.person == "F.M. Wiersma"
    assert new.title.startswith("Terugkoppeling op het emissiereductieplan")  # the subject, not who or when
    assert new.quote == lvvn["TZ202412-116"]["Tekst"]
    assert item.origin == "toezeggingenregister Tweede Kamer TZ202412-116, activiteit 2024A05766"


def test_the_deadline_is_resolved_against_the_creation_date(lvvn: dict[str, dict[str, Any]]) -> None:
    record = lvvn["TZ202501-203"]  # "voor de zomer", made on 22 January 2025
    item = map_record(record, TODAY)
    assert item is not None
    assert item.new.deadline is not None
    assert item.new.deadline.year == 2025
    later = map_record(record | {"Aanmaakdatum": "2025-09-01T00:00:00+02:00"}, TODAY)
    assert later is not None
    assert later.new.deadline is not None
    assert later.new.deadline.year == 2026


def test_a_fulfilled_item_keeps_its_date_and_a_missing_status_is_open_with_a_note(
    lvvn: dict[str, dict[str, Any]],
) -> None:
    done = map_record(lvvn["TZ202501-203"], TODAY)
    assert done is not None
    assert (done.status, done.fulfilled_on) == (Status.VOLDAAN, date(2025, 4, 3))
    vague = map_record(lvvn["TZ202502-044"], TODAY)
    assert vague is not None
    assert (vague.status, vague.raw_status) == (Status.OPEN, None)
    assert vague.status_note == "het register geeft geen status; als open vastgelegd"
    assert "geen status" in vague.origin
    assert (vague.new.deadline, vague.new.deadline_text) == (None, "zo spoedig mogelijk")
    assert vague.new.post == "Staatssecretaris van Landbouw, Visserij, Voedselzekerheid en Natuur"


@pytest.mark.parametrize(
    ("raw", "status", "noted"),
    [
        ("Openstaand", Status.OPEN, False),
        ("Afgedaan", Status.VOLDAAN, False),
        ("Voldaan", Status.VOLDAAN, False),
        ("Deels Afgedaan", Status.DEELS_VOLDAAN, False),
        ("Deels Voldaan", Status.DEELS_VOLDAAN, False),
        ("Vervallen", Status.VERVALLEN, False),
        ("Nagekomen", Status.OPEN, True),
        (None, Status.OPEN, True),
        ("", Status.OPEN, True),
    ],
)
def test_register_statuses(
    lvvn: dict[str, dict[str, Any]], raw: str | None, status: Status, noted: bool
) -> None:
    item = map_record(lvvn["TZ202412-116"] | {"Status": raw}, TODAY)
    assert item is not None
    assert item.status == status
    assert (item.status_note is not None) == noted
    if raw == "Nagekomen":
        assert item.status_note == "onbekende status ‘Nagekomen’ in het register; als open vastgelegd"


def test_other_ministries_and_a_minister_without_a_ministry_of_his_own() -> None:
    records = _records()
    ienw = map_record(records["TZ202504-057"], TODAY)
    assert ienw is not None
    assert (ienw.new.ministry, ienw.new.person, ienw.new.deadline_text) == (
        "IenW",
        "B. Madlener",
        "voor de zomer",
    )
    bhos = map_record(records["TZ202402-164"], TODAY)
    assert bhos is not None
    assert bhos.new.ministry == "BZ"  # the register's Ministerie wins over the post's ministry
    assert bhos.new.post == "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"
    assert bhos.new.person == "E.N.A.J. Schreinemacher"
    assert bhos.new.deadline is None


def _letter(number: int, extra: str | None, day: str) -> dict[str, Any]:
    return {"Datum": day, "Volgnummer": number, "Kamerstukdossier": [{"Nummer": 36600, "Toevoeging": extra}]}


@pytest.mark.parametrize(
    ("letters", "expected"),
    [
        ([], None),
        ([_letter(5, "XVI", "2025-03-01T00:00:00+01:00")], "36600-XVI-5"),
        (  # repeated: the newest letter counts, whatever the order
            [_letter(7, None, "2025-06-01T00:00:00+02:00"), _letter(5, None, "2025-03-01T00:00:00+01:00")],
            "36600-7",
        ),
        (
            [_letter(5, None, "2025-03-01T00:00:00+01:00"), _letter(7, None, "2025-06-01T00:00:00+02:00")],
            "36600-7",
        ),
        ([{"Titel": "Brief", "Volgnummer": None, "Kamerstukdossier": []}], None),
        ([{"Citeertitel": "Kamerstukken II 2024/25, 33037-560", "Kamerstukdossier": []}], "33037-560"),
    ],
)
def test_the_fulfilling_kamerstuk(
    lvvn: dict[str, dict[str, Any]], letters: list[dict[str, Any]], expected: str | None
) -> None:
    item = map_record(lvvn["TZ202412-116"] | {"KamerbriefNakoming": letters}, TODAY)
    assert item is not None
    assert item.fulfilled_by == expected


def test_a_record_without_number_is_not_mapped(lvvn: dict[str, dict[str, Any]]) -> None:
    assert map_record(lvvn["TZ202412-116"] | {"Nummer": None}, TODAY) is None


def test_names_days_and_titles() -> None:
    assert person_name({"Naam": "Wiersma, F.M."}) == "F.M. Wiersma"
    assert person_name({"Naam": None, "Initialen": "H.", "Tussenvoegsel": "de", "Achternaam": "Jonge"}) == (
        "H. de Jonge"
    )
    assert person_name({}) is None
    assert register_day("0001-01-01T00:00:00") is None
    assert register_day("2025-01-01T00:30:00.123+01:00") == date(2025, 1, 1)  # the local day, not UTC's
    assert register_day("2025-04-03T14:15:05.9556542Z") == date(2025, 4, 3)
    assert register_day("gisteren") is None
    long_text = "De minister " + "zegt heel veel toe " * 20 + "en meer."
    title = subject_title(long_text, date.today())
    assert len(title) <= TITLE_LENGTH
    assert title.endswith("…")


def test_the_filter_quotes_names_falls_back_on_the_post_and_asks_for_changes_since_a_mark() -> None:
    assert odata_literal("Koninkrijk's") == "'Koninkrijk''s'"
    assert register_filter(["Justitie en Veiligheid", "Veiligheid en Justitie"], "2025-01-01T00:00:00Z") == (
        "Verwijderd eq false and (contains(Ministerie,'Justitie en Veiligheid') or "
        "contains(Ministerie,'Veiligheid en Justitie') or ((Ministerie eq null or Ministerie eq '') and "
        "(contains(Functie,'Justitie en Veiligheid') or contains(Functie,'Veiligheid en Justitie')))) "
        "and ApiGewijzigdOp ge 2025-01-01T00:00:00Z"
    )
    assert register_filter([], None, deleted=True) == "Verwijderd eq true"


def test_the_mark_is_the_latest_api_change_whatever_its_decimals() -> None:
    records = [
        {"Id": "a", "ApiGewijzigdOp": "2025-04-03T14:15:05.95Z"},
        {"Id": "b", "ApiGewijzigdOp": "2025-04-03T14:15:05.9Z"},  # later as text, earlier in time
    ]
    assert newest_mark(records, None) == "2025-04-03T14:15:05.95Z"
    assert newest_mark(records, "2025-05-01T00:00:00Z") == "2025-05-01T00:00:00Z"
    assert newest_mark([{"Id": "c", "ApiGewijzigdOp": None}], None) is None


def test_a_record_changed_while_paging_counts_once_in_its_newest_version() -> None:
    old = {"Id": "a", "Status": "Openstaand", "ApiGewijzigdOp": "2025-04-03T14:15:05.9556542Z"}
    new = {"Id": "a", "Status": "Afgedaan", "ApiGewijzigdOp": "2025-04-03T14:16:00.0000001Z"}
    other = {"Id": "b", "Status": None, "ApiGewijzigdOp": "2025-04-03T14:15:06Z"}
    assert latest_versions([old, other, new]) == [new, other]
    assert latest_versions([new, old]) == [new]
