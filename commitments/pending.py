"""What an unfinished conversation waits for, as typed models: one per kind, serialised here and nowhere else.

A card waits for "Opslaan" or for the answer to one of its questions (deadline, post); a change waits for
its deadline, reason or owner, or for the confirmation of a date in the past; an undated letter waits for
its date, and /brief for a file; a letter's found items wait to be saved; what a letter seems to do to an
open item waits for Ja, Nee or another item; a message that could answer a question or be a new commitment
waits to be told which; a long list keeps its query for the page buttons. Each lives in a draft row
(:mod:`commitments.drafts`) until it is answered, cancelled or expires.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from commitments.matching.action import Action
from commitments.services import NewCommitment, NewDeadline

CANCEL_WORDS = frozenset({"annuleer", "annuleren", "stop", "stoppen", "laat maar", "cancel", "/annuleer"})
NO_DEADLINE_WORDS = frozenset({"geen termijn", "geen", "geen datum", "onbekend", "nvt", "n.v.t."})


def is_cancel(answer: str) -> bool:
    return " ".join(answer.lower().split()).strip(" .!") in CANCEL_WORDS


UNKNOWN_REASON_WORDS = frozenset(
    {"onbekend", "geen reden", "geen idee", "weet ik niet", "niet bekend", "geen", "nvt", "n.v.t.", "-"}
)
NO_REASON = "geen reden opgegeven"
"""A postponement's reason when the person answered that there is none they know ("onbekend"): the history
says so rather than asking again."""


def reason_of(answer: str) -> str:
    """The reason given for a postponement; :data:`NO_REASON` for "onbekend", "geen idee" and the like."""
    return NO_REASON if " ".join(answer.lower().split()).strip(" .!") in UNKNOWN_REASON_WORDS else answer


def is_no_deadline(answer: str) -> bool:
    return " ".join(answer.lower().split()).strip(" .!") in NO_DEADLINE_WORDS


NO_WORDS = frozenset({"nee", "nee hoor", "neen", "niet", "liever niet", "nee, niet"})
"""An answer that declines what a question offers ("Toch deze datum gebruiken?" "nee")."""


def is_no(answer: str) -> bool:
    return " ".join(answer.lower().split()).strip(" .!") in NO_WORDS


KEEP_WORDS = frozenset(
    {"ja", "ja hoor", "jazeker", "klopt", "blijft", "ja blijft", "ja, blijft", "zelfde", "houden"}
)
"""An answer that keeps what the question names ("Houdt de rest de termijn van 1 maart?" "ja")."""


def is_keep(answer: str) -> bool:
    return " ".join(answer.lower().split()).strip(" .!") in KEEP_WORDS


class _Step(BaseModel):
    model_config = ConfigDict(frozen=True)


class CardStep(_Step):
    """A new item shown as a card; ``asking`` is the question it waits for, if any."""

    type: Literal["card"] = "card"
    new: NewCommitment
    asking: Literal["deadline", "post"] | None = None
    no_deadline: bool = False
    """The person answered "geen termijn": save without one."""
    past_ok: bool = False
    duplicate_ok: bool = False


ChangeAction = Literal["done", "partly", "postpone", "drop", "assign", "edit", "reopen"]


class ChangeStep(_Step):
    """A change to a saved item waiting for what it needs (``asking``) or for a past date's confirmation."""

    type: Literal["change"] = "change"
    action: ChangeAction
    commitment: int
    asking: Literal["detail", "reason", "rest", "confirm_past"]
    deadline: NewDeadline | None = None
    field: str | None = None
    value: str | None = None
    reason: str | None = None
    past_confirmed: bool = False
    """The person chose the deadline although it is past or before the current one ("Ja, deze datum")."""
    letter: dict[str, Any] | None = None
    """The letter that asks for this change (a postponement it reports without a new day, given by the
    person), registered with it so that the history names it."""
    rest_due: date | None = None
    """Of a partial fulfilment (``asking`` "rest"): the deadline the rest keeps unless the person gives
    another (then ``deadline``)."""
    asked_after: int | None = None
    """Of a change waiting for "Ja, deze datum": the item's newest history event when the date was named.
    The confirmation holds for the item as it was then; None in drafts from before this was kept."""


class LetterDateStep(_Step):
    """An undated letter waiting for its date before anything in it is resolved."""

    type: Literal["letter_date"] = "letter_date"
    filename: str
    content_hash: str
    text: str
    body_start: int
    title: str | None = None  # the file's own title (Letter.title)


class LetterAsked(_Step):
    """/brief asked for a letter as a file: text in answer is told so, ‘annuleer’ ends the question, and the
    file (:func:`commitments.drafts.file_arrived`) answers it."""

    type: Literal["letter_asked"] = "letter_asked"


class LookAlike(_Step):
    """An item found in a letter (``number``, from 1) that looks like the open item ``commitment``; ``acted``
    when it stands where the letter fulfils or postpones that item, so it is that item, never a new one."""

    number: int
    commitment: int
    title: str
    acted: bool = False


class FoundItems(_Step):
    """What a letter holds, waiting to be saved: all, the ``chosen`` numbers, or only those not ``alike``."""

    type: Literal["letter"] = "letter"
    document: dict[str, Any]
    """The letter's fields to register it as a Document (see ``commitments.letters.letter_fields``)."""
    items: list[NewCommitment]
    chosen: list[int] | None = None
    page: int = 1
    alike: list[LookAlike] = Field(default_factory=list)


class ProposalStep(_Step):
    """What a letter seems to do to the open item ``commitment`` (or, chosen by a person, to one of the
    ``alternatives``), waiting for Ja, Nee or another item; the letter is registered with the change."""

    type: Literal["match"] = "match"
    action: Action
    commitment: int
    alternatives: list[int] = Field(default_factory=list)
    label: str
    """The short why: the identifier that matched ("motie 28638-172") or the kind of item."""
    score: float
    evidence: list[str] = Field(default_factory=list)
    """Each piece of evidence for and against, in Dutch ("motie 28638-172 genoemd", "ander ministerie")."""
    quote: str
    deadline: date | None = None
    """A postponement's new deadline, when the letter names a day; else None (a person gives it)."""
    deadline_text: str | None = None
    estimate: bool = False
    reason: str | None = None
    letter: dict[str, Any]
    """The letter's fields to register it as a Document (see ``commitments.letters.letter_fields``)."""

    @property
    def offered(self) -> list[int]:
        """The items a person may act on: the proposed one, then the runners-up of "Andere kiezen"."""
        return [self.commitment, *self.alternatives]

    @property
    def needs_new_deadline(self) -> bool:
        """A postponement whose letter names no new day: a person gives the new deadline."""
        return self.action is Action.POSTPONE and self.deadline is None


class HeldAnswer(_Step):
    """A message in a private chat that could answer the question in draft ``question`` or stand alone as a
    new commitment (:func:`commitments.chat_messages.stands_alone`): it waits until the person says which."""

    type: Literal["held_answer"] = "held_answer"
    question: int
    text: str


class ListStep(_Step):
    """A list longer than a page: the command and argument behind it, for the page buttons."""

    type: Literal["list"] = "list"
    command: str
    arg: str


AnyStep = (
    CardStep | ChangeStep | LetterDateStep | LetterAsked | FoundItems | ProposalStep | HeldAnswer | ListStep
)
Question = CardStep | ChangeStep | LetterDateStep | LetterAsked
"""The steps that wait for a person's text answer."""
Step = Annotated[AnyStep, Field(discriminator="type")]
_ADAPTER: TypeAdapter[AnyStep] = TypeAdapter(Step)


def dump(step: AnyStep) -> dict[str, Any]:
    """The step as JSON for the draft table."""
    return step.model_dump(mode="json")


def load(payload: dict[str, Any]) -> AnyStep:
    """The step a draft holds (raises pydantic's ValidationError for a payload of another shape)."""
    return _ADAPTER.validate_python(payload)
