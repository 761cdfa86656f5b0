"""The promise classifier's parts: anchor words read from patterns, features, the model file."""

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.extraction import cues, detect
from commitments.extraction.anchors import AnchorIndex, anchor_words, anchors, lower
from commitments.extraction.classifier import Model, Thresholds, bucket, features, load_model, words


def test_anchors_are_the_most_selective_required_words() -> None:
    assert anchors(re.compile(r"\b(?:ik|wij)\s+zal\b", re.I)) == ("zal",)
    assert anchors(re.compile(r"\b(?:zal|zullen)\b")) == ("zal", "zullen")
    assert anchors(re.compile(r"(?:abc)?d+")) == ("d",)  # an optional part is required of no match
    assert anchors(re.compile(r"(?:abc|\w+)x")) == ("x",)
    assert anchors(re.compile(r"\w+\s+\w+")) is None


def test_a_lookahead_requires_its_words_and_a_negative_one_does_not() -> None:
    assert anchors(re.compile(r"^(?=.*\bbrief\b)(?!.*\bniet\b)")) == ("brief",)


_WORDS = [
    "ik", "zal", "uw", "Kamer", "U", "ontvangt", "informeren", "voor", "de", "zomer", "wordt", "gepland",
    "heb", "aangegeven", "dat", "ga", "het", "kabinet", "streef", "ernaar", "te", "sturen", "brief",
    "niet", "geïnformeerd", "wetsvoorstel", "in", "werking", "treedt", "Minister", "laat", "met", "een",
    "?", ",", "verwacht", "hoogte", "op", "stel", "komen", "terug", "zegt", "toe", "wil", "aanpassen",
]  # fmt: skip


def _holds_an_anchor(pattern: re.Pattern[str], lowered: str) -> bool:
    words = anchor_words(pattern)
    return words is None or any(word in lowered for word in words)


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
def test_no_cue_or_veto_matches_a_sentence_without_its_anchor_words(chosen: list[str]) -> None:
    sentence = " ".join(chosen)
    lowered = sentence.lower()
    for cue in cues.PROMISE_CUES:
        if cue.pattern.search(sentence):
            assert _holds_an_anchor(cue.pattern, lowered), cue.name
    for name, veto in cues.VETOES.items():
        if veto.search(sentence):
            assert _holds_an_anchor(veto, lowered), name


_SENTENCES = st.lists(
    st.sampled_from(
        [
            *_WORDS, "İNFORMEREN", "moties", "debat", "(Kamerstuk", "15%", "zal,", "(ik", "ga-", "u.", "en",
            "tevens", "Kamerleden", "Uw", "Staten-Generaal", "kamerbrief", "ZULLEN.", "_wij", "gaan:",
        ]
    ),
    max_size=14,
)  # fmt: skip


@given(_SENTENCES)
def test_the_anchor_index_rules_out_no_pattern_that_matches(chosen: list[str]) -> None:
    sentence = " ".join(chosen)
    passed = detect._ANCHORS.passed(lower(sentence))
    for pattern in detect._ANCHORS.patterns:
        if pattern.search(sentence):
            mask = detect._ANCHORS.mask(pattern)
            assert passed & mask == mask, pattern.pattern
            alternatives = detect._ANCHORS.alternative_masks(pattern)
            assert not alternatives or any(passed & each == each for each in alternatives), pattern.pattern
            assert detect._may_match(pattern, passed), pattern.pattern


def test_the_anchor_index_reads_anchors_inside_words_and_across_white_space() -> None:
    index = AnchorIndex([re.compile(r"\bzal\b"), re.compile(r"ge[iï]nformeerd", re.I), re.compile(r"\w+")])
    zal, informed, anything = (index.mask(pattern) for pattern in index.patterns)
    assert index.passed("ik zal u") == zal | anything
    assert index.passed("is (geïnformeerd).") == informed | anything
    assert index.passed("") == anything


def test_the_anchor_index_needs_a_whole_word_where_the_pattern_does_and_every_required_word() -> None:
    index = AnchorIndex([re.compile(r"\bga\s+ik", re.I), re.compile(r",?\s+en\s+tevens\s+", re.I)])
    go, split = (index.mask(pattern) for pattern in index.patterns)
    assert index.passed("(ga ik") & go == go
    assert index.passed("vergadering ik") & go != go  # "ga" inside a word
    assert index.passed("gaan ik") & go != go
    assert index.passed("a, en tevens b") & split == split
    assert index.passed("a en b") & split != split  # "tevens" is needed too


def test_the_anchor_index_needs_the_words_of_one_alternative_together() -> None:
    asks = re.compile(r"\b(?:verzoekt\s+de\s+regering|(?:de|deze)\s+motie\s+vraagt)\b", re.I)
    plain = re.compile(r"\bzal\b")
    index = AnchorIndex([asks, plain])
    mask, alternatives = index.mask(asks), index.alternative_masks(asks)
    assert len(alternatives) == 2
    assert index.alternative_masks(plain) == ()

    def may_match(text: str) -> bool:
        bits = index.passed(text)
        return bits & mask == mask and any(bits & each == each for each in alternatives)

    assert may_match("de kamer verzoekt de regering")
    assert may_match("deze motie vraagt om")
    assert index.passed("de regering vraagt") & mask == mask  # a word that one of them needs
    assert not may_match("de regering vraagt")  # but not all the words of either
    assert not may_match("de motie verzoekt om")


def test_anchor_words_are_found_in_lower_case_text() -> None:
    informed = re.compile(r"\bge[iï]nformeerd\b", re.I)
    assert anchor_words(informed, re.compile(r"\bzal\b")) == ("geinformeerd", "geïnformeerd", "zal")
    assert _holds_an_anchor(informed, "de kamer is geïnformeerd")
    assert not _holds_an_anchor(informed, "de kamer is gebeld")


def test_words_are_stemmed_and_numbers_and_names_normalised() -> None:
    tokens = words("Minister Jansen stuurt uw Kamer 3 brieven")
    assert tokens[1] == "<naam>"  # a name inside the sentence
    assert tokens[4] == "kamer"  # the Kamer is kept as a word
    assert tokens[5] == "<num>"
    assert tokens[6] == words("brief")[0]  # stemmed: brieven and brief are one word
    grams = features("Ik informeer u", ["future"])
    assert grams == ["w:ik", "w:informeer", "w:u", "b:ik informeer", "b:informeer u", "s:future"]


def test_a_word_reads_by_its_place_whichever_place_it_was_read_in_first() -> None:
    # the token of a word inside a sentence is remembered; the first word of a sentence is never a name
    assert words("Zwolle bouwt") == [words("zwolle")[0], words("bouwt")[0]]
    assert words("Ook Zwolle bouwt")[1] == "<naam>"
    assert words("Zwolle bouwt")[0] != "<naam>"
    assert words("2031 en 17 2031") == ["<num>", "en", "<num>", "<num>"]


def test_a_probability_is_the_same_whether_its_weights_are_remembered_or_not() -> None:
    model = Model(0.25, {bucket("w:brief"): 0.5, bucket("b:zend brief"): -0.125}, Thresholds(0.1, 0.9))
    grams = ["w:zend", "w:brief", "b:zend brief", "w:brief"]
    first = model.probability(grams)
    assert model.probability(grams) == first == 1.0 / (1.0 + math.exp(-(0.25 + 0.5 - 0.125 + 0.5)))


def test_the_model_round_trips_through_its_json_form() -> None:
    model = Model(-1.5, {bucket("w:informer"): 2.0, bucket("s:kamer"): 1.0}, Thresholds(0.1, 0.9, 0.6))
    again = Model.from_json(model.to_json())
    assert again == model
    assert again.probability(["w:informer", "s:kamer"]) > again.probability(["w:informer"]) > 0.5
    assert again.probability([]) < 0.5


def test_a_model_file_of_another_hashing_is_refused() -> None:
    data = Model(0.0, {}, Thresholds(0.0, 1.0)).to_json()
    data["buckets"] = 12
    with pytest.raises(ValueError, match="buckets"):
        Model.from_json(data)


def test_the_committed_model_is_small_and_has_thresholds_from_cross_validation() -> None:
    model = load_model()
    assert model is not None
    assert len(model.weights) < 20_000
    assert 0.0 <= model.thresholds.keep < model.thresholds.add <= 1.01


def test_every_pattern_tried_on_a_sentence_finds_its_mask_and_twin_by_identity() -> None:
    # the lookups are by identity, as hashing a compiled pattern costs as much as a search
    for pattern in detect._PATTERNS:
        assert detect._MASK[id(pattern)] == detect._ANCHORS.mask(pattern)
        assert (id(pattern) in detect._TWINS) == (
            bool(pattern.flags & re.IGNORECASE) and "(?-i" not in pattern.pattern
        )
    for name, veto in cues.VETOES.items():
        assert detect._search(veto, "Hierbij kom ik de toezegging na.") is None or name == "fulfilled_here"
