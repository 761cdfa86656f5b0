"""Use cases of issue 8: which open commitments a letter acts on, accepting a proposal, saving a letter.

Matching only proposes; a person accepts. Accepting goes through :mod:`commitments.services`, so the change
lands in the item's history like any other, its line naming the letter that did it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from commitments import drafts, services
from commitments.db import Database
from commitments.errors import InvalidInput
from commitments.extraction import Extraction, extract
from commitments.letters import new_from_found, register_document, register_kept_letter, registered_document
from commitments.matching.action import Action
from commitments.matching.items import item_proposals, pending_items, read_items, subject_delayed
from commitments.matching.scoring import (
    Candidate,
    LetterSide,
    Score,
    among_several,
    choose,
    holders,
    rank,
    rarity,
)
from commitments.matching.statements import Statement, ahead, find_announcements, find_statements
from commitments.ministries import ministry_code, same_line
from commitments.model import Commitment, Document, EventType, HistoryEvent, Team
from commitments.pending import ProposalStep
from commitments.records import CommitmentRecord
from commitments.services import CommitmentQuery, NewDeadline
from commitments.unit_of_work import Transactions, UnitOfWork

ALTERNATIVES = 5
"""Items of other ministries that "Andere kiezen" offers, at most."""
MOST_OFFERED = 40
"""Items "Andere kiezen" offers besides the proposal, at most (one button each)."""
DEFAULT_REASON = "Uitstel gemeld in een Kamerbrief."
NOT_OFFERED = "#{id} stond niet tussen de voorgestelde items bij deze brief; kies een item uit de lijst."
NO_NEW_DEADLINE = "Deze brief noemt geen nieuwe termijn; geef die zelf op met /uitstel {id}."


@dataclass(frozen=True)
class Proposal:
    """A statement of the letter and the commitment it most likely acts on, with the runners-up."""

    statement: Statement
    best: Score
    alternatives: tuple[Score, ...]

    @property
    def partial(self) -> bool:
        return self.statement.action is Action.PARTIAL

    def step(self, letter: dict[str, Any]) -> ProposalStep:
        """The proposal as the chat keeps it until a person answers, with ``letter``'s fields."""
        statement, deadline = self.statement, self.statement.new_deadline
        return ProposalStep(
            action=statement.action,
            commitment=self.best.commitment_id,
            alternatives=[score.commitment_id for score in self.alternatives],
            label=self.best.label,
            score=self.best.value,
            evidence=list(self.best.evidence),
            quote=" ".join(statement.quote.split()),
            deadline=deadline.date if deadline else None,
            deadline_text=" ".join(deadline.text.split()) if deadline else None,
            estimate=bool(deadline and deadline.estimate),
            reason=statement.reason,
            letter=letter,
        )

    def to_json(self) -> dict[str, Any]:
        """One entry of ``fulfils`` or ``postpones`` in the CLI's JSON contract."""
        statement = self.statement
        data: dict[str, Any] = {"commitment_id": self.best.commitment_id, "score": round(self.best.value, 2)}
        if statement.action is Action.POSTPONE:
            deadline = statement.new_deadline
            data["new_deadline"] = deadline.date.isoformat() if deadline and deadline.date else None
            data["reason"] = statement.reason
        else:
            data["partial"] = self.partial
            data["evidence"] = list(self.best.evidence)
        data.update(quote=statement.quote, start=statement.start, end=statement.end)
        return data


@dataclass(frozen=True)
class MatchResult:
    """The proposals for a letter: what it fulfils (wholly or partly) and what it postpones."""

    fulfils: tuple[Proposal, ...]
    postpones: tuple[Proposal, ...]

    @property
    def proposals(self) -> tuple[Proposal, ...]:
        return self.fulfils + self.postpones

    def to_json(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "fulfils": [proposal.to_json() for proposal in self.fulfils],
            "postpones": [proposal.to_json() for proposal in self.postpones],
        }


def open_candidates(
    uow: UnitOfWork, team: int | None, exclude_document: int | None = None
) -> list[Candidate]:
    """The team's open commitments (every team's for ``None``), prepared for comparison, each with the own
    number of the letter it was promised in."""
    records = services.list_commitments(uow, CommitmentQuery(team=team))
    lettered = select(Document.id, Document.kamerstuk).where(
        Team.owns(Document.team_id, team), Document.kamerstuk.is_not(None)
    )
    numbers = {row.id: row.kamerstuk for row in uow.session.execute(lettered)}
    return [
        Candidate.of(record, numbers.get(record.document_id) if record.document_id else None)
        for record in records
        if record.is_open and (exclude_document is None or record.document_id != exclude_document)
    ]


def propose(
    statements: Sequence[Statement], candidates: Sequence[Candidate], letter: LetterSide
) -> MatchResult:
    """One proposal per statement that clearly fits one candidate; a commitment is proposed once at most."""
    proposals: list[Proposal] = []
    weights, holding = rarity(candidates), holders(candidates)
    for statement in statements:
        ranked = rank(statement, candidates, letter, weights, holding)
        best = choose(ranked)
        if best is not None and _one_of_several(statement, best, candidates):
            best = None
        if best is not None:
            proposals.append(Proposal(statement, best, runners_up(ranked[1:], candidates, letter)))
    kept: dict[int, Proposal] = {}
    for proposal in proposals:
        held = kept.get(proposal.best.commitment_id)
        if held is None or _stronger(proposal, held):
            kept[proposal.best.commitment_id] = proposal
    chosen = sorted(kept.values(), key=lambda proposal: proposal.statement.start)
    return MatchResult(
        fulfils=tuple(p for p in chosen if p.statement.action is not Action.POSTPONE),
        postpones=tuple(p for p in chosen if p.statement.action is Action.POSTPONE),
    )


def _named_subject(statement: Statement) -> bool:
    """A fulfilment read only from the subject the letter names (its subject line, its opening), not from an
    act on a promise it recalls."""
    fulfils = statement.action is not Action.POSTPONE
    return fulfils and statement.own_subject and not statement.kept_as_recalled


def _one_of_several(statement: Statement, best: Score, candidates: Sequence[Candidate]) -> bool:
    """A statement that names no number or members, in words that count several of the item's kind ("Uw
    Kamer wacht op twee evaluaties. De evaluatie van de wet loopt vertraging op"): which one is not said."""
    target = statement.target
    if target.refs or target.members or target.register_numbers:
        return False
    item = next(candidate for candidate in candidates if candidate.record.id == best.commitment_id)
    return among_several(item, candidates, target.words)


def runners_up(
    ranked: Sequence[Score], candidates: Sequence[Candidate], letter: LetterSide
) -> tuple[Score, ...]:
    """What "Andere kiezen" offers besides the proposal: every open item of the letter's ministry (a letter
    mostly answers its own ministry's promises, and the right one may fit the statement worse than the
    proposal's rivals), those with some fit to the statement first, then at most :data:`ALTERNATIVES` other
    ministries' items that share something of their own with it (a number, members, subject words: their kind
    or deadline alone says nothing); :data:`MOST_OFFERED` in all, so that the buttons fit in one message."""
    own = {
        candidate.record.id
        for candidate in candidates
        if letter.ministry
        and candidate.record.ministry
        and same_line(letter.ministry, candidate.record.ministry)
    }
    fitting = [score for score in ranked if score.commitment_id in own and score.value > 0]
    rest = [score for score in ranked if score.commitment_id in own and score.value <= 0]
    others = [
        score for score in ranked if score.commitment_id not in own and score.value > 0 and score.telling
    ]
    return tuple((fitting + rest + others[:ALTERNATIVES])[:MOST_OFFERED])


def _stronger(proposal: Proposal, held: Proposal) -> bool:
    """Which of two proposals for one item to keep: one the letter states outright beats a moment it only
    announces for the same subject; else the higher score."""
    if proposal.statement.announced != held.statement.announced:
        return held.statement.announced
    if _delay_stated(proposal.statement, held.statement) or _delay_stated(held.statement, proposal.statement):
        return _delay_stated(proposal.statement, held.statement)
    return proposal.best.value > held.best.value


def _delay_stated(one: Statement, other: Statement) -> bool:
    """A postponement the letter states outright, against a fulfilment read from its subject line or opening
    alone ("Betreft Kabinetsreactie …" and "De toegezegde kabinetsreactie … wordt uitgesteld")."""
    return (
        one.action is Action.POSTPONE
        and not one.announced
        and other.action is not Action.POSTPONE
        and other.own_subject
    )


def match_letter(
    uow: UnitOfWork,
    text: str,
    letter_date: date | None,
    team: int | None,
    *,
    start: int | None = None,
    exclude_document: int | None = None,
) -> MatchResult:
    """What the letter ``text`` fulfils or postpones among the team's open commitments.

    ``letter_date`` (else the date in the letter, else the unit of work's today) resolves new deadlines;
    ``start`` skips a first ``SOURCE:`` line; items saved from this very letter (``exclude_document``) are
    not candidates.
    """
    extraction = extract(text, letter_date, start, today=uow.today())
    return match_extraction(uow, extraction, team, start=start or 0, exclude_document=exclude_document)


def match_extraction(
    uow: UnitOfWork,
    extraction: Extraction,
    team: int | None,
    *,
    start: int = 0,
    exclude_document: int | None = None,
) -> MatchResult:
    """:func:`match_letter` for a letter already read by the extraction."""
    letter = extraction.letter
    code = ministry_code(letter.ministry) if letter.ministry else None
    side = LetterSide(
        code, letter.post, extraction.reference, ahead(extraction.text, extraction.reference, start)
    )
    statements = find_statements(extraction.text, extraction.reference, start)
    statements += find_announcements(extraction.text, extraction.reference, start)
    candidates = open_candidates(uow, team, exclude_document)
    result = propose(statements, candidates, side)
    reading = read_items(extraction.text, extraction.reference, start, candidates)
    found = item_proposals(reading, candidates, side)
    delayed = subject_delayed(extraction.text, start)
    combined = _with_items(result, [Proposal(statement, best, ()) for statement, best in found], delayed)
    deadlines = {candidate.record.id: candidate.record.deadline for candidate in candidates}
    postpones = tuple(p for p in combined.postpones if not _moves_nothing_later(p, deadlines))
    pending = pending_items(reading, candidates)
    fulfils = tuple(
        p for p in combined.fulfils if not (p.best.commitment_id in pending and _named_subject(p.statement))
    )
    result = MatchResult(fulfils, postpones)
    return result if exclude_document is None else _not_done_before(uow, result, exclude_document)


def _not_done_before(uow: UnitOfWork, result: MatchResult, document_id: int) -> MatchResult:
    """The proposals of a letter sent before (``document_id``) without what its items' history already
    records from it: the postponement to the same day, a status change it made (a person who reopened or
    moved the item since has decided). A change undone right after ("Ongedaan maken": a mistaken
    acceptance) is not recorded: the letter proposes it again, as the first time."""
    document = uow.session.get(Document, document_id)
    if document is None or not result.proposals:
        return result
    ids = [proposal.best.commitment_id for proposal in result.proposals]
    history = select(
        HistoryEvent.commitment_id,
        HistoryEvent.event,
        HistoryEvent.new,
        HistoryEvent.reason,
        HistoryEvent.letter,
    ).where(HistoryEvent.commitment_id.in_(ids), HistoryEvent.event.in_(services.UNDOABLE))
    rows = list(uow.session.execute(history.order_by(HistoryEvent.commitment_id, HistoryEvent.id)))
    done = set()
    for row, later in zip(rows, [*rows[1:], None], strict=True):
        undone = (
            later is not None and later.commitment_id == row.commitment_id and later.reason == services.UNDONE
        )
        if row.letter == document.name() and not undone:
            done.add((row.commitment_id, row.event, row.new))
    changed = {(item, event) for item, event, _ in done}

    def recorded_before(proposal: Proposal) -> bool:
        item = proposal.best.commitment_id
        if proposal.statement.action is not Action.POSTPONE:
            return (item, EventType.STATUS_CHANGED) in changed
        moment = proposal.statement.new_deadline
        day = moment.date.isoformat() if moment is not None and moment.date is not None else None
        return (item, EventType.POSTPONED, day) in done

    return MatchResult(
        tuple(p for p in result.fulfils if not recorded_before(p)),
        tuple(p for p in result.postpones if not recorded_before(p)),
    )


def _moves_nothing_later(proposal: Proposal, deadlines: dict[int, date | None]) -> bool:
    """A postponement that would not move the item later is no proposal: an item without a deadline has
    nothing to move ("De motie X wordt later uitgevoerd", "vraagt meer tijd": its state, not a delay, and a
    moment near it often belongs to the next item the letter speaks of), and a moment before the deadline
    the item has now (a letter older than the item, or an item moved on meanwhile) would move it back."""
    moment = proposal.statement.new_deadline
    new = moment.date if moment is not None else None
    deadline = deadlines.get(proposal.best.commitment_id)
    return deadline is None or (new is not None and new < deadline)


def match_stored(
    database_url: str,
    extraction: Extraction,
    team: int | None,
    start: int = 0,
    content_hash: str | None = None,
) -> MatchResult:
    """:func:`match_extraction` against the database at ``database_url``, opened here: for a worker process
    (:func:`commitments.isolation.run_limited`), which then does all the work, reading and preparing the
    team's thousands of open items included, and hands back only the proposals. ``content_hash`` names the
    letter: what was saved from it when it was sent before is no candidate."""
    db = Database(database_url)
    try:
        return Transactions(db).run(_match_sent_letter, extraction, team, start, content_hash)
    finally:
        db.dispose()


def _match_sent_letter(
    uow: UnitOfWork, extraction: Extraction, team: int | None, start: int, content_hash: str | None
) -> MatchResult:
    kamerstuk = extraction.letter.kamerstuk
    document = registered_document(uow, team, content_hash, kamerstuk) if content_hash else None
    return match_extraction(uow, extraction, team, start=start, exclude_document=document)


def _with_items(result: MatchResult, found: Sequence[Proposal], subject_delayed: bool) -> MatchResult:
    """The statements' proposals and the item-driven ones, in letter order. An item no statement acts on
    takes the item-driven reading; one a statement says is fulfilled is postponed instead when the subject
    line names a delay ("Betreft Onderzoek … later gereed") and the item-driven reading postpones it."""
    by_item = {proposal.best.commitment_id: proposal for proposal in result.proposals}
    for proposal in found:
        held = by_item.get(proposal.best.commitment_id)
        moved = subject_delayed and proposal.statement.action is Action.POSTPONE
        if held is None or (moved and held.statement.action is not Action.POSTPONE):
            by_item[proposal.best.commitment_id] = proposal
    chosen = sorted(by_item.values(), key=lambda proposal: proposal.statement.start)
    return MatchResult(
        fulfils=tuple(p for p in chosen if p.statement.action is not Action.POSTPONE),
        postpones=tuple(p for p in chosen if p.statement.action is Action.POSTPONE),
    )


def accept_fulfilment(
    uow: UnitOfWork,
    commitment_id: int,
    by: str,
    team: int | None = None,
    *,
    partial: bool = False,
    document_id: int | None = None,
    kamerstuk: str | None = None,
) -> CommitmentRecord:
    """Close (or partly fulfil) the commitment because of a letter; the change's history line names it."""
    letter = _letter_of(uow, commitment_id, document_id, kamerstuk)
    if partial:
        reason = "Deels voldaan met een Kamerbrief."
        return services.partly_fulfil(uow, commitment_id, by, kamerstuk, reason, team=team, letter=letter)
    return services.fulfil(uow, commitment_id, by, kamerstuk, team=team, letter=letter)


def accept_postponement(
    uow: UnitOfWork,
    commitment_id: int,
    deadline: NewDeadline,
    reason: str | None,
    by: str,
    team: int | None = None,
    *,
    document_id: int | None = None,
) -> tuple[CommitmentRecord, bool]:
    """Move the deadline as the letter says, with its reason; a letter may name a moment already past.

    Returns the item and whether it changed: a letter that names the deadline the item already has moves
    nothing, and nothing is written (an empty change would only clutter the history)."""
    current = services.get_commitment(uow, commitment_id, team)
    if current.deadline == deadline.date:
        return current, False
    letter = _letter_of(uow, commitment_id, document_id)
    reason = reason or DEFAULT_REASON
    return services.postpone(uow, commitment_id, by, deadline, reason, True, team, letter), True


def accept_proposal(
    uow: UnitOfWork, team: int, by: str, step: ProposalStep, commitment_id: int
) -> tuple[CommitmentRecord, bool]:
    """Do what a proposal says to ``commitment_id``, one of the items it offered, with its letter registered
    as its Document: one unit of work, so the document and the change (its history line naming the letter)
    are stored together or not at all. Returns the item and whether it changed (a postponement to the deadline
    it already has changes nothing)."""
    check_offered(step, commitment_id)
    if step.needs_new_deadline:
        raise InvalidInput(NO_NEW_DEADLINE.format(id=commitment_id))
    document_id = register_kept_letter(uow, team, step.letter)
    if step.action is not Action.POSTPONE:
        partial = step.action is Action.PARTIAL
        return accept_fulfilment(uow, commitment_id, by, team, partial=partial, document_id=document_id), True
    assert step.deadline is not None  # needs_new_deadline refused a postponement without one
    deadline = NewDeadline(step.deadline, step.deadline_text, step.estimate)
    return accept_postponement(uow, commitment_id, deadline, step.reason, by, team, document_id=document_id)


def accept_offered(
    uow: UnitOfWork, draft_id: int, team: int, by: str, commitment_id: int | None
) -> tuple[ProposalStep, CommitmentRecord, bool]:
    """Claim the proposal's draft and do what the letter says to ``commitment_id`` (None: the proposed item),
    in one unit of work: two presses of the button change the item once."""
    step = drafts.step_of(drafts.claim(uow, draft_id, team), ProposalStep)
    item, changed = accept_proposal(uow, team, by, step, commitment_id or step.commitment)
    return step, item, changed


def offered_items(uow: UnitOfWork, step: ProposalStep, team: int) -> list[CommitmentRecord]:
    """What "Andere kiezen" lists: the proposal first, kept whatever became of it (issue 12: it can still be
    chosen), then the runners-up still open. An item closed since the letter came (another proposal of the
    same letter accepted, an /afgedaan) is not offered again."""
    items = services.get_commitments(uow, step.offered, team)
    return [item for item in items if item.id == step.commitment or item.is_open]


def check_offered(step: ProposalStep, commitment_id: int) -> None:
    """Refuse an item the proposal did not offer: a button can be forged, and a letter acts only on the
    items it was matched with (any other item changes through /afgedaan or /uitstel)."""
    if commitment_id not in step.offered:
        raise InvalidInput(NOT_OFFERED.format(id=commitment_id))


def _letter_of(
    uow: UnitOfWork, commitment_id: int, document_id: int | None, kamerstuk: str | None = None
) -> str | None:
    """How the history names the letter ``document_id`` that changes ``commitment_id`` (None without one, or
    for a letter of another team than the item's)."""
    if document_id is None:
        return None
    document = uow.session.get(Document, document_id)
    item = uow.session.get(Commitment, commitment_id)
    if document is None or item is None or document.team_id != item.team_id:
        return None
    return document.name(kamerstuk)


def name_kept_letter(uow: UnitOfWork, team: int, commitment_id: int, letter: Mapping[str, Any]) -> str | None:
    """Register the letter kept in a chat's step (:func:`register_kept_letter`) and name it as the history of
    ``commitment_id`` does."""
    return _letter_of(uow, commitment_id, register_kept_letter(uow, team, letter))


def register_letter(
    uow: UnitOfWork, extraction: Extraction, filename: str, content_hash: str, team: int | None, by: str
) -> tuple[int, list[int]]:
    """Register the letter as a Document and save its new commitments, linked to it.

    A letter registered before is not saved twice: its document id comes back with no new items.
    """
    document_id, new = register_document(uow, team, filename, content_hash, extraction.letter)
    if not new:
        return document_id, []
    saved = [
        services.add_commitment(
            uow,
            new_from_found(found, uow.today(), team, document_id, extraction.letter.sender, extraction.text),
            by,
        ).id
        for found in extraction.commitments
        if found.quote.strip()
    ]
    return document_id, saved
