"""Fixtures of the end-to-end tests: the bot running against the fake Bot API, and the day they are set on."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import time_machine

from commitments.db import Database
from tests.e2e.harness import World, world


@pytest.fixture
async def w(tmp_path: Path, db: Database) -> AsyncIterator[World]:
    """The fake Bot API with its chats and people (:class:`tests.e2e.harness.World`); the bot runs within
    ``w.running()``."""
    async with world(tmp_path, db) as running_world:
        yield running_world


@pytest.fixture
def fixed_day() -> Iterator[None]:
    """Monday 2 March 2026, 10:00 in The Hague, with the clock running: the day the conversations are set on
    (a module uses it with ``pytestmark = pytest.mark.usefixtures("fixed_day")``)."""
    with time_machine.travel("2026-03-02 10:00 +01:00", tick=True):
        yield


@pytest.fixture
def no_unexpected_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fails the test when the bot or python-telegram-bot logged an error, or the token (a module uses it
    with ``pytestmark = pytest.mark.usefixtures("no_unexpected_errors")``)."""
    caplog.set_level(logging.INFO)
    yield
    failures = [
        r for r in caplog.records if r.levelno >= logging.ERROR and r.name.startswith(("bot", "telegram"))
    ]
    assert not failures, [r.getMessage() for r in failures]
    assert "fake-telegram-token" not in caplog.text
