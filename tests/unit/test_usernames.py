"""One way to read a typed username or owner: with or without "@", stored and compared the same."""

from __future__ import annotations

from datetime import date

import pytest

from commitments.edits import read_change
from commitments.errors import InvalidInput
from commitments.usernames import bare_username, owner_username, typed_username


@pytest.mark.parametrize(("typed", "stored"), [("@jan", "jan"), ("jan", "jan"), ("@@jan", "jan"), ("", "")])
def test_the_at_typed_before_a_name_is_left_out(typed: str, stored: str) -> None:
    assert bare_username(typed) == stored


@pytest.mark.parametrize("typed", ["@marieke_v", "marieke_v"])
def test_an_owner_and_a_member_typed_with_or_without_at_read_alike(typed: str) -> None:
    owner = read_change("eigenaar", typed, date(2026, 3, 2))
    assert owner.value == bare_username(typed_username(typed)) == "marieke_v"


@pytest.mark.parametrize("typed", ["", "@jo", "jan de vries", "<b>jan</b>", "@" + "j" * 33])
def test_what_is_no_username_is_refused_in_dutch(typed: str) -> None:
    with pytest.raises(InvalidInput, match=r"Geef een gebruikersnaam, bijvoorbeeld @jan\."):
        typed_username(typed)


@pytest.mark.parametrize("typed", ["@piet @kees", "@piet en @kees", "@piet, @kees"])
def test_two_owners_are_refused_as_two_not_as_none(typed: str) -> None:
    """Found in a user trial: "/toewijzen 5 @piet @kees" answered "Geef een gebruikersnaam"."""
    with pytest.raises(InvalidInput, match="Een toezegging heeft één eigenaar"):
        owner_username(typed)
    with pytest.raises(InvalidInput, match="Een toezegging heeft één eigenaar"):
        read_change("eigenaar", typed, date(2026, 3, 2))
    assert owner_username("@piet") == "@piet"
