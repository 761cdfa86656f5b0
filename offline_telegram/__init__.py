"""Telegram without Telegram, to try the bot and to test it: a fake Telegram Bot API server
(:mod:`offline_telegram.fake_api`, on aiohttp) and the offline terminal chat
(:mod:`offline_telegram.chat_repl`) that talks to the real bot through it.

Installed with the extra ``toezegbot[offline]`` (``scripts/start`` and the test tools include it); the bot's
runtime install (``requirements/runtime.txt``, the Docker image) has neither this package's dependencies nor
its code. The bot never imports it (an import-linter contract in pyproject.toml): ``toezegbot run`` without a
token and ``toezegbot chat`` find :func:`offline_telegram.chat_repl.chat_in_terminal` through the entry point
group ``toezegbot.offline_chat``, and this package knows nothing of the bot either: the chat is handed the
bot's ``build_application``.
"""
