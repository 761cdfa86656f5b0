"""What a letter does to an open item. Its own module, so that what only names an action (a pending question,
the chat's buttons) does not load the statement reader and, through it, the extractor."""

import enum


class Action(enum.StrEnum):
    FULFIL = "fulfil"
    PARTIAL = "partial"
    POSTPONE = "postpone"
