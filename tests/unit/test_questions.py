"""Every question the bot waits for an answer to says how to stop it, in the same words."""

from datetime import date

import pytest

from bot.handlers import adding, changes, documents
from bot.render import CANCEL_HINT
from commitments.pending import CardStep, ChangeStep, is_cancel
from commitments.services import NewCommitment, NewDeadline


def _waiting_questions() -> list[str]:
    card = NewCommitment(title="Brief over de wachttijden")
    cards = [adding.question_of(CardStep(new=card, asking=asking))[0] for asking in ("deadline", "post")]
    details = [
        changes.question_of(ChangeStep(action=action, commitment=7, asking="detail"))[0]
        for action in ("postpone", "drop", "assign")
    ]
    reason = ChangeStep(
        action="postpone", commitment=7, asking="reason", deadline=NewDeadline(date(2027, 5, 1))
    )
    return [*cards, *details, changes.question_of(reason)[0], documents.ASK_DATE]


@pytest.mark.parametrize("question", _waiting_questions())
def test_every_question_ends_with_how_to_stop_it(question: str) -> None:
    assert question.endswith(f" {CANCEL_HINT}")
    assert question.count("annuleer") == 1


def test_the_reason_for_dropping_names_the_item_and_how_to_stop() -> None:
    question, _ = changes.question_of(ChangeStep(action="drop", commitment=12, asking="detail"))
    assert question == "Waarom vervalt #12? ‘annuleer’ stopt."


def test_the_word_the_hint_names_does_stop_a_question() -> None:
    quoted = CANCEL_HINT.split("‘")[1].split("’")[0]
    assert is_cancel(quoted)
    assert not is_cancel("annuleer de toezegging")  # a sentence that merely contains it is an answer
