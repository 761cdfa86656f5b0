"""The admission (is the chat served, who speaks, their open questions ended) done inside a handler's first
use case: one unit of work and one trip off the event loop per update, with what the gate alone would do
kept when the use case is refused, and nothing but the refusal for a chat that is not served."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.access import VIEWER_REFUSAL
from bot.context import BotApplication
from commitments.model import Draft, DraftKind, Member, Team
from tests.e2e.harness import World, button
from tests.use_case import transaction

NEW = "/nieuw De minister van VWS stuurt voor het zomerreces een brief over jeugdzorg"


pytestmark = pytest.mark.usefixtures("fixed_day")


def count_units_of_work(application: BotApplication) -> list[int]:
    """A one-element list that counts the units of work the bot runs from now on."""
    transactions = application.bot_data.transactions
    run, counted = transactions.run, [0]

    def counting(use_case: Any, *args: Any, **kwargs: Any) -> Any:
        counted[0] += 1
        return run(use_case, *args, **kwargs)

    transactions.run = counting  # type: ignore[method-assign]
    return counted


async def _saved_item(w: World) -> int:
    card = await w.send(w.team_a, w.alice, NEW)
    saved = await w.press(w.team_a, w.alice, card, button(card, "Opslaan"))
    return int(saved.text.split("#", 1)[1].split(".", 1)[0])


async def test_a_list_or_a_card_is_one_unit_of_work_a_change_starts_with_one(w: World) -> None:
    async with w.running() as application:
        item = await _saved_item(w)
        counted = count_units_of_work(application)
        for text in ("/open", "/open VWS", f"/toon {item}", "/help", "/ministers"):
            before = counted[0]
            await w.send(w.team_a, w.alice, text)
            assert counted[0] - before == 1, text
        before = counted[0]
        await w.send(w.outside, w.stranger, "/open")  # refused: the admission alone
        assert counted[0] - before == 1


async def test_a_refused_use_case_keeps_the_new_member_and_ends_open_questions(w: World) -> None:
    async with w.running():
        item = await _saved_item(w)
        asked = await w.send(w.team_a, w.bob, f"/uitstel {item}")  # a question to Bob
        assert asked.buttons or "?" in asked.text
        refused = await w.send(w.team_a, w.carol, "/zoek")  # Carol's first words: refused in the use case
        assert "Waar zoek je naar?" in refused.text
        refused = await w.send(w.team_a, w.bob, "/afgedaan 99999")  # a command of its own: Bob moved on
        assert "99999" in refused.text
    with transaction(w.db) as session:
        team = session.scalars(select(Team.id).where(Team.chat_id == w.team_a.id)).one()
        carol = select(func.count()).where(Member.team_id == team, Member.user_id == w.carol.id)
        assert session.scalar(carol) == 1
        questions = select(func.count()).where(
            Draft.team_chat_id == w.team_a.id, Draft.user_id == w.bob.id, Draft.kind == DraftKind.QUESTION
        )
        assert session.scalar(questions) == 0


async def test_a_typing_error_in_a_chat_not_served_gets_only_the_refusal(w: World) -> None:
    async with w.running():
        chat = w.fake.group_chat("Nog niet gekoppeld")
        refusal = await w.send(chat, w.stranger, "/toon twaalf")
        assert "niet aangesloten" in refusal.text
        w.fake.send_text(chat, w.stranger, "/afgedaan")
        w.fake.send_text(chat, w.stranger, "/toon 1")
        assert len(await w.silence(chat)) == 1


async def test_a_viewer_with_a_typing_error_hears_that_they_may_only_look(w: World) -> None:
    async with w.running():
        await w.send(w.team_a, w.carol, "/help")
        await w.send(w.team_a, w.admin, "/rol @carol viewer")
        refused = await w.send(w.team_a, w.carol, "/afgedaan")  # no id: the role is checked first
        assert refused.text == VIEWER_REFUSAL
        mistyped = await w.send(w.team_a, w.bob, "/afgedaan")  # an editor hears what is missing
        assert mistyped.text != VIEWER_REFUSAL
        assert "/afgedaan 12" in mistyped.text


async def test_use_cases_run_in_the_bots_own_threads_which_stop_with_it(w: World) -> None:
    """The admission and the list run in the bot's use case threads (not the event loop's default pool,
    which the health check and the reminders use); the threads end when the bot stops."""
    threads: list[str] = []
    async with w.running() as application:
        transactions = application.bot_data.transactions
        run = transactions.run

        def recording(use_case: Any, *args: Any, **kwargs: Any) -> Any:
            threads.append(threading.current_thread().name)
            return run(use_case, *args, **kwargs)

        transactions.run = recording  # type: ignore[method-assign]
        for text in ("/open", "/open VWS", "/help"):
            await w.send(w.team_a, w.alice, text)
        executor = application.bot_data.use_case_threads
    ours = [name for name in threads if name.startswith("use-case")]  # reminder ticks use the default pool
    assert len(ours) == 3
    with pytest.raises(RuntimeError):
        executor.submit(sum, [1])  # shut down with the bot
