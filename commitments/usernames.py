"""Telegram usernames as people type them ("@jan") and as they are stored and compared ("jan")."""

from __future__ import annotations


def bare_username(name: str) -> str:
    """``name`` without the "@" (or several) typed before it: how an owner or a member's username is stored,
    searched and matched, whether it was typed with "@" or not."""
    return name.lstrip("@")
