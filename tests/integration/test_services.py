"""The service layer on SQLite and PostgreSQL: use cases, filters, team scoping, history, concurrency."""

from datetime import date

import pytest

from commitments import services
from commitments.db import Database
from commitments.errors import ConflictError, InvalidInput, InvalidTransition, NotFound
from commitments.model import Commitment, Kind, Status
from commitments.services import CommitmentQuery, NewCommitment, NewDeadline

TODAY = date(2026, 3, 1)
TEAM_A, TEAM_B = -1001, -1002


def _add(db: Database, title: str, **fields: object) -> int:
    return services.add_commitment(db, NewCommitment(title=title, **fields), by="test").id  # type: ignore[arg-type]


def _titles(db: Database, **filters: object) -> list[str]:
    return [item.title for item in services.list_commitments(db, CommitmentQuery(**filters))]  # type: ignore[arg-type]


def test_add_and_get_with_history(db: Database) -> None:
    added = services.add_commitment(
        db,
        NewCommitment(
            title="  Kamer   informeren over handreiking ",
            deadline=date(2026, 7, 2),
            deadline_text="voor het zomerreces",
            estimate=True,
            ministry="MinJenV",
            post="Minister van Justitie en Veiligheid",
            refs=["Kamerstuk 28 638, nr. 178", "28638-178", "kst-28638-180"],
            owner="@anna",
            team=TEAM_A,
        ),
        by="anna",
    )
    item = services.get_commitment(db, added.id, team=TEAM_A)
    assert item.title == "Kamer informeren over handreiking"
    assert item.ministry == "JenV"
    assert item.refs == ("28638-178", "28638-180")
    assert item.owner == "anna"
    assert item.team == TEAM_A
    assert item.status == "open"
    assert [event.event for event in item.history] == ["created"]
    data = item.to_json(with_history=True)
    assert data["deadline"] == "2026-07-02"
    assert data["estimate"] is True
    assert data["history"][0]["by"] == "anna"


def test_a_motie_starts_open(db: Database) -> None:
    item = services.add_commitment(db, NewCommitment(title="Motie Kuik", kind=Kind.MOTIE), by="t")
    assert item.motie_status == "open"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "   "}, "omschrijving"),
        ({"title": "x", "ministry": "Ministerie van Toverkunst"}, "Onbekend ministerie"),
        ({"title": "x", "refs": ["geen verwijzing"]}, "Kamerstuk"),
    ],
)
def test_invalid_input_is_refused_in_dutch(db: Database, fields: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        services.add_commitment(db, NewCommitment(**fields), by="t")  # type: ignore[arg-type]
    assert services.list_commitments(db, CommitmentQuery(statuses=())) == []


def test_teams_never_see_each_others_items(db: Database) -> None:
    mine = _add(db, "Van team A", team=TEAM_A)
    _add(db, "Van team B", team=TEAM_B)
    assert _titles(db, team=TEAM_A) == ["Van team A"]
    assert _titles(db, team=TEAM_B) == ["Van team B"]
    assert _titles(db, team=-999) == []
    with pytest.raises(NotFound):
        services.get_commitment(db, mine, team=TEAM_B)
    with pytest.raises(NotFound):
        services.fulfil(db, mine, "b", team=TEAM_B)
    assert services.get_commitment(db, mine).status == "open"


def test_filters(db: Database) -> None:
    _add(
        db,
        "Brief mensenhandel",
        ministry="JenV",
        post="Staatssecretaris van Justitie en Veiligheid",
        deadline=date(2026, 2, 1),
        owner="anna",
        refs=["28638-178"],
    )
    _add(
        db,
        "Voortgang zorg",
        ministry="VWS",
        post="Minister van Volksgezondheid, Welzijn en Sport",
        deadline=date(2026, 6, 30),
        owner="bert",
        kind=Kind.DELIVERABLE,
    )
    _add(db, "Motie Kuik", kind=Kind.MOTIE, ministry="JenV", refs=["35570-VI-50"])
    assert _titles(db, ministry="jenv") == ["Brief mensenhandel", "Motie Kuik"]
    assert _titles(db, post="staatssecretaris") == ["Brief mensenhandel"]
    assert _titles(db, owner="@Anna") == ["Brief mensenhandel"]
    assert _titles(db, kind=Kind.DELIVERABLE) == ["Voortgang zorg"]
    assert _titles(db, overdue_on=TODAY) == ["Brief mensenhandel"]
    assert _titles(db, due_before=date(2026, 3, 31)) == ["Brief mensenhandel"]
    assert _titles(db, due_after=date(2026, 3, 1)) == ["Voortgang zorg"]
    assert _titles(db, text="ZORG") == ["Voortgang zorg"]
    assert _titles(db, ref="Kamerstuk 28 638, nr. 178") == ["Brief mensenhandel"]
    assert _titles(db, ref="35570") == ["Motie Kuik"]
    assert _titles(db, ref="99999") == []
    assert _titles(db, ref="28638") == ["Brief mensenhandel"]
    assert _titles(db, only_open_moties=True) == ["Motie Kuik"]
    with pytest.raises(InvalidInput):
        _titles(db, ref="hallo")


def test_sorted_by_deadline_overdue_first_undated_last(db: Database) -> None:
    _add(db, "Zonder termijn")
    _add(db, "Later", deadline=date(2026, 9, 1))
    _add(db, "Verlopen", deadline=date(2025, 12, 1))
    assert _titles(db) == ["Verlopen", "Later", "Zonder termijn"]
    assert _titles(db, limit=1, offset=1) == ["Later"]
    assert services.count_commitments(db, CommitmentQuery(limit=1)) == 3


def test_status_changes_write_history_and_leave_open_lists(db: Database) -> None:
    done = _add(db, "Af te doen", deadline=date(2026, 4, 1))
    dropped = _add(db, "Te laten vervallen")
    moved = _add(db, "Uit te stellen", deadline=date(2026, 4, 1))
    given = _add(db, "Toe te wijzen")
    services.fulfil(db, done, "anna", kamerstuk="28638 190")
    services.drop(db, dropped, "anna", "Wetsvoorstel ingetrokken")
    services.postpone(
        db, moved, "anna", NewDeadline(date(2026, 7, 2), "voor het zomerreces", True), "WODC later", TODAY
    )
    services.reassign(db, given, "anna", "@klaas")

    assert _titles(db) == ["Uit te stellen", "Toe te wijzen"]
    assert services.get_commitment(db, done).fulfilled_by == "28638-190"
    history = services.get_commitment(db, moved).history
    assert [(e.event, e.old, e.new, e.reason) for e in history][-1] == (
        "postponed",
        "2026-04-01",
        "2026-07-02",
        "WODC later",
    )
    assert services.get_commitment(db, given).owner == "klaas"
    assert _titles(db, statuses=(Status.VERVALLEN,)) == ["Te laten vervallen"]
    with pytest.raises(InvalidTransition):
        services.fulfil(db, done, "bert")
    assert len(services.get_commitment(db, done).history) == 2


def test_partly_fulfilled_stays_in_the_open_list(db: Database) -> None:
    item = _add(db, "Twee delen")
    services.partly_fulfil(db, item, "anna", reason="deel 1")
    assert _titles(db) == ["Twee delen"]
    assert services.fulfil(db, item, "anna").status == "voldaan"


def test_post_summary_counts_open_and_overdue(db: Database) -> None:
    post = "Minister van Justitie en Veiligheid"
    _add(db, "a", ministry="JenV", post=post, deadline=date(2026, 1, 1), team=TEAM_A)
    _add(db, "b", ministry="JenV", post=post, deadline=date(2026, 9, 1), team=TEAM_A)
    closed = _add(db, "c", ministry="JenV", post=post, deadline=date(2026, 1, 1), team=TEAM_A)
    _add(db, "d", ministry="VWS", team=TEAM_A)
    _add(db, "e", ministry="JenV", post=post, team=TEAM_B)
    services.fulfil(db, closed, "t")
    rows = services.post_summary(db, TEAM_A, TODAY)
    assert [(r.ministry, r.post, r.open, r.overdue) for r in rows] == [
        ("JenV", post, 2, 1),
        ("VWS", None, 1, 0),
    ]


def test_known_people(db: Database) -> None:
    _add(
        db,
        "a",
        ministry="JenV",
        post="Minister van Justitie en Veiligheid",
        person="D. van Weel",
        team=TEAM_A,
    )
    assert services.known_people(db, TEAM_A) == {
        "D. van Weel": ("Minister van Justitie en Veiligheid", "JenV")
    }
    assert services.known_people(db, TEAM_B) == {}


def _drop_from_a_stale_copy(db: Database, item_id: int) -> None:
    """Load the item, let another session fulfil it meanwhile, then drop the stale copy."""
    with db.session() as session:
        stale = session.get(Commitment, item_id)
        assert stale is not None
        services.fulfil(db, item_id, "anna")
        stale.drop("bert", "dubbel")


def test_two_sessions_close_the_same_item_at_once(db: Database) -> None:
    """Optimistic locking: one wins, the other gets a clear error, the history holds one closing event."""
    item_id = _add(db, "Gelijktijdig")
    with pytest.raises(ConflictError, match="net gewijzigd"):
        _drop_from_a_stale_copy(db, item_id)
    item = services.get_commitment(db, item_id)
    assert item.status == "voldaan"
    assert [event.event for event in item.history] == ["created", "status_changed"]
    assert item.version == 2
