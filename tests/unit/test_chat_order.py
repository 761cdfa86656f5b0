"""ChatOrder: updates of different chats run at once, a chat's own one after another as they came."""

from __future__ import annotations

import asyncio
import inspect
from datetime import UTC, datetime
from itertools import count

from telegram import Chat, InlineQuery, Message, Update, User

from bot.ordering import ChatOrder, turn_of

_ids = count(1)


def _message(chat_id: int, user_id: int = 7) -> Update:
    chat = Chat(chat_id, Chat.GROUP if chat_id < 0 else Chat.PRIVATE)
    user = User(user_id, "Iemand", is_bot=False)
    return Update(next(_ids), message=Message(next(_ids), datetime.now(UTC), chat, from_user=user, text="x"))


def _inline(user_id: int) -> Update:
    user = User(user_id, "Iemand", is_bot=False)
    return Update(next(_ids), inline_query=InlineQuery(str(next(_ids)), user, "zoek", ""))


class Steps:
    """What the handled updates did, in order; each waits for its own go-ahead when told to."""

    def __init__(self) -> None:
        self.log: list[str] = []
        self.go: dict[str, asyncio.Event] = {}

    async def step(self, name: str, *, wait: bool = False) -> None:
        self.log.append(f"{name} begint")
        if wait:
            await self.go.setdefault(name, asyncio.Event()).wait()
        self.log.append(f"{name} klaar")

    def release(self, name: str) -> None:
        self.go.setdefault(name, asyncio.Event()).set()


async def _settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_a_chats_updates_run_one_after_another_in_the_order_they_came() -> None:
    order, steps = ChatOrder(), Steps()
    first = asyncio.create_task(order.process_update(_message(-1), steps.step("a", wait=True)))
    second = asyncio.create_task(order.process_update(_message(-1, user_id=8), steps.step("b")))
    third = asyncio.create_task(order.process_update(_message(-1), steps.step("c")))
    await _settle()
    assert steps.log == ["a begint"]
    steps.release("a")
    await asyncio.gather(first, second, third)
    assert steps.log == ["a begint", "a klaar", "b begint", "b klaar", "c begint", "c klaar"]
    assert order.chats_in_turn == 0


async def test_another_chat_is_handled_while_one_chats_update_waits() -> None:
    order, steps = ChatOrder(), Steps()
    slow = asyncio.create_task(order.process_update(_message(-1), steps.step("traag", wait=True)))
    await asyncio.wait_for(order.process_update(_message(-2), steps.step("ander")), 1)
    await asyncio.wait_for(order.process_update(_message(5), steps.step("privé")), 1)
    assert steps.log == ["traag begint", "ander begint", "ander klaar", "privé begint", "privé klaar"]
    steps.release("traag")
    await slow
    assert order.chats_in_turn == 0


async def test_updates_without_a_chat_take_turns_per_sender() -> None:
    order, steps = ChatOrder(), Steps()
    slow = asyncio.create_task(order.process_update(_inline(7), steps.step("eerste", wait=True)))
    same = asyncio.create_task(order.process_update(_inline(7), steps.step("tweede")))
    await asyncio.wait_for(order.process_update(_inline(8), steps.step("ander")), 1)
    assert steps.log == ["eerste begint", "ander begint", "ander klaar"]
    steps.release("eerste")
    await asyncio.gather(slow, same)
    assert steps.log[-2:] == ["tweede begint", "tweede klaar"]


async def test_a_failed_update_ends_its_turn() -> None:
    order, steps = ChatOrder(), Steps()

    async def fails() -> None:
        raise RuntimeError("kapot")

    failing = asyncio.create_task(order.process_update(_message(-1), fails()))
    after = asyncio.create_task(order.process_update(_message(-1), steps.step("daarna")))
    done = await asyncio.gather(failing, after, return_exceptions=True)
    assert isinstance(done[0], RuntimeError)
    assert steps.log == ["daarna begint", "daarna klaar"]
    assert order.chats_in_turn == 0


async def test_an_update_cancelled_while_waiting_for_its_turn_never_runs_and_frees_the_turn() -> None:
    order, steps = ChatOrder(), Steps()
    slow = asyncio.create_task(order.process_update(_message(-1), steps.step("traag", wait=True)))
    never = steps.step("wacht")
    waiting = asyncio.create_task(order.process_update(_message(-1), never))
    await _settle()
    waiting.cancel()
    await asyncio.gather(waiting, return_exceptions=True)
    assert inspect.getcoroutinestate(never) == inspect.CORO_CLOSED  # closed, not left to warn unawaited
    steps.release("traag")
    await slow
    assert steps.log == ["traag begint", "traag klaar"]
    assert order.chats_in_turn == 0


def test_whose_turn_an_update_waits_for() -> None:
    assert turn_of(_message(-100, user_id=3)) == ("chat", -100)
    assert turn_of(_message(3, user_id=3)) == ("chat", 3)
    assert turn_of(_inline(3)) == ("user", 3)
    assert turn_of(Update(next(_ids))) is None
    assert turn_of("geen update") is None


async def test_a_task_that_takes_its_chats_turn_again_holds_back_the_chats_next_update() -> None:
    order, steps = ChatOrder(), Steps()
    asked = asyncio.Event()

    async def asks_then_stores() -> None:
        async with order.turn(turn_of(_message(-1))):
            asked.set()
            await steps.step("vraag opslaan", wait=True)

    asking = asyncio.create_task(asks_then_stores())
    await asked.wait()
    answer = asyncio.create_task(order.process_update(_message(-1), steps.step("antwoord")))
    await asyncio.wait_for(order.process_update(_message(-2), steps.step("ander")), 1)
    assert steps.log == ["vraag opslaan begint", "ander begint", "ander klaar"]
    steps.release("vraag opslaan")
    await asyncio.gather(asking, answer)
    assert steps.log[-3:] == ["vraag opslaan klaar", "antwoord begint", "antwoord klaar"]
    assert order.chats_in_turn == 0
