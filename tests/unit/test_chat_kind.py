"""A text names a group's list as the group's and a private chat's list as the person's own."""

from __future__ import annotations

from commitments.chat_kind import is_group, this_list, whose_list


def test_telegram_groups_have_negative_ids_and_private_chats_positive_ones() -> None:
    assert is_group(-4_000_000_001)
    assert is_group(-1_001_000_000_001)
    assert not is_group(101)


def test_a_private_chat_is_not_called_a_group() -> None:
    assert this_list(-4_000_000_001) == "deze groep"
    assert this_list(101) == "je eigen lijst"
    assert this_list(101).capitalize() == "Je eigen lijst"


def test_a_list_in_a_private_chat_says_it_is_the_persons_own_not_the_teams() -> None:
    note = whose_list(101)
    assert note is not None
    assert note.startswith("Je eigen lijst, die alleen jij ziet")
    assert "de lijst van een team staat in de groep van dat team" in note
    assert whose_list(-4_000_000_001) is None
