"""Telegram's flood control for the fake server: broadcast limits answered with 429 and ``retry_after``.

Telegram asks bots to stay under 30 messages a second overall and 20 a minute in one group, and answers
``429 Too Many Requests: retry after N`` when they do not. Its exact algorithm is not published; this
double counts sliding windows, which is the strict reading: a message is refused when the bot already had
``per_second`` messages accepted in the last second, or the group ``per_group`` in the last
``group_window`` seconds (a minute; tests may shrink it). Refused messages do not count. Only methods that
post a new message are limited.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus

from offline_telegram.fake_api.params import ApiError

MESSAGE_METHODS = frozenset({"sendMessage", "sendDocument", "sendPhoto"})


@dataclass(frozen=True)
class FloodLimits:
    per_second: int = 30
    per_group: int = 20
    group_window: float = 60.0


class FloodControl:
    """The sliding windows of one bot; :meth:`check` before a send, :meth:`record` once it is accepted."""

    def __init__(self, limits: FloodLimits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self.clock = clock
        self._bot: deque[float] = deque()
        self._groups: defaultdict[int, deque[float]] = defaultdict(deque)
        self.refused = 0
        """How many calls were answered 429 (injected faults not counted)."""

    @staticmethod
    def applies(method: str, chat_id: object) -> int | None:
        """The chat a limited call posts to, or None when flood control does not apply."""
        if method not in MESSAGE_METHODS:
            return None
        try:
            return int(str(chat_id))
        except ValueError:
            return None

    def check(self, chat_id: int) -> None:
        """Raise Telegram's 429 when a message to ``chat_id`` now would break a limit."""
        now = self.clock()
        waits = [_wait(self._bot, 1.0, self.limits.per_second, now)]
        if chat_id < 0:
            limits = self.limits
            waits.append(_wait(self._groups[chat_id], limits.group_window, limits.per_group, now))
        wait = max(waits)
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            self.refused += 1
            raise ApiError(HTTPStatus.TOO_MANY_REQUESTS, f"Too Many Requests: retry after {seconds}", seconds)

    def record(self, chat_id: int) -> None:
        now = self.clock()
        self._bot.append(now)
        if chat_id < 0:
            self._groups[chat_id].append(now)


def _wait(window: deque[float], seconds: float, limit: int, now: float) -> float:
    """Seconds until ``window`` (times of accepted messages) has room for one more; 0 when it has now."""
    while window and window[0] <= now - seconds:
        window.popleft()
    if len(window) < limit:
        return 0.0
    return window[len(window) - limit] + seconds - now
