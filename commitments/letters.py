"""A Kamerbrief in the store: registering it as a Document, and turning what was found in it into new
commitments. Shared by the bot's document flow, ``extract --save`` and the matching of letters.

Values the service layer would refuse (an unknown ministry, a reference it cannot normalise) are left out
here, so that a found item can always be saved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select

from commitments.extraction import Found, LetterMeta
from commitments.extraction.cues import TOLD_BEFORE
from commitments.extraction.normalise import readable
from commitments.extraction.sentences import split_sentences
from commitments.lookalikes import duplicates_of_each
from commitments.matching.cues import AS_PROMISED
from commitments.matching.scoring import Candidate, similarity
from commitments.ministries import ministry_code, parse_post
from commitments.model import (
    ACTIVE_STATUSES,
    Commitment,
    Document,
    EventType,
    HistoryEvent,
    Kind,
    MotieStatus,
    Team,
    letter_name,
)
from commitments.records import CommitmentRecord
from commitments.refs import usable_refs
from commitments.services import NewCommitment
from commitments.subject_words import content_words, stems, without_letter_heads
from commitments.titles import completed, names_its_own_subject, subject_stems, subject_title
from commitments.unit_of_work import UnitOfWork


def kind_of(value: str) -> Kind:
    """The kind named by ``value``; a toezegging when it names none."""
    try:
        return Kind(value)
    except ValueError:
        return Kind.TOEZEGGING


def known_ministry(value: str | None) -> str | None:
    """The ministry code for ``value``, or None when it names no known ministry."""
    return ministry_code(value) if value else None


def accountable_post(actor: str | None, sender: str | None) -> str | None:
    """The post an item of a letter belongs to: its actor when that is a bewindspersoon's post; a promise of
    the government as a whole ("het kabinet", "de regering") belongs to the post that signed the letter,
    who answers for it to the Kamer (the quote keeps who promised)."""
    if actor and parse_post(actor):
        return actor
    return sender or actor


def new_from_found(
    found: Found,
    today: date,
    team: int | None = None,
    document_id: int | None = None,
    sender: str | None = None,
    text: str | None = None,
) -> NewCommitment:
    """A found item of a letter by ``sender`` as a new commitment of ``team``, linked to its letter's
    Document (``today`` for its title: :func:`~commitments.titles.subject_title`). A promise that points
    back at the sentence before it (Found.antecedent) is quoted with it: that says what was promised. A
    title that names no object of its own is completed from the item's paragraph in the letter's ``text``
    (:func:`~commitments.titles.completed`)."""
    kind = kind_of(found.kind)
    afgedaan = kind is Kind.MOTIE and found.motie_status == MotieStatus.AFGEDAAN.value
    own = readable(found.quote)
    quote = readable(f"{found.antecedent} {found.quote}") if found.antecedent else own
    title = subject_title(
        own if _names_its_subject(found, own, today) else quote,
        today,
        found.deadline_text,
        motie=kind is Kind.MOTIE,
    )
    if text is not None and kind is not Kind.MOTIE:
        title = completed(title, _paragraph_before(text, found.start), today)
    return NewCommitment(
        title=title,
        kind=kind,
        quote=quote,
        deadline=found.deadline,
        deadline_text=found.deadline_text,
        estimate=found.estimate,
        recurring=found.recurring,
        ministry=known_ministry(found.ministry),
        post=accountable_post(found.actor, sender),
        refs=usable_refs(found.refs),
        team=team,
        document_id=document_id,
        motie_status=MotieStatus.AFGEDAAN if afgedaan else None,
    )


def _paragraph_before(text: str, start: int) -> list[str]:
    """The sentences of the paragraph before ``start`` in ``text``, the nearest first."""
    opening = text.rfind("\n\n", 0, start)
    return [readable(sentence.text) for sentence in reversed(split_sentences(text, opening + 1, start))]


def _names_its_subject(found: Found, own: str, today: date) -> bool:
    """Whether a promise restating a recalled one names what it is about in its own words ("Ik zal u voor 1
    mei een plan over X sturen" after "heb ik toegezegd u te informeren over X"): its title is then its own,
    not the recalled words'. One that names only (part of) what the recalled one named ("Ik stuur u de
    handreiking …" after "… over de handreiking gegevensdeling") takes the recalled words, which say more."""
    if not found.antecedent or not names_its_own_subject(own, today, found.deadline_text):
        return False
    return not subject_stems(own, today, found.deadline_text) <= subject_stems(found.antecedent, today)


def letter_fields(letter: LetterMeta, filename: str, content_hash: str) -> dict[str, Any]:
    """The letter as JSON, to keep in a draft until the team saves it."""
    return {
        "filename": filename,
        "letter_date": letter.date.isoformat() if letter.date else None,
        "sender": letter.sender,
        "ministry": known_ministry(letter.ministry),
        "subject": letter.subject,
        "kenmerk": letter.kenmerk,
        "kamerstuk": letter.kamerstuk,
        "content_hash": content_hash,
    }


def draft_letter_name(fields: Mapping[str, Any]) -> str:
    """:func:`~commitments.model.letter_name` of a letter kept as :func:`letter_fields`: by its subject and
    date when it states them, by its file name only when it does not."""
    day = fields.get("letter_date")
    return letter_name(
        fields.get("subject"),
        date.fromisoformat(day) if day else None,
        fields.get("filename"),
        fields.get("kamerstuk"),
    )


def _same_letter(team: int | None, content_hash: str, kamerstuk: str | None) -> ColumnElement[bool]:
    """The team's Documents of one letter: the same bytes, or the same published number (the letter sent
    again as another file, a PDF after its text)."""
    same = Document.content_hash == content_hash
    if kamerstuk:
        same = or_(same, Document.kamerstuk == kamerstuk)
    return and_(Team.owns(Document.team_id, team), same)


def registered_document(
    uow: UnitOfWork, team: int | None, content_hash: str, kamerstuk: str | None = None
) -> int | None:
    """The id of the team's Document for this letter (by its content hash or its own Kamerstuk number), if it
    was registered before."""
    return uow.session.scalar(
        select(Document.id).where(_same_letter(team, content_hash, kamerstuk)).order_by(Document.id).limit(1)
    )


def register_document(
    uow: UnitOfWork, team: int | None, filename: str, content_hash: str, letter: LetterMeta | None = None
) -> tuple[int, bool]:
    """The id of the team's Document for this letter, and whether it was new (registered now)."""
    found = registered_document(uow, team, content_hash, letter.kamerstuk if letter else None)
    if found is not None:
        return found, False
    session = uow.session
    document = Document(
        team_id=Team.row_id(session, team),
        filename=filename[:255],
        letter_date=letter.date if letter else None,
        sender=letter.sender if letter else None,
        ministry=known_ministry(letter.ministry) if letter else None,
        subject=letter.subject if letter else None,
        kenmerk=letter.kenmerk if letter else None,
        kamerstuk=letter.kamerstuk if letter else None,
        content_hash=content_hash,
    )
    session.add(document)
    session.flush()
    return document.id, True


def register_kept_letter(uow: UnitOfWork, team: int | None, fields: Mapping[str, Any]) -> int:
    """:func:`register_document` for a letter kept in a draft by :func:`letter_fields`."""
    day = fields.get("letter_date")
    meta = LetterMeta(
        date=date.fromisoformat(day) if day else None,
        sender=fields.get("sender"),
        ministry=fields.get("ministry"),
        subject=fields.get("subject"),
        kenmerk=fields.get("kenmerk"),
        kamerstuk_refs=(),
        kamerstuk=fields.get("kamerstuk"),
    )
    document_id, _ = register_document(
        uow, team, str(fields.get("filename") or ""), fields["content_hash"], meta
    )
    return document_id


def letter_item_key(item: NewCommitment | Commitment) -> str:
    """What makes an item of a letter the same item when the letter comes again: its quote (the sentence
    it was found in), else its title, white space aside."""
    return " ".join((item.quote or item.title).split())


def saved_from_letter(
    uow: UnitOfWork, team: int | None, content_hash: str, kamerstuk: str | None
) -> dict[str, Commitment]:
    """The team's items saved from this letter before (the same file, or another file with the same own
    Kamerstuk number), by :func:`letter_item_key`, whatever their status now."""
    return {
        letter_item_key(item): item
        for item in uow.session.scalars(
            select(Commitment)
            .join(Document, Commitment.document_id == Document.id)
            .where(_same_letter(team, content_hash, kamerstuk))
        )
    }


CLOSED_ALIKE = 0.6  # how alike a letter's item must be to an item the letter closed before to be that item


def closed_by_letter(
    uow: UnitOfWork, team: int | None, content_hash: str, kamerstuk: str | None
) -> list[Commitment]:
    """The team's items whose status this letter changed when it was sent before (their history names it:
    a proposal accepted), whatever their status now."""
    session = uow.session
    document_id = registered_document(uow, team, content_hash, kamerstuk)
    document = session.get(Document, document_id) if document_id is not None else None
    if document is None:
        return []
    changed = select(HistoryEvent.commitment_id).where(
        HistoryEvent.letter == document.name(), HistoryEvent.event == EventType.STATUS_CHANGED
    )
    return list(
        session.scalars(
            select(Commitment)
            .where(Team.owns(Commitment.team_id, team), Commitment.id.in_(changed))
            .order_by(Commitment.id)
        )
    )


def _closed_alike(new: NewCommitment, closed: Sequence[tuple[Commitment, Candidate]]) -> Commitment | None:
    """The item the letter closed before that ``new`` (found in it again) stands for: one with a reference
    of both, else the one most of whose subject the new item's words hold."""
    refs = set(usable_refs(new.refs))
    for item, _ in closed:
        if refs & set(item.ref_list):
            return item
    words = new.quote or new.title
    scored = [(similarity(words, candidate), item) for item, candidate in closed]
    best = max(scored, key=lambda found: found[0], default=None)
    return best[1] if best is not None and best[0] >= CLOSED_ALIKE else None


def look_alikes(
    uow: UnitOfWork,
    team: int,
    items: Sequence[NewCommitment],
    content_hash: str,
    acted_on: Mapping[int, int] | None = None,
    kamerstuk: str | None = None,
) -> list[tuple[int, CommitmentRecord]]:
    """For each item of a letter (numbered from 1) that the team may already have: the open item the letter
    acts on where the item stands (``acted_on``: number → id, from
    :func:`~commitments.letter_arrival.acted_on`), an open item with its Kamerstuk or its title and post, or
    an item saved earlier from this same letter (whatever its status now, so a letter sent twice does not
    fill the register twice; the same letter is also one sent as another file with the same own Kamerstuk
    number, ``kamerstuk``), or an item this same letter closed when it was sent before (the promise it
    kept, found in it again). A promise the letter tells as made before ("heb ik toegezegd …") is found by
    its one subject word too: it is an old one."""
    session = uow.session
    acted_ids = set((acted_on or {}).values())
    acted_items = {
        item.id: item
        for item in session.scalars(
            select(Commitment).where(Team.owns(Commitment.team_id, team), Commitment.id.in_(acted_ids))
        )
    }
    acted = {number: acted_items[id_] for number, id_ in (acted_on or {}).items() if id_ in acted_items}
    earlier = saved_from_letter(uow, team, content_hash, kamerstuk)
    closed = [
        (item, Candidate.of(CommitmentRecord.of(item)))
        for item in closed_by_letter(uow, team, content_hash, kamerstuk)
    ]
    recalled = [index for index, new in enumerate(items) if TOLD_BEFORE.search(new.quote or "")]
    alike = duplicates_of_each(session, [replace(new, team=team) for new in items], recalled)
    found = []
    for number, (new, open_alike) in enumerate(zip(items, alike, strict=True), start=1):
        same = (
            acted.get(number)
            or earlier.get(letter_item_key(new))
            or (_closed_alike(new, closed) if closed else None)
            or next(iter(open_alike), None)
            or _restated(uow, team, new)
        )
        if same is not None:
            found.append((number, CommitmentRecord.of(same)))
    return found


def _restated(uow: UnitOfWork, team: int | None, new: NewCommitment) -> Commitment | None:
    """The open item a promise the letter restates as made before ("Over X informeer ik u, zoals toegezegd,
    voor 1 april") stands for: one of its post with its deadline whose subject shares a word with it (the
    letter names the promise more briefly than the item: "de jeugd-ggz" for "de wachttijden in de
    jeugd-ggz"). A promise not told as made before, or without a post or deadline, stands for none."""
    quote = new.quote or ""
    if (
        new.deadline is None
        or new.post is None
        or not (AS_PROMISED.search(quote) or TOLD_BEFORE.search(quote))
    ):
        return None
    words = _subject(new.title)
    same = select(Commitment).where(
        Team.owns(Commitment.team_id, team),
        Commitment.status.in_(ACTIVE_STATUSES),
        Commitment.post == new.post,
        Commitment.deadline == new.deadline,
    )
    return next(
        (item for item in uow.session.scalars(same.order_by(Commitment.id)) if words & _subject(item.title)),
        None,
    )


def _subject(title: str) -> set[str]:
    """A title's subject words, Dutch stems, without the words for a letter ("brief", "Kamerbrief")."""
    return set(stems(without_letter_heads(content_words(title))))
