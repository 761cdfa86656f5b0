"""A change to a saved commitment that a person asked for in steps (:class:`~commitments.pending.ChangeStep`:
/afgedaan, /uitstel, /wijzig … and the answers to their questions), carried out by its service."""

from __future__ import annotations

from commitments import drafts, pending, services
from commitments.edits import read_change
from commitments.errors import InvalidInput
from commitments.matching.service import name_kept_letter
from commitments.pending import ChangeStep
from commitments.records import CommitmentRecord
from commitments.refs import normalise_ref, ref_alone
from commitments.unit_of_work import UnitOfWork
from commitments.usernames import owner_username

NEEDS_OPEN = {"done": "afdoen", "partly": "deels afdoen", "postpone": "uitstellen", "drop": "laten vervallen"}
"""The changes a closed item refuses, with the verb that says so."""


def check_start(uow: UnitOfWork, commitment_id: int, action: str, team: int) -> None:
    """Refuse a change before anything is asked for it: an item not in this list, or a closed one for a
    status change or a postponement (a stale button under an item someone else closed meanwhile)."""
    verb = NEEDS_OPEN.get(action)
    if verb is None:
        services.get_commitment(uow, commitment_id, team)
    else:
        services.require_open(uow, commitment_id, verb, team)


CHANGED_SINCE = (
    "#{id} is gewijzigd nadat ik om deze datum vroeg (termijn nu: {due}); er is niets gewijzigd. Geef de "
    "opdracht opnieuw als je de termijn toch wilt aanpassen."
)


def confirm_first(uow: UnitOfWork, step: ChangeStep, team: int) -> ChangeStep:
    """``step`` waiting for "Ja, deze datum", with the item's newest change noted: the day was named as past
    or earlier than the deadline the item has now, and a confirmation holds only while it keeps it."""
    newest, _ = services.last_change(uow, step.commitment, team)
    return step.model_copy(update={"asking": "confirm_past", "asked_after": newest})


def check_unchanged(uow: UnitOfWork, step: ChangeStep, team: int) -> None:
    """Refuse a confirmed day when the item changed after the bot asked about it (someone postponed or
    closed it meanwhile): what the person confirmed no longer describes the item."""
    if step.asked_after is None:
        return
    newest, due = services.last_change(uow, step.commitment, team)
    if newest != step.asked_after:
        raise InvalidInput(CHANGED_SINCE.format(id=step.commitment, due=due))


def carry_out(
    uow: UnitOfWork,
    step: ChangeStep,
    team: int,
    by: str,
    *,
    allow_past: bool = False,
    draft_id: int | None = None,
    claim: bool = False,
) -> CommitmentRecord:
    """Make the change the step holds, which has everything it needs (``allow_past``: to a day in the past or
    before the current deadline, confirmed); the step's draft (``draft_id``) goes in the same unit of work
    (``claim``: taken first, so two presses of one button change once)."""
    if claim and draft_id is not None:
        step = drafts.step_of(drafts.claim(uow, draft_id, team), ChangeStep)
    if allow_past:
        check_unchanged(uow, step, team)
    item = _call_service(uow, step, team, by, allow_past)
    if draft_id is not None and not claim:
        drafts.delete_draft(uow, draft_id, team)
    return item


def _call_service(
    uow: UnitOfWork, step: ChangeStep, team: int, by: str, allow_past: bool
) -> CommitmentRecord:
    number = step.commitment
    detail = step.value or ""
    if step.action == "done":
        return services.fulfil(uow, number, by, detail or None, team=team)
    if step.action == "partly":
        return _partly(uow, step, team, by, allow_past)
    if step.action == "postpone" and step.deadline is not None:
        letter = name_kept_letter(uow, team, number, step.letter) if step.letter else None
        return services.postpone(
            uow, number, by, step.deadline, step.reason or "", allow_past, team=team, letter=letter
        )
    if step.action == "drop":
        return services.drop(uow, number, by, detail, team=team)
    if step.action == "reopen":
        return services.reopen(uow, number, by, detail, team=team)
    if step.action == "edit" and step.field:
        change = read_change(step.field, detail, uow.today())
        return services.edit(uow, number, by, change, allow_past, team=team)
    if step.action == "assign":
        return services.reassign(uow, number, by, owner_username(detail), team=team)
    raise LookupError(f"change step without what it needs: {step}")


REST_REASON = "de rest na deels voldaan"
"""The reason a partial fulfilment's rest moves its deadline when the person gave none."""


def _partly(uow: UnitOfWork, step: ChangeStep, team: int, by: str, allow_past: bool) -> CommitmentRecord:
    """Partly fulfilled, with what was delivered (a Kamerstuk, a note for the history, or both: "eerste
    rapportage, 28638-180" keeps its words; "geen": none), and, when the person gave the rest a new
    deadline, the rest postponed to it (with its reason), in one unit of work."""
    detail = "" if pending.is_no_deadline(step.value or "") else step.value or ""
    ref = normalise_ref(detail) if detail else None
    number = step.commitment
    note = None if ref_alone(detail) else detail or None
    item = services.partly_fulfil(uow, number, by, ref, note, team=team)
    if step.deadline is None:
        return item
    reason = step.reason or REST_REASON
    return services.postpone(uow, number, by, step.deadline, reason, allow_past, team=team)
