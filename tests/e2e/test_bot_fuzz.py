"""Fuzzing the chat: thousands of random messages, commands, replies, button presses and files through the
real stack (fake Telegram over HTTP, the Application, SQLite), and updates no real client makes: button
presses with crafted callback data or none at all, ids far beyond the database's range, arguments up to
Telegram's 4,096 characters. Nothing may blow up (no error logged), and every reply must be Dutch text that
Telegram's HTML parser accepts, never a bare "…".

One bot runs for the whole test on an event loop of its own; each Hypothesis example queues one wave of
updates into it and runs the loop until the bot is quiet, so the next wave may reply to questions and press
buttons the bot sent in an earlier one. Many short waves, not one long one: an example of thousands of draws
overruns Hypothesis's choice buffer, which then discards it and keeps generating new ones without end.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from commitments.db import Database
from offline_telegram.fake_api import Chat, FakeTelegram, User
from offline_telegram.fake_api.html_check import parse_html
from tests.e2e.crafted import press_crafted
from tests.e2e.harness import World

EXAMPLES = 60
WAVE_SIZE = 50  # 60 × 50 = 3000 updates, all into one running bot
QUIET = 0.15
LIMIT_SECONDS = 60

COMMANDS = [
    "start", "help", "nieuw", "brief", "open", "verlopen", "week", "maand", "moties", "zoek", "kamerstuk",
    "toon", "ministers", "afgedaan", "deels", "uitstel", "vervallen", "toewijzen", "koppel", "rol", "onzin",
    "herinneringen", "export", "agenda", "overzicht",
]  # fmt: skip
WORDS = [
    "1", "#2", "3", "-5", "99999999999", "@alice", "@bob", "viewer", "editor", "admin", "VWS", "JenV",
    "minister", "van", "BZK", "28638-178", "Kamerstuk 28 638, nr. 178", "1 maart 2027", "eind 2026",
    "voor het zomerreces", "binnenkort", "wegens", "drukte", "<b>", "</i>", "&amp;", "&", "<", ">", "\"",
    "🙂", "\n", "  ", "zo spoedig mogelijk", "31-12-2026", "2026-13-45", "Q3 2026",
    "99999999999999999999", "9223372036854775808", "-9223372036854775809", "#0", "²", "٣", "%", "_", "\\",
    "=HYPERLINK(\"x\")",
]  # fmt: skip
NUMBERS = st.one_of(
    st.integers(-(2**70), 2**70).map(str),
    st.sampled_from(["0", "-1", "9223372036854775807", "9223372036854775808", "²", "٣", "", "x", "00"]),
)
KINDS = ["d", "f", "c", "m", "p", "x", ""]
ACTIONS = ["save", "cancel", "deadline", "post", "all", "chosen", "pick", "drop", "t", "page", "done",
           "partly", "postpone", "assign", "history", "yes", "no", "other", "", "zap"]  # fmt: skip
DUTCH = re.compile(
    r"\b(de|het|een|en|is|niet|geen|van|je|ik|toezegging\w*|termijn|opgeslagen|gevonden|open|nu|"
    r"geschiedenis|pagina|hallo|gebruik|bijvoorbeeld|waarom|vervalt|weggegooid|geannuleerd|gekoppeld|uitgesteld|afgedaan|vervallen)\b",
    re.IGNORECASE,
)
ERRORS_SEEN = "Er ging iets mis"

words = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=30), NUMBERS), max_size=8).map(" ".join)
command = st.tuples(st.sampled_from(COMMANDS), words).map(lambda pair: f"/{pair[0]} {pair[1]}".strip())
# long texts are a short drawn piece repeated: thousands of drawn characters would overrun Hypothesis's buffer
long_command = st.tuples(
    st.sampled_from(COMMANDS), st.text(min_size=1, max_size=12), st.integers(300, 4000)
).map(lambda parts: f"/{parts[0]} {parts[1] * parts[2]}"[:4096])
message_text = st.one_of(command, command, words, st.text(max_size=300), long_command)
structured_data = st.tuples(
    st.sampled_from(KINDS), NUMBERS, st.sampled_from(ACTIONS), st.one_of(st.none(), NUMBERS)
).map(lambda parts: ":".join(part for part in parts if part is not None))
callback_data = st.one_of(st.none(), structured_data, structured_data, st.text(max_size=70))


_HANDLING = ("process_concurrent_update", "process_update_non_blocking")
"""The names python-telegram-bot gives the tasks of an update being handled: each update has one while it
is handled or waits for its chat's turn (``bot.ordering.ChatOrder``), and a handler that does not block its
chat (a letter being read) one more."""


def _handling() -> bool:
    """Whether an update is still being handled, though perhaps making no call to Telegram for a while."""
    return any(name in task.get_name() for task in asyncio.all_tasks() for name in _HANDLING)


async def _quiet(fake: FakeTelegram) -> None:
    """Until no update waits, no letter is being read and the bot made no call for a moment."""
    seen = -1
    while fake.pending_updates or seen != len(fake.calls) or _handling():
        seen = len(fake.calls)
        await asyncio.sleep(QUIET)


def _act(world: World, data: st.DataObject, chats: list[Chat], people: list[User]) -> None:
    """Queue one random update: a text (maybe a reply to the bot), a button press or a file.

    What is drawn never depends on what the bot said so far (a button is drawn as indexes that are then
    taken modulo the buttons there are): Hypothesis replays and mutates draws, and needs them consistent.
    """
    chat = data.draw(st.sampled_from(chats))
    user = chat_user = data.draw(st.sampled_from(people))
    if chat.type == "private":
        chat_user = next(person for person in people if person.id == chat.id)
    outbox = world.fake.outbox(chat)
    action = data.draw(st.sampled_from(["text", "text", "text", "reply", "button", "crafted", "file"]))
    if action == "crafted":
        crafted = data.draw(callback_data)
        if outbox:
            press_crafted(world.fake, chat, chat_user, outbox[-1].message_id, crafted)
        return
    if action == "button":
        recent, which = data.draw(st.integers(1, 5)), data.draw(st.integers(0, 7))
        pressable = [m for m in outbox if m.buttons][-recent:]
        if pressable:
            message = pressable[0]
            choice = message.buttons[which % len(message.buttons)]
            world.fake.press_button(chat, chat_user, message.message_id, str(choice["callback_data"]))
        return
    if action == "file":
        name = data.draw(st.sampled_from(["brief.pdf", "brief.docx", "brief.txt", "x.html", "plaatje.png"]))
        content = data.draw(st.binary(max_size=2000))
        world.fake.send_document(
            chat, chat_user, name, content, reply_to=outbox[-1].message_id if outbox else None
        )
        return
    reply_to = outbox[-1].message_id if action == "reply" and outbox else None
    world.fake.send_text(
        chat, user if chat.type != "private" else chat_user, data.draw(message_text), reply_to=reply_to
    )


@dataclass
class Chatroom:
    """The running bot with its chats and people, and the loop it runs on between examples."""

    loop: asyncio.AbstractEventLoop
    world: World
    chats: list[Chat]
    people: list[User]

    def replies(self) -> list[str]:
        outboxes = [self.world.fake.outbox(chat) for chat in self.chats]
        return [message.html or message.text for outbox in outboxes for message in outbox]

    def wave(self, data: st.DataObject) -> list[str]:
        """Queue one wave of random updates, run the bot until it is quiet, return its new replies."""
        before = len(self.replies())
        for _ in range(WAVE_SIZE):
            _act(self.world, data, self.chats, self.people)
        self.loop.run_until_complete(asyncio.wait_for(_quiet(self.world.fake), LIMIT_SECONDS))
        return self.replies()[before:]


@asynccontextmanager
async def _running_chatroom(directory: Path) -> AsyncIterator[Chatroom]:
    database = Database(f"sqlite:///{directory / 'fuzz.db'}")
    database.ensure_schema()
    try:
        async with FakeTelegram() as fake:
            world = World(fake, database, directory)
            chats = [world.team_a, world.team_b, world.outside]
            chats += [fake.private_chat(person) for person in (world.alice, world.stranger)]
            people = [world.alice, world.bob, world.carol, world.admin, world.stranger]
            async with world.running():
                fake.send_text(world.team_a, world.carol, "/help")
                fake.send_text(world.team_a, world.admin, "/rol @carol viewer")
                await _quiet(fake)
                assert len(fake.outbox(world.team_a)) == 2, "the bot is not answering"
                yield Chatroom(asyncio.get_running_loop(), world, chats, people)
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def chatroom(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chatroom]:
    """One bot for all examples, on a loop that runs only while an example waits for the bot."""
    loop = asyncio.new_event_loop()
    stack = AsyncExitStack()
    room = loop.run_until_complete(
        stack.enter_async_context(_running_chatroom(tmp_path_factory.mktemp("fuzz")))
    )
    try:
        yield room
    finally:
        loop.run_until_complete(stack.aclose())
        loop.close()


@pytest.fixture
def bot_errors() -> Iterator[_ErrorLog]:
    logs = _ErrorLog()
    logging.getLogger().addHandler(logs)
    yield logs
    logging.getLogger().removeHandler(logs)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    phases=(Phase.explicit, Phase.generate),  # shrinking waves of a stateful chat would take too long
)
@given(data=st.data())
def test_random_chat_input_gets_dutch_answers_and_no_crash(
    chatroom: Chatroom, bot_errors: _ErrorLog, data: st.DataObject
) -> None:
    replies = chatroom.wave(data)
    assert not bot_errors.errors, bot_errors.errors[:3]
    for html in replies:
        parsed = parse_html(html)
        assert parsed.text.strip(), "empty reply"
        assert parsed.text.strip() != "…", html
        assert DUTCH.search(parsed.text), parsed.text
        assert ERRORS_SEEN not in parsed.text


class _ErrorLog(logging.Handler):
    """Collects ERROR records of the bot and python-telegram-bot (the error handler logs those)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.errors: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith(("bot", "telegram")):
            self.errors.append(f"{record.name}: {record.getMessage()} {record.exc_text or ''}")
