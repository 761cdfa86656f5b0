"""Updates a real client could never make but an attacker can: button presses with any callback data (or
none at all), under any of the bot's messages."""

from __future__ import annotations

from offline_telegram.fake_api import Chat, FakeTelegram, User, updates


def press_crafted(fake: FakeTelegram, chat: Chat, user: User, message_id: int, data: str | None) -> str:
    """``user`` sends a callback query with ``data`` (None: without the field) for a bot message in
    ``chat``; returns the query id, whose answer :meth:`FakeTelegram.callback_answer` then shows."""
    message = fake.state.sent[chat.id, message_id]
    query_id = str(5_000_000_000_000 + fake.state.next_number())
    query = updates.callback_query(query_id, user, message.to_api(fake.bot_user), data or "")
    if data is None:
        del query["data"]
    fake.state.callback_queries[query_id] = query
    fake.state.queue_update("callback_query", query)
    return query_id
