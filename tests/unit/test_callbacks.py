"""The typed decoder of callback data, and the range checks on ids people type."""

from __future__ import annotations

import pytest

from bot.callbacks import Button, decode
from bot.parsing import (
    MAX_ID,
    MAX_TELEGRAM_ID,
    chat_to_link,
    close_command,
    member_and_role,
    split_id,
    whole_number,
)
from commitments.errors import InvalidInput
from commitments.model import Role


@pytest.mark.parametrize(
    ("data", "button"),
    [
        ("d:12:save", Button("d", 12, "save")),
        ("f:3:t:7", Button("f", 3, "t", 7)),
        ("f:3:page:2", Button("f", 3, "page", 2)),
        ("m:4:pick:99", Button("m", 4, "pick", 99)),
        ("p:5:page:1", Button("p", 5, "page", 1)),
        (f"c:{MAX_ID}:history", Button("c", MAX_ID, "history")),
    ],
)
def test_our_buttons_decode(data: str, button: Button) -> None:
    assert decode(data) == button


@pytest.mark.parametrize(
    "data",
    [
        None,
        True,
        "",
        "d:12",
        "d:12:save:1",
        "d:12:zap",
        "x:12:save",
        "f:3:t",
        "f:3:t:x",
        "f:3:t:0",
        "d:0:save",
        "d:-1:save",
        f"d:{MAX_ID + 1}:save",
        "d:99999999999999999999:save",
        "d:١٢:save",
        "d:²:save",
        "d:12:save:",
        "p:5:3",
        "d:1:save" + ":x" * 40,
    ],
)
def test_anything_else_decodes_to_nothing(data: object) -> None:
    assert decode(data) is None


def test_whole_numbers_stay_within_the_database_range() -> None:
    assert whole_number(str(MAX_TELEGRAM_ID)) == MAX_TELEGRAM_ID
    assert whole_number(str(-MAX_TELEGRAM_ID - 1)) == -MAX_TELEGRAM_ID - 1
    assert whole_number(str(MAX_TELEGRAM_ID + 1)) is None
    assert whole_number(str(MAX_ID + 1), MAX_ID) is None
    assert whole_number("9" * 4000) is None
    assert whole_number("²") is None
    assert whole_number("--5") is None


def test_a_huge_commitment_number_is_refused_in_dutch() -> None:
    """In the words of an unknown number in range (trial6: "Toezegging #999…9 bestaat niet" next to "Er is
    geen toezegging #999 in deze groep")."""
    with pytest.raises(InvalidInput, match=r"Er is geen toezegging #99999999999999999999\."):
        split_id("99999999999999999999 reden", "/afgedaan 12")
    with pytest.raises(InvalidInput, match="Er is geen toezegging #0"):
        split_id("#0", "/toon 12")
    with pytest.raises(InvalidInput, match="Er is geen toezegging"):
        split_id(str(MAX_ID + 1), "/toon 12")
    assert split_id("#12 omdat", "/toon 12") == (12, "omdat")


def test_huge_chat_and_user_ids_are_refused_in_dutch() -> None:
    with pytest.raises(InvalidInput, match="/koppel"):
        chat_to_link("-99999999999999999999")
    assert chat_to_link("-1001234567890") == -1001234567890
    with pytest.raises(InvalidInput, match="geen Telegram-gebruikersnummer"):
        member_and_role("99999999999999999999 viewer")
    with pytest.raises(InvalidInput, match="geen Telegram-gebruikersnummer"):
        member_and_role("² viewer")
    assert member_and_role("12345 viewer") == (12345, Role.VIEWER)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("opne", "open"),
        ("OEPN", "open"),
        ("afgdaan", "afgedaan"),
        ("verlopn", "verlopen"),
        ("exprot", "export"),
        ("herinnering", "herinneringen"),
        ("dobbelsteen", None),
        ("kick", None),
        ("statistieken", None),
    ],
)
def test_a_typo_names_the_close_command(typed: str, meant: str | None) -> None:
    ours = {"open", "afgedaan", "verlopen", "export", "herinneringen", "heropen", "status", "toon"}
    assert close_command(typed, ours) == meant
