"""The fake Telegram server, driven over HTTP by the real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import html
import time
import zlib
from collections.abc import AsyncIterator
from datetime import timedelta

import aiohttp
import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut

from bench.bench_bot import echo_application
from offline_telegram.fake_api import FakeTelegram, User, running_application
from offline_telegram.fake_api.html_check import HtmlError, parse_html

JIJ = User(1001, "Jij", username="jij")
COLLEGA = User(1002, "Collega")


def png(width: int, height: int) -> bytes:
    """The first bytes of a PNG image: enough for Telegram's (and the fake's) checks."""
    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"
    chunk = b"IHDR" + header
    return (
        b"\x89PNG\r\n\x1a\n" + len(header).to_bytes(4, "big") + chunk + zlib.crc32(chunk).to_bytes(4, "big")
    )


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    client = Bot(fake.token, base_url=f"{fake.api_url}/bot", base_file_url=f"{fake.api_url}/file/bot")
    async with client:
        yield client


def keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(item.title(), callback_data=item) for item in data]])


# -- server basics ----------------------------------------------------------------------------------


async def test_get_me_describes_the_bot(fake: FakeTelegram, bot: Bot) -> None:
    me = await bot.get_me()

    assert (me.id, me.username, me.is_bot) == (123456789, "toezeg_test_bot", True)
    assert me.can_read_all_group_messages is False  # privacy mode, Telegram's default
    assert fake.api_url.startswith("http://127.0.0.1:")


async def test_a_wrong_token_is_unauthorized(fake: FakeTelegram) -> None:
    stranger = Bot("42:wrong", base_url=f"{fake.api_url}/bot")

    with pytest.raises(InvalidToken):
        await stranger.get_me()


def test_only_loopback_addresses_are_allowed() -> None:
    with pytest.raises(ValueError, match="loopback"):
        FakeTelegram(host="0.0.0.0")


async def test_json_and_form_bodies_are_understood(fake: FakeTelegram) -> None:
    chat = fake.private_chat(JIJ)
    url = f"{fake.api_url}/bot{fake.token}/sendmessage"  # method names are case-insensitive

    async with aiohttp.ClientSession() as session:
        async with session.post(url, json={"chat_id": chat.id, "text": "json"}) as response:
            assert (await response.json())["result"]["text"] == "json"
        async with session.post(url, data={"chat_id": str(chat.id), "text": "form"}) as response:
            assert (await response.json())["result"]["text"] == "form"
        async with session.post(f"{fake.api_url}/bot{fake.token}/noSuchMethod") as response:
            assert (response.status, (await response.json())["description"]) == (404, "Not Found")

    assert [message.text for message in fake.outbox(chat)] == ["json", "form"]
    assert fake.calls_to("sendMessage")[0].params == {"chat_id": chat.id, "text": "json"}


# -- sendMessage and HTML ---------------------------------------------------------------------------


async def test_html_message_becomes_text_with_entities(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)
    source = '<b>Toezegging</b> &amp; <a href="https://example.org/brief?id=1">brief</a>'

    message = await bot.send_message(chat.id, source, parse_mode=ParseMode.HTML)

    assert message.text == "Toezegging & brief"
    assert [entity.type for entity in message.entities] == ["bold", "text_link"]
    assert message.entities[1].url == "https://example.org/brief?id=1"
    assert message.text_html == source
    [sent] = fake.outbox(chat)
    assert (sent.text, sent.html, sent.message_id) == ("Toezegging & brief", source, message.message_id)


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
        ("<foo>x</foo>", 'Unsupported start tag "foo" at byte offset 0'),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ('<a href="x"', "Unclosed start tag at byte offset 0"),
    ],
)
def test_invalid_html_is_explained_like_telegram(source: str, reason: str) -> None:
    with pytest.raises(HtmlError) as raised:
        parse_html(source)

    assert str(raised.value) == reason


async def test_invalid_html_is_a_bad_request(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)

    with pytest.raises(BadRequest, match=r"(?i)can't parse entities: unsupported start tag"):
        await bot.send_message(chat.id, "Deadline < vrijdag", parse_mode=ParseMode.HTML)

    assert fake.outbox(chat) == []
    assert fake.calls_to("sendMessage")[-1].status == 400


def test_html_details_follow_telegram() -> None:
    parsed = parse_html(
        '🎉 <i>x</i> & y > z &#8364;<pre><code class="language-python">p</code></pre>'
        "<tg-spoiler>s</tg-spoiler><blockquote expandable>q</blockquote><b></b>"
    )

    assert parsed.text == "🎉 x & y > z €psq"
    assert parsed.entities == [
        {"type": "italic", "offset": 3, "length": 1},  # the emoji counts two UTF-16 units
        {"type": "pre", "offset": 14, "length": 1, "language": "python"},
        {"type": "spoiler", "offset": 15, "length": 1},
        {"type": "expandable_blockquote", "offset": 16, "length": 1},
    ]


@given(st.text())
def test_escaped_text_always_parses_back_to_itself(text: str) -> None:
    assert parse_html(html.escape(text)).text == text


async def test_length_counts_after_html_is_parsed(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)

    await bot.send_message(chat.id, f"<b>{'x' * 4096}</b>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(chat.id, "x" * 4097)
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(chat.id, "<b> </b>\n", parse_mode=ParseMode.HTML)


async def test_callback_data_over_64_bytes_is_rejected(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)

    await bot.send_message(chat.id, "ok", reply_markup=keyboard("é" * 32))  # 64 bytes
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(chat.id, "te lang", reply_markup=keyboard("é" * 33))  # 66 bytes


async def test_replies_point_at_the_original(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)
    question = fake.send_text(chat, JIJ, "Wanneer?")

    answer = await bot.send_message(
        chat.id, "Vrijdag", reply_parameters=ReplyParameters(question["message_id"])
    )

    assert answer.reply_to_message is not None
    assert answer.reply_to_message.text == "Wanneer?"
    assert answer.message_id == question["message_id"] + 1  # one counter per chat
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(chat.id, "?", reply_parameters=ReplyParameters(999))


# -- failures ---------------------------------------------------------------------------------------


async def test_429_raises_retry_after(fake: FakeTelegram, bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    chat = fake.private_chat(JIJ)
    fake.fail("sendMessage", 429, retry_after=7)

    with pytest.raises(RetryAfter) as raised:
        await bot.send_message(chat.id, "herinnering")

    assert raised.value.retry_after == timedelta(seconds=7)
    await bot.send_message(chat.id, "herinnering")  # only the next call failed
    assert [call.status for call in fake.calls_to("sendMessage")] == [429, 200]


async def test_500_fails_the_given_number_of_times(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)
    fake.fail("sendMessage", 500, times=2)

    for _ in range(2):
        with pytest.raises(NetworkError, match="Internal Server Error"):
            await bot.send_message(chat.id, "x")
    await bot.send_message(chat.id, "x")


async def test_a_hung_call_can_still_deliver(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)
    fake.hang("sendMessage", 0.5, deliver=True)

    with pytest.raises(TimedOut):
        await bot.send_message(chat.id, "dubbel?", read_timeout=0.1)

    [message] = await fake.wait_for_messages(chat, 1)
    assert message.text == "dubbel?"


async def test_removed_bot_gets_403(fake: FakeTelegram, bot: Bot) -> None:
    team = fake.group_chat("Team")
    await bot.send_message(team.id, "Hallo team")

    fake.remove_bot_from(team)

    with pytest.raises(Forbidden, match="bot was kicked from the group chat"):
        await bot.send_message(team.id, "Nog iemand?")
    [update] = await bot.get_updates()
    assert update.my_chat_member is not None
    assert update.my_chat_member.new_chat_member.status == "left"


async def test_unknown_chat_is_a_bad_request(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(-1, "?")


# -- getUpdates -------------------------------------------------------------------------------------


async def test_get_updates_returns_texts_documents_and_button_presses(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)
    prompt = await bot.send_message(chat.id, "Opslaan?", reply_markup=keyboard("opslaan", "annuleer"))
    fake.send_text(chat, JIJ, "/nieuw Kamerbrief over stikstof")
    fake.send_document(chat, JIJ, "brief.pdf", b"%PDF-1.7 ...", caption="Graag verwerken")
    query_id = fake.press_button(chat, JIJ, prompt.message_id, "opslaan")

    text, document, press = await bot.get_updates(timeout=1)

    assert text.message is not None
    assert text.message.text == "/nieuw Kamerbrief over stikstof"
    assert text.message.parse_entities(["bot_command"]).popitem()[1] == "/nieuw"
    assert document.message is not None
    assert document.message.document is not None
    assert (document.message.document.file_name, document.message.caption) == ("brief.pdf", "Graag verwerken")
    assert document.message.document.mime_type == "application/pdf"
    assert press.callback_query is not None
    assert (press.callback_query.id, press.callback_query.data) == (query_id, "opslaan")
    assert press.callback_query.message is not None
    assert press.callback_query.message.message_id == prompt.message_id

    assert await bot.get_updates(offset=press.update_id + 1) == ()
    assert fake.pending_updates == []


async def test_long_poll_answers_as_soon_as_an_update_arrives(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await fake.wait_for(lambda: len(fake.calls_to("getUpdates")) == 1)

    started = time.monotonic()
    fake.send_text(chat, JIJ, "hallo")
    [update] = await poll

    assert time.monotonic() - started < 1
    assert update.message is not None
    assert update.message.text == "hallo"


async def test_long_poll_honours_its_timeout(bot: Bot) -> None:
    started = time.monotonic()

    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 < time.monotonic() - started < 2


async def test_a_second_poller_ends_the_first_with_a_conflict(fake: FakeTelegram, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=10))
    await fake.wait_for(lambda: len(fake.calls_to("getUpdates")) == 1)

    async with Bot(fake.token, base_url=f"{fake.api_url}/bot") as second_instance:
        assert await second_instance.get_updates() == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first


async def test_allowed_updates_leave_other_kinds_out(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)
    prompt = await bot.send_message(chat.id, "Opslaan?", reply_markup=keyboard("opslaan"))
    await bot.get_updates(allowed_updates=["callback_query"])

    fake.send_text(chat, JIJ, "niet gevraagd")
    fake.press_button(chat, JIJ, prompt.message_id, "opslaan")

    [update] = await bot.get_updates()
    assert update.callback_query is not None


async def test_privacy_mode_hides_plain_group_talk(fake: FakeTelegram, bot: Bot) -> None:
    team = fake.group_chat("Team")
    question = await bot.send_message(team.id, "Wat is de deadline?")

    fake.send_text(team, COLLEGA, "gewoon gepraat")
    fake.send_text(team, COLLEGA, "/lijst@toezeg_test_bot")
    fake.send_text(team, COLLEGA, "/lijst@andere_bot")
    fake.send_text(team, COLLEGA, "1 juni", reply_to=question.message_id)

    received = [update.message.text for update in await bot.get_updates() if update.message]
    assert received == ["/lijst@toezeg_test_bot", "1 juni"]


# -- files ------------------------------------------------------------------------------------------


async def test_get_file_downloads_what_the_user_sent(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)
    content = bytes(range(256)) * 40
    sent = fake.send_document(chat, JIJ, "Kamerbrief 2025.docx", content)

    file = await bot.get_file(sent["document"]["file_id"])

    assert file.file_size == len(content)
    assert bytes(await file.download_as_bytearray()) == content
    with pytest.raises(BadRequest, match="Invalid file_id"):
        await bot.get_file("nope")


async def test_documents_and_photos_the_bot_sends_are_kept(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)
    chart = png(640, 480)

    document = await bot.send_document(
        chat.id, b"id;titel\n1;stikstof\n", filename="export.csv", caption="<b>Export</b>", parse_mode="HTML"
    )
    photo = await bot.send_photo(chat.id, chart)

    assert document.document is not None
    assert document.document.file_name == "export.csv"
    assert document.caption == "Export"
    assert (photo.photo[-1].width, photo.photo[-1].height) == (640, 480)
    sent_document, sent_photo = fake.outbox(chat)
    assert sent_document.document is not None
    assert sent_document.document.content == b"id;titel\n1;stikstof\n"
    assert sent_document.document.mime_type == "text/csv"
    assert sent_photo.photo is not None
    assert sent_photo.photo.content == chart
    again = await bot.send_document(chat.id, document.document.file_id)  # re-send by file_id
    assert again.document is not None
    assert again.document.file_id == document.document.file_id
    with pytest.raises(BadRequest, match="Image_process_failed"):
        await bot.send_photo(chat.id, b"not an image")


# -- edits, buttons, commands -----------------------------------------------------------------------


async def test_edits_change_the_outbox(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)
    message = await bot.send_message(chat.id, "Concept", reply_markup=keyboard("opslaan"))

    edited = await bot.edit_message_text("<b>Opgeslagen</b>", chat.id, message.message_id, parse_mode="HTML")

    assert not isinstance(edited, bool)
    assert edited.text == "Opgeslagen"
    assert fake.outbox(chat)[0].text == "Opgeslagen"
    assert fake.outbox(chat)[0].reply_markup is None  # leaving reply_markup out removes the keyboard
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("<b>Opgeslagen</b>", chat.id, message.message_id, parse_mode="HTML")
    await bot.edit_message_reply_markup(chat.id, message.message_id, reply_markup=keyboard("ongedaan"))
    assert fake.outbox(chat)[0].button_data() == ["ongedaan"]
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", chat.id, 999)


async def test_button_presses_are_answered_once(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)
    message = await bot.send_message(chat.id, "Opslaan?", reply_markup=keyboard("opslaan"))
    query_id = fake.press_button(chat, JIJ, message.message_id, "opslaan")

    await bot.answer_callback_query(query_id, text="Opgeslagen")

    assert fake.callback_answer(query_id) == {"text": "Opgeslagen", "show_alert": False, "url": None}
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(query_id)
    with pytest.raises(ValueError, match="no button"):
        fake.press_button(chat, JIJ, message.message_id, "bestaat-niet")


async def test_commands_actions_and_deletes(fake: FakeTelegram, bot: Bot) -> None:
    chat = fake.private_chat(JIJ)
    await bot.set_my_commands([("nieuw", "Nieuwe toezegging"), ("lijst", "Open toezeggingen")])
    await bot.set_my_commands([("new", "New commitment")], language_code="en")

    assert [command.command for command in await bot.get_my_commands()] == ["nieuw", "lijst"]
    assert fake.my_commands(language_code="en") == [{"command": "new", "description": "New commitment"}]
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([("Nieuw", "hoofdletters mogen niet")])

    assert await bot.send_chat_action(chat.id, "typing")
    message = await bot.send_message(chat.id, "weg ermee")
    assert await bot.delete_message(chat.id, message.message_id)
    assert fake.outbox(chat) == []
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(chat.id, message.message_id)


async def test_wait_for_names_the_last_calls_when_it_gives_up(fake: FakeTelegram, bot: Bot) -> None:
    with pytest.raises(TimeoutError, match="getMe→200"):
        await fake.wait_for(1, timeout=0.05)


# -- a whole application ----------------------------------------------------------------------------


async def test_echo_application_answers_through_polling(fake: FakeTelegram) -> None:
    chat = fake.private_chat(JIJ)

    async with running_application(echo_application(fake)):
        fake.send_text(chat, JIJ, "Is de brief al verstuurd?")
        [reply] = await fake.wait_for_messages(chat, 1)

    assert reply.text == "Is de brief al verstuurd?"
    assert {"getMe", "deleteWebhook", "getUpdates", "sendMessage"} <= {call.method for call in fake.calls}
