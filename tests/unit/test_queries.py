"""What each named list means: the query behind /open X, /verlopen, /week, /maand, /moties, /zoek and
/kamerstuk."""

from datetime import date, timedelta

import pytest

from commitments.errors import InvalidInput
from commitments.queries import Subject, View, listing, open_listing
from commitments.services import CommitmentQuery

TEAM = -1001
TODAY = date(2026, 3, 2)
PEOPLE = {"D.M. van Weel": ("Minister van Justitie en Veiligheid", "JenV")}


def test_open_without_argument_is_every_open_item_of_the_team() -> None:
    found = open_listing(TEAM, "", PEOPLE)
    assert (found.view, found.subject, found.query) == (View.OPEN, Subject.ALL, CommitmentQuery(team=TEAM))


@pytest.mark.parametrize(
    ("argument", "subject", "value", "query"),
    [
        ("@anna", Subject.OWNER, "@anna", CommitmentQuery(team=TEAM, owner="@anna")),
        (
            "Van Weel",
            Subject.PERSON,
            "Minister van Justitie en Veiligheid",
            CommitmentQuery(team=TEAM, post="Minister van Justitie en Veiligheid"),
        ),
        (
            "staatssecretaris VWS",
            Subject.POST,
            "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
            CommitmentQuery(team=TEAM, post="Staatssecretaris van Volksgezondheid, Welzijn en Sport"),
        ),
        ("VWS", Subject.MINISTRY, "VWS", CommitmentQuery(team=TEAM, ministry="VWS")),
        ("jeugdzorg", Subject.TEXT, "jeugdzorg", CommitmentQuery(team=TEAM, text="jeugdzorg")),
        (
            "de wachttijden in de jeugdzorg bij VWS",  # a ministry inside a longer text is searched for
            Subject.TEXT,
            "de wachttijden in de jeugdzorg bij VWS",
            CommitmentQuery(team=TEAM, text="de wachttijden in de jeugdzorg bij VWS"),
        ),
    ],
)
def test_what_the_argument_of_open_names(
    argument: str, subject: Subject, value: str, query: CommitmentQuery
) -> None:
    found = open_listing(TEAM, argument, PEOPLE)
    assert (found.subject, found.value, found.query) == (subject, value, query)


def test_a_name_asks_for_the_post_and_keeps_the_name() -> None:
    found = open_listing(TEAM, "van weel", PEOPLE)
    assert (found.person, found.query.post) == ("D.M. van Weel", "Minister van Justitie en Veiligheid")
    assert open_listing(TEAM, "Weel", {}).subject is Subject.TEXT  # an unknown name is words to search for


@pytest.mark.parametrize(
    ("view", "query"),
    [
        (View.OVERDUE, CommitmentQuery(team=TEAM, overdue_on=TODAY)),
        (View.WEEK, CommitmentQuery(team=TEAM, due_after=TODAY, due_before=TODAY + timedelta(7))),
        (View.MONTH, CommitmentQuery(team=TEAM, due_after=TODAY, due_before=TODAY + timedelta(31))),
        (View.MOTIES, CommitmentQuery(team=TEAM, only_open_moties=True)),
    ],
)
def test_the_date_windows_and_moties(view: View, query: CommitmentQuery) -> None:
    assert listing(view, "", TEAM, TODAY, PEOPLE).query == query


@pytest.mark.parametrize(
    ("view", "argument", "subject", "narrowed"),
    [
        (
            View.OVERDUE,
            "JenV",
            Subject.MINISTRY,
            CommitmentQuery(team=TEAM, ministry="JenV", overdue_on=TODAY),
        ),
        (
            View.WEEK,
            "@anna",
            Subject.OWNER,
            CommitmentQuery(team=TEAM, owner="@anna", due_after=TODAY, due_before=TODAY + timedelta(7)),
        ),
        (
            View.MOTIES,
            "Van Weel",
            Subject.PERSON,
            CommitmentQuery(team=TEAM, post="Minister van Justitie en Veiligheid", only_open_moties=True),
        ),
        (
            View.MONTH,
            "stikstof",
            Subject.TEXT,
            CommitmentQuery(team=TEAM, text="stikstof", due_after=TODAY, due_before=TODAY + timedelta(31)),
        ),
    ],
)
def test_the_other_lists_take_the_argument_of_open(
    view: View, argument: str, subject: Subject, narrowed: CommitmentQuery
) -> None:
    """Found in a user trial: /verlopen JenV listed every overdue item."""
    found = listing(view, argument, TEAM, TODAY, PEOPLE)
    assert (found.view, found.subject, found.query) == (view, subject, narrowed)


def test_search_and_kamerstuk_look_in_every_status() -> None:
    search = listing(View.SEARCH, "jeugdzorg", TEAM, TODAY, PEOPLE)
    assert (search.subject, search.query) == (
        Subject.TEXT,
        CommitmentQuery(team=TEAM, statuses=(), text="jeugdzorg"),
    )
    ref = listing(View.KAMERSTUK, "28638-178", TEAM, TODAY, PEOPLE)
    assert (ref.subject, ref.query) == (Subject.REF, CommitmentQuery(team=TEAM, statuses=(), ref="28638-178"))


@pytest.mark.parametrize(
    ("view", "example"), [(View.SEARCH, "/zoek jeugdzorg"), (View.KAMERSTUK, "/kamerstuk")]
)
def test_search_and_kamerstuk_need_an_argument(view: View, example: str) -> None:
    with pytest.raises(InvalidInput, match=example):
        listing(view, "", TEAM, TODAY, PEOPLE)


def test_every_view_is_a_command_name() -> None:
    assert [view.value for view in View] == [
        "open",
        "verlopen",
        "week",
        "maand",
        "moties",
        "zoek",
        "kamerstuk",
    ]


@pytest.mark.parametrize(
    ("argument", "view", "rest"),
    [
        ("Verlopen", View.OVERDUE, ""),
        ("moties IenW", View.MOTIES, "IenW"),
        ("maand @piet", View.MONTH, "@piet"),
    ],
)
def test_open_with_the_name_of_a_narrower_list_shows_that_list(argument: str, view: View, rest: str) -> None:
    """Found in a user trial: /open verlopen searched the word "verlopen" (nothing found)."""
    assert listing(View.OPEN, argument, TEAM, TODAY, PEOPLE) == listing(view, rest, TEAM, TODAY, PEOPLE)


def test_a_list_names_another_only_from_open_and_only_by_its_first_word() -> None:
    assert listing(View.OVERDUE, "open", TEAM, TODAY, PEOPLE).subject is Subject.TEXT
    assert listing(View.OPEN, "brief over de week van de jeugd", TEAM, TODAY, PEOPLE).view is View.OPEN


@pytest.mark.parametrize(
    ("view", "argument"), [(View.WEEK, "volgende"), (View.WEEK, "deze week"), (View.MONTH, "komende maand")]
)
def test_a_period_word_to_a_list_with_a_fixed_window_says_what_the_window_is(
    view: View, argument: str
) -> None:
    with pytest.raises(InvalidInput, match=f"/{view.value} toont de termijnen van vandaag tot over"):
        listing(view, argument, TEAM, TODAY, PEOPLE)
    assert listing(view, "volgende brief", TEAM, TODAY, PEOPLE).subject is Subject.TEXT  # words to look for
