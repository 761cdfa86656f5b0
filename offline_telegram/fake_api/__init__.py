"""A fake Telegram Bot API server for end-to-end tests and the offline chat (``toezegbot chat``).

async with FakeTelegram() as fake:
    user = User(1, "Jij")
    chat = fake.private_chat(user)
    ...  # build the bot with TOEZEGBOT_TELEGRAM_API_URL=fake.api_url and token fake.token
    async with running_application(application):
        fake.send_text(chat, user, "/start")
        [reply] = await fake.wait_for_messages(chat, 1)
"""

from offline_telegram.fake_api.flood import FloodLimits
from offline_telegram.fake_api.lifecycle import AnyApplication, handling, running_application
from offline_telegram.fake_api.server import DEFAULT_TOKEN, FakeTelegram
from offline_telegram.fake_api.state import ApiCall, Chat, JsonDict, SentMessage, StoredFile, User

__all__ = [
    "DEFAULT_TOKEN",
    "AnyApplication",
    "ApiCall",
    "Chat",
    "FakeTelegram",
    "FloodLimits",
    "JsonDict",
    "SentMessage",
    "StoredFile",
    "User",
    "handling",
    "running_application",
]
