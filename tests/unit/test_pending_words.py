"""Which answers to one of the bot's questions stop it, and which mean "no deadline"."""

from __future__ import annotations

import pytest

from commitments.pending import is_cancel, is_no_deadline


@pytest.mark.parametrize("answer", ["annuleer", "Laat maar.", "cancel", "CANCEL!", "stop", "  stoppen "])
def test_cancel_words_stop_the_question(answer: str) -> None:
    assert is_cancel(answer)


@pytest.mark.parametrize(
    "answer", ["cancel de brief", "stop de subsidie per 1 maart", "geannuleerd overleg", ""]
)
def test_an_answer_that_only_contains_a_cancel_word_is_an_answer(answer: str) -> None:
    assert not is_cancel(answer)


def test_no_deadline_is_not_a_cancel() -> None:
    assert is_no_deadline("geen termijn")
    assert not is_cancel("geen termijn")
