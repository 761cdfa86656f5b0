"""The ``toezegbot`` console script end to end: add → list → postpone → done, and the JSON contract."""

import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from commitments.cli import main
from commitments.db import Database
from commitments.extraction.reading import MAX_TEXT_CHARS

SCRIPT = Path(sys.executable).with_name("toezegbot")
LIST_FIELDS = {
    "id", "kind", "title", "quote", "deadline", "deadline_text", "estimate", "status", "motie_status",
    "ministry", "post", "person", "refs", "owner", "team", "document_id", "created_at", "updated_at",
}  # fmt: skip


@pytest.fixture
def toezegbot(database_url: str, tmp_path: Path) -> object:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("TOEZEGBOT_")} | {
        "TOEZEGBOT_DATABASE_URL": database_url,
        "TOEZEGBOT_DATA_DIR": str(tmp_path),
    }

    def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(SCRIPT), *args], capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=60
        )
        assert (result.returncode == 0) == ok, result.stdout + result.stderr
        return result

    return run


def test_round_trip_keeps_the_history(toezegbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    added = json.loads(
        toezegbot(
            "add", "--title", "Kamer informeren over handreiking gegevensdeling",
            "--deadline", "2030-03-01", "--post", "Minister van Justitie en Veiligheid",
            "--ref", "Kamerstuk 28 638, nr. 178", "--team", "-100", "--owner", "@anna",
            "--quote", "Ik zal uw Kamer informeren.", "--json",
        ).stdout
    )  # fmt: skip
    assert added["ministry"] == "JenV"
    assert added["refs"] == ["28638-178"]

    listed = json.loads(toezegbot("list", "--ministerie", "JenV", "--json").stdout)
    assert [item["id"] for item in listed] == [added["id"]]
    assert set(listed[0]) >= LIST_FIELDS

    item_id = str(added["id"])
    toezegbot("postpone", item_id, "eind 2030", "--reason", "Onderzoek loopt uit")
    toezegbot("done", item_id, "--kamerstuk", "28638-190")
    shown = json.loads(toezegbot("show", item_id, "--json").stdout)
    assert shown["status"] == "voldaan"
    assert shown["deadline"] == "2030-12-31"
    assert [(e["event"], e["old"], e["new"], e["reason"]) for e in shown["history"]] == [
        ("created", None, "Kamer informeren over handreiking gegevensdeling", None),
        ("postponed", "2030-03-01", "2030-12-31", "Onderzoek loopt uit"),
        ("status_changed", "open", "voldaan", "28638-190"),
    ]
    assert json.loads(toezegbot("list", "--json").stdout) == []

    refused = toezegbot("done", item_id, ok=False)
    assert "al afgesloten" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_bad_input_gives_one_dutch_line(toezegbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    for args, message in [
        (("add", "--title", "x", "--deadline", "ooit misschien"), "geen datum"),
        (("add", "--title", "x", "--ref", "onzin"), "Kamerstuk"),
        (("show", "999"), "geen toezegging #999"),
    ]:
        result = toezegbot(*args, ok=False)
        assert message in result.stderr
        assert "Traceback" not in result.stderr


def test_calendar_corrections_in_the_data_directory_apply(toezegbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    phrase = "voor het zomerreces van 2031"
    shipped = json.loads(toezegbot("parse", f"MinJenV: Kamer {phrase} informeren", "--json").stdout)
    assert (shipped["deadline"], shipped["estimate"]) == ("2031-07-03", True)  # first Friday of July: the 4th
    (tmp_path / "recesses.csv").write_text(
        "recess,first_day,last_day,status,source\nzomerreces,2031-07-11,2031-08-31,confirmed,tweedekamer.nl\n",
        encoding="utf-8",
    )
    added = json.loads(toezegbot("add", "--title", "Brief", "--deadline", phrase, "--json").stdout)
    assert (added["deadline"], added["estimate"]) == ("2031-07-10", False)
    resolved = json.loads(toezegbot("deadline", phrase, "--json").stdout)
    assert resolved["date"] == "2031-07-10"
    (tmp_path / "recesses.csv").write_text("recess,first_day\nzomerreces,gisteren\n", encoding="utf-8")
    broken = toezegbot("list", ok=False)
    assert "recesses.csv" in broken.stderr
    assert "Traceback" not in broken.stderr


def test_extract_save_proposes_what_the_letter_fulfils(toezegbot) -> None:  # type: ignore[no-untyped-def]
    letter = Path(__file__).parent.parent / "fixtures" / "matching" / "letters" / "motie-afgedaan.txt"
    for title, ref in [
        ("Motie Bikker over vroegsignalering van schulden", "24515-712"),
        ("Andere motie", "24515-715"),
    ]:
        toezegbot("add", "--kind", "motie", "--title", title, "--ref", ref, "--ministerie", "SZW")
    saved = toezegbot("extract", str(letter), "--save")
    assert "Brief opgeslagen als document #1" in saved.stdout
    assert "Lijkt #1 af te doen" in saved.stdout
    assert "#2 af te doen" not in saved.stdout
    shown = json.loads(toezegbot("show", "1", "--json").stdout)
    assert shown["status"] == "open"  # a proposal, never an act


def test_extract_says_when_a_long_letter_is_read_only_in_part(toezegbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sentence = "Ik zal uw Kamer voor de zomer van 2030 informeren over de voortgang van het programma.\n"
    filler = "Het programma is in de afgelopen jaren met de provincies en de gemeenten besproken.\n"
    letter = tmp_path / "lang.txt"
    letter.write_text(sentence + filler * (MAX_TEXT_CHARS // len(filler) + 100), encoding="utf-8")
    result = toezegbot("extract", str(letter), "--json", "--date", "2030-01-01")
    assert "ik heb alleen de eerste" in result.stderr
    assert "Wat daarna staat, heb ik niet gelezen" in result.stderr
    assert json.loads(result.stdout)["commitments"]  # the JSON on stdout stays whole


def test_parse_knows_people_from_earlier_items(toezegbot) -> None:  # type: ignore[no-untyped-def]
    message = "Karremans stuurt eind 2030 de evaluatie"
    assert json.loads(toezegbot("parse", message, "--json").stdout)["person"] is None
    post = "Staatssecretaris van Volksgezondheid, Welzijn en Sport"
    toezegbot("add", "--title", "Brief over jeugdzorg", "--person", "Karremans", "--post", post)
    known = json.loads(toezegbot("parse", message, "--json").stdout)
    assert (known["person"], known["post"], known["ministry"]) == ("Karremans", post, "VWS")


def test_invalid_setting_stops_with_one_line(tmp_path: Path) -> None:
    environment = dict(os.environ, TOEZEGBOT_TIMEZONE="Nergens/Niets", TOEZEGBOT_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [str(SCRIPT), "list"], capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=60
    )
    assert result.returncode != 0
    assert "TOEZEGBOT_TIMEZONE" in result.stderr
    assert "Traceback" not in result.stderr


def test_reopen_edit_past_dates_and_dutch_everywhere(toezegbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    refused = toezegbot("add", "--title", "Brief over de jeugdzorg", "--deadline", "2020-01-01", ok=False)
    assert "1 januari 2020 ligt in het verleden" in refused.stderr
    assert "--allow-past" in refused.stderr
    assert "Error" not in refused.stderr
    assert "Traceback" not in refused.stderr
    added = json.loads(
        toezegbot(
            "add", "--title", "Brief over de jeugdzorg", "--deadline", "2020-01-01", "--allow-past", "--json"
        ).stdout
    )
    item_id = str(added["id"])
    assert added["deadline"] == "2020-01-01"
    toezegbot("edit", item_id, "termijn", "eind", "2030")
    toezegbot("edit", item_id, "soort", "motie")
    toezegbot("done", item_id)
    toezegbot("reopen", item_id, "--reason", "per ongeluk")
    shown = json.loads(toezegbot("show", item_id, "--json").stdout)
    assert (shown["status"], shown["motie_status"], shown["deadline"]) == ("open", "open", "2030-12-31")
    assert [event["event"] for event in shown["history"]] == [
        "created", "edited", "edited", "status_changed", "status_changed"
    ]  # fmt: skip
    assert shown["history"][-1]["reason"] == "per ongeluk"
    same = toezegbot("postpone", item_id, "2030-12-31", "--reason", "niets", ok=False)
    assert "dezelfde datum" in same.stderr
    everything = toezegbot("list", "--status", "alle")
    assert "1 item." in everything.stdout
    unknown = toezegbot("lijst", ok=False)
    assert "Gebruik: toezegbot" in unknown.stderr
    assert "Onbekende opdracht ‘lijst’" in unknown.stderr
    assert "Error" not in unknown.stderr
    assert "Usage" not in unknown.stderr
    helped = toezegbot("edit", "--help")
    assert "Gebruik:" in helped.stdout
    assert "Opties:" in helped.stdout
    assert "Show this message" not in helped.stdout
    planned = toezegbot("reminders")
    assert "before_" not in planned.stdout
    assert "overdue_" not in planned.stdout


def test_show_gives_history_times_in_the_teams_time(toezegbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Stored in UTC, shown in Europe/Amsterdam (the default TOEZEGBOT_TIMEZONE)."""
    added = toezegbot("add", "--title", "Tijd in de geschiedenis", "--deadline", "eind 2030").stdout
    number = re.search(r"#(\d+)", added)
    assert number, added
    created = json.loads(toezegbot("show", number[1], "--json").stdout)["history"][0]["at"]
    local = datetime.fromisoformat(created).astimezone(ZoneInfo("Europe/Amsterdam"))
    assert local.utcoffset() != timedelta(0)
    assert f"{local:%Y-%m-%d %H:%M}" in toezegbot("show", number[1]).stdout


def test_parse_prints_every_promise_of_a_message(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found in a user trial: ``parse --json`` of a message with two promises printed the first only. One
    promise stays one object (the contract); several are a list of such objects, as the chat shows a card
    each; the text output numbers them."""
    monkeypatch.setenv("TOEZEGBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("TOEZEGBOT_DATA_DIR", str(tmp_path))
    two = (
        "De minister van VWS stuurt voor 1 mei een brief over de wachtlijsten. "
        "De staatssecretaris van Defensie informeert de Kamer eind juni over de kazernes."
    )
    both = json.loads(CliRunner().invoke(main, ["parse", two, "--json", "--date", "2026-12-07"]).stdout)
    assert [(draft["ministry"], draft["deadline"]) for draft in both] == [
        ("VWS", "2027-05-01"),
        ("DEF", "2027-06-30"),
    ]
    one = CliRunner().invoke(main, ["parse", "De minister van VWS stuurt voor 1 mei een brief", "--json"])
    assert json.loads(one.stdout)["ministry"] == "VWS"
    text = CliRunner().invoke(main, ["parse", two, "--date", "2026-12-07"]).stdout
    assert "toezegging 1 van 2" in text
    assert "toezegging 2 van 2" in text
    assert "toezegging 1 van" not in CliRunner().invoke(main, ["parse", "Brief over X voor 1 mei"]).stdout
