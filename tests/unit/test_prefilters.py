"""The quick tests that run before slow patterns change no outcome: each is implied by its pattern."""

import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from commitments import refs
from commitments.deadlines import patterns
from commitments.deadlines.rules import RULES
from commitments.extraction import cues, detect, footnotes, moments, moties, sentences
from commitments.scan import fold, matches_at, word_starts

_REF_PIECES = [
    "Kamerstuk", "Kamerstukken II", "kst", "TK", "EK", "2019/20,", "28 638", "35570", "VI", ",", "nr.",
    "nrs.", "178", "en", "226", "-", "kst-28638-178", "de", "brief", "Vergaderjaar", "2018-2019", "Nr.", "96",
    "(", ")", "28638-178", "35570-VI-50", "/", "KST-"
]  # fmt: skip


@given(st.lists(st.sampled_from(_REF_PIECES), max_size=16), st.sampled_from([" ", "", "\n"]))
def test_the_start_tests_of_references_change_no_match(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    for pattern, lookahead in (
        (refs._WRITTEN, r"(?=\d|kamerstuk|kst|tk\b|ek\b)"),
        (refs._COMPACT, r"(?=kst-|\d)"),
    ):
        assert pattern.pattern.startswith(lookahead)
        plain = re.compile(pattern.pattern.removeprefix(lookahead), pattern.flags)
        assert [m.group(0) for m in pattern.finditer(text)] == [m.group(0) for m in plain.finditer(text)]


_EVENT_DATE_END = r"(?:van|op|d\.d\.)\s*$"


@given(st.lists(st.sampled_from(_REF_PIECES), max_size=16), st.sampled_from([" ", "", "\n"]))
def test_a_text_without_the_words_of_a_reference_has_none(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    if any(pattern.search(text) for pattern in (refs._WRITTEN, refs._COMPACT, refs._LETTERED)):
        assert refs._may_hold_a_ref(text, fold(text))


def test_the_event_date_test_is_how_the_event_date_pattern_ends() -> None:
    assert cues.EVENT_DATE_BEFORE.pattern.endswith(_EVENT_DATE_END)
    assert cues.EVENT_DATE_BEFORE.flags & re.IGNORECASE


@given(
    st.lists(
        st.sampled_from(
            ["van", "VAN", "Op", "d.d.", "D.D.", "vanop", "o", "p", "d.d", " ", "\n", "\t", "\u00a0", "x"]
        )
    )
)
def test_the_event_date_endings_are_what_the_pattern_end_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    ends = re.search(_EVENT_DATE_END, text, re.IGNORECASE) is not None
    assert ends == text.rstrip()[-4:].lower().endswith(moments.EVENT_DATE_ENDINGS)


def test_dates_of_events_are_still_left_out() -> None:
    text = "Tijdens het commissiedebat van 4 september 2030 zei ik toe voor 1 december 2030 te rapporteren."
    phrases = [match.text for match in moments.deadline_phrases(text, date(2030, 10, 1))]
    assert phrases == ["voor 1 december 2030"]


def test_the_date_of_a_meeting_ahead_is_a_moment() -> None:
    text = "Ik zal uw Kamer voor het commissiedebat van 4 september 2030 informeren."
    phrases = [match.text for match in moments.deadline_phrases(text, date(2030, 1, 1))]
    assert "4 september 2030" in phrases


_DOCUMENT_PIECES = [
    "de", "Kamerbrief", "BRIEVEN", "debat", "overleg", "AO", "so", "wgo", "e-mail", "Email", "verzoek",
    "vonnis", "motie", "advies", "Handelingen", "van", "VAN", "d.d.", "ſo", "aſ", "-", "x", "ao.", " ", "  ",
    "\n", "\t",
]  # fmt: skip


@given(st.lists(st.sampled_from(_DOCUMENT_PIECES), max_size=8))
def test_the_document_test_is_implied_by_the_document_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = patterns.DOCUMENT_BEFORE.search(text) is not None
    assert patterns.names_document_before(text) == found


@given(
    st.lists(st.sampled_from(["nr", "a.s", ".", "Broekers", "é", "1", "_", " ", "\n", "(", "-"]), max_size=12)
)
def test_the_token_before_a_full_stop_is_what_a_search_before_it_finds(pieces: list[str]) -> None:
    text = "".join(pieces) + ". Verder"
    dot = len(text) - len(". Verder")
    found = re.compile(r"([\w.]+)$").search(text, max(0, dot - 20), dot)
    assert sentences._token_before(text, dot) == (found.group(1) if found else "")


_EVENT_PIECES = [
    "commissiedebat ", "(notaoverleg ", "WGO ", "vao ", "top ", "het ", "brief ", "van ", "VAN", "op ",
    "d.d.", "x", "mijn ", ", ", " ", "\n", "\t", "\u00a0",
]  # fmt: skip


@given(st.lists(st.sampled_from(_EVENT_PIECES), max_size=8))
def test_the_event_date_pattern_finds_in_the_last_words_what_it_finds_in_all(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = cues.EVENT_DATE_BEFORE.search(text[-60:]) is not None  # the stretch it reads before a date
    assert moments._after_event_words(text + "4 mei", len(text)) == found


def test_a_named_motie_starts_at_its_word() -> None:
    assert moties.MOTIE_NAMED.pattern.startswith(r"\b(?P<head>[Mm]oties?)")
    assert moties.NAMED_START == "motie"


def test_a_lettered_reference_starts_with_its_prefix_as_written() -> None:
    assert not refs._LETTERED.flags & re.IGNORECASE
    assert refs._LETTERED.pattern.startswith(r"(?P<prefix>Kamerstuk(?:ken)?|Kst\.?|EK)\b")
    assert refs._LETTERED_STARTS == ("Kamerstuk", "Kst", "EK")


@given(st.lists(st.sampled_from([".", ")", " ", "\n", "\t", "a", "B", "é", "1", "\u00a0"]), max_size=14))
def test_the_resumptions_of_text_are_those_of_one_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    one = re.compile(r"[.)]\s*\n[ \t]*(?=[a-zà-ÿ])")
    found = sorted(match.span() for pattern in sentences._RESUMED_TEXT for match in pattern.finditer(text))
    assert found == [match.span() for match in one.finditer(text)]


def test_the_closing_particle_a_cue_requires_is_how_its_pattern_ends() -> None:
    cue = next(cue for cue in cues.PROMISE_CUES if cue.name == "present_separable_dated")
    assert cue.requires is not None
    assert cue.pattern.pattern.endswith(cue.requires.pattern)
    assert cue.pattern.flags == cue.requires.flags


_DIGIT_PIECES = ["1", "2", "9", "0", "20", "199", "2025", "-", "/", ".", " ", "a"]


@given(st.lists(st.sampled_from(_DIGIT_PIECES), max_size=12))
def test_the_digit_anchors_are_where_their_pattern_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    for rule in RULES:
        if rule.anchor_pattern is not None:
            expected = [match.start() for match in rule.anchor_pattern.pattern.finditer(text)]
            assert rule.anchor_pattern.starts(text) == expected, rule.name


_FOOTNOTE_PIECES = ["X", " ", "Noot", "noot", "1", "12", "٣", "²", ":", "\n", "Motie", "(", "a"]


@given(st.lists(st.sampled_from(_FOOTNOTE_PIECES)))
def test_a_sentence_that_opens_without_a_digit_x_or_noot_is_no_footnote_body(pieces: list[str]) -> None:
    text = "".join(pieces)
    if footnotes._BODY_START.match(text) or footnotes._NUMBER_ONLY.fullmatch(text):
        assert text[:1].isdigit() or text.startswith(("X", "Noot"))


@given(st.lists(st.sampled_from(["a", "b", ".", "o.i.d", "x", "é", "_", "1"]), max_size=8))
def test_dotted_letters_hold_a_full_stop(pieces: list[str]) -> None:
    token = "".join(pieces)
    if sentences._DOTTED_LETTERS.fullmatch(token):
        assert "." in token


_ANAPHOR_PIECES = [
    "deze", "Deze", "DIE", "de", "De", "dE", "bovengenoemde", "genoemde", "voornoemde", " ", "\n", "\u00a0",
    "motie", "Motie", "MOTIE", "moties", "van", "X", "(", "1", "İ", "ge", "x", ".",
]  # fmt: skip


@given(st.lists(st.sampled_from(_ANAPHOR_PIECES), max_size=12), st.integers(0, 8), st.integers(0, 8))
def test_anaphors_tried_before_each_motie_are_what_finditer_finds(
    pieces: list[str], skip: int, short: int
) -> None:
    text = "".join(pieces)
    start, end = min(skip, len(text)), max(min(skip, len(text)), len(text) - short)
    motie_starts = sorted(word_starts(fold(text), ("motie",)))
    expected = [match.span() for match in moties.MOTIE_ANAPHOR.finditer(text, start, end)]
    assert [match.span() for match in moties._anaphors(text, motie_starts, start, end)] == expected


@given(st.lists(st.sampled_from(["|", " ", "\t", "\n", "\r", "a", "Fase", " | ", "||"]), max_size=16))
def test_table_rows_tried_at_the_lines_with_a_bar_are_what_finditer_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    starts = sentences._starts_of_lines_with(text, "|")
    expected = [match.span() for match in sentences.TABLE_ROW.finditer(text)]
    assert [match.span() for match in matches_at(sentences.TABLE_ROW, text, starts)] == expected


def test_a_table_row_is_tried_only_at_the_start_of_a_line_with_a_bar() -> None:
    text = "Inleiding\nFase | Planning\n\nD-brief | eind 2024"
    assert sentences._starts_of_lines_with(text, "|") == [10, 27]
    assert sentences._starts_of_lines_with("Geen tabel hier.\nOok niet.", "|") == []


_POINTING_AHEAD_PIECES = [
    "U", "u", "uw Kamer", "ontvangt", "hoort", "van mij", "zal", "ZULLEN", "ga", "gaan", "over", "akkoord",
    "verwacht", "streven", "van plan", "heeft", "de", "brief", ",", " ", "\n", "İ", "zalm", "ontvangen",
]  # fmt: skip


@given(st.lists(st.sampled_from(_POINTING_AHEAD_PIECES), max_size=14), st.sampled_from([" ", ""]))
def test_the_model_candidate_searched_by_its_alternatives_apart_is_found_as_a_whole(
    pieces: list[str], glue: str
) -> None:
    text = glue.join(pieces)
    assert detect._points_ahead(text) == (cues.MODEL_CANDIDATE.search(text) is not None)


def test_the_model_candidate_is_its_alternatives() -> None:
    assert cues.MODEL_CANDIDATE.pattern == "|".join(cues.MODEL_CANDIDATE_PARTS)
    assert detect._points_ahead("Uw Kamer kan de rapportage in het voorjaar tegemoet zien.")
    assert detect._points_ahead("Het streven is de regeling in te voeren.")
    assert not detect._points_ahead("Uw Kamer heeft de rapportage in januari ontvangen.")


def test_the_sentences_holding_a_motie_word_are_those_a_scan_of_every_sentence_finds() -> None:
    text = "Ik stuur u de brief. De motie-Bikker voer ik uit.\n\nDeze moties zijn afgedaan. Tot slot."
    split = sentences.split_sentences(text)
    folded = fold(text)
    spans = sorted(
        (at, at + len(word)) for word in ("motie", "moties") for at in word_starts(folded, (word,))
    )
    spans.append((split[0].end - 2, split[1].start + 2))  # across two sentences: held by neither
    expected = [
        index
        for index, sentence in enumerate(split)
        if any(sentence.start <= start and end <= sentence.end for start, end in spans)
    ]
    assert moties._sentences_holding(split, sorted(spans)) == expected == [1, 2]


_CLAUSE_PIECES = [
    "Nadat", "nadat", "OMDAT", "zodat", "toen", "sinds", "sindsdien", "voordat", "de", "gemeenten", "hebben",
    "gereageerd", "ik", "informeer", "u", ",", ";", " ", "\n", "İ", "ſinds",
]  # fmt: skip


@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=12), st.sampled_from([" ", ""]))
def test_a_text_without_the_opener_of_an_adverbial_clause_holds_none(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    if not detect._may_match(cues.OTHER_ADVERBIAL_CLAUSE, detect._anchor_bits(text)):
        assert cues.OTHER_ADVERBIAL_CLAUSE.search(text) is None


def test_a_moment_is_pointed_back_at_only_when_one_stands_before() -> None:
    text = "Het rapport verschijnt in mei 2031. Ik stuur het u dan toe. Dan volgt de rest."
    context = detect.read_letter(text, date(2030, 1, 1), 0, today=date(2030, 1, 1)).context
    second = text.index("Ik stuur")
    pointed = detect._moment_pointed_back_at(context, text[second:], second)
    assert [match.text for match in pointed] == ["in mei 2031"]
    assert detect._moment_pointed_back_at(context, "Dan volgt de rest.", 0) == []
    assert detect._moment_pointed_back_at(context, "Ik stuur het u toe.", second) == []


_BEFORE_DATE_PIECES = [
    "in de", "week", "WEEK", "van", "VAN", "vaN", "Den Haag", "den\nhaag", "HAAG", "datum", "Datum", "*", ":",
    ",", " ", "  ", "\n", "\t", "\u00a0", "x", "de", "vanaf", "weekvan",
]  # fmt: skip


@given(st.lists(st.sampled_from(_BEFORE_DATE_PIECES), max_size=8))
def test_the_week_and_letter_date_tests_are_implied_by_their_patterns(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert patterns.names_week_before(text) == (patterns.WEEK_OF_BEFORE.search(text) is not None)
    assert patterns.names_letter_date_before(text) == (patterns.LETTER_DATE_BEFORE.search(text) is not None)
