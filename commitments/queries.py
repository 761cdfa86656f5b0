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

from commitments import drafts, services
from commitments.errors import InvalidInput
from commitments.ministries import find_posts, is_abbreviation, ministry_code
from commitments.pending import ListStep
from commitments.records import ListedItem
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


def _names(argument: str, name: str) -> bool:
    """Whether ``argument`` names the bewindspersoon ``name`` ("Van Weel" names "D.M. van Weel")."""
    wanted, name = argument.lower(), name.lower()
    return name == wanted or name.endswith(f" {wanted}")


def _holder(argument: str, people: Mapping[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The name and post of the bewindspersoon ``argument`` names, the first of ``people`` it names."""
    for name, (post, _) in people.items():
        if _names(argument, name):
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


FILTERED_VIEWS = (View.OPEN, View.OVERDUE, View.WEEK, View.MONTH, View.MOTIES)
"""Views that take the argument of /open (a ministry, a post, a bewindspersoon, an @owner or words)."""


WINDOWS = {
    View.WEEK: f"/week toont de termijnen van vandaag tot over {WEEK_DAYS} dagen; verder vooruit kijk je met "
    f"/maand ({MONTH_DAYS} dagen), terug met /verlopen.",
    View.MONTH: f"/maand toont de termijnen van vandaag tot over {MONTH_DAYS} dagen; wat over de termijn is "
    "toont /verlopen, alles wat open staat /open.",
}
TIME_WORDS = frozenset({"deze", "volgende", "komende", "vorige", "afgelopen", "hele", "week", "maand"})
"""Words that move a period, not what to look for: a list with a fixed window says which window it has."""


def _narrower_view(word: str) -> View | None:
    """The list narrower than /open that ``word`` names ("verlopen" in "/open verlopen"), if any."""
    try:
        view = View(word.lower())
    except ValueError:
        return None
    return view if view in FILTERED_VIEWS and view is not View.OPEN else None


def _narrowed(view: View, query: CommitmentQuery, today: date) -> CommitmentQuery:
    """The open items ``query`` asks for, narrowed to what ``view`` lists."""
    if view is View.OVERDUE:
        return replace(query, overdue_on=today)
    if view is View.WEEK:
        return replace(query, due_after=today, due_before=today + timedelta(WEEK_DAYS))
    if view is View.MONTH:
        return replace(query, due_after=today, due_before=today + timedelta(MONTH_DAYS))
    if view is View.MOTIES:
        return replace(query, only_open_moties=True)
    return query


def listing(
    view: View, argument: str, team: int, today: date, people: Mapping[str, tuple[str, str]]
) -> Listing:
    """The query behind ``view`` with its ``argument`` (white space already collapsed) for ``team`` on
    ``today``; a search or a Kamerstuk without an argument is a Dutch :class:`InvalidInput`."""
    first, _, rest = argument.partition(" ")
    if view is View.OPEN and (named := _narrower_view(first)) is not None:  # "/open verlopen VWS"
        return listing(named, rest, team, today, people)
    if view in WINDOWS and argument and set(argument.lower().split()) <= TIME_WORDS:
        raise InvalidInput(WINDOWS[view])  # "/week volgende": the window is fixed; say which it is
    if view in FILTERED_VIEWS:
        found = open_listing(team, argument, people)
        return replace(found, view=view, query=_narrowed(view, found.query, today))
    if not argument:
        example = "/zoek jeugdzorg" if view is View.SEARCH else "/kamerstuk 28638-178"
        raise InvalidInput(f"Waar zoek je naar? Bijvoorbeeld {example}.")
    if view is View.SEARCH:
        return Listing(view, CommitmentQuery(team=team, statuses=(), text=argument), Subject.TEXT, argument)
    return Listing(view, CommitmentQuery(team=team, statuses=(), ref=argument), Subject.REF, argument)


def ask(uow: UnitOfWork, view: View, argument: str, team: int, today: date) -> Listing:
    """:func:`listing` with the team's known bewindspersonen that ``argument`` may name: their posts are
    looked up only when a name may be asked for (not an @owner, not a ministry's abbreviation) and some
    known name fits it."""
    people: Mapping[str, tuple[str, str]] = {}
    if view in FILTERED_VIEWS and argument and not argument.startswith("@") and not is_abbreviation(argument):
        named = {name for name in services.person_names(uow, team) if _names(argument, name)}
        people = services.known_people(uow, team, only=named) if named else {}
    return listing(view, argument, team, today, people)


@dataclass(frozen=True)
class Page:
    """One page of a view: what its argument was read as, the page's items, how many there are in all,
    which page this is and the day it was read on."""

    listing: Listing
    items: list[ListedItem]
    total: int
    number: int
    today: date
    draft: int | None = None
    """The draft that keeps a list of more than one page for its page buttons."""


def read_page(uow: UnitOfWork, view: View, argument: str, team: int, number: int, size: int) -> Page:
    """Page ``number`` (kept within the pages there are) of ``view``: the argument read, the count and the
    page in one unit of work, so a list answers from one transaction and one trip off the event loop; the
    day is the unit of work's today."""
    today = uow.today()
    found = ask(uow, view, argument, team, today)
    total, number, items = services.list_page(uow, found.query, size, number)
    return Page(found, items, total, number, today)


def first_page(uow: UnitOfWork, view: View, argument: str, team: int, user_id: int, size: int) -> Page:
    """The first page of ``view`` asked for by ``user_id`` and, when the list has more pages, the draft
    that keeps it for the page buttons (:func:`commitments.drafts.keep_list`), in one unit of work."""
    page = read_page(uow, view, argument, team, 1, size)
    if services.page_count(page.total, size) == 1:
        return page
    return replace(
        page, draft=drafts.keep_list(uow, team, user_id, ListStep(command=view.value, arg=argument))
    )


def turn_page(uow: UnitOfWork, draft_id: int, team: int, number: int, size: int) -> Page:
    """Page ``number`` of the list a draft of this team keeps (:class:`commitments.drafts.DraftGone` when it
    expired or keeps something else), in one unit of work."""
    draft = drafts.load_draft(uow, draft_id, team)
    step = drafts.step_of(draft, ListStep)
    return replace(read_page(uow, View(step.command), step.arg, draft.team, number, size), draft=draft_id)
