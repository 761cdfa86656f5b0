"""Importing the Tweede Kamer's register from recorded responses (tests/fixtures/tk) served over real HTTP on
127.0.0.1: paging, retries, dedupe by number, changes on re-import, and linking to an item from a letter."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from click.testing import CliRunner

from commitments import services
from commitments.cli import main
from commitments.db import Database
from commitments.errors import InvalidInput
from commitments.services import CommitmentQuery, NewCommitment
from commitments.tk_register.client import DEFAULT_API_URL, RegisterClient, RegisterUnavailable
from commitments.tk_register.importer import RegisterImport, import_register

FIXTURES = Path(__file__).parent.parent / "fixtures" / "tk"
TEAM = -1001
TODAY = date(2026, 1, 15)


@dataclass
class FakeRegister:
    """What the test server answers: failures first, then the page for the request's ``$skip``."""

    base_url: str = ""
    pages: dict[str, str] = field(default_factory=dict)
    failures: list[int] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def serve(self, first: str, second: str | None = None) -> None:
        self.pages = {"": (FIXTURES / first).read_text("utf-8")}
        if second is not None:
            self.pages["250"] = (FIXTURES / second).read_text("utf-8")

    def answer(self, path: str) -> tuple[int, str]:
        self.requests.append(path)
        if self.failures:
            return self.failures.pop(0), "{}"
        skip = parse_qs(urlsplit(path).query).get("$skip", [""])[0]
        return 200, self.pages[skip].replace(DEFAULT_API_URL, self.base_url)


@pytest.fixture
def register() -> Iterator[FakeRegister]:
    fake = FakeRegister()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, body = fake.answer(self.path)
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; odata.metadata=minimal")
            self.send_header("Content-Length", str(len(data)))
            if status == 429:
                self.send_header("Retry-After", "2")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    fake.base_url = f"http://127.0.0.1:{server.server_port}/OData/v4/2.0"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield fake
    server.shutdown()
    server.server_close()


def _client(register: FakeRegister, waits: list[float]) -> RegisterClient:
    return RegisterClient(register.base_url, sleep=waits.append, attempts=3, backoff=0.5)


def _import(db: Database, register: FakeRegister, since: date | None = None) -> RegisterImport:
    with _client(register, []) as client:
        return import_register(db, client, "LVVN", since, TEAM, "import", TODAY)


def test_pages_are_followed_and_every_record_becomes_an_item(db: Database, register: FakeRegister) -> None:
    register.serve("lvvn_page1.json", "lvvn_page2.json")
    counts = _import(db, register)
    assert counts == RegisterImport(new=5)
    first, second = register.requests
    assert unquote(first) == (
        "/OData/v4/2.0/Toezegging?$filter=Verwijderd eq false and "
        "(contains(Ministerie,'Landbouw, Visserij, Voedselzekerheid en Natuur'))&$orderby=GewijzigdOp asc"
    )
    assert second.endswith("&$skip=250")
    items = services.list_commitments(db, CommitmentQuery(team=TEAM, statuses=()))
    assert {(item.status, item.deadline) for item in items} == {
        ("open", date(2025, 3, 31)),
        ("voldaan", date(2025, 7, 3)),
        ("open", None),
        ("deels_voldaan", date(2025, 12, 31)),
        ("vervallen", date(2025, 3, 31)),
    }
    vague = next(item for item in items if item.deadline is None)
    assert vague.deadline_text == "zo spoedig mogelijk"
    history = services.get_commitment(db, vague.id).history
    assert history[0].reason == (
        "toezeggingenregister Tweede Kamer TZ202502-044, activiteit 2025A00687; "
        "het register geeft geen status; als open vastgelegd"
    )


def test_the_since_date_goes_into_the_filter(db: Database, register: FakeRegister) -> None:
    register.serve("lvvn_changed.json")
    _import(db, register, since=date(2025, 7, 1))
    assert "and GewijzigdOp ge 2025-07-01T00:00:00Z&" in unquote(register.requests[0])


def test_busy_and_failing_answers_are_retried_with_back_off(db: Database, register: FakeRegister) -> None:
    register.serve("lvvn_page1.json", "lvvn_page2.json")
    register.failures = [429, 503]
    waits: list[float] = []
    with _client(register, waits) as client:
        counts = import_register(db, client, "LVVN", None, TEAM, "import", TODAY)
    assert counts.new == 5
    assert waits == [2.0, 1.0]  # Retry-After of the 429, then 0.5 * 2 for the second attempt
    assert len(register.requests) == 4


def test_an_unreachable_register_stores_nothing(db: Database, register: FakeRegister) -> None:
    register.serve("lvvn_page1.json", "lvvn_page2.json")
    register.failures = [503, 503, 503]
    waits: list[float] = []
    with (
        _client(register, waits) as client,
        pytest.raises(RegisterUnavailable, match=r"niet bereikbaar \(HTTP 503, 3 pogingen\)"),
    ):
        import_register(db, client, "LVVN", None, TEAM, "import", TODAY)
    assert waits == [0.5, 1.0]
    assert services.list_commitments(db, CommitmentQuery(team=TEAM, statuses=())) == []


def test_a_failure_halfway_rolls_back_the_first_page(db: Database, register: FakeRegister) -> None:
    register.serve("lvvn_page1.json", "lvvn_page2.json")
    original = register.answer

    def second_page_fails(path: str) -> tuple[int, str]:
        return (500, "{}") if "$skip=250" in path else original(path)

    register.answer = second_page_fails  # type: ignore[method-assign]
    with _client(register, []) as client, pytest.raises(RegisterUnavailable):
        import_register(db, client, "LVVN", None, TEAM, "import", TODAY)
    assert services.list_commitments(db, CommitmentQuery(team=TEAM, statuses=())) == []


def test_reimport_dedupes_by_number_and_applies_changes(db: Database, register: FakeRegister) -> None:
    register.serve("lvvn_page1.json", "lvvn_page2.json")
    _import(db, register)
    assert _import(db, register) == RegisterImport(unchanged=5)

    register.serve("lvvn_changed.json")
    assert _import(db, register, since=date(2025, 7, 1)) == RegisterImport(updated=2, unchanged=1)
    items = services.list_commitments(db, CommitmentQuery(team=TEAM, statuses=()))
    assert len(items) == 5
    closed = next(item for item in items if item.deadline == date(2025, 3, 31) and item.status != "vervallen")
    assert closed.status == "voldaan"
    closed_history = services.get_commitment(db, closed.id).history
    assert closed_history[-1].event == "status_changed"
    changed = next(item for item in items if "mestverwerking" in item.title)
    assert (changed.deadline, changed.deadline_text) == (date(2025, 12, 31), "voor het einde van 2025")
    reasons = [event.reason for event in services.get_commitment(db, changed.id).history]
    assert reasons[-2:] == ["tekst gewijzigd in het register", "termijn uit de nieuwe registertekst"]


def test_the_register_never_reopens_what_the_team_closed(db: Database, register: FakeRegister) -> None:
    register.serve("lvvn_page1.json", "lvvn_page2.json")
    _import(db, register)
    open_item = next(
        item
        for item in services.list_commitments(db, CommitmentQuery(team=TEAM))
        if item.deadline == date(2025, 3, 31)
    )
    services.drop(db, open_item.id, "anna", "niet meer nodig")
    register.serve("lvvn_changed.json")
    _import(db, register)
    assert services.get_commitment(db, open_item.id).status == "vervallen"


def test_an_item_from_a_letter_is_linked_not_doubled(db: Database, register: FakeRegister) -> None:
    letter = services.add_commitment(
        db,
        NewCommitment(
            title="Terugkoppeling emissiereductieplan",
            quote=(
                "Ik stuur uw Kamer in maart 2025 de terugkoppeling op het emissiereductieplan van de sector, "
                "inclusief de reactie van de betrokken partijen."
            ),
            deadline=date(2025, 3, 31),
            ministry="LVVN",
            post="Minister van Landbouw, Visserij, Voedselzekerheid en Natuur",
            team=TEAM,
        ),
        by="anna",
    )
    elsewhere = services.add_commitment(  # same words, another team: never touched
        db,
        NewCommitment(title="x", quote=letter.quote, deadline=letter.deadline, ministry="LVVN", team=-2002),
        by="b",
    )
    far_off = services.add_commitment(  # alike, but a year later: a different promise
        db,
        NewCommitment(
            title="Volgende terugkoppeling",
            quote=(
                "Ik stuur uw Kamer in maart 2026 de terugkoppeling op het emissiereductieplan van de sector, "
                "inclusief de reactie van de betrokken partijen."
            ),
            deadline=date(2026, 3, 31),
            ministry="LVVN",
            team=TEAM,
        ),
        by="anna",
    )
    register.serve("lvvn_page1.json", "lvvn_page2.json")
    assert _import(db, register) == RegisterImport(new=4, linked=1)
    items = services.list_commitments(db, CommitmentQuery(team=TEAM, statuses=()))
    assert len(items) == 6
    linked = services.get_commitment(db, letter.id)
    assert linked.title == "Terugkoppeling emissiereductieplan"
    assert linked.history[-1].new == "TZ202412-116"
    assert services.get_commitment(db, far_off.id).history[-1].event == "created"
    assert services.get_commitment(db, elsewhere.id).history[-1].event == "created"

    register.serve("lvvn_changed.json")
    counts = _import(db, register)
    assert counts.updated == 2
    closed = services.get_commitment(db, letter.id)
    assert closed.status == "voldaan"
    assert (closed.quote, closed.deadline) == (letter.quote, letter.deadline)  # the team's own words stay


def test_records_of_another_ministry_are_skipped(db: Database, register: FakeRegister) -> None:
    register.serve("other_ministries.json")
    with _client(register, []) as client:
        counts = import_register(db, client, "Infrastructuur en Waterstaat", None, TEAM, "import", TODAY)
    assert counts == RegisterImport(new=1, skipped=1)
    assert "contains(Ministerie,'Verkeer en Waterstaat')" in unquote(register.requests[0])


def test_an_unknown_ministry_is_refused(db: Database, register: FakeRegister) -> None:
    with _client(register, []) as client, pytest.raises(InvalidInput, match="Onbekend ministerie"):
        import_register(db, client, "Toverkunst", None, TEAM, "import", TODAY)
    assert register.requests == []


def test_the_cli_command(
    db: Database, register: FakeRegister, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOEZEGBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("TOEZEGBOT_CONFIG_FILE", "/nonexistent/toezegbot.toml")
    register.serve("lvvn_page1.json", "lvvn_page2.json")
    arguments = ["import-tk", "--ministerie", "LVVN", "--team", str(TEAM), "--api-url", register.base_url]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Register geïmporteerd: 5 nieuw, 0 bijgewerkt, 0 ongewijzigd, "
        "0 gekoppeld aan een bestaand item, 0 overgeslagen.\n"
    )
    refused = CliRunner().invoke(main, [*arguments[:2], "Toverkunst", *arguments[3:]])
    assert refused.exit_code == 1
    assert "Onbekend ministerie: 'Toverkunst'" in refused.stderr


def test_the_register_names_who_holds_a_post(db: Database, register: FakeRegister) -> None:
    register.serve("lvvn_page1.json", "lvvn_page2.json")
    _import(db, register)
    holders = services.post_holders(db)
    assert holders.get("Minister van Landbouw, Visserij, Voedselzekerheid en Natuur") == "F.M. Wiersma"
