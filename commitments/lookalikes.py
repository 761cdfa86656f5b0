"""Look-alikes: the open items of a team that a new item would repeat (the same Kamerstuk, or the same post
and nearly the same title), checked before a card, a letter's items or an imported register is saved."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from commitments.model import ACTIVE_STATUSES, Commitment, CommitmentRef, MotieStatus, Team
from commitments.refs import usable_refs
from commitments.subject_words import content_words, stems, without_letter_heads

if TYPE_CHECKING:
    from commitments.services import NewCommitment

_NUMBERS = re.compile(r"\d+")
NEAR_WORDS = 2
"""Subject words a title needs to be matched by them rather than as written."""

TitleKey = tuple[
    str | None, str | tuple[tuple[str, ...], frozenset[str]] | tuple[date, tuple[str, ...], frozenset[str]]
]


def title_keys(
    title: str, post: str | None, deadline: date | None = None, near_words: int = NEAR_WORDS
) -> list[TitleKey]:
    """The keys under which an item of ``post`` is a look-alike of another with one of the same keys: its
    title as written (but for case and spacing), and, with at least :data:`NEAR_WORDS` subject words,
    those words (Dutch stems, whatever the little words between them: "capaciteit in / van het
    gevangeniswezen") with the title's numbers (a year or a motie's number tells "Jaarverslag 2025" from
    "Jaarverslag 2026"); ``near_words`` subject words may suffice where the item is known to be an old one.
    With the same ``deadline`` too, one subject word is enough and a compound's letter word is no part of it:
    "Brief over de mondzorg" and "Mondzorgbrief", both due 1 March."""
    keys: list[TitleKey] = [(post, " ".join(title.lower().split()))]
    words, numbers = content_words(title), tuple(_NUMBERS.findall(title))
    subject = frozenset(stems(words))
    if len(subject) >= near_words:
        keys.append((post, (numbers, subject)))
    due = frozenset(stems(without_letter_heads(words)))
    if deadline is not None and due:
        keys.append((post, (deadline, numbers, due)))
    return keys


def duplicates_of_each(
    session: Session, news: Sequence[NewCommitment], recalled: Collection[int] = ()
) -> list[list[Commitment]]:
    """The open items like each of ``news`` (all of one team), with one query for them all: a long
    letter's hundreds of items are checked against the team's thousands at once. The query keeps the open
    items of the same posts that hold one of the words the news' titles are told by (so few are read);
    the keys (:func:`title_keys`) decide. The news at the positions ``recalled`` (from 0) are promises the
    text tells as made before: the same one subject word of the same post is enough to find them."""
    if not news:
        return []
    refs = [set(usable_refs(new.refs)) for new in news]
    wanted = [
        title_keys(new.title, new.post, new.deadline, 1 if index in recalled else NEAR_WORDS)
        for index, new in enumerate(news)
    ]
    telling = {max(content_words(new.title) or [new.title.lower()], key=len) for new in news}
    title = func.lower(Commitment.title)
    written = {" ".join(new.title.split()).lower() for new in news}
    near = or_(*(title.contains(word, autoescape=True) for word in telling))
    matches = [title.in_(written), and_(_same_post(news), near)]
    if days := {new.deadline for new in news if new.deadline is not None}:
        matches.append(and_(_same_post(news), Commitment.deadline.in_(days)))  # told apart by the keys
    if any(refs):
        cited = select(CommitmentRef.commitment_id).where(CommitmentRef.ref.in_(set().union(*refs)))
        matches.append(Commitment.id.in_(cited))
    statement = (
        select(Commitment)
        .where(Team.owns(Commitment.team_id, news[0].team))
        .where(Commitment.status.in_(ACTIVE_STATUSES), or_(*matches))
        .where(or_(Commitment.motie_status.is_(None), Commitment.motie_status == MotieStatus.OPEN))
        .order_by(Commitment.id)
    )
    found = session.scalars(statement).all()
    by_key: dict[TitleKey, list[Commitment]] = {}
    by_ref: dict[str, list[Commitment]] = {}
    for item in found:
        for key in title_keys(item.title, item.post, item.deadline, 1):
            by_key.setdefault(key, []).append(item)
        for ref in item.ref_list:
            by_ref.setdefault(ref, []).append(item)

    def alike(keys: list[TitleKey], wanted_refs: set[str]) -> list[Commitment]:
        items = {item.id: item for key in keys for item in by_key.get(key, ())}
        items.update((item.id, item) for ref in wanted_refs for item in by_ref.get(ref, ()))
        return [items[number] for number in sorted(items)]

    return [alike(keys, wanted_refs) for keys, wanted_refs in zip(wanted, refs, strict=True)]


def _same_post(news: Sequence[NewCommitment]) -> ColumnElement[bool]:
    posts = {new.post for new in news if new.post}
    same = [Commitment.post.in_(posts)] if posts else []
    if any(new.post is None for new in news):
        same.append(Commitment.post.is_(None))
    return or_(*same)
