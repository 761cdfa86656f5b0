"""Benchmarks: how fast the bot handles updates, measured through the fake Telegram server."""
