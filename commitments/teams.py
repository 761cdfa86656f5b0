"""Teams and access: which chats are served, and what each person may do there.

A group chat is a team. It is served when its chat id is in ``TOEZEGBOT_ALLOWED_CHATS`` or when a global
admin (``TOEZEGBOT_ADMINS``) approved it with ``/koppel``. A private chat is the user's personal list; it is
served for global admins and for members of a served group, so a stranger who finds the bot gets nothing.

People are recorded as members as they speak, as editors by default. Global admins are admin everywhere and
a user is admin of their own private list. Viewers may only query. Who holds a post (``/bewindspersoon``) is
one table for every team: only a global admin or an admin of a served group may write it, not the admin of
a private list alone.

The first time an unserved chat speaks, its team row is written unapproved and the caller is told to send the
one refusal; later messages from that chat get silence, so a stranger cannot make the bot talk.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import Row, and_, bindparam, exists, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from commitments.chat_kind import is_group, this_list
from commitments.drafts import end_questions
from commitments.errors import DomainError, InvalidInput, NotFound
from commitments.ministries import read_post
from commitments.model import Draft, DraftKind, Member, PendingRole, Role, Team
from commitments.services import ADMIN_SOURCE, remember_holder
from commitments.unit_of_work import UnitOfWork
from commitments.usernames import bare_username

T = TypeVar("T")


class NotAllowed(DomainError):
    """The person's role does not allow this."""


@dataclass(frozen=True)
class AllowLists:
    """The chats served without approval and the global admins, from the settings."""

    chats: frozenset[int] = frozenset()
    admins: frozenset[int] = frozenset()

    @classmethod
    def of(cls, chats: Collection[int], admins: Collection[int]) -> AllowLists:
        return cls(frozenset(chats), frozenset(admins))


@dataclass(frozen=True)
class Speaker:
    """Who wrote, and in which chat."""

    chat_id: int
    user_id: int
    private: bool
    username: str | None = None
    name: str = ""
    chat_title: str = ""


@dataclass(frozen=True)
class Access:
    """Whether the chat is served, the speaker's role there, and whether to send the one refusal now."""

    served: bool
    role: Role | None
    global_admin: bool = False
    refuse_now: bool = False
    closed_questions: tuple[str, ...] = ()
    """The speaker's questions that this update closed, one line each (see :func:`admit`)."""

    @property
    def can_change(self) -> bool:
        return self.served and self.role in (Role.ADMIN, Role.EDITOR)

    @property
    def can_manage(self) -> bool:
        return self.served and self.role == Role.ADMIN


@dataclass(frozen=True)
class TeamRecord:
    chat_id: int
    title: str
    approved: bool
    was_approved: bool = False
    """From :func:`approve_team`: the chat was served already before this ``/koppel``."""


@dataclass(frozen=True)
class MemberRecord:
    user_id: int | None
    """None while the role waits for a username the team does not know yet (:func:`set_role`)."""
    username: str | None
    name: str
    role: Role


def _retry_once_on_conflict(uow: UnitOfWork, action: Callable[[], T]) -> T:
    """Run ``action`` (the whole of its use case, so nothing else is lost) and write it; if a concurrent
    insert of the same row won, roll the unit of work back and run it again (it then finds the row)."""
    try:
        result = action()
        uow.flush()
        return result
    except IntegrityError:
        uow.rollback()
        return action()


def _member_of_served_group(
    uow: UnitOfWork, user_id: int, allow: AllowLists, role: Role | None = None
) -> bool:
    """Whether the user is a member (with ``role``, if given) of a served group chat."""
    statement = (
        select(Member.id)
        .join(Team)
        .where(Member.user_id == user_id, Team.chat_id < 0)
        .where(or_(Team.approved.is_(True), Team.chat_id.in_(sorted(allow.chats))))
        .limit(1)
    )
    if role is not None:
        statement = statement.where(Member.role == role)
    return uow.core(statement).first() is not None


def _is_served(uow: UnitOfWork, speaker: Speaker, approved: bool, allow: AllowLists) -> bool:
    if speaker.chat_id in allow.chats or approved:
        return True
    if not speaker.private:
        return False
    return speaker.user_id in allow.admins or _member_of_served_group(uow, speaker.user_id, allow)


def _remember_member(
    session: Session, team: Team, member: Member | None, speaker: Speaker, global_admin: bool
) -> Member:
    if member is None:
        private_or_admin = global_admin or speaker.private
        role = Role.ADMIN if private_or_admin else _waiting_role(session, team, speaker.username)
        member = Member(team=team, user_id=speaker.user_id, role=role)
        session.add(member)
    if member.username != speaker.username:
        member.username = speaker.username
    if speaker.name and member.name != speaker.name:
        member.name = speaker.name[:255]
    return member


def _waiting_role(session: Session, team: Team, username: str | None) -> Role:
    """The role a new member of a group starts with: the one an admin gave their ``@username`` before they
    wrote here (:class:`PendingRole`, used up now), else editor."""
    if username is None:
        return Role.EDITOR
    waiting = session.scalar(
        select(PendingRole).where(PendingRole.team_id == team.id, PendingRole.username == username.lower())
    )
    if waiting is None:
        return Role.EDITOR
    session.delete(waiting)
    return waiting.role


_ASKED = exists().where(
    Draft.team_chat_id == bindparam("chat"),
    Draft.user_id == bindparam("user"),
    Draft.kind.in_((DraftKind.QUESTION, DraftKind.CARD)),  # a card: maybe a change waiting for its date
    Draft.expires_at > bindparam("now"),
)
_GATE = (  # built once: the gate runs it on every update
    select(Team.id, Team.approved, Member.id.label("member"), Member.role, Member.username, Member.name)
    .outerjoin(Member, and_(Member.team_id == Team.id, Member.user_id == bindparam("user")))
    .where(Team.chat_id == bindparam("chat"))
)
_GATE_ASKED = _GATE.add_columns(_ASKED.label("asked"))
"""The gate's query for a command that starts something, which also asks whether the speaker has open
questions in the chat (to end them); any other update (most: a list, a look-up, an answer) skips that."""


def _known(speaker: Speaker, found: Row[Any]) -> bool:
    """Whether the member row ``found`` already says what the speaker is called (nothing to remember)."""
    return (
        found.member is not None
        and found.username == speaker.username
        and not (speaker.name and found.name != speaker.name)
    )


def _access(uow: UnitOfWork, speaker: Speaker, allow: AllowLists, *, command: bool) -> tuple[Access, bool]:
    """Whether the chat is served and with which role, and, for a ``command`` that starts something,
    whether the speaker may have open questions in the chat (otherwise False: not looked for).

    The speaker's chat, their membership and whether they have open questions there are read in one plain
    query (the gate runs on every update); the team and the member are loaded as objects only to be
    written: a chat seen for the first time, a new member or a changed name. A chat the bot has not seen
    may have questions as far as it knows."""
    global_admin = speaker.user_id in allow.admins
    values: dict[str, Any] = {"chat": speaker.chat_id, "user": speaker.user_id}
    if command:
        values["now"] = uow.now()

    def decide() -> tuple[Access, bool]:
        found = uow.core(_GATE_ASKED if command else _GATE, values).first()
        asked = command and (found is None or bool(found.asked))
        served = _is_served(uow, speaker, found is not None and found.approved, allow)
        if found is None:
            team = Team(chat_id=speaker.chat_id, title=speaker.chat_title[:255], approved=False)
            uow.session.add(team)
            uow.session.flush()
        if not served:
            return Access(served=False, role=None, global_admin=global_admin, refuse_now=found is None), asked
        if found is not None and _known(speaker, found):
            role = found.role
        else:
            session = uow.session
            if found is not None:
                team = session.get_one(Team, found.id)
            member = session.get(Member, found.member) if found is not None and found.member else None
            role = _remember_member(session, team, member, speaker, global_admin).role
        role = Role.ADMIN if global_admin or speaker.private else role
        return Access(served=True, role=role, global_admin=global_admin), asked

    return _retry_once_on_conflict(uow, decide)


def admit(uow: UnitOfWork, speaker: Speaker, allow: AllowLists, *, command: bool, linking: bool) -> Access:
    """The gate's one unit of work: whether the chat is served and with which role (the chat and the member
    recorded as they speak) and, for a new ``command`` that passes the gate (in a served chat, or a global
    admin's ``/koppel``: ``linking``), the end of the speaker's open questions in the chat
    (:func:`commitments.drafts.end_questions`: they moved on), looked for in the same query."""
    access, asked = _access(uow, speaker, allow, command=command)
    if asked and (access.served or (access.global_admin and linking)):
        closed = end_questions(uow, speaker.chat_id, speaker.user_id).closed
        return replace(access, closed_questions=tuple(closed))
    return access


def approve_team(uow: UnitOfWork, chat_id: int, title: str, by: int, allow: AllowLists) -> TeamRecord:
    """Serve a chat from now on (``/koppel``); only a global admin may."""
    if by not in allow.admins:
        raise NotAllowed("Alleen een beheerder van de bot kan een groep koppelen.")

    def approve() -> TeamRecord:
        session = uow.session
        team = Team.of_chat(session, chat_id)
        if team is None:
            team = Team(chat_id=chat_id, title=title[:255], approved=False)
            session.add(team)
        was_approved = bool(team.approved)
        team.approved = True
        if title:
            team.title = title[:255]
        return TeamRecord(team.chat_id, team.title, team.approved, was_approved)

    return _retry_once_on_conflict(uow, approve)


def _find_member(session: Session, team: Team, who: int | str) -> Member | None:
    if isinstance(who, int):
        return session.scalar(select(Member).where(Member.team_id == team.id, Member.user_id == who))
    username = bare_username(who).lower()
    return session.scalar(
        select(Member).where(Member.team_id == team.id, func.lower(Member.username) == username)
    )


def _not_known(who: str, chat_id: int) -> str:
    return f"Ik ken {who} nog niet in {this_list(chat_id)}"


def stranger_note(uow: UnitOfWork, chat_id: int, username: str) -> str | None:
    """What to say after an item of a group went to ``@username`` whom no member of it has (a typo, or a
    colleague who never wrote to the bot yet): the owner stays, but the person can check the name."""
    team = Team.of_chat(uow.session, chat_id)
    if team is None or not is_group(chat_id) or _find_member(uow.session, team, username) is not None:
        return None
    known_later = "een collega ken ik zodra die mij iets vraagt"
    return f"{_not_known('@' + bare_username(username), chat_id)}; kijk na of de naam klopt ({known_later})."


def set_role(
    uow: UnitOfWork, chat_id: int, who: int | str, role: Role, by: int, allow: AllowLists
) -> MemberRecord:
    """Give a member another role (``/rol @naam viewer``); team admins and global admins only."""
    if not is_group(chat_id):
        raise InvalidInput(
            "Rollen zijn er alleen in een groep: daar deelt een team zijn lijst. Je eigen lijst is van jou "
            "alleen; geef rollen in de groep van je team."
        )
    session = uow.session
    team = Team.of_chat(session, chat_id)
    if team is None:
        raise NotFound("Deze chat is nog niet gekoppeld.")
    if by not in allow.admins:
        caller = _find_member(session, team, by)
        if caller is None or caller.role != Role.ADMIN:
            raise NotAllowed(f"Alleen een beheerder van {this_list(chat_id)} kan rollen toekennen.")
    member = _find_member(session, team, who)
    if member is None:
        if isinstance(who, str):
            return _role_waits(session, team, who, role)
        member = Member(team=team, user_id=who)
        session.add(member)
    shown = f"@{member.username}" if member.username else str(member.user_id)
    if role != Role.ADMIN and member.user_id in allow.admins:
        raise InvalidInput(
            f"{shown} is beheerder van de bot en mag in elke chat alles; een rol hier verandert dat niet."
        )
    if member.role == Role.ADMIN and role != Role.ADMIN and not _other_admins(session, team, member):
        raise InvalidInput(
            f"{shown} is de laatste beheerder van {this_list(chat_id)}; maak eerst iemand anders beheerder "
            "(/rol @naam admin), anders kan niemand hier nog rollen geven."
        )
    member.role = role
    return MemberRecord(member.user_id, member.username, member.name, member.role)


def _role_waits(session: Session, team: Team, username: str, role: Role) -> MemberRecord:
    """Keep ``role`` for ``@username``, whom the team does not know yet, until they first write here
    (a later ``/rol`` for the same name replaces it)."""
    bare = bare_username(username).lower()
    waiting = session.scalar(
        select(PendingRole).where(PendingRole.team_id == team.id, PendingRole.username == bare)
    )
    if waiting is None:
        waiting = PendingRole(team_id=team.id, username=bare, role=role)
        session.add(waiting)
    waiting.role = role
    return MemberRecord(None, bare_username(username), "", role)


def _other_admins(session: Session, team: Team, member: Member) -> bool:
    """Whether the team has an admin besides ``member``."""
    others = select(Member.id).where(
        Member.team_id == team.id, Member.role == Role.ADMIN, Member.id != member.id
    )
    return session.scalar(select(exists(others))) is True


def set_post_holder(uow: UnitOfWork, by: int, allow: AllowLists, post: str, person: str) -> tuple[str, str]:
    """Name who holds a post ("Minister van Justitie en Veiligheid", "Van Weel"): ``/bewindspersoon``.

    Every team reads the post holders (``/open Van Weel``), so writing them takes a global admin or an admin
    of a served group; being admin of one's own private list, which every member of a group is, is not
    enough."""
    if by not in allow.admins and not _member_of_served_group(uow, by, allow, Role.ADMIN):
        raise NotAllowed(
            "Alleen een beheerder van een groep of van de bot kan vastleggen wie een post bekleedt: "
            "dat geldt voor alle teams."
        )
    post, ministry = read_post(post)
    name = " ".join(person.split())
    if not name:
        raise InvalidInput('Geef ook de naam, bijvoorbeeld /bewindspersoon "Minister van JenV" Van Weel.')
    remember_holder(uow.session, post, name, ministry, ADMIN_SOURCE)
    return post, name
