"""Importing the Tweede Kamer's register from a local OData double over real HTTP on 127.0.0.1
(tests/tk_double): the fulfilling Kamerstuk through ``$expand``, paging by next links, the high-water mark
on ``ApiGewijzigdOp``, deleted records, retries, all-or-nothing writes, linking to a letter's item."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from commitments import services
from commitments.cli import main
from commitments.db import Database
from commitments.errors import InvalidInput
from commitments.records import CommitmentRecord
from commitments.services import CommitmentQuery, NewCommitment
from commitments.tk_register import importer
from commitments.tk_register.client import FULFILMENT, RegisterClient, RegisterUnavailable
from commitments.tk_register.importer import RegisterImport, import_register
from commitments.tk_register.marks import RegisterImportState
from tests.tk_double import ODataDouble, odata_double
from tests.use_case import on, transaction, use_case

TEAM = -1001
TODAY = date(2026, 1, 15)
LAST_LVVN_CHANGE = "2025-07-01T11:05:39.8813345Z"  # TZ202410-087, the newest LVVN record in the fixture
LVVN = {"TZ202412-116", "TZ202502-044", "TZ202501-203", "TZ202503-118", "TZ202410-087"}


@pytest.fixture
def register() -> Iterator[ODataDouble]:
    with odata_double() as double:
        double.page_size = 2
        yield double


def _client(register: ODataDouble, waits: list[float] | None = None) -> RegisterClient:
    return RegisterClient(
        register.base_url, sleep=(waits if waits is not None else []).append, attempts=3, backoff=0.5
    )


def _import(
    db: Database, register: ODataDouble, since: date | None = None, ministry: str = "LVVN"
) -> RegisterImport:
    with _client(register) as client:
        return import_register(on(db, TODAY), client, ministry, since, TEAM, "import")


def _items(db: Database) -> dict[str, CommitmentRecord]:
    items = use_case(db, services.list_commitments, CommitmentQuery(team=TEAM, statuses=()))
    return {item.register_number or f"#{item.id}": item for item in items}


def _state(db: Database) -> RegisterImportState | None:
    with transaction(db) as session:
        return session.scalar(select(RegisterImportState))


def test_every_page_is_read_and_a_fulfilled_toezegging_gets_its_kamerstuk(
    db: Database, register: ODataDouble
) -> None:
    assert _import(db, register) == RegisterImport(new=5)
    first, *rest = register.queries()
    assert first == {
        "$filter": (
            "Verwijderd eq false and "
            "(contains(Ministerie,'Landbouw, Visserij, Voedselzekerheid en Natuur') or "
            "((Ministerie eq null or Ministerie eq '') and "
            "(contains(Functie,'Landbouw, Visserij, Voedselzekerheid en Natuur'))))"
        ),
        "$expand": FULFILMENT,
        "$orderby": "ApiGewijzigdOp asc,Id asc",
    }
    assert [query["$skip"] for query in rest] == ["2", "4"]  # the server's next links, followed as given
    items = _items(db)
    assert set(items) == LVVN  # TZ202502-044 has no Ministerie: found by its Functie
    assert {number: (item.status, item.deadline, item.fulfilled_by) for number, item in items.items()} == {
        "TZ202412-116": ("open", date(2025, 3, 31), None),
        "TZ202501-203": ("voldaan", date(2025, 7, 3), "35334-321"),
        "TZ202502-044": ("open", None, None),
        "TZ202503-118": ("deels_voldaan", date(2025, 12, 31), "21501-32-1061"),  # the newer of two letters
        "TZ202410-087": ("vervallen", date(2025, 3, 31), None),
    }
    history = use_case(db, services.get_commitment, items["TZ202502-044"].id).history
    assert history[0].reason == (
        "toezeggingenregister Tweede Kamer TZ202502-044, activiteit 2025A00687; "
        "het register geeft geen status; als open vastgelegd"
    )
    state = _state(db)
    assert state is not None
    assert (state.ministry, state.high_water, state.last_error) == ("LVVN", LAST_LVVN_CHANGE, None)
    assert state.last_summary is not None
    assert state.last_summary.startswith("5 nieuw")


def test_without_expand_the_service_sends_no_letters(register: ODataDouble) -> None:
    """The double leaves navigation properties out unless asked, as the service does: the fixture's
    letters reach the importer only through the client's ``$expand``; ``ToegezegdAan`` it does not ask for."""
    with _client(register) as client:
        records = client.records(["Landbouw, Visserij, Voedselzekerheid en Natuur"])
    assert any(record["KamerbriefNakoming"] for record in records)
    assert not any("ToegezegdAan" in record for record in records)  # not asked for, so not sent
    register.requests.clear()
    status, _, body = register.answer("/OData/v4/2.0/Toezegging?$filter=Verwijderd%20eq%20false")
    assert status == 200
    assert "KamerbriefNakoming" not in body


def test_a_second_run_fetches_only_what_changed_since_the_mark(db: Database, register: ODataDouble) -> None:
    _import(db, register)
    register.requests.clear()
    register.change(
        "TZ202412-116",
        "2025-07-02T08:13:02.5570913Z",
        Status="Afgedaan",
        DatumNakoming="2025-03-27T00:00:00+01:00",
        GewijzigdOp="2025-07-02T10:12:45.09+02:00",
        KamerbriefNakoming=[
            {
                "Id": "0c6e2a91-4d7b-4f38-9a15-e2b8c7d3f604",
                "DocumentNummer": "2025D13108",
                "Soort": "Brief regering",
                "Titel": "Terugkoppeling emissiereductieplan",
                "Datum": "2025-03-27T00:00:00+01:00",
                "Volgnummer": 412,
                "Kamerstukdossier": [{"Nummer": 35334, "Toevoeging": None}],
            }
        ],
    )
    # the record at the mark itself is asked again (``ge``): one changed at the same instant is never lost
    assert _import(db, register) == RegisterImport(updated=1, unchanged=1)
    changed, deleted = register.queries()
    assert changed["$filter"].endswith(f" and ApiGewijzigdOp ge {LAST_LVVN_CHANGE}")
    assert deleted == {
        "$filter": f"Verwijderd eq true and ApiGewijzigdOp ge {LAST_LVVN_CHANGE}",
        "$select": "Id,Nummer,Verwijderd,ApiGewijzigdOp",
        "$orderby": "ApiGewijzigdOp asc,Id asc",
    }
    closed = _items(db)["TZ202412-116"]
    assert (closed.status, closed.fulfilled_by) == ("voldaan", "35334-412")
    state = _state(db)
    assert state is not None
    assert state.high_water == "2025-07-02T08:13:02.5570913Z"
    assert _import(db, register) == RegisterImport(unchanged=1)


def test_a_record_deleted_in_the_register_makes_its_copy_vervallen(
    db: Database, register: ODataDouble
) -> None:
    _import(db, register)
    register.change("TZ202502-044", "2025-07-05T09:00:12.1234567Z", Verwijderd=True)
    counts = _import(db, register)
    assert counts.withdrawn == 1
    gone = use_case(db, services.get_commitment, _items(db)["TZ202502-044"].id)
    assert gone.status == "vervallen"
    assert (
        gone.history[-1].reason
        == "verwijderd uit het toezeggingenregister van de Tweede Kamer (TZ202502-044)"
    )
    assert _import(db, register).withdrawn == 0  # already vervallen: nothing more happens


def test_a_failing_page_stores_nothing_and_keeps_the_mark(db: Database, register: ODataDouble) -> None:
    register.fail_when = lambda path: 500 if "$skip=4" in path else None
    with _client(register) as client, pytest.raises(RegisterUnavailable, match="HTTP 500"):
        import_register(on(db, TODAY), client, "LVVN", None, TEAM, "import")
    assert _items(db) == {}
    state = _state(db)
    assert state is not None
    assert state.high_water is None
    assert state.last_error is not None
    assert "HTTP 500" in state.last_error


def test_a_failure_while_writing_rolls_everything_back(
    db: Database, register: ODataDouble, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import(db, register)
    register.change("TZ202412-116", "2025-07-02T08:13:02.5570913Z", Status="Afgedaan")
    register.change("TZ202503-118", "2025-07-03T08:00:00.0000001Z", Status="Afgedaan")
    calls: list[int] = []
    real_replan = importer.replan

    def replan_then_crash(session: Any, item: Any, *args: Any) -> None:
        calls.append(item.id)
        if len(calls) == 2:
            raise RuntimeError("stroomstoring")
        real_replan(session, item, *args)

    monkeypatch.setattr(importer, "replan", replan_then_crash)
    succeeded = _state(db)
    assert succeeded is not None
    with pytest.raises(RuntimeError, match="stroomstoring"):
        _import(db, register)
    assert _items(db)["TZ202412-116"].status == "open"  # the first record's change was rolled back too
    state = _state(db)
    assert state is not None
    assert state.high_water == LAST_LVVN_CHANGE
    assert state.last_error == "opslaan mislukt: stroomstoring"  # kept for /status, like a failed read
    assert state.last_success_at == succeeded.last_success_at
    monkeypatch.setattr(importer, "replan", real_replan)
    assert _import(db, register) == RegisterImport(updated=2, unchanged=1)  # the next run asks again
    after = _state(db)
    assert after is not None
    assert after.last_error is None


def test_no_transaction_is_open_while_the_register_is_read(db: Database, register: ODataDouble) -> None:
    """Another writer (the bot, a reminder) gets through while the pages come in: on SQLite an open write
    transaction would make it wait for the lock and fail."""
    written: list[int] = []

    def team_writes_meanwhile(path: str) -> None:
        if "$skip=2" in path:
            item = use_case(
                db, services.add_commitment, NewCommitment(title="Intussen", team=TEAM), by="anna"
            )
            written.append(item.id)

    register.fail_when = team_writes_meanwhile
    assert _import(db, register).new == 5
    assert len(written) == 1


def test_busy_and_failing_answers_are_retried_with_back_off(db: Database, register: ODataDouble) -> None:
    register.failures = [429, 503]
    waits: list[float] = []
    with _client(register, waits) as client:
        counts = import_register(on(db, TODAY), client, "LVVN", None, TEAM, "import")
    assert counts.new == 5
    assert waits == [2.0, 1.0]  # Retry-After of the 429, then 0.5 * 2 for the second attempt
    assert len(register.requests) == 5


def test_an_unreachable_register_stores_nothing(db: Database, register: ODataDouble) -> None:
    register.failures = [503, 503, 503]
    waits: list[float] = []
    with (
        _client(register, waits) as client,
        pytest.raises(RegisterUnavailable, match=r"niet bereikbaar \(HTTP 503, 3 pogingen\)"),
    ):
        import_register(on(db, TODAY), client, "LVVN", None, TEAM, "import")
    assert waits == [0.5, 1.0]
    assert _items(db) == {}


def test_a_since_date_asks_from_that_day_and_leaves_no_gap_behind_the_mark(
    db: Database, register: ODataDouble
) -> None:
    assert _import(db, register, since=date(2025, 6, 1)) == RegisterImport(new=2)
    assert "and ApiGewijzigdOp ge 2025-06-01T00:00:00Z" in register.queries()[0]["$filter"]
    state = _state(db)
    assert state is not None
    assert state.high_water is None  # what changed before 1 June was never read: the next run reads it all
    assert _import(db, register) == RegisterImport(new=3, unchanged=2)


def test_reimport_dedupes_by_number_and_applies_changes(db: Database, register: ODataDouble) -> None:
    _import(db, register)
    register.change(
        "TZ202502-044",
        "2025-07-03T12:48:51.1029384Z",
        Status="Openstaand",
        Tekst=(
            "De staatssecretaris komt voor het einde van 2025 terug op de vragen over de mestverwerking "
            "in het buitengebied."
        ),
    )
    assert _import(db, register) == RegisterImport(updated=1, unchanged=1)
    items = _items(db)
    assert len(items) == 5
    changed = items["TZ202502-044"]
    assert (changed.deadline, changed.deadline_text) == (date(2025, 12, 31), "voor het einde van 2025")
    reasons = [event.reason for event in use_case(db, services.get_commitment, changed.id).history]
    assert reasons[-2:] == ["tekst gewijzigd in het register", "termijn uit de nieuwe registertekst"]


def test_the_register_never_reopens_what_the_team_closed(db: Database, register: ODataDouble) -> None:
    _import(db, register)
    open_item = _items(db)["TZ202412-116"]
    use_case(db, services.drop, open_item.id, "anna", "niet meer nodig")
    register.change("TZ202412-116", "2025-07-02T08:13:02.5570913Z", Status="Openstaand")
    _import(db, register)
    assert use_case(db, services.get_commitment, open_item.id).status == "vervallen"


def test_an_item_from_a_letter_is_linked_not_doubled(db: Database, register: ODataDouble) -> None:
    letter = use_case(
        db,
        services.add_commitment,
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
    elsewhere = use_case(  # same words, another team: never touched
        db,
        services.add_commitment,
        NewCommitment(title="x", quote=letter.quote, deadline=letter.deadline, ministry="LVVN", team=-2002),
        by="b",
    )
    assert _import(db, register) == RegisterImport(new=4, linked=1)
    linked = use_case(db, services.get_commitment, letter.id)
    assert linked.title == "Terugkoppeling emissiereductieplan"
    assert linked.history[-1].new == "TZ202412-116"
    assert use_case(db, services.get_commitment, elsewhere.id).history[-1].event == "created"

    register.change("TZ202412-116", "2025-07-02T08:13:02.5570913Z", Status="Afgedaan")
    assert _import(db, register).updated == 1
    closed = use_case(db, services.get_commitment, letter.id)
    assert closed.status == "voldaan"
    assert (closed.quote, closed.deadline) == (letter.quote, letter.deadline)  # the team's own words stay


def test_other_ministries_are_asked_for_under_each_of_their_names(
    db: Database, register: ODataDouble
) -> None:
    assert _import(db, register, ministry="Infrastructuur en Waterstaat") == RegisterImport(new=1)
    assert "contains(Ministerie,'Verkeer en Waterstaat')" in register.queries()[0]["$filter"]
    assert _items(db)["TZ202504-057"].fulfilled_by == "29398-1120"


def test_an_unknown_ministry_is_refused(db: Database, register: ODataDouble) -> None:
    with _client(register) as client, pytest.raises(InvalidInput, match="Onbekend ministerie"):
        import_register(on(db, TODAY), client, "Toverkunst", None, TEAM, "import")
    assert register.requests == []


def test_the_cli_command(
    db: Database, register: ODataDouble, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOEZEGBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("TOEZEGBOT_CONFIG_FILE", "/nonexistent/toezegbot.toml")
    arguments = ["import-tk", "--ministerie", "LVVN", "--team", str(TEAM), "--api-url", register.base_url]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Register geïmporteerd: 5 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 gekoppeld aan een bestaand item, "
        "0 overgeslagen, 0 vervallen (verwijderd uit het register).\n"
    )
    refused = CliRunner().invoke(main, [*arguments[:2], "Toverkunst", *arguments[3:]])
    assert refused.exit_code == 1
    assert "Onbekend ministerie: ‘Toverkunst’" in refused.stderr


def test_the_register_names_who_holds_a_post(db: Database, register: ODataDouble) -> None:
    _import(db, register)
    holders = use_case(db, services.post_holders)
    assert holders.get("Minister van Landbouw, Visserij, Voedselzekerheid en Natuur") == "F.M. Wiersma"
