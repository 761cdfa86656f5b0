"""The named lists a team asks for (open, overdue, this week, the coming month, moties, a search, a
Kamerstuk) and what the argument of "open" names: an @owner, a bewindspersoon by name, a post, a ministry,
or else words to search for. The bot's /open, /verlopen, /week, /maand, /moties, /zoek and /kamerstuk are
these views; they only parse the command and render the answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from commitments import services
from commitments.errors import InvalidInput
from commitments.ministries import find_posts, ministry_code
from commitments.records import CommitmentRecord
from commitments.services import CommitmentQuery
from commitments.unit_of_work import UnitOfWork

WEEK_DAYS = 7
MONTH_DAYS = 31
MAX_MINISTRY_WORDS = 4
"""Longer than this, an argument is words to search for even when it mentions a ministry."""


class View(StrEnum):
    """A named list; the value is the bot's command for it."""

    OPEN = "open"
    OVERDUE = "verlopen"
    WEEK = "week"
    MONTH = "maand"
    MOTIES = "moties"
    SEARCH = "zoek"
    KAMERSTUK = "kamerstuk"


class Subject(StrEnum):
    """What the argument of a view was read as."""

    ALL = "all"
    OWNER = "owner"
    PERSON = "person"
    POST = "post"
    MINISTRY = "ministry"
    TEXT = "text"
    REF = "ref"


@dataclass(frozen=True)
class Listing:
    """A view as understood: the query behind it and what its argument named (``value``: the @owner, the
    post, the ministry code, the words or the reference; ``person``: the name a post was found by)."""

    view: View
    query: CommitmentQuery
    subject: Subject = Subject.ALL
    value: str = ""
    person: str | None = None


def _holder(argument: str, people: Mapping[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The name and post of the bewindspersoon ``argument`` names ("Van Weel" for "D.M. van Weel")."""
    wanted = argument.lower()
    for name, (post, _) in people.items():
        if name.lower() == wanted or name.lower().endswith(f" {wanted}"):
            return name, post
    return None


def open_listing(team: int, argument: str, people: Mapping[str, tuple[str, str]]) -> Listing:
    """The open items ``argument`` asks for; ``people`` are the known bewindspersonen (name → post,
    ministry). An item stays with the post after a change of cabinet, so a name asks for its post."""
    base = CommitmentQuery(team=team)
    if not argument:
        return Listing(View.OPEN, base)
    if argument.startswith("@"):
        return Listing(View.OPEN, CommitmentQuery(team=team, owner=argument), Subject.OWNER, argument)
    holder = _holder(argument, people)
    if holder is not None:
        name, post = holder
        return Listing(View.OPEN, CommitmentQuery(team=team, post=post), Subject.PERSON, post, name)
    posts = [found.post for found in find_posts(argument) if found.post]
    if posts:
        return Listing(View.OPEN, CommitmentQuery(team=team, post=posts[0]), Subject.POST, posts[0])
    code = ministry_code(argument) if len(argument.split()) <= MAX_MINISTRY_WORDS else None
    if code:
        return Listing(View.OPEN, CommitmentQuery(team=team, ministry=code), Subject.MINISTRY, code)
    return Listing(View.OPEN, CommitmentQuery(team=team, text=argument), Subject.TEXT, argument)


def listing(
    view: View, argument: str, team: int, today: date, people: Mapping[str, tuple[str, str]]
) -> Listing:
    """The query behind ``view`` with its ``argument`` (white space already collapsed) for ``team`` on
    ``today``; a search or a Kamerstuk without an argument is a Dutch :class:`InvalidInput`."""
    if view is View.OPEN:
        return open_listing(team, argument, people)
    if view is View.OVERDUE:
        return Listing(view, CommitmentQuery(team=team, overdue_on=today))
    if view is View.WEEK:
        return Listing(
            view, CommitmentQuery(team=team, due_after=today, due_before=today + timedelta(WEEK_DAYS))
        )
    if view is View.MONTH:
        return Listing(
            view, CommitmentQuery(team=team, due_after=today, due_before=today + timedelta(MONTH_DAYS))
        )
    if view is View.MOTIES:
        return Listing(view, CommitmentQuery(team=team, only_open_moties=True))
    if not argument:
        example = "/zoek jeugdzorg" if view is View.SEARCH else "/kamerstuk 28638-178"
        raise InvalidInput(f"Waar zoek je naar? Bijvoorbeeld {example}.")
    if view is View.SEARCH:
        return Listing(view, CommitmentQuery(team=team, statuses=(), text=argument), Subject.TEXT, argument)
    return Listing(view, CommitmentQuery(team=team, statuses=(), ref=argument), Subject.REF, argument)


def ask(uow: UnitOfWork, view: View, argument: str, team: int, today: date) -> Listing:
    """:func:`listing` with the team's known bewindspersonen, looked up only when a name may be asked for."""
    needs_people = view is View.OPEN and argument and not argument.startswith("@")
    people = services.known_people(uow, team) if needs_people else {}
    return listing(view, argument, team, today, people)


@dataclass(frozen=True)
class Page:
    """One page of a view: what its argument was read as, the page's items, how many there are in all,
    which page this is and the day it was read on."""

    listing: Listing
    items: list[CommitmentRecord]
    total: int
    number: int
    today: date


def page_count(total: int, size: int) -> int:
    """How many pages of ``size`` a list of ``total`` items takes (an empty list is one page)."""
    return max(1, -(-total // size))


def read_page(uow: UnitOfWork, view: View, argument: str, team: int, number: int, size: int) -> Page:
    """Page ``number`` (kept within the pages there are) of ``view``: the argument read, the count and the
    page in one unit of work, so a list answers from one transaction and one trip off the event loop; the
    day is the unit of work's today."""
    today = uow.today()
    found = ask(uow, view, argument, team, today)
    total = services.count_commitments(uow, found.query)
    number = min(max(number, 1), page_count(total, size))
    items = services.list_commitments(uow, replace(found.query, limit=size, offset=(number - 1) * size))
    return Page(found, items, total, number, today)
