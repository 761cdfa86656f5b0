"""Who acts in the clause that holds the promise, in sentences written for these tests: the writer's "ik" in
one clause does not make another party's intention in the next clause a promise of the government."""

import pytest

from commitments.extraction.detect import Mode
from tests.unit.letter_frame import commitments_in


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    "sentence",
    [
        "Ik wil niet op de uitkomst vooruitlopen; de netbeheerders zijn voornemens om de tarieven te verlagen.",
        "Over de uitkomst zeg ik nu nog niets; verschillende zorgverzekeraars hebben zich bereid verklaard om "
        "aan de pilot deel te nemen.",
    ],
)
def test_an_intention_of_others_in_a_clause_beside_the_writer_s_is_no_promise(sentence: str, mode: Mode) -> None:
    assert commitments_in(sentence, mode) == ()


def test_an_intention_of_the_writer_in_the_clause_after_another_is_a_promise() -> None:
    sentence = (
        "Ik wil niet op de uitkomst vooruitlopen; ik ben wel voornemens om de resultaten voor de zomer met uw "
        "Kamer te delen."
    )
    (item,) = commitments_in(sentence, Mode.RULES)
    assert item.kind == "toezegging"
