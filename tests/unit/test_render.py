"""Rendering for Telegram: escaping, the 4096 limit, pages, Dutch dates, callback data within 64 bytes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import callbacks, keyboards, render
from bot.handlers.errors import refusal
from commitments.model import Kind, MotieStatus, letter_name
from commitments.records import CommitmentRecord, HistoryRecord
from commitments.services import NewCommitment
from offline_telegram.fake_api.html_check import parse_html

TODAY = date(2026, 6, 1)
MOMENT = datetime(2026, 5, 1, 12, tzinfo=UTC)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def record(**changes: object) -> CommitmentRecord:
    base = CommitmentRecord(
        id=12,
        kind="toezegging",
        title="Brief over jeugdzorg",
        quote=None,
        deadline=date(2020, 7, 2),
        deadline_text="voor het zomerreces",
        estimate=False,
        recurring=None,
        status="open",
        motie_status=None,
        ministry="VWS",
        post="Minister van Volksgezondheid, Welzijn en Sport",
        person=None,
        refs=("28638-178",),
        owner="jan",
        team=-1,
        document_id=None,
        fulfilled_by=None,
        created_at=MOMENT,
        updated_at=MOMENT,
        version=1,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_card_shows_id_dutch_date_and_marks_overdue() -> None:
    card = render.commitment_card(record(), TODAY)
    assert "<b>#12</b>" in card
    assert "2 juli 2020" in card
    assert render.OVERDUE in card
    assert "28638-178" in card


def test_a_fulfilled_recurring_promise_offers_its_next_time_and_a_follow_up_names_what_it_follows() -> None:
    def actions(item: CommitmentRecord) -> list[str]:
        markup = keyboards.commitment_card(item)
        return [str(button.callback_data) for row in markup.inline_keyboard for button in row]

    yearly = record(recurring="yearly")
    assert "c:12:next" not in actions(yearly)
    assert "c:12:next" not in actions(replace(yearly, status="vervallen"))
    assert "c:12:next" in actions(replace(yearly, status="voldaan", can_follow_up=True))
    card = render.commitment_card(replace(yearly, id=13, follows=12), TODAY)
    assert "Terugkerend: jaarlijks (volgt op #12)" in card


def test_user_text_is_escaped() -> None:
    evil = record(title="<b>x</b> & <script>", owner="a<b>", quote="“<i>")
    card = render.commitment_card(evil, TODAY)
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;" in card
    assert "<script>" not in card
    parse_html(card)


def test_history_is_shown_with_reason_and_dates() -> None:
    history = (
        HistoryRecord(MOMENT, "@jan", "created", None, "Brief", None),
        HistoryRecord(MOMENT, "@piet", "postponed", "2026-03-01", "2026-09-01", "drukte <veel>"),
    )
    card = render.commitment_card(record(history=history), TODAY, history_tz=AMSTERDAM)
    assert "1 maart 2026 → 1 september 2026" in card
    assert "drukte &lt;veel&gt;" in card
    assert "1 mei 2026" in card


@pytest.mark.parametrize(
    ("moment", "day"),
    [
        (datetime(2026, 5, 1, 22, 30, tzinfo=UTC), "2 mei 2026"),  # 00:30 in Amsterdam (summer time)
        (datetime(2026, 1, 14, 23, 30, tzinfo=UTC), "15 januari 2026"),  # 00:30 in Amsterdam (winter time)
        (datetime(2026, 1, 14, 22, 30, tzinfo=UTC), "14 januari 2026"),  # 23:30 there: still that day
    ],
)
def test_a_change_just_after_midnight_is_shown_on_the_dutch_day(moment: datetime, day: str) -> None:
    history = (HistoryRecord(moment, "@jan", "created", None, "Brief", None),)
    card = render.commitment_card(record(history=history), TODAY, history_tz=AMSTERDAM)
    assert f"– {day}, " in card


def test_a_fulfilment_names_its_kamerstuk_and_a_typed_reason_stays_a_reason() -> None:
    history = (
        HistoryRecord(MOMENT, "@jan", "status_changed", "open", "voldaan", "36800-X-20"),
        HistoryRecord(MOMENT, "@jan", "status_changed", "voldaan", "open", "toch niet af"),
    )
    card = render.commitment_card(record(history=history), TODAY, history_tz=AMSTERDAM)
    assert "voldaan; met Kamerstuk 36800-X-20" in card
    assert "reden: 36800-X-20" not in card
    assert "reden: toch niet af" in card


def test_a_change_a_letter_made_names_the_letter_on_its_own_line() -> None:
    history = (
        HistoryRecord(
            MOMENT, "@jan", "status_changed", "open", "voldaan", "36800-X-20", 2, "brief Kamerstuk 36800-X-20"
        ),
        HistoryRecord(
            MOMENT, "@jan", "postponed", "2026-03-01", "2026-09-01", "meer tijd", 3, "brief ‘Zorg’"
        ),
        HistoryRecord(MOMENT, "@jan", "status_changed", "open", "voldaan", "36800-X-21", 4),
    )
    card = render.commitment_card(record(history=history), TODAY, history_tz=AMSTERDAM)
    lines = card.split("Geschiedenis</b>\n")[1].splitlines()
    assert len(lines) == 3
    assert lines[0].endswith("voldaan; met brief Kamerstuk 36800-X-20")  # the Kamerstuk once, in the name
    assert lines[1].endswith("1 maart 2026 → 1 september 2026; met brief ‘Zorg’; reden: meer tijd")
    assert lines[2].endswith("voldaan; met Kamerstuk 36800-X-21")  # no letter: as before


@given(st.text(min_size=0, max_size=6000))
def test_anything_a_user_types_renders_as_valid_html_within_the_limit(text: str) -> None:
    item = record(title=text, quote=text, owner=text[:40], post=text, refs=(text[:50],))
    for html in (
        render.commitment_card(item, TODAY, history_tz=AMSTERDAM),
        render.list_page(render.esc(text), [item] * render.PAGE_SIZE, 1, 100, TODAY),
        render.draft_card(NewCommitment(title=text or "x", post=text, deadline_text=text)),
        render.found_items([NewCommitment(title=text or "x")] * 30, text, TODAY),
    ):
        assert render.telegram_length(html) <= render.MAX_MESSAGE
        parse_html(html)


def test_a_full_page_fits_without_cutting() -> None:
    worst = record(title="&" * 1000, ministry="<" * 100)
    page = render.list_page("Open", [worst] * render.PAGE_SIZE, 1, 50, TODAY)
    assert render.telegram_length(page) <= render.MAX_MESSAGE
    assert not page.endswith(render.CUT)
    assert "Pagina 1 van 7" in page


def test_fit_cuts_at_a_line_boundary() -> None:
    text = "\n".join(f"<b>regel {n}</b>" for n in range(2000))
    cut = render.fit(text)
    assert render.telegram_length(cut) <= render.MAX_MESSAGE
    assert cut.endswith(render.CUT)
    parse_html(cut)


def test_pages() -> None:
    assert render.pages_for(0) == 1
    assert render.pages_for(render.PAGE_SIZE) == 1
    assert render.pages_for(render.PAGE_SIZE + 1) == 2
    assert keyboards.pager(5, 1, 1) is None
    markup = keyboards.pager(5, 2, 3)
    assert markup is not None
    assert [button.callback_data for button in markup.inline_keyboard[0]] == [
        "p:5:page:1",
        "p:5:page:2",
        "p:5:page:3",
    ]


@given(st.integers(min_value=1, max_value=2**31 - 1), st.integers(min_value=1, max_value=40))
def test_callback_data_stays_within_64_bytes(draft_id: int, count: int) -> None:
    markups = [
        keyboards.draft_card(draft_id),
        keyboards.commitment_card(record(id=draft_id)),
        keyboards.commitment_card(
            record(id=draft_id, status="voldaan", recurring="yearly", can_follow_up=True), draft_id
        ),
        keyboards.found_items(draft_id, count, list(range(1, count + 1))),
        keyboards.found_items(draft_id, count, None),
        keyboards.pager(draft_id, 2, 3),
    ]
    for markup in markups:
        assert markup is not None
        for row in markup.inline_keyboard:
            for button in row:
                assert isinstance(button.callback_data, str)
                assert len(button.callback_data.encode()) <= callbacks.MAX_CALLBACK_BYTES


@pytest.mark.parametrize(
    "parts",
    [("x" * 65,), ("d", 1, "save" + "x" * 60), ("d", 2**63, "save"), ("q", 1, "save"), ("d", 1, "zap")],
)
def test_callback_refuses_data_the_decoder_would_not_read(parts: tuple[str | int, ...]) -> None:
    with pytest.raises(ValueError, match="invalid callback data"):
        keyboards.callback(*parts)


@pytest.mark.parametrize(
    "line",
    [
        "<b>" + render.esc("a<b&" * 3000) + "</b> (3)",
        "<i>“" + "🙂" * 3000 + "”</i>",
        '<a href="https://example.org">' + "x" * 5000 + "</a>",
    ],
)
def test_a_single_line_too_long_is_cut_inside_with_its_tags_closed(line: str) -> None:
    cut = render.fit(line + "\nnog een regel")
    assert render.telegram_length(cut) <= render.MAX_MESSAGE
    assert cut.endswith(render.CUT)
    assert len(cut) > 1000  # never only "…"
    parse_html(cut)


def test_limits_count_utf16_units_as_telegram_does() -> None:
    assert render.telegram_length("🙂") == 2
    text = "🙂" * 2100  # 2100 characters, 4200 units
    assert render.fit(text) != text
    assert render.telegram_length(render.short("🙂" * 100, 21)) <= 21


def test_echoed_user_text_is_cut_with_a_remark() -> None:
    assert render.echo("kort") == "kort"
    long = render.echo("woord " * 500)
    assert long.endswith("… (ingekort)")
    assert render.telegram_length(long) <= render.ECHO_LIMIT + len("… (ingekort)")


def test_a_refusal_cuts_the_quoted_input_and_keeps_the_explanation() -> None:
    message = "'" + "9" * 5000 + "' is geen Kamerstuk-verwijzing (bijvoorbeeld 28638-178)."
    shown = refusal(message)
    assert shown.endswith("… (ingekort)' is geen Kamerstuk-verwijzing (bijvoorbeeld 28638-178).")
    assert render.telegram_length(shown) < 300


@pytest.mark.parametrize(
    ("kind", "heading"),
    [
        (Kind.TOEZEGGING, "Nieuwe toezegging"),
        (Kind.MOTIE, "Nieuwe motie"),
        (Kind.DELIVERABLE, "Nieuw product"),
    ],
)
def test_a_new_card_names_its_kind(kind: Kind, heading: str) -> None:
    assert render.draft_card(NewCommitment(title="Evaluatie", kind=kind)).startswith(f"<b>{heading} – klopt")


def test_a_recurring_item_says_how_often_in_dutch() -> None:
    card = render.commitment_card(record(recurring="yearly"), TODAY)
    assert "Terugkerend: jaarlijks" in card
    assert "yearly" not in card


def test_a_new_card_says_how_often_before_it_is_saved() -> None:
    """Found in a user trial: "Terugkerend: halfjaarlijks" appeared only after saving."""
    card = render.draft_card(NewCommitment(title="Voortgangsbrief kinderopvang", recurring="half-yearly"))
    assert "Terugkerend: halfjaarlijks" in card
    assert "Terugkerend" not in render.draft_card(NewCommitment(title="Voortgangsbrief kinderopvang"))


def test_a_found_motie_the_letter_discharges_says_so_before_it_is_saved() -> None:
    """Saved, it is listed as 'motie [afgedaan]'; the list of what a letter contains says the same."""
    done = NewCommitment(title="Motie Mutluer en Ellian", kind=Kind.MOTIE, motie_status=MotieStatus.AFGEDAAN)
    still = NewCommitment(title="Motie Knops c.s.", kind=Kind.MOTIE)
    text = render.found_items([done, still], "brief.txt", TODAY)
    assert "motie [afgedaan] · geen termijn" in text
    assert text.count("[afgedaan]") == 1


def test_a_letter_with_a_long_subject_keeps_its_date_in_the_list_heading() -> None:
    """Found trying the bot: an 80-character cut took the date and the closing quote of "brief ‘…’ van …"."""
    name = letter_name(
        "Beantwoording Kamervragen over de inzet bij demonstraties en de stand van zaken bij de politie",
        date(2026, 12, 10),
        "brief.html",
    )
    text = render.found_items([NewCommitment(title="Brief over de politie")], name, TODAY)
    assert "bij de politie’ van 10 december 2026: 1</b>" in text


def test_a_found_deadline_already_past_is_marked_before_anything_is_chosen() -> None:
    gone = NewCommitment(title="Brief over de pilot", deadline=date(2026, 5, 31))
    today = NewCommitment(title="Plan van aanpak", deadline=TODAY)
    ahead = NewCommitment(title="Evaluatie", deadline=date(2026, 9, 1))
    undated = NewCommitment(title="Voortgangsbrief", deadline_text="binnenkort")
    done = NewCommitment(
        title="Motie Bos", kind=Kind.MOTIE, motie_status=MotieStatus.AFGEDAAN, deadline=date(2026, 1, 1)
    )
    for chosen in (None, [1]):
        text = render.found_items([gone, today, ahead, undated, done], "brief.txt", TODAY, chosen)
        lines = [line for line in text.splitlines() if "</b> " in line and "·" in line]
        assert [("⚠️ verlopen" in line) for line in lines] == [True, False, False, False, False]
        assert "31 mei 2026 ⚠️ verlopen ·" in lines[0]


def test_a_card_names_the_letter_its_item_came_from_escaped() -> None:
    card = render.commitment_card(
        record(source="brief ‘Jeugd <zorg> & meer’ van 3 maart 2026"), date(2026, 1, 1)
    )
    assert "Uit: brief ‘Jeugd &lt;zorg&gt; &amp; meer’ van 3 maart 2026" in card
    assert "Uit:" not in render.commitment_card(record(), date(2026, 1, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Welke bewindspersoon?", "@piet, welke bewindspersoon?"),
        ("Wat wordt de nieuwe termijn?", "@piet, wat wordt de nieuwe termijn?"),
        ("Waarom?", "@piet, waarom?"),
        ("MinOCW of staatssecretaris?", "@piet, MinOCW of staatssecretaris?"),
        ("EU-brief: wanneer?", "@piet, EU-brief: wanneer?"),
        ("#14 heeft nog geen eigenaar.", "@piet, #14 heeft nog geen eigenaar."),
        ("<b>Let op</b>: wie?", "@piet, <b>Let op</b>: wie?"),
    ],
)
def test_an_addressed_question_goes_on_after_the_comma(text: str, expected: str) -> None:
    assert render.addressed("@piet", text) == expected


def test_only_open_items_without_a_deadline_are_told_to_get_one() -> None:
    """A closed item (voldaan, vervallen, an afgedane motie) needs no deadline: it is listed apart from the
    open ones without one, under a heading without the hint."""
    items = [
        record(id=1),
        record(id=2, deadline=None, status="voldaan"),
        record(id=3, deadline=None),
        record(id=4, deadline=None, kind="motie", motie_status="afgedaan"),
        record(id=5, deadline=None, status="deels_voldaan"),
    ]
    page = render.list_page("Gevonden", items, 1, 5, TODAY)
    dated, rest = page.split("<i>Zonder termijn</i> (stel er een in met /wijzig ID termijn …)")
    still_open, closed = rest.split("<i>Afgesloten, zonder termijn</i>")
    assert "#1<" in dated
    assert "#3<" in still_open
    assert "#5<" in still_open
    assert "#2<" in closed
    assert "#4<" in closed


def test_a_page_of_closed_items_without_a_deadline_has_no_hint() -> None:
    page = render.list_page("Gevonden", [record(deadline=None, status="vervallen")], 1, 1, TODAY)
    assert "stel er een in" not in page
    assert "Afgesloten, zonder termijn" in page


def test_a_card_that_asks_its_deadline_does_not_say_it_has_none() -> None:
    """trial7 #13: "Termijn: geen termijn" stood above "Wat is de termijn?"."""
    asking = render.draft_card(NewCommitment(title="Brief over de schuldhulp"), asking_deadline=True)
    assert f"Termijn: {render.ASKED_DEADLINE}" in asking
    assert "geen termijn" not in asking
    vague = NewCommitment(title="Brief over de schuldhulp", deadline_text="na 1 mei")
    assert "Termijn: geen datum (na 1 mei)" in render.draft_card(vague, asking_deadline=True)
    assert "Termijn: geen termijn" in render.draft_card(NewCommitment(title="Brief over de schuldhulp"))


def test_the_full_view_shows_a_long_quote_whole_and_a_card_a_short_one() -> None:
    """Found in a user trial: /toon cut a long quote at about 480 characters, with no way to read the rest."""
    ending = "en daarna over de evaluatie van de pilots in de regio's."
    quote = "De minister zegt toe de Kamer te informeren over de voortgang van de aanpak, " * 8 + ending
    item = record(quote=quote)
    assert ending in render.commitment_card(item, TODAY, history_tz=AMSTERDAM)
    assert "de pilots" not in render.commitment_card(item, TODAY)
