"""The scoring protocol of shared/devset/README.md: an optional (borderline) gold item counts neither as
missed nor as a false positive, so it never takes a prediction from a required item that the prediction
also matches."""

from commitments.extraction.detect import Found
from commitments.extraction.evaluate import Gold, score_letter

MENTION = "Op 3 april heeft uw Kamer de motie van het lid Bakker aangenomen (Kamerstuk 36 410, nr. 21)."
WORDS = "Die motie «verzoekt de regering de Kamer voor 1 september 2024 een plan te sturen voor schuldhulp»."
TEXT = f"{MENTION} {WORDS}"


def _found(start: int, end: int) -> Found:
    return Found("motie", TEXT[start:end], start, end, None, None, None, None, None, (), "open", 0.8)


def test_a_prediction_over_a_required_and_an_optional_item_counts_for_the_required_one() -> None:
    words_start = TEXT.index(WORDS)
    golds = [
        Gold("motie", MENTION, 0, len(MENTION), None, required=True),
        Gold("motie", WORDS, words_start, len(TEXT), None, required=False),
    ]
    score = score_letter("brief", TEXT, golds, [_found(0, len(TEXT))])
    assert (score.true_positives, score.missed, score.false_positives) == (1, [], [])
