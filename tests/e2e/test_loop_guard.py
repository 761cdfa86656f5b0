"""The check every e2e conversation runs under (:mod:`tests.e2e.loop_guard`) catches database work on the
bot's event loop: with ``use_case`` made synchronous again (how handlers reached the database before), the
same conversation is caught; as the bot is, it passes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.context import BotContext
from tests.e2e.harness import World


async def _conversation(w: World) -> None:
    await w.send(w.team_a, w.alice, "/nieuw De minister van VWS stuurt eind 2026 een brief over jeugdzorg")
    await w.send(w.team_a, w.alice, "/open")


async def test_the_bot_reaches_the_database_off_its_event_loop(w: World) -> None:
    async with w.running():
        await _conversation(w)


async def test_a_handler_waiting_for_the_database_on_the_loop_is_caught(
    w: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def on_the_loop(self: BotContext, use_case: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return self.bot_data.transactions.run(use_case, *args, **kwargs)

    monkeypatch.setattr(BotContext, "use_case", on_the_loop)
    with pytest.raises(AssertionError, match="database work on the event loop") as caught:
        async with w.running():
            await _conversation(w)
    assert "bot/access.py" in str(caught.value)  # the gate, on every update
