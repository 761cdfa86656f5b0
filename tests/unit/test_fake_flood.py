"""The fake Bot API's flood control: Telegram's 30 messages a second per bot and 20 a minute per group."""

from __future__ import annotations

import pytest

from offline_telegram.fake_api.flood import FloodControl, FloodLimits
from offline_telegram.fake_api.params import ApiError


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def send(flood: FloodControl, chat_id: int) -> None:
    flood.check(chat_id)
    flood.record(chat_id)


def test_the_31st_message_within_a_second_is_answered_429_with_retry_after() -> None:
    clock = Clock()
    flood = FloodControl(FloodLimits(), clock)
    for n in range(30):
        clock.now += 0.01
        send(flood, -n - 1)
    with pytest.raises(ApiError) as refused:
        send(flood, -99)
    assert (refused.value.status, refused.value.retry_after) == (429, 1)
    assert refused.value.description == "Too Many Requests: retry after 1"
    assert flood.refused == 1
    clock.now += 0.72  # the first message has left the window
    send(flood, -99)


def test_a_group_gets_twenty_a_minute_while_other_chats_go_on() -> None:
    clock = Clock()
    flood = FloodControl(FloodLimits(), clock)
    for _ in range(20):
        clock.now += 1.0
        send(flood, -5)
    with pytest.raises(ApiError) as refused:
        send(flood, -5)
    assert refused.value.retry_after == 41  # the first of the twenty leaves the minute 41 s from now
    send(flood, -6)
    send(flood, 42)  # a private chat has no group limit
    clock.now += 41
    send(flood, -5)


def test_only_calls_that_post_a_message_are_limited() -> None:
    assert FloodControl.applies("sendMessage", "-5") == -5
    assert FloodControl.applies("sendDocument", -5) == -5
    assert FloodControl.applies("editMessageText", -5) is None
    assert FloodControl.applies("sendMessage", "@kanaal") is None
