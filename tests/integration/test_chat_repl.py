"""The offline terminal chat, with scripted input and a small stand-in bot on the fake Telegram server."""

from __future__ import annotations

import asyncio
import html
import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from telegram import ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from config.settings import Settings
from offline_telegram.chat_repl import (
    CHAT_USER_ID,
    Forward,
    clock_step,
    colleague_id,
    run_chat,
    terminal_text,
)
from offline_telegram.fake_api import AnyApplication

Context = ContextTypes.DEFAULT_TYPE


async def buttons(update: Update, context: Context) -> None:
    assert update.effective_message is not None
    keyboard = [
        [InlineKeyboardButton("Opslaan", callback_data="opslaan")],
        [InlineKeyboardButton("Annuleer", callback_data="annuleer")],
    ]
    await update.effective_message.reply_text("Concept klaar", reply_markup=InlineKeyboardMarkup(keyboard))


async def ask_letter(update: Update, context: Context) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text("Stuur de brief als antwoord", reply_markup=ForceReply())


async def ask_date(update: Update, context: Context) -> None:
    """A question meant for the sender alone, followed by a message of its own (as a notice may)."""
    assert update.effective_message is not None
    question = ForceReply(selective=True)
    await update.effective_message.reply_text("Antwoord met de datum", reply_markup=question)
    await update.effective_message.reply_text("(ter informatie: de brief heeft 3 pagina's)")


async def read_slowly(update: Update, context: Context) -> None:
    """``/lezen``: typing…, a second of work without a call (as a letter is read), then a question."""
    assert update.effective_message is not None
    await update.effective_message.reply_chat_action(ChatAction.TYPING)
    await asyncio.sleep(1.0)
    await update.effective_message.reply_text(
        "Van wanneer is de brief?", reply_markup=ForceReply(selective=True)
    )


async def think_then_ask(update: Update, context: Context) -> None:
    """``/denk``: a second of work without any call (no typing either), then a card with a button."""
    assert update.effective_message is not None
    await asyncio.sleep(1.0)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="ja")]])
    await update.effective_message.reply_text("Klaar met denken", reply_markup=keyboard)


async def buttons_only(update: Update, context: Context) -> None:
    """``/alleenknoppen N``: new buttons under message N, its text left (as the end of an undo window)."""
    assert update.effective_message is not None
    assert context.args
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Geschiedenis", callback_data="geschiedenis")]])
    await context.bot.edit_message_reply_markup(
        update.effective_message.chat_id, int(context.args[0]), reply_markup=keyboard
    )


async def send_file(update: Update, context: Context) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_document(b"a;b\n1;2\n", filename="export.csv")


async def pressed(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    assert query.message is not None
    await query.answer("Opgeslagen")
    await query.edit_message_text(
        f"<b>Gekozen</b>: {query.data} onder bericht {query.message.message_id}", parse_mode="HTML"
    )


async def document(update: Update, context: Context) -> None:
    message = update.effective_message
    assert message is not None
    assert message.document is not None
    content = await (await message.document.get_file()).download_as_bytearray()
    await message.reply_text(f"Ontvangen: {message.document.file_name}, {len(content)} bytes")


async def echo(update: Update, context: Context) -> None:
    message = update.effective_message
    assert message is not None
    assert message.text is not None
    link = '<a href="https://www.tweedekamer.nl">de Kamer</a>'
    await message.reply_html(f"Je zei: <b>{html.escape(message.text)}</b>, zie {link}")


async def who(update: Update, context: Context) -> None:
    user, chat, message = update.effective_user, update.effective_chat, update.effective_message
    assert user is not None
    assert chat is not None
    assert message is not None
    await message.reply_text(f"Jij bent @{user.username} ({user.id}) in {chat.type}")


def stand_in_bot(settings: Settings, db: object) -> AnyApplication:
    """What ``bot.app.build_application`` does for this test: a bot on the URL and token it is given."""
    assert settings.telegram_token is not None
    application = (
        ApplicationBuilder()
        .token(settings.telegram_token.get_secret_value())
        .base_url(f"{settings.telegram_api_url}/bot")
        .base_file_url(f"{settings.telegram_api_url}/file/bot")
        .build()
    )
    application.add_handler(CommandHandler("knoppen", buttons))
    application.add_handler(CommandHandler("brief", ask_letter))
    application.add_handler(CommandHandler("datum", ask_date))
    application.add_handler(CommandHandler("lezen", read_slowly))
    application.add_handler(CommandHandler("alleenknoppen", buttons_only))
    application.add_handler(CommandHandler("denk", think_then_ask))
    application.add_handler(CommandHandler("denkapart", think_then_ask, block=False))
    application.add_handler(CommandHandler("bestandje", send_file))
    application.add_handler(CommandHandler("wie", who))
    application.add_handler(CallbackQueryHandler(pressed))
    application.add_handler(MessageHandler(filters.Document.ALL, document))
    application.add_handler(MessageHandler(filters.TEXT, echo))
    return application


async def chat(lines: list[str], settings: Settings, forward: Forward | None = None) -> str:
    out = io.StringIO()
    await run_chat(
        settings,
        object(),
        stand_in_bot,
        stdin=io.StringIO("".join(f"{line}\n" for line in lines)),
        stdout=out,
        forward=forward,
    )
    return out.getvalue()


def assert_in_order(output: str, expected: list[str]) -> None:
    """Each of ``expected`` is in the chat's ``output``, each after the one before it."""
    at = 0
    for piece in expected:
        found = output.find(piece, at)
        assert found >= 0, f"{piece!r} not found after what came before it in:\n{output}"
        at = found + len(piece)


async def test_a_scripted_conversation(tmp_path: Path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte Voorzitter")
    settings = Settings(data_dir=tmp_path, admins=[CHAT_USER_ID])

    output = await chat(
        ["hallo", "/knoppen", "1", "/groep", "gewoon gepraat", "/status", "/prive", f"/bestand {letter}"],
        settings,
    )

    expected = [
        "Toezegbot — offline chat",
        "je eigen lijst, die alleen jij ziet; de lijst van het team staat in de groep",
        "bot: Je zei: hallo, zie de Kamer (https://www.tweedekamer.nl)",
        "bot [4]: Concept klaar\n         [1] Opslaan  [2] Annuleer",
        "(je drukt op [Opslaan])",
        "bot (melding): Opgeslagen",
        "bot [4] (bewerkt): Gekozen: opslaan onder bericht 4",
        '(je bent nu in de groepschat "Team", met de lijst van het team',
        "(de bot ziet dit niet",
        "bot: Je zei: /status",
        "(je bent weer in het privégesprek, met je eigen lijst)",
        "(je stuurt brief.txt)",
        "bot: Ontvangen: brief.txt, 18 bytes",
        "Tot ziens!",
    ]
    assert_in_order(output, expected)
    assert "TOEZEGBOT_ADMINS" not in output
    assert "stuur eerst /brief" not in output  # found in a user trial: said of text, though no file was sent


async def test_stop_ends_the_chat_and_warns_about_a_missing_admin(tmp_path: Path) -> None:
    output = await chat(["/stop", "nooit verstuurd"], Settings(data_dir=tmp_path))

    assert "staat niet in TOEZEGBOT_ADMINS" in output
    assert "nooit verstuurd" not in output
    assert output.rstrip().endswith("Tot ziens!")


async def test_a_file_answers_the_bots_question_in_a_group(tmp_path: Path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte Voorzitter")
    settings = Settings(data_dir=tmp_path, admins=[CHAT_USER_ID])

    output = await chat(["/groep", f"/bestand {letter}", "/brief", f"/bestand {letter}"], settings)

    expected = [
        "(je stuurt brief.txt)",
        "(de bot ziet dit niet",
        "stuur eerst /brief",
        "bot: Stuur de brief als antwoord",
        "(je stuurt brief.txt)",
        "bot: Ontvangen: brief.txt, 18 bytes",
    ]
    assert_in_order(output, expected)
    assert output.count("Ontvangen: brief.txt") == 1, output


async def test_numbers_are_text_when_there_are_no_buttons(tmp_path: Path) -> None:
    output = await chat(["3"], Settings(data_dir=tmp_path, admins=[CHAT_USER_ID]))

    assert "bot: Je zei: 3" in output


async def test_a_number_never_presses_a_button_of_an_older_message(tmp_path: Path) -> None:
    """Found in a user trial: "1" typed after the bot's newest message (no buttons) closed an older card."""
    output = await chat(["/knoppen", "hallo", "1", "2.1"], Settings(data_dir=tmp_path, admins=[CHAT_USER_ID]))

    assert_in_order(
        output,
        [
            "bot [2]: Concept klaar",
            "bot: Je zei: hallo",
            "(je 1 gaat als tekst: voor knop 1 van bericht 2 typ 2.1)",
            "bot: Je zei: 1",
            "(je drukt op [Opslaan])",
        ],
    )


def test_links_keep_their_address_after_emoji() -> None:
    text = "📌 brief en motie"
    entities = [
        {"type": "bold", "offset": 0, "length": 2},
        {"type": "text_link", "offset": 3, "length": 5, "url": "https://a.example"},
        {"type": "text_link", "offset": 12, "length": 5, "url": "https://b.example"},
    ]

    assert terminal_text(text, entities) == "📌 brief (https://a.example) en motie (https://b.example)"


async def test_an_edit_of_the_buttons_alone_is_one_line_and_moves_no_target(tmp_path: Path) -> None:
    """The end of an undo window changes an old card's buttons: the card is not printed again, and a bare
    number still presses a button of the newest message the bot sent with buttons."""
    settings = Settings(data_dir=tmp_path, admins=[CHAT_USER_ID])

    output = await chat(["/knoppen", "/knoppen", "/alleenknoppen 2", "1"], settings)

    assert output.count("Concept klaar") == 2, output
    assert "bewerkt): Concept klaar" not in output, output
    assert "(de knoppen onder bericht 2 zijn nu: [2.1] Geschiedenis)" in output, output
    assert "Gekozen: opslaan onder bericht 4" in output, output


async def test_a_button_of_an_earlier_message_is_pressed_by_its_number(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, admins=[CHAT_USER_ID])

    output = await chat(["/knoppen", "/knoppen", "2.2", "2.3", "9.1"], settings)

    assert "Gekozen: annuleer onder bericht 2" in output, output
    assert "(er is geen knop 2.3" in output, output
    assert "(er is geen knop 9.1" in output, output
    assert "Je zei" not in output, output


async def test_the_next_message_answers_a_forced_question_in_a_group(tmp_path: Path) -> None:
    """ForceReply (selective, for the one it replies to) makes the next message a reply, even when the bot
    sent something else after the question; the message after that is no answer any more."""
    settings = Settings(data_dir=tmp_path, admins=[CHAT_USER_ID])

    output = await chat(["/groep", "/datum", "5 februari 2018", "gewoon gepraat"], settings)

    assert "bot: Je zei: 5 februari 2018" in output, output
    assert "Je zei: gewoon gepraat" not in output, output
    assert output.count("(de bot ziet dit niet") == 1, output


async def test_the_files_the_bot_sent_are_removed_when_the_chat_ends(tmp_path: Path) -> None:
    output = await chat(["/bestandje"], Settings(data_dir=tmp_path, admins=[CHAT_USER_ID]))

    saved = re.search(r"bewaard als (\S+)", output)
    assert saved is not None, output
    assert not await asyncio.to_thread(Path(saved[1]).parent.exists)


async def test_the_chat_waits_while_the_bot_is_typing(tmp_path: Path) -> None:
    """A scripted answer goes after the question the bot was typing, not before it."""
    output = await chat(
        ["/groep", "/lezen", "5 februari 2018"], Settings(data_dir=tmp_path, admins=[CHAT_USER_ID])
    )

    assert "bot: Je zei: 5 februari 2018" in output, output
    assert output.index("Van wanneer is de brief?") < output.index("Je zei: 5 februari 2018"), output


async def test_as_a_colleague_in_the_group_and_back(tmp_path: Path) -> None:
    """A colleague's user id comes from the name (trial6: kees was user 3 in one run, user 2 in another, so
    roles and history went to the wrong person across runs)."""
    settings = Settings(data_dir=tmp_path, admins=[CHAT_USER_ID])

    output = await chat(
        ["/groep", "/als kees", "/als piet", "/wie", "/prive", "/wie", "/als @jij", "/wie", "/als x!"],
        settings,
    )

    piet = colleague_id("Piet")
    assert piet == colleague_id("piet") != colleague_id("kees")
    expected = [
        f'(je bent nu "piet", gebruiker {piet}; /als jij gaat terug)',
        f"Jij bent @piet ({piet}) in group",
        f"Jij bent @piet ({piet}) in private",
        '(je bent weer "jij", gebruiker 1)',
        "Jij bent @jij (1) in private",
        "(geef een naam van 3 tot 32 letters of cijfers, bijvoorbeeld /als piet)",
    ]
    assert_in_order(output, expected)


AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.mark.parametrize(
    ("argument", "step"),
    [
        ("", timedelta(0)),
        ("+3 dagen", timedelta(days=3)),
        ("+1 dag", timedelta(days=1)),
        ("+2 weken", timedelta(weeks=2)),
        ("+5 uur", timedelta(hours=5)),
        ("+90 minuten", timedelta(minutes=90)),
        ("+4d", timedelta(days=4)),
        ("2026-12-08", timedelta(hours=20)),  # noon of the next day
        ("2026-12-07 18:30", timedelta(hours=2, minutes=30)),
        (
            "2027-04-01 12:00",
            timedelta(days=114, hours=19),
        ),  # 20 hours on the wall, less the hour of summer time
    ],
)
def test_a_clock_step_is_forward_by_an_amount_or_to_a_day(argument: str, step: timedelta) -> None:
    now = datetime(2026, 12, 7, 16, 0, tzinfo=AMSTERDAM)
    assert clock_step(argument, now) == step


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ("2026-12-01", "de klok gaat alleen vooruit: het is voor de bot al 07-12-2026 16:00"),
        ("2027-02-30", "2027-02-30 is geen bestaande dag of tijd"),
        ("morgen", "geef een stap vooruit, bijvoorbeeld /klok +3 dagen"),
        ("-3 dagen", "geef een stap vooruit"),
    ],
)
def test_a_clock_step_back_or_unread_says_why_in_dutch(argument: str, message: str) -> None:
    step = clock_step(argument, datetime(2026, 12, 7, 16, 0, tzinfo=AMSTERDAM))
    assert isinstance(step, str)
    assert step.startswith(message)


async def test_the_clock_moves_the_bot_forward_and_says_where_it_stands(tmp_path: Path) -> None:
    start = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
    steps: list[timedelta] = []

    async def forward(by: timedelta) -> datetime:
        steps.append(by)
        return start + sum(steps, timedelta(0))

    settings = Settings(data_dir=tmp_path, admins=[CHAT_USER_ID], timezone="Europe/Amsterdam")
    output = await chat(["/klok", "/klok +2 dagen", "/klok 2026-12-01", "hallo"], settings, forward)

    assert [step for step in steps if step] == [timedelta(days=2)]
    assert_in_order(
        output,
        [
            "(de klok van de bot staat nu op 07-12-2026 16:00)",
            "(de klok van de bot staat nu op 09-12-2026 16:00)",
            "(de klok gaat alleen vooruit: het is voor de bot al 09-12-2026 16:00)",
            "bot: Je zei: hallo",
        ],
    )


async def test_without_a_clock_to_move_the_chat_says_so(tmp_path: Path) -> None:
    output = await chat(["/klok +1 dag"], Settings(data_dir=tmp_path, admins=[CHAT_USER_ID]))
    assert "(de klok van de bot kan in deze chat niet verzet worden)" in output


@pytest.mark.parametrize("command", ["/denk", "/denkapart"])
async def test_a_scripted_line_waits_until_the_bot_has_handled_the_one_before(
    tmp_path: Path, command: str
) -> None:
    """Found in a user trial: a pasted script raced the bot. A silent second of work (in the update's turn,
    or in a handler of its own) is waited for: the button press reaches the card, the clock moves after."""
    steps: list[timedelta] = []

    async def forward(by: timedelta) -> datetime:
        steps.append(by)
        return datetime(2026, 12, 7, 15, 0, tzinfo=UTC) + sum(steps, timedelta(0))

    settings = Settings(data_dir=tmp_path, admins=[CHAT_USER_ID], timezone="Europe/Amsterdam")
    output = await chat([command, "1", command, "/klok +1 dag"], settings, forward)

    assert_in_order(
        output,
        [
            "bot [2]: Klaar met denken",
            "(je drukt op [Ja])",
            "Gekozen: ja onder bericht 2",
            "bot [4]: Klaar met denken",
            "(de klok van de bot staat nu op 08-12-2026 16:00)",
        ],
    )
    assert "Je zei: 1" not in output
