"""Register records (tests/fixtures/tk) in our terms: statuses, names, posts, the deadline from the text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from commitments.model import Status
from commitments.titles import TITLE_LENGTH, subject_title
from commitments.tk_register.client import odata_literal, register_filter
from commitments.tk_register.mapping import map_record, person_name, register_day

FIXTURES = Path(__file__).parent.parent / "fixtures" / "tk"
TODAY = date(2026, 1, 15)


def _records(name: str) -> dict[str, dict[str, Any]]:
    page = json.loads((FIXTURES / name).read_text("utf-8"))
    return {record["Nummer"]: record for record in page["value"]}


@pytest.fixture
def lvvn() -> dict[str, dict[str, Any]]:
    return _records("lvvn_page1.json") | _records("lvvn_page2.json")


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
    assert new.title.startswith("Minister stuurt de terugkoppeling")  # the subject; the date is a field
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
        assert item.status_note == "onbekende status 'Nagekomen' in het register; als open vastgelegd"


def test_other_ministries_and_a_minister_without_a_ministry_of_his_own() -> None:
    records = _records("other_ministries.json")
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


@pytest.mark.parametrize(
    "shape",
    [
        {"ToegezegdAan": {"Persoon_Id": "d12a0d24-8a15-4a2a-8b9d-97e91ac9ac3f", "Fractie_Id": None}},
        {"ToegezegdAan": [{"persoon": {"ref": "d12a"}}, {"fractie": {"ref": "0208"}}]},
        {"ToegezegdAanPersoon": "d12a", "ToegezegdAanFractie": "0208"},
        {"KamerbriefNakoming": ["Kamerstuk 33 037, nr. 560", "Kamerstuk 33 037, nr. 561"]},
        {"KamerbriefNakoming": [{"Titel": "Brief", "Citeertitel": "Kamerstukken II 2024/25, 33037-560"}]},
        {"KamerbriefNakoming": "kst-33037-560"},
    ],
)
def test_relation_shapes_are_tolerated(lvvn: dict[str, dict[str, Any]], shape: dict[str, Any]) -> None:
    item = map_record(lvvn["TZ202412-116"] | shape, TODAY)
    assert item is not None
    expected = "33037-560" if "KamerbriefNakoming" in shape else None
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
    title = subject_title(long_text)
    assert len(title) <= TITLE_LENGTH
    assert title.endswith("…")


def test_the_filter_quotes_names_and_asks_for_changes_since_a_day() -> None:
    assert odata_literal("Koninkrijk's") == "'Koninkrijk''s'"
    assert register_filter(["Justitie en Veiligheid", "Veiligheid en Justitie"], date(2025, 1, 1)) == (
        "Verwijderd eq false and (contains(Ministerie,'Justitie en Veiligheid') or "
        "contains(Ministerie,'Veiligheid en Justitie')) and GewijzigdOp ge 2025-01-01T00:00:00Z"
    )
    assert register_filter([], None) == "Verwijderd eq false"
