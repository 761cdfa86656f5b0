"""Teams, access and drafts on every database back end (the shared ``db`` fixture)."""

from __future__ import annotations

import warnings
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event
from sqlalchemy.exc import SAWarning

from commitments import drafts, pending, services
from commitments.db import Database
from commitments.drafts import DraftGone
from commitments.errors import InvalidInput, PastDeadline
from commitments.model import Draft, DraftKind, Kind, Role
from commitments.services import NewCommitment
from commitments.teams import (
    Access,
    AllowLists,
    NotAllowed,
    Speaker,
    admit,
    approve_team,
    set_post_holder,
    set_role,
)
from tests.use_case import at, on, transaction, use_case

GROUP = -100_1
OTHER_GROUP = -100_2
ADMIN = 1
ALICE = 2
BOB = 3
ALLOW = AllowLists.of(chats=[GROUP], admins=[ADMIN])


def speaker(chat: int, user: int, username: str | None = None) -> Speaker:
    return Speaker(chat_id=chat, user_id=user, private=chat > 0, username=username, name=f"user {user}")


def _access(db: Database, who: Speaker) -> Access:
    """What the gate decides for ``who`` writing a message that is no command."""
    return use_case(db, admit, who, ALLOW, command=False, linking=False)


def test_allow_listed_group_is_served_and_members_are_editors(db: Database) -> None:
    access = _access(db, speaker(GROUP, ALICE, "alice"))
    assert access.served
    assert access.role == Role.EDITOR
    assert access.can_change
    assert _access(db, speaker(GROUP, ADMIN)).role == Role.ADMIN


def test_the_gate_writes_only_what_changed(db: Database) -> None:
    """Every update passes the gate: a speaker it knows, as it knows them, costs no write."""
    writes: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            writes.append(statement)

    long_name = Speaker(GROUP, ALICE, private=False, username="alice", name="A" * 300)
    _access(db, long_name)
    event.listen(db.engine, "before_cursor_execute", note)
    try:
        for _ in range(3):
            assert _access(db, long_name).served
        assert writes == []
        _access(db, replace(long_name, username="alice2"))
        assert len(writes) == 1
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def test_only_a_command_that_starts_something_looks_for_open_questions(db: Database) -> None:
    """The gate's one query reads the drafts (whether the speaker left a question open) only for a command
    that would end it; a list, a look-up or an answer (most updates) has no use for them."""
    statements: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement)

    alice = speaker(GROUP, ALICE, "alice")
    _access(db, alice)
    event.listen(db.engine, "before_cursor_execute", note)
    try:
        _access(db, alice)
        assert len(statements) == 1
        assert "drafts" not in statements[0]
        use_case(db, admit, alice, ALLOW, command=True, linking=False)
        assert "drafts" in statements[1]
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def test_only_an_admin_of_a_served_group_or_of_the_bot_names_who_holds_a_post(db: Database) -> None:
    """The post holders are one table for every team: being admin of one's own private list (every member
    of a served group is) is not enough to write it; an admin of a served group may, also from private."""
    post = "Minister van Justitie en Veiligheid"
    _access(db, speaker(GROUP, ALICE))  # an editor of the served group
    _access(db, speaker(OTHER_GROUP, BOB))  # a group that is not served
    use_case(db, set_role, OTHER_GROUP, BOB, Role.ADMIN, by=ADMIN, allow=ALLOW)
    assert _access(db, speaker(ALICE, ALICE)).role == Role.ADMIN  # of her own list
    for user in (ALICE, BOB):
        with pytest.raises(NotAllowed, match="Alleen een beheerder van een groep of van de bot"):
            use_case(db, set_post_holder, user, ALLOW, "minister van JenV", "Van Weel")
    assert use_case(db, services.post_holders) == {}
    use_case(db, set_role, GROUP, ALICE, Role.ADMIN, by=ADMIN, allow=ALLOW)
    assert use_case(db, set_post_holder, ALICE, ALLOW, "minister van JenV", "Van Weel") == (post, "Van Weel")
    assert use_case(db, set_post_holder, ADMIN, ALLOW, "minister van JenV", "Jansen") == (post, "Jansen")
    assert use_case(db, services.post_holders) == {post: "Jansen"}


def test_unserved_chat_is_refused_once(db: Database) -> None:
    first = _access(db, speaker(OTHER_GROUP, ALICE))
    again = _access(db, speaker(OTHER_GROUP, BOB))
    assert not first.served
    assert first.refuse_now
    assert first.role is None
    assert not again.served
    assert not again.refuse_now


def test_approval_by_global_admin_only(db: Database) -> None:
    _access(db, speaker(OTHER_GROUP, ALICE))
    with pytest.raises(NotAllowed):
        use_case(db, approve_team, OTHER_GROUP, "Team X", by=ALICE, allow=ALLOW)
    team = use_case(db, approve_team, OTHER_GROUP, "Team X", by=ADMIN, allow=ALLOW)
    assert team.approved
    assert not team.was_approved
    assert team.title == "Team X"
    assert _access(db, speaker(OTHER_GROUP, ALICE)).served
    assert use_case(db, approve_team, OTHER_GROUP, "Team X", by=ADMIN, allow=ALLOW).was_approved


def test_private_chat_served_for_members_of_a_served_group_and_admins(db: Database) -> None:
    assert not _access(db, speaker(ALICE, ALICE)).served
    _access(db, speaker(GROUP, ALICE))
    private = _access(db, speaker(ALICE, ALICE))
    assert private.served
    assert private.role == Role.ADMIN
    assert _access(db, speaker(ADMIN, ADMIN)).served


def test_roles_set_by_team_admins_only(db: Database) -> None:
    _access(db, speaker(GROUP, ALICE, "alice"))
    _access(db, speaker(GROUP, BOB, "bob"))
    with pytest.raises(NotAllowed):
        use_case(db, set_role, GROUP, "@alice", Role.VIEWER, by=BOB, allow=ALLOW)
    changed = use_case(db, set_role, GROUP, "@Alice", Role.VIEWER, by=ADMIN, allow=ALLOW)
    assert changed.role == Role.VIEWER
    viewer = _access(db, speaker(GROUP, ALICE, "alice"))
    assert viewer.served
    assert not viewer.can_change
    use_case(db, set_role, GROUP, BOB, Role.ADMIN, by=ADMIN, allow=ALLOW)
    assert use_case(db, set_role, GROUP, "@alice", Role.EDITOR, by=BOB, allow=ALLOW).role == Role.EDITOR


def test_a_role_given_before_the_member_wrote_binds_when_they_first_write(db: Database) -> None:
    """Found in a user trial: ``/rol @piet viewer`` before piet wrote in the group could not work. The role
    waits for the username (any case; a later /rol replaces it) and binds to the first new member with it,
    in that group only; a member with another name, or piet in another chat, starts as before."""
    _access(db, speaker(GROUP, ADMIN))
    waiting = use_case(db, set_role, GROUP, "@Carla_B", Role.VIEWER, by=ADMIN, allow=ALLOW)
    assert (waiting.user_id, waiting.username, waiting.role) == (None, "Carla_B", Role.VIEWER)
    assert use_case(db, set_role, GROUP, "carla_b", Role.ADMIN, by=ADMIN, allow=ALLOW).user_id is None
    assert _access(db, speaker(GROUP, BOB, "carla_bee")).role == Role.EDITOR  # a look-alike name
    assert _access(db, speaker(OTHER_GROUP, ALICE, "carla_b")).role is None  # not served, no role there
    assert _access(db, speaker(GROUP, ALICE, "carla_b")).role == Role.ADMIN
    bound = use_case(db, set_role, GROUP, "@carla_b", Role.VIEWER, by=ADMIN, allow=ALLOW)
    assert (bound.user_id, bound.role) == (ALICE, Role.VIEWER)
    use_case(db, set_role, GROUP, "@dirk", Role.VIEWER, by=ADMIN, allow=ALLOW)
    assert _access(db, speaker(GROUP, 4, None)).role == Role.EDITOR  # no username: nothing to bind


def test_a_role_in_a_private_chat_is_refused_as_roles_are_a_group_s(db: Database) -> None:
    """Found in a user trial: /rol in a private chat answered "Ik ken @piet nog niet in je eigen lijst"."""
    _access(db, speaker(GROUP, ALICE, "alice"))
    _access(db, speaker(ALICE, ALICE, "alice"))
    with pytest.raises(InvalidInput, match="Rollen zijn er alleen in een groep"):
        use_case(db, set_role, ALICE, "@piet", Role.VIEWER, by=ALICE, allow=ALLOW)


def test_a_role_that_would_change_nothing_or_leave_no_admin_is_refused(db: Database) -> None:
    """Found in a user trial: the bot's administrator made themself viewer, was told so, and could still do
    everything (a bot administrator may). A team's last admin cannot step down either."""
    _access(db, speaker(GROUP, ALICE, "alice"))
    with pytest.raises(InvalidInput, match="1 is beheerder van de bot en mag in elke chat alles"):
        use_case(db, set_role, GROUP, ADMIN, Role.VIEWER, by=ADMIN, allow=ALLOW)
    use_case(db, set_role, GROUP, "@alice", Role.ADMIN, by=ADMIN, allow=ALLOW)
    with pytest.raises(InvalidInput, match="@alice is de laatste beheerder van deze groep"):
        use_case(db, set_role, GROUP, "@alice", Role.EDITOR, by=ALICE, allow=ALLOW)
    use_case(db, set_role, GROUP, BOB, Role.ADMIN, by=ALICE, allow=ALLOW)
    assert use_case(db, set_role, GROUP, "@alice", Role.EDITOR, by=ALICE, allow=ALLOW).role == Role.EDITOR


def _card() -> dict[str, object]:
    new = NewCommitment(title="Brief over jeugdzorg", deadline=date(2026, 3, 1), refs=("28638-178",))
    return pending.dump(pending.CardStep(new=new))


def test_draft_round_trip_is_scoped_to_its_team(db: Database) -> None:
    draft = use_case(db, drafts.save_draft, GROUP, ALICE, DraftKind.CARD, _card())
    step = pending.load(draft.payload)
    assert isinstance(step, pending.CardStep)
    assert step.new.deadline == date(2026, 3, 1)
    with pytest.raises(DraftGone):
        use_case(db, drafts.load_draft, draft.id, OTHER_GROUP)
    asked = use_case(db, drafts.update_draft, draft.id, GROUP, kind=DraftKind.QUESTION, message_id=77)
    assert use_case(db, drafts.question_for, GROUP, 77, ALICE) == asked
    assert use_case(db, drafts.question_for, OTHER_GROUP, 77, ALICE) is None


def test_saving_a_card_happens_once_and_ids_are_not_reused(db: Database) -> None:
    draft = use_case(db, drafts.save_draft, GROUP, ALICE, DraftKind.CARD, _card())
    item = on(db, date(2026, 2, 1)).run(drafts.save_card, draft.id, GROUP, "@alice", confirmed=False)
    assert item.team == GROUP
    assert item.refs == ("28638-178",)
    with pytest.raises(DraftGone):
        on(db, date(2026, 2, 1)).run(drafts.save_card, draft.id, GROUP, "@alice", confirmed=False)
    assert use_case(db, drafts.save_draft, GROUP, ALICE, DraftKind.CARD, _card()).id != draft.id


def test_a_refused_save_keeps_the_draft(db: Database) -> None:
    bad = NewCommitment(title="Iets", ministry="Ministerie van Toverkunst")
    draft = use_case(
        db, drafts.save_draft, GROUP, ALICE, DraftKind.CARD, pending.dump(pending.CardStep(new=bad))
    )
    with pytest.raises(InvalidInput):
        on(db, date(2026, 2, 1)).run(drafts.save_card, draft.id, GROUP, "@alice", confirmed=False)
    assert use_case(db, drafts.load_draft, draft.id, GROUP).payload == draft.payload


def test_a_past_deadline_is_saved_only_when_confirmed(db: Database) -> None:
    draft = use_case(db, drafts.save_draft, GROUP, ALICE, DraftKind.CARD, _card())
    with pytest.raises(PastDeadline, match="1 maart 2026 ligt in het verleden"):
        on(db, date(2026, 4, 1)).run(drafts.save_card, draft.id, GROUP, "@alice", confirmed=False)
    item = on(db, date(2026, 4, 1)).run(drafts.save_card, draft.id, GROUP, "@alice", confirmed=True)
    assert item.deadline == date(2026, 3, 1)


def test_a_private_chat_finds_the_last_question_put_to_the_person(db: Database) -> None:
    first = use_case(db, drafts.save_draft, ALICE, ALICE, DraftKind.QUESTION, _card(), message_id=5)
    assert use_case(db, drafts.waiting_for, ALICE, ALICE) == first
    assert use_case(db, drafts.waiting_for, ALICE, 999) is None
    again = use_case(db, drafts.update_draft, first.id, ALICE, message_id=9)
    assert use_case(db, drafts.question_for, ALICE, 5, ALICE) == again  # a reply to the first asking
    assert use_case(db, drafts.question_for, ALICE, 9, ALICE) == again


def test_a_quick_reply_answers_the_question_whose_message_is_not_noted_yet(db: Database) -> None:
    """The bot notes which message asked a question after sending it; a reply in between is its answer when it
    comes from the person asked, and no one else's."""
    asking = use_case(db, drafts.save_draft, GROUP, ALICE, DraftKind.QUESTION, _card())
    assert use_case(db, drafts.question_for, GROUP, 41, ALICE) == asking
    assert use_case(db, drafts.question_for, GROUP, 41, BOB) is None
    noted = use_case(db, drafts.update_draft, asking.id, GROUP, message_id=41)
    assert use_case(db, drafts.question_for, GROUP, 40, ALICE) is None  # a reply to another message
    assert use_case(db, drafts.question_for, GROUP, 41, BOB) == noted  # replied to: whoever answers


def test_drafts_expire_after_a_day(db: Database) -> None:
    then = datetime(2026, 1, 1, 9, tzinfo=UTC)
    draft = at(db, then).run(drafts.save_draft, GROUP, ALICE, DraftKind.CARD, _card())
    assert at(db, then + timedelta(hours=23)).run(drafts.load_draft, draft.id, GROUP).id == draft.id
    with pytest.raises(DraftGone):
        at(db, then + timedelta(days=1, seconds=1)).run(drafts.load_draft, draft.id, GROUP)
    assert at(db, then + timedelta(days=2)).run(drafts.purge_expired) == 1


def test_a_command_that_passes_the_gate_ends_the_persons_open_questions(db: Database) -> None:
    question = use_case(db, drafts.save_draft, GROUP, ALICE, DraftKind.QUESTION, _card(), message_id=5)
    use_case(db, admit, speaker(GROUP, ALICE), ALLOW, command=False, linking=False)  # an answer, say
    assert use_case(db, drafts.question_for, GROUP, 5, ALICE) == question
    use_case(db, admit, speaker(GROUP, BOB), ALLOW, command=True, linking=False)  # someone else moved on
    assert use_case(db, drafts.question_for, GROUP, 5, ALICE) == question
    use_case(db, admit, speaker(GROUP, ALICE), ALLOW, command=True, linking=False)
    assert use_case(db, drafts.question_for, GROUP, 5, ALICE) is None
    kept = use_case(db, drafts.save_draft, OTHER_GROUP, ALICE, DraftKind.QUESTION, _card(), message_id=6)
    assert not use_case(db, admit, speaker(OTHER_GROUP, ALICE), ALLOW, command=True, linking=False).served
    assert (
        use_case(db, drafts.question_for, OTHER_GROUP, 6, ALICE) == kept
    )  # a refused chat's update changes nothing


def test_a_question_ended_meanwhile_by_another_update_is_not_ended_twice(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two updates of one person end their questions at once: the one whose delete finds the question gone
    reports nothing and leaves no stale ORM delete behind (SQLAlchemy warned of one in the fuzz test)."""
    reason = pending.dump(pending.ChangeStep(action="postpone", commitment=7, asking="reason"))
    use_case(db, drafts.save_draft, GROUP, ALICE, DraftKind.QUESTION, reason, message_id=5)
    meanwhile: list[str] = []
    raced: list[bool] = []
    read = drafts._step_or_none

    def read_then_race(payload: dict[str, object]) -> pending.AnyStep | None:
        if not raced:  # the other update ends the question between this one's read and its delete
            raced.append(True)
            meanwhile.extend(use_case(db, drafts.end_questions, GROUP, ALICE).closed)
        return read(payload)

    monkeypatch.setattr(drafts, "_step_or_none", read_then_race)
    with warnings.catch_warnings():
        warnings.simplefilter("error", SAWarning)
        ended = use_case(db, drafts.end_questions, GROUP, ALICE)
    assert meanwhile == ["De vraag over #7 (uitstel) is gesloten."]
    assert ended.closed == []
    assert use_case(db, drafts.question_for, GROUP, 5, ALICE) is None


def test_a_list_asked_for_again_within_a_minute_keeps_its_draft_unwritten(db: Database) -> None:
    then = datetime(2026, 1, 1, 9, tzinfo=UTC)
    step = pending.ListStep(command="open", arg="jeugdzorg")
    kept = at(db, then).run(drafts.keep_list, GROUP, ALICE, step)

    def expires() -> datetime:
        with transaction(db) as session:
            return session.get_one(Draft, kept).expires_at

    assert at(db, then + timedelta(seconds=40)).run(drafts.keep_list, GROUP, ALICE, step) == kept
    assert expires() == then + drafts.LIFETIME  # not written again
    again = then + timedelta(minutes=3)
    assert at(db, again).run(drafts.keep_list, GROUP, ALICE, step) == kept
    assert expires() == again + drafts.LIFETIME  # renewed: a day from this ask


def test_asking_for_the_same_list_again_renews_its_draft(db: Database) -> None:
    then = datetime(2026, 1, 1, 9, tzinfo=UTC)
    step = pending.ListStep(command="open", arg="VWS")
    first = at(db, then).run(drafts.keep_list, GROUP, ALICE, step)
    later = then + timedelta(hours=20)
    assert at(db, later).run(drafts.keep_list, GROUP, ALICE, step) == first
    renewed = at(db, later + timedelta(hours=23)).run(
        drafts.load_draft, first, GROUP
    )  # a day from the last ask
    assert drafts.step_of(renewed, pending.ListStep) == step
    others = {
        at(db, later).run(drafts.keep_list, GROUP, ALICE, pending.ListStep(command="open", arg="EZ")),
        at(db, later).run(drafts.keep_list, GROUP, BOB, step),
        at(db, later).run(drafts.keep_list, OTHER_GROUP, ALICE, step),
        at(db, then + timedelta(days=3)).run(drafts.keep_list, GROUP, ALICE, step),  # the first one expired
    }
    assert len(others) == 4
    assert first not in others


def test_found_items_are_saved_linked_to_their_document(db: Database) -> None:
    items = [
        NewCommitment(title=f"Punt {n}", kind=Kind.TOEZEGGING, deadline=date(2026, n, 1)) for n in (1, 2, 3)
    ]
    letter = {"filename": "brief.pdf", "letter_date": "2025-12-01", "content_hash": "ab" * 32}
    payload = pending.dump(pending.FoundItems(document=letter, items=items))
    first = use_case(db, drafts.save_draft, GROUP, ALICE, DraftKind.DOCUMENT, payload)
    saved = use_case(db, drafts.save_found, first.id, GROUP, "@alice", [1, 3])
    assert [item.title for item in saved] == ["Punt 1", "Punt 3"]
    assert len({item.document_id for item in saved}) == 1
    assert saved[0].document_id is not None
    again = use_case(db, drafts.save_draft, GROUP, ALICE, DraftKind.DOCUMENT, payload)
    (rest,) = use_case(db, drafts.save_found, again.id, GROUP, "@alice", [2])
    assert (rest.title, rest.document_id) == ("Punt 2", saved[0].document_id)
    assert len(use_case(db, services.list_commitments, services.CommitmentQuery(team=GROUP))) == 3


def test_a_letter_saved_meanwhile_from_another_draft_is_not_saved_twice(db: Database) -> None:
    """Two drafts of one letter (sent twice, or by two people at once): the second save stores nothing and
    names what is there already; its draft stays, so the rest can still be chosen."""
    items = [NewCommitment(title=f"Punt {n}", quote=f"Ik stuur u punt {n} in maart.") for n in (1, 2)]
    letter = {"filename": "brief.pdf", "letter_date": "2025-12-01", "content_hash": "cd" * 32}
    payload = pending.dump(pending.FoundItems(document=letter, items=items))
    first = use_case(db, drafts.save_draft, GROUP, ALICE, DraftKind.DOCUMENT, payload)
    second = use_case(db, drafts.save_draft, GROUP, BOB, DraftKind.DOCUMENT, payload)
    (one,) = use_case(db, drafts.save_found, first.id, GROUP, "@alice", [1])
    with pytest.raises(InvalidInput, match=f"al opgeslagen: #{one.id}\\."):
        use_case(db, drafts.save_found, second.id, GROUP, "@bob")
    (two,) = use_case(db, drafts.save_found, second.id, GROUP, "@bob", [2])
    assert two.title == "Punt 2"
    assert len(use_case(db, services.list_commitments, services.CommitmentQuery(team=GROUP))) == 2
