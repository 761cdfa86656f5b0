"""The phrase table (tests/unit/data/deadline_phrases.csv) through ``resolve`` and through the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from re import _parser as re_parser  # type: ignore[attr-defined]

import pytest
from click.testing import CliRunner

from commitments.cli.deadline import deadline
from commitments.deadlines import Deadline, find, primary, resolve
from commitments.deadlines import finder as finder_module
from commitments.deadlines.calendar import default_calendar
from commitments.deadlines.rules import RULES
from commitments.extraction.train import TUNING_LETTERS

TABLE = Path(__file__).parent / "data" / "deadline_phrases.csv"
ROWS = list(csv.DictReader(TABLE.open(encoding="utf-8", newline="")))
DEVSET = Path(__file__).resolve().parents[3] / "shared" / "devset"


def _expect(row: dict[str, str]) -> tuple[str | None, str | None, bool]:
    return (row["date"] or None, row["recurring"] or None, row["estimate"] == "true")


def _got(best: Deadline | None) -> tuple[str | None, str | None, bool]:
    if best is None:
        return (None, None, False)
    return (best.date.isoformat() if best.date else None, best.recurring, best.estimate)


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 150


@pytest.mark.parametrize("row", ROWS, ids=[f"{i}:{r['text'][:40]}" for i, r in enumerate(ROWS)])
def test_phrase_table(row: dict[str, str]) -> None:
    ref = dt.date.fromisoformat(row["ref"])
    assert _got(resolve(row["text"], ref)) == _expect(row)


@pytest.mark.parametrize("row", ROWS[::7], ids=[r["text"][:40] for r in ROWS[::7]])
def test_phrase_inside_a_longer_text_keeps_its_date(row: dict[str, str]) -> None:
    """Padding before and after a phrase changes neither its date nor its span."""
    ref = dt.date.fromisoformat(row["ref"])
    text = "Inleiding zonder termijnen.\n\n" + row["text"] + "\n\nMet vriendelijke groet."
    assert _got(resolve(text, ref)) == _expect(row)


@pytest.mark.parametrize(
    "text",
    [
        "Kamerstuk 28 638, nr. 178",
        "Kamerstukken II 2019/20, 28 638, nr. 178",
        "Handelingen II 2019/20, nr. 94",
        "De Slachtoffermonitor mensenhandel 2014–2018 is gepubliceerd.",
        "Het budget bedraagt € 2.025 miljoen en artikel 12 lid 3 is van toepassing.",
        "Het Strategisch Vastgoedplan 2022 en de begroting 2021.",
        "Ik deel met de Nationaal Rapporteur de zorg over de aanpak.",
        "Het zomerreces begint dit keer vroeg.",
        "Jan de Vries en Mei Li waren aanwezig.",
        "",
    ],
)
def test_no_deadline_phrase(text: str) -> None:
    assert find(text, dt.date(2024, 3, 1)) == []


def test_vague_phrase_gives_a_deadline_without_date() -> None:
    best = resolve("Ik zal Uw Kamer zo spoedig mogelijk informeren.", dt.date(2019, 4, 25))
    assert best is not None
    assert (best.date, best.text, best.rule) == (None, "zo spoedig mogelijk", "vague")


def test_periodic_as_an_adjective_names_a_kind_of_report_not_its_moment() -> None:
    """Found in a user trial: "De uit te voeren periodieke rapportage …" got the deadline "periodieke"."""
    assert find("De periodieke evaluatie van het subsidiestelsel;", dt.date(2024, 3, 1)) == []
    best = resolve("Ik informeer uw Kamer periodiek over de voortgang.", dt.date(2024, 3, 1))
    assert best is not None
    assert best.text == "periodiek"


def test_past_and_jl_dates_are_matches_but_never_primary() -> None:
    ref = dt.date(2020, 4, 1)
    text = "Op 18 oktober 2019 heeft de Rapporteur gepubliceerd; op 12 februari jl. sprak ik de Kamer."
    matches = find(text, ref)
    assert [m.date for m in matches] == [dt.date(2019, 10, 18), dt.date(2020, 2, 12)]
    assert all(m.backward for m in matches)
    assert primary(matches, ref) is None
    assert primary(matches, ref, allow_past=True) == matches[0]  # the jl. date never


def test_allow_past_recovers_a_motie_request() -> None:
    ref = dt.date(2023, 9, 19)
    text = "Verzoekt de regering de Tweede Kamer in het eerste kwartaal van 2023 te informeren."
    assert resolve(text, ref) is None
    best = primary(find(text, ref), ref, allow_past=True)
    assert best is not None
    assert best.date == dt.date(2023, 3, 31)


def test_year_less_meeting_date_is_the_nearest_one() -> None:
    ref = dt.date(2021, 2, 12)
    (match,) = find("In het notaoverleg op 25 januari heb ik toegezegd", ref)
    assert match.date == dt.date(2021, 1, 25)
    assert match.backward


def test_letter_date_is_not_a_deadline() -> None:
    ref = dt.date(2021, 2, 12)
    assert resolve("Den Haag, 12 februari 2021", ref) is None


def test_spans_point_at_the_phrases() -> None:
    text = "Ik streef ernaar deze voor het \nzomerreces te delen en eind 2025 af te ronden."
    matches = find(text, dt.date(2020, 4, 1))
    assert [text[m.start : m.end] for m in matches] == [m.text for m in matches]
    assert [m.text for m in matches] == ["voor het \nzomerreces", "eind 2025"]


def test_anchor_windows_find_what_a_full_scan_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Searching only around anchor words is an optimisation: it must not lose or change a match."""
    texts = [(r["text"], dt.date.fromisoformat(r["ref"])) for r in ROWS]
    if DEVSET.is_dir():
        texts += [
            ((DEVSET / name).read_text(encoding="utf-8"), dt.date(2020, 1, 1)) for name in TUNING_LETTERS
        ]
    windowed = [find(t, r) for t, r in texts]
    monkeypatch.setattr(
        finder_module._Anchors, "windows", lambda self, index: [(0, self._length, self._length)]
    )
    assert [find(t, r) for t, r in texts] == windowed


def test_reading_only_the_phrases_that_can_be_chosen_finds_what_reading_all_finds() -> None:
    """The finder reads a phrase only when no longer one it overlaps was chosen (finder._non_overlapping):
    choosing among all phrases read first, as it once did, must choose the same."""
    texts = [(r["text"], dt.date.fromisoformat(r["ref"])) for r in ROWS]
    if DEVSET.is_dir():
        texts += [
            ((DEVSET / name).read_text(encoding="utf-8"), dt.date(2020, 1, 1)) for name in TUNING_LETTERS
        ]
    calendar = default_calendar()
    for text, reference in texts:
        phrases = finder_module._phrases(text)
        readings = {phrase: finder_module._read(phrase, text, reference, calendar) for phrase in phrases}
        read_first = [phrase for phrase in phrases if readings[phrase] is not None]
        assert finder_module._non_overlapping(read_first, readings.__getitem__) == find(text, reference)


def test_a_phrase_within_a_longer_chosen_one_is_not_read() -> None:
    text = "Ik stuur u de brief uiterlijk 1 maart 2025."
    reference = dt.date(2024, 1, 1)
    phrases = finder_module._phrases(text)
    read: list[str] = []

    def reading(phrase: finder_module._Phrase) -> Deadline | None:
        read.append(text[phrase.start : phrase.end])
        return finder_module._read(phrase, text, reference, default_calendar())

    assert [match.text for match in finder_module._non_overlapping(phrases, reading)] == [
        "uiterlijk 1 maart 2025"
    ]
    assert read == ["uiterlijk 1 maart 2025"]
    assert len(phrases) > 1  # "maart 2025" and "2025" were found, and left unread


def test_no_rule_matches_an_empty_string() -> None:
    """The windowed search starts each next search where a match ended (finder._matches): an empty match would
    never move it on."""
    for rule in RULES:
        assert re_parser.parse(rule.pattern.pattern, rule.pattern.flags).getwidth()[0] > 0, rule.name


def test_anchors_are_every_occurrence_of_every_word() -> None:
    """The anchor words are looked for a first character at a time (finder._BY_FIRST): each rule must still
    get every place where one of its words starts, overlapping ones included."""
    text = "Jaarwisselingjaar, BINNENKORT binnen q1q2 Q3 a. s. a.s. voorjaarsnota eerdaagseerdaags reces"
    lowered = text.lower()
    anchors = finder_module._Anchors(text)
    for index, rule in enumerate(RULES):
        expected = [at for at in range(len(text)) for word in rule.anchors if lowered.startswith(word, at)]
        assert sorted(anchors._starts[index]) == expected, rule.name


# --- the CLI ----------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty data directory for the calendar override, and fresh settings around each test."""
    from config.settings import get_settings

    monkeypatch.setenv("TOEZEGBOT_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_cli_json_answer() -> None:
    text = "In Q1 2026 ontvangt uw Kamer de jaarlijkse voortgangsrapportage; de brief van 4 juli 2025 jl."
    result = CliRunner().invoke(deadline, [text, "--ref", "2025-10-06", "--json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert answer["text"] == text
    assert (answer["date"], answer["estimate"], answer["recurring"], answer["rule"]) == (
        "2026-03-31",
        False,
        "yearly",
        "quarter",
    )
    assert [m["phrase"] for m in answer["matches"]] == ["In Q1 2026", "jaarlijkse", "4 juli 2025 jl."]
    assert set(answer["matches"][0]) == {"start", "end", "phrase", "date", "estimate", "recurring", "rule"}


def test_cli_batch_answers_every_line_in_order(data_dir: Path) -> None:
    (data_dir / "recesses.csv").write_text(
        "recess,first_day,last_day,status,source\nzomerreces,2020-07-03,2020-08-31,confirmed,admin\n",
        encoding="utf-8",
    )
    lines = [json.dumps({"text": r["text"], "ref": r["ref"]}) for r in ROWS]
    lines.insert(3, "not json")
    result = CliRunner().invoke(deadline, ["--batch", "--json"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.output.splitlines()]
    assert len(answers) == len(lines)
    assert "error" in answers.pop(3)
    for row, answer in zip(ROWS, answers, strict=True):
        want = _expect(row)
        if want[0] == "2020-07-02":
            want = (want[0], want[1], False)  # the administrator confirmed the zomerreces 2020 row
        assert (answer["date"], answer["recurring"], answer["estimate"]) == want, row["text"]


def test_cli_needs_text_or_batch() -> None:
    assert CliRunner().invoke(deadline, []).exit_code == 2


def test_cli_plain_output_marks_an_estimate() -> None:
    result = CliRunner().invoke(deadline, ["voor het zomerreces", "--ref", "2020-04-01"])
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "2020-07-02 (schatting) [before-recess]"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Vanaf 1 maart 2027 kunnen gemeenten een aanvraag doen.", True),
        ("De regeling geldt per 1 januari 2028.", True),
        ("Met ingang van 1 juli 2027 vervalt de vergunningplicht.", True),
        ("Het rapport volgt uiterlijk 1 maart 2027.", False),
        ("Ik informeer u in juni 2027 over de uitkomsten.", False),
        ("De pilot loopt tot 1 oktober 2027.", False),  # weak, but an end, not a start
    ],
)
def test_a_moment_something_begins_is_flagged(text: str, starts: bool) -> None:
    (found,) = find(text, dt.date(2026, 12, 7))
    assert found.starts is starts


def test_later_this_year_gives_way_to_a_month_beside_it() -> None:
    found = primary(
        find("Het rapport volgt later dit jaar, in oktober.", dt.date(2026, 3, 2)), dt.date(2026, 3, 2)
    )
    assert found is not None
    assert found.date == dt.date(2026, 10, 31)
    alone = resolve("later dit jaar", dt.date(2026, 3, 2))
    assert alone is not None
    assert alone.date == dt.date(2026, 12, 31)
