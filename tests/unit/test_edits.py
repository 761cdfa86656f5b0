"""Reading a typed field change (``/wijzig ID veld waarde``, ``toezegbot edit``)."""

from __future__ import annotations

from datetime import date

import pytest

from commitments.edits import read_change
from commitments.errors import InvalidInput

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize("written", ["", "   ", "@", "@@"])
def test_an_owner_left_out_is_asked_for_and_the_explicit_way_to_clear_named(written: str) -> None:
    with pytest.raises(InvalidInput, match=r"eigenaar @jan, of wis de eigenaar met /wijzig 12 eigenaar geen"):
        read_change("eigenaar", written, TODAY)


@pytest.mark.parametrize("written", ["geen", "Niemand", " geen "])
def test_a_word_for_nobody_clears_the_owner(written: str) -> None:
    change = read_change("eigenaar", written, TODAY)
    assert (change.value, change.shown) == (None, "niemand")


@pytest.mark.parametrize(
    ("written", "owner"), [("@marieke", "marieke"), ("marieke", "marieke"), ("@geen", "geen")]
)
def test_a_name_with_or_without_at_is_the_new_owner(written: str, owner: str) -> None:
    change = read_change("eigenaar", written, TODAY)
    assert (change.value, change.shown) == (owner, f"@{owner}")
