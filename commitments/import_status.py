"""Status changes during an import (a spreadsheet or the Tweede Kamer's register), in its one unit of work.

New items come from :func:`commitments.services.build_commitment`; this closes them, or existing ones, the
way the register or the spreadsheet says, through the model's own transitions so history is written alike.
"""

from __future__ import annotations

from commitments.model import Commitment, Status
from commitments.reminders.services import replan
from commitments.unit_of_work import UnitOfWork


def close_as(
    uow: UnitOfWork, item: Commitment, status: Status, by: str, reason: str, kamerstuk: str | None = None
) -> None:
    """Move an active item to ``status`` and re-plan (cancel) its reminders."""
    if status == Status.VOLDAAN:
        item.fulfil(by, kamerstuk)
    elif status == Status.DEELS_VOLDAAN:
        item.partly_fulfil(by, kamerstuk, reason)
    elif status == Status.VERVALLEN:
        item.drop(by, reason)
    replan(uow.session, item, uow.now())
