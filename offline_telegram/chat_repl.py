"""``toezegbot chat``: talk to the real bot in the terminal, without a Telegram token or network.

The fake Telegram server runs in-process on loopback; the real bot application (made by the
``build_application`` passed in) polls it over HTTP like it would poll Telegram. You type as the
user "jij" in a private chat (or, after ``/groep``, in the group chat "Team"; after ``/als piet`` as a
colleague, to try the team's roles); what the bot sends is printed as plain text, with its inline buttons
numbered so that typing ``1`` presses the first one of the bot's newest message (if it has buttons), and
``5.1`` the first one of message 5 (a message with buttons shows its number).
A question the bot asks with ForceReply gets the user's next message as its reply, as Telegram's client does.
``/klok +3 dagen`` moves the bot's clock forward through the ``forward`` the bot passes in, to try reminders.

The chat user should be an administrator of the bot. :func:`run_chat` does not change the settings
it is given, so the caller puts :data:`CHAT_USER_ID` into ``settings.admins``,
and, when the bot only serves ``settings.allowed_chats``, adds it and :data:`TEAM_CHAT_ID`
there too — the equivalent of ``TOEZEGBOT_ADMINS=1`` and ``TOEZEGBOT_ALLOWED_CHATS=1,-4000000001``.
:func:`chat_in_terminal`, what ``toezegbot chat`` runs, does exactly that.
"""

from __future__ import annotations

import asyncio
import contextlib
import mimetypes
import re
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TextIO, TypeVar

from pydantic import SecretStr

from config.settings import Settings
from offline_telegram.fake_api import (
    AnyApplication,
    ApiCall,
    FakeTelegram,
    JsonDict,
    SentMessage,
    User,
    handling,
    running_application,
)

CHAT_USER_ID = 1
COLLEAGUE_IDS = 1_000_000
"""Where the user ids of ``/als NAAM`` colleagues start, far from "jij"."""
TEAM_CHAT_ID = -4_000_000_001
BUTTON_OF_MESSAGE = re.compile(r"(\d+)\.(\d+)")  # "5.1": button 1 of message 5
USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,31}")  # as Telegram's, a little shorter allowed
QUIET_SECONDS = 0.2  # the bot counts as done once it made no API call for this long
TYPING_SECONDS = 5.0  # how long Telegram shows "typing…" after a chat action, unless a message comes first
RECENT_CALLS = 50
SETTLE_LIMIT_SECONDS = 10.0
HANDLING_LIMIT_SECONDS = 300.0  # a letter read by a worker on a busy machine takes a while; a hung bot not
HANDLING_POLL_SECONDS = 0.05

WELCOME = """\
Toezegbot — offline chat. Er gaat niets naar Telegram: alles blijft op deze computer.
Je bent "jij" (gebruiker {user_id}) in een privégesprek met de bot. Typ je berichten, bijvoorbeeld /start.
Hier staat wat je opslaat op je eigen lijst, die alleen jij ziet; de lijst van het team staat in de groep.
  1, 2, …          druk op knop [1], [2], … onder het nieuwste bericht van de bot
  5.1, 5.2, …      druk op knop [1], [2], … onder bericht 5 (een bericht met knoppen heet "bot [5]")
  antwoorden       vraagt de bot om een antwoord ("antwoord op dit bericht"), dan is je volgende bericht
                   dat antwoord, zoals in Telegram
  /groep           naar de groepschat "Team", met de lijst van het team (daar ziet de bot alleen commando's
                   en antwoorden aan hem)
  /prive           terug naar het privégesprek, met je eigen lijst
  /als NAAM        typ voortaan als collega NAAM, een ander lid van het team; /als jij gaat terug (probeer
                   rollen in de groep: als jezelf /rol @NAAM viewer, dan /als NAAM; de rol geldt
                   vanaf het eerste bericht van NAAM in de groep)
  /bestand PAD     stuur een bestand, bijvoorbeeld een Kamerbrief als PDF (in de groep: eerst /brief)
  /klok +3 dagen   zet de klok van de bot vooruit (+2 weken, +5 uur, of naar een dag: /klok 2027-03-01) en
                   zie welke herinneringen er intussen komen; /klok zegt hoe laat de bot het vindt
  /stop of Ctrl-D  afsluiten (bestanden van de bot worden tot dan bewaard in een tijdelijke map)"""

DbT = TypeVar("DbT")
Forward = Callable[[timedelta], Awaitable[datetime]]
"""Moves the bot's clock forward by a step (not negative), lets it do what fell due, and returns its time."""
CLOCK_STEP = re.compile(
    r"\+\s*(\d{1,4})\s*(dagen|dag|d|weken|week|w|uren|uur|u|minuten|minuut|m)", re.IGNORECASE
)
CLOCK_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:\s+(\d{1,2}:\d{2}))?")
STEP_UNITS = {
    "d": timedelta(days=1),
    "w": timedelta(weeks=1),
    "u": timedelta(hours=1),
    "m": timedelta(minutes=1),
}
NOON = "12:00"


async def run_chat(
    settings: Settings,
    db: DbT,
    build_application: Callable[[Settings, DbT], AnyApplication],
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    forward: Forward | None = None,
) -> None:
    """Chat with the bot in the terminal until ``/stop`` or end of input; see the module docstring.
    ``forward`` moves the bot's clock (``/klok``); without it the chat says the clock cannot be moved."""
    source, out = stdin or sys.stdin, stdout or sys.stdout
    async with FakeTelegram() as fake:
        chat_settings = settings.model_copy(
            update={"telegram_api_url": fake.api_url, "telegram_token": SecretStr(fake.token)}
        )
        application = build_application(chat_settings, db)
        me = User(CHAT_USER_ID, "jij", username="jij")
        session = _ChatSession(fake, application, me, out, settings.tz, forward)
        session.say(WELCOME.format(user_id=CHAT_USER_ID))
        if CHAT_USER_ID not in settings.admins:
            session.say(
                f"Let op: gebruiker {CHAT_USER_ID} staat niet in TOEZEGBOT_ADMINS; "
                "beheerderszaken werken niet."
            )
        lines = _read_lines(source)
        try:
            async with running_application(application):
                watcher = asyncio.create_task(session.watch())
                try:
                    await session.converse(lines, interactive=source.isatty())
                finally:
                    watcher.cancel()
            session.show_news()  # stopping the bot let it finish what it had in hand: nothing goes unseen
        finally:
            session.close()
    session.say("Tot ziens!")


def clock_step(argument: str, now: datetime) -> timedelta | str:
    """How far ``/klok ARGUMENT`` moves a clock that reads ``now`` (local time): nothing without an argument,
    "+N dagen/weken/uur/minuten", or to a day "JJJJ-MM-DD" (at noon, or at "UU:MM"); a message in Dutch when
    the argument is none of those or lies in the past."""
    if not argument:
        return timedelta(0)
    if (step := CLOCK_STEP.fullmatch(argument)) is not None:
        return int(step[1]) * STEP_UNITS[step[2][0].lower()]
    if (day := CLOCK_DAY.fullmatch(argument)) is None:
        return (
            "geef een stap vooruit, bijvoorbeeld /klok +3 dagen of /klok +2 weken, of een dag: /klok 2027-3-1"
        )
    try:
        moment = datetime.fromisoformat(f"{day[1]} {day[2] or NOON}")
    except ValueError:
        return f"{argument} is geen bestaande dag of tijd"
    ahead = moment.replace(tzinfo=now.tzinfo).astimezone(UTC) - now.astimezone(UTC)
    if ahead < timedelta(0):
        return f"de klok gaat alleen vooruit: het is voor de bot al {now:%d-%m-%Y %H:%M}"
    return ahead


def colleague_id(name: str) -> int:
    """The user id of the colleague ``name`` (any case): the same in every run, so that the roles and the
    history they got in the database stay theirs (a stable checksum of the name, not its order of use)."""
    return COLLEAGUE_IDS + zlib.crc32(name.lower().encode())


def chat_in_terminal(
    settings: Settings,
    db: DbT,
    build_application: Callable[[Settings, DbT], AnyApplication],
    forward: Forward | None = None,
) -> None:
    """``toezegbot chat`` (and ``toezegbot run`` without a token): the chat on this terminal, in which the
    local user is an administrator of the bot and the private and team chats are served, whatever
    TOEZEGBOT_ADMINS and TOEZEGBOT_ALLOWED_CHATS say. Found by the bot through the entry point
    ``toezegbot.offline_chat`` (pyproject.toml)."""
    session = settings.model_copy(
        update={
            "admins": [*settings.admins, CHAT_USER_ID],
            "allowed_chats": [*settings.allowed_chats, CHAT_USER_ID, TEAM_CHAT_ID],
        }
    )
    asyncio.run(run_chat(session, db, build_application, forward=forward))


def _read_lines(stream: TextIO) -> asyncio.Queue[str | None]:
    """Lines from ``stream`` (None at the end), read by a daemon thread so that Ctrl-C never waits on it."""
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[str | None] = asyncio.Queue()

    def put(line: str | None) -> None:
        with contextlib.suppress(RuntimeError):  # the chat ended and its event loop is closed
            loop.call_soon_threadsafe(lines.put_nowait, line)

    def pump() -> None:
        for line in iter(stream.readline, ""):
            put(line.rstrip("\r\n"))
        put(None)

    threading.Thread(target=pump, name="toezegbot-chat-stdin", daemon=True).start()
    return lines


def terminal_text(text: str, entities: list[JsonDict]) -> str:
    """A message as terminal text: formatting dropped, each link followed by its address."""
    units = text.encode("utf-16-le")
    links = [entity for entity in entities if entity["type"] == "text_link"]
    for link in sorted(links, key=lambda entity: entity["offset"] + entity["length"], reverse=True):
        end = 2 * (link["offset"] + link["length"])
        units = units[:end] + f" ({link['url']})".encode("utf-16-le") + units[end:]
    return units.decode("utf-16-le")


class _ChatSession:
    """One terminal conversation: turns typed lines into user actions and prints what the bot does."""

    def __init__(
        self,
        fake: FakeTelegram,
        application: AnyApplication,
        user: User,
        out: TextIO,
        tz: tzinfo,
        forward: Forward | None,
    ) -> None:
        self.fake = fake
        self.application = application
        self.user = user
        self.out = out
        self.tz = tz
        self.forward = forward
        self.private = fake.private_chat(user)
        self.team = fake.group_chat("Team", chat_id=TEAM_CHAT_ID)
        self.chat = self.private
        self.prompt: str | None = None
        self._users = {user.username or user.first_name: user}
        self._shown: dict[tuple[int, int], tuple[str, str]] = {}
        self._pressed: list[str] = []
        self._last_sent: dict[tuple[int, int], int] = {}  # per chat and user: the id of what they sent last
        self._downloads: tempfile.TemporaryDirectory[str] | None = None

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    # -- the user's side -------------------------------------------------------------------------

    async def converse(self, lines: asyncio.Queue[str | None], *, interactive: bool) -> None:
        """Take the typed lines one by one, each after the bot has answered the one before, so that a pasted
        or piped script goes as if typed slowly: a ``/klok`` after the commands it should follow, a ``1``
        on the card the line before it asked for."""
        while True:
            if interactive:
                name = self.user.username or self.user.first_name
                self.prompt = f"{name}> " if self.chat is self.private else f"{name} @ Team> "
                print(self.prompt, end="", file=self.out, flush=True)
            line = await lines.get()
            self.prompt = None
            if line is None and interactive:
                self.say("")  # Ctrl-D leaves the cursor after the prompt
            if line is None or line.strip() == "/stop":
                return
            if line.strip():
                command, _, argument = line.strip().partition(" ")
                if command == "/klok":  # waits for the bot to send what fell due
                    await self.move_clock(argument.strip())
                else:
                    self.act(line.strip(), command, argument.strip())
                await self.settle()

    def act(self, line: str, command: str, argument: str) -> None:
        """Do what the ``line`` (its first word ``command``, the rest ``argument``) asks, other than /klok."""
        if command == "/groep":
            self.chat = self.team
            self.say('(je bent nu in de groepschat "Team", met de lijst van het team; /prive gaat terug)')
        elif command == "/prive":
            self.chat = self.private
            self.say("(je bent weer in het privégesprek, met je eigen lijst)")
        elif command == "/als":
            self.become(argument.lstrip("@"))
        elif command == "/bestand":
            self.send_file(Path(argument).expanduser())
        elif (numbered := BUTTON_OF_MESSAGE.fullmatch(line)) is not None:
            target = self._button_of(int(numbered[1]), int(numbered[2]))
            if target is None:
                self.say(f"(er is geen knop {line}: bericht {numbered[1]} heeft geen knop {numbered[2]})")
            else:
                self.press(*target)
        elif (target := self._button(line)) is not None:
            self.press(*target)
        else:
            self.send_text(line)

    async def move_clock(self, argument: str) -> None:
        """``/klok``: say the bot's time, or move it forward by a step ("+3 dagen") or to a day (at noon, or
        at the time given), and let the bot send what fell due meanwhile."""
        if self.forward is None:
            self.say("(de klok van de bot kan in deze chat niet verzet worden)")
            return
        now = await self.forward(timedelta(0))
        step = clock_step(argument, now.astimezone(self.tz))
        if isinstance(step, str):
            self.say(f"({step})")
            return
        # said before the clock moves: the reminders that fall due meanwhile come after it, as in time
        self.say(f"(de klok van de bot staat nu op {(now + step).astimezone(self.tz):%d-%m-%Y %H:%M})")
        await self.forward(step)

    def become(self, name: str) -> None:
        """Type as the person ``name`` from now on (made the first time: a colleague with a user id of their
        own, :func:`colleague_id`), in the same kind of chat: the group, or their own private chat."""
        if not USERNAME.fullmatch(name):
            self.say("(geef een naam van 3 tot 32 letters of cijfers, bijvoorbeeld /als piet)")
            return
        user = self._users.setdefault(
            name.lower(), User(colleague_id(name), name.capitalize(), username=name.lower())
        )
        in_team = self.chat is self.team
        self.user, self.private = user, self.fake.private_chat(user)
        self.chat = self.team if in_team else self.private
        first = user.id == CHAT_USER_ID
        back = "" if first else "; /als jij gaat terug"
        self.say(f'(je bent {"weer" if first else "nu"} "{user.username}", gebruiker {user.id}{back})')

    def _question(self) -> int | None:
        """The bot's question (ForceReply, meant for this user) that came after the user's last message: what
        the next message replies to, as Telegram's client does."""
        since = self._last_sent.get((self.chat.id, self.user.id), 0)
        asked = [
            message
            for message in self.fake.outbox(self.chat)
            if message.message_id > since and self._asks_me(message)
        ]
        return asked[-1].message_id if asked else None

    def _asks_me(self, message: SentMessage) -> bool:
        """Whether ``message`` forces a reply from this user: any ForceReply in a private chat; a selective
        one in a group only from the users it mentions or replies to."""
        markup = message.reply_markup or {}
        if not markup.get("force_reply"):
            return False
        if not markup.get("selective") or message.chat_id == self.private.id:
            return True
        replied = (message.reply_to or {}).get("from", {}).get("id")
        mentioned = any(
            entity.get("type") == "text_mention" and entity.get("user", {}).get("id") == self.user.id
            for entity in message.entities
        )
        return replied == self.user.id or mentioned or f"@{self.user.username}" in message.text

    def _sent(self, message: JsonDict) -> None:
        """Note what the user sent (it ends the questions before it); say if the bot misses it."""
        self._last_sent[(self.chat.id, self.user.id)] = message["message_id"]
        self._unseen(message)

    def _unseen(self, message: JsonDict) -> None:
        """Say that the bot does not get ``message`` (a group's plain text or file), and for a file what to
        do instead."""
        if not self.fake.bot_sees(message):
            then = "; stuur eerst /brief en dan het bestand" if "document" in message else ""
            unseen = "de bot ziet dit niet: in een groep krijgt hij alleen commando's en antwoorden aan hem"
            self.say(f"({unseen}{then})")

    def send_text(self, text: str) -> None:
        self._sent(self.fake.send_text(self.chat, self.user, text, reply_to=self._question()))

    def send_file(self, path: Path) -> None:
        if not path.is_file():
            self.say(f"(bestand niet gevonden: {path})")
            return
        mime_type = mimetypes.guess_type(path.name)[0]
        message = self.fake.send_document(
            self.chat, self.user, path.name, path.read_bytes(), mime_type, reply_to=self._question()
        )
        self.say(f"(je stuurt {path.name})")
        self._sent(message)

    def _button(self, line: str) -> tuple[SentMessage, JsonDict] | None:
        """For ``"2"``: the second button of the bot's newest message, if it has buttons. An older message is
        never the target (the newest may be a question whose answer is a number): say how to reach it."""
        sent = self.fake.outbox(self.chat)
        if not line.isdigit() or not sent:
            return None
        if not sent[-1].buttons:
            older = next((message for message in reversed(sent) if message.buttons), None)
            if older is not None:
                self.say(
                    f"(je {line} gaat als tekst: voor knop {line} van bericht {older.message_id} typ "
                    f"{older.message_id}.{line})"
                )
            return None
        return self._button_of(sent[-1].message_id, int(line))

    def _button_of(self, message_id: int, number: int) -> tuple[SentMessage, JsonDict] | None:
        """Button ``number`` (from 1) of the bot's message ``message_id`` in this chat, if it has one."""
        message = next((sent for sent in self.fake.outbox(self.chat) if sent.message_id == message_id), None)
        if message is None or not 1 <= number <= len(message.buttons):
            return None
        return message, message.buttons[number - 1]

    def press(self, message: SentMessage, button: JsonDict) -> None:
        if "callback_data" in button:
            self.say(f"(je drukt op [{button['text']}])")
            query = self.fake.press_button(self.chat, self.user, message.message_id, button["callback_data"])
            self._pressed.append(query)
        elif "url" in button:
            self.say(f"(link: {button['url']})")
        else:
            self.say("(deze knop werkt niet in de offline chat)")

    async def settle(self) -> None:
        """Wait until the bot has handled what the user did (also a slow command, or a letter read in a
        worker) and made no API call for a moment, then print."""
        loop = asyncio.get_running_loop()
        handled_by = loop.time() + HANDLING_LIMIT_SECONDS
        while self.fake.pending_updates or handling(self.application):
            if loop.time() > handled_by:
                self.say(f"(de bot is na {HANDLING_LIMIT_SECONDS:.0f} seconden nog bezig; ik ga verder)")
                break
            await asyncio.sleep(HANDLING_POLL_SECONDS)
        deadline = loop.time() + SETTLE_LIMIT_SECONDS
        while loop.time() < deadline:
            if not await self._calls_change(QUIET_SECONDS) and not self._busy():
                break
        self.show_news()

    async def _calls_change(self, seconds: float) -> bool:
        """Whether the bot makes another API call within ``seconds``."""
        seen = len(self.fake.calls)
        return await self.fake.state.wait_until(lambda: len(self.fake.calls) != seen, seconds)

    def _busy(self) -> bool:
        """A call of the bot (other than its long poll) still waits for an answer, or the bot shows that it
        is typing."""
        recent = self.fake.calls[-RECENT_CALLS:]
        return any(call.status is None and call.method != "getUpdates" for call in recent) or _typing(recent)

    # -- the bot's side --------------------------------------------------------------------------

    async def watch(self) -> None:
        """Print the bot's messages as they come, also the ones nobody asked for (reminders)."""
        while True:
            await self.fake.state.wait_until(self._has_news, 3600)
            self.show_news()

    def _messages(self) -> list[SentMessage]:
        return self.fake.outbox(self.private) + self.fake.outbox(self.team)

    def _answered(self) -> list[str]:
        return [query for query in self._pressed if self.fake.callback_answer(query) is not None]

    def _has_news(self) -> bool:
        return bool(self._answered()) or any(
            self._shown.get((message.chat_id, message.message_id)) != _snapshot(message)
            for message in self._messages()
        )

    def show_news(self) -> None:
        lines: list[str] = []
        for query in self._answered():
            self._pressed.remove(query)
            answer = self.fake.callback_answer(query) or {}
            if answer.get("text"):
                lines.append(f"bot (melding): {answer['text']}")
        for message in self._messages():
            key = (message.chat_id, message.message_id)
            shown = self._shown.get(key)
            if shown == _snapshot(message):
                continue
            if shown is not None and shown[0] == message.text:
                lines.append(self._buttons_changed(message))
            else:
                lines.append(self._render(message, edited=shown is not None))
            self._shown[key] = _snapshot(message)
        if not lines:
            return
        if self.prompt is not None:
            self.say("")
        self.say("\n".join(lines))
        if self.prompt is not None:
            print(self.prompt, end="", file=self.out, flush=True)

    def _where(self, message: SentMessage) -> str:
        return "" if message.chat_id == self.chat.id else f" ({message.chat.title or 'privé'})"

    def _buttons_changed(self, message: SentMessage) -> str:
        """One line for an edit of the buttons alone (the text stands as shown): the card is not repeated."""
        number = message.message_id
        if not message.buttons:
            return f"(de knoppen onder bericht {number}{self._where(message)} zijn weg)"
        labels = "  ".join(
            _button_label(f"{number}.{place}", button) for place, button in enumerate(message.buttons, 1)
        )
        return f"(de knoppen onder bericht {number}{self._where(message)} zijn nu: {labels})"

    def _render(self, message: SentMessage, *, edited: bool) -> str:
        number = f" [{message.message_id}]" if message.buttons or edited else ""
        label = f"bot{number}{self._where(message)}{' (bewerkt)' if edited else ''}: "
        parts: list[str] = []
        if message.document is not None and not edited:
            stored = message.document
            path = self._save(f"{message.message_id}-{stored.file_name or 'bestand'}", stored.content)
            parts.append(f"📎 {stored.file_name} ({_size(len(stored.content))}), bewaard als {path}")
        if message.photo is not None and not edited:
            path = self._save(f"{message.message_id}-afbeelding.png", message.photo.content)
            parts.append(f"🖼 afbeelding, bewaard als {path}")
        if message.text:
            parts.append(terminal_text(message.text, message.entities))
        if message.buttons:
            labels = (_button_label(str(place), button) for place, button in enumerate(message.buttons, 1))
            parts.append("  ".join(labels))
        first, *rest = "\n".join(parts).splitlines() or [""]
        indent = " " * len(label)
        return label + first + "".join(f"\n{indent}{line}" if line.strip() else "\n" for line in rest)

    def _save(self, name: str, content: bytes) -> Path:
        if self._downloads is None:
            self._downloads = tempfile.TemporaryDirectory(prefix="toezegbot-chat-")
        path = Path(self._downloads.name) / Path(name).name
        path.write_bytes(content)
        return path

    def close(self) -> None:
        """The chat ends: remove the folder with the files the bot sent."""
        if self._downloads is not None:
            self._downloads.cleanup()


def _typing(calls: list[ApiCall]) -> bool:
    """Whether Telegram would show "typing…": the bot's last chat action was less than five seconds ago and
    it sent or edited nothing since (a letter is read this way, without calls, for seconds)."""
    for call in reversed(calls):
        if call.method == "sendChatAction":
            return time.time() - call.at < TYPING_SECONDS
        if call.method.startswith(("send", "edit")):
            return False
    return False


def _snapshot(message: SentMessage) -> tuple[str, str]:
    return message.text, repr(message.reply_markup)


def _button_label(number: str, button: JsonDict) -> str:
    link = f" ({button['url']})" if "url" in button else ""
    return f"[{number}] {button['text']}{link}"


def _size(size: int) -> str:
    return f"{size} bytes" if size < 1024 else f"{size / 1024:.1f} kB".replace(".", ",")
