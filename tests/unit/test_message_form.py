"""A plain private message's form: a question or a greeting is never read as a commitment (user trial 8)."""

from __future__ import annotations

import pytest

from commitments.message_form import Form, message_form


@pytest.mark.parametrize(
    "text",
    [
        "Welke brieven van LVVN moeten nog komen?",
        "hoeveel moties staan er nog open bij Defensie",
        "Stuurt de staatssecretaris de brief over de grensbewaking nog voor de zomer?",
        "waarover gaat #12 ook alweer ?",
    ],
)
def test_a_question_by_its_mark_or_its_first_word(text: str) -> None:
    assert message_form(text) is Form.QUESTION


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Dank u wel!", Form.THANKS),
        ("heel erg bedankt hoor", Form.THANKS),
        ("Goedenavond allemaal", Form.GREETING),
        ("hallo bot", Form.GREETING),
        ("👍", Form.EMOJI),
        ("🙏🙏", Form.EMOJI),
    ],
)
def test_thanks_greetings_and_emoji_alone(text: str, form: Form) -> None:
    assert message_form(text) is form


@pytest.mark.parametrize(
    "text",
    [
        "De minister van Defensie stuurt voor 1 mei een brief over de kazernes",
        "Wanneer de evaluatie klaar is, informeert de staatssecretaris de Kamer over de uitkomst",
        "Hallo, de minister van IenW stuurt in het voorjaar de voortgangsrapportage",
        "Bedankt voor de toezegging: de minister komt voor de zomer terug op de subsidie",
        "ok",
        "",
        "12",
        "...",
        "👍 12",
    ],
)
def test_a_statement_or_a_greeting_with_more_is_left_to_be_read(text: str) -> None:
    assert message_form(text) is None
