"""A chat message as a proposed commitment: what ``/nieuw <zin>`` proposes, and when a plain message in a
private chat counts as one (otherwise it is ordinary talk and the bot says what it expects)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from commitments.deadlines import NO_DEADLINE
from commitments.extraction import Draft, parse_message
from commitments.letters import kind_of, known_ministry
from commitments.pending import CardStep
from commitments.services import NewCommitment, usable_refs

MIN_TITLE_WORDS = 3


def reads_as_commitment(draft: Draft) -> bool:
    """Whether a plain message reads as a commitment: a description, with two of a deadline, a
    bewindspersoon and a Kamerstuk (who and when: "De minister van EZ stuurt voor Prinsjesdag de
    groeibrief"), or with one of them when the description has a few words."""
    words = len(draft.title.split())
    found = sum(map(bool, (draft.deadline_text, draft.post, draft.refs)))
    return words > 0 and (found >= 2 or (found == 1 and words >= MIN_TITLE_WORDS))


def new_from_message(
    text: str, today: date, known_people: Mapping[str, tuple[str, str]], plain: bool = False
) -> NewCommitment | None:
    """The commitment a chat message proposes; None when it has no text, or (``plain``: a message without a
    command, in a private chat) does not :func:`read as one <reads_as_commitment>`."""
    draft = parse_message(text, today, known_people)
    if not draft.title.strip() or (plain and not reads_as_commitment(draft)):
        return None
    return NewCommitment(
        title=draft.title,
        quote=draft.quote,
        kind=kind_of(draft.kind),
        deadline=draft.deadline,
        deadline_text=draft.deadline_text,
        estimate=draft.estimate,
        recurring=draft.recurring,
        ministry=known_ministry(draft.ministry),
        post=draft.post,
        person=draft.person,
        refs=usable_refs(draft.refs),
        owner=draft.owner,
    )


def card_for_message(
    text: str, today: date, known_people: Mapping[str, tuple[str, str]], plain: bool = False
) -> CardStep | None:
    """The card a chat message proposes (see :func:`new_from_message`); "geen termijn" written in the
    message means the item is saved without a deadline instead of asking for one."""
    new = new_from_message(text, today, known_people, plain)
    if new is None:
        return None
    return CardStep(new=new, no_deadline=new.deadline is None and NO_DEADLINE.search(text) is not None)
