"""Where each team's import of the Tweede Kamer's register stands: the high-water mark and the last result.

One row per team and ministry. ``high_water`` is the newest ``ApiGewijzigdOp`` seen, as the API wrote it (7
decimals, UTC), so the next run asks only for what changed since; it moves only in the transaction that
stores the records, so an interrupted import fetches the same records again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from commitments.model import Base, Team, UTCDateTime


class RegisterImportState(Base):
    """The register import of one ministry into one team (``team_id`` empty: items without a team)."""

    __tablename__ = "register_imports"
    __table_args__ = (UniqueConstraint("team_id", "ministry"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    ministry: Mapped[str] = mapped_column(String(16))
    high_water: Mapped[str | None] = mapped_column(String(40))
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_summary: Mapped[str | None] = mapped_column(Text)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


def find_state(session: Session, team: int | None, ministry: str) -> RegisterImportState | None:
    """The state row of ``team`` (a chat id; None for items without a team) and ``ministry``."""
    return session.scalar(
        select(RegisterImportState).where(
            Team.owns(RegisterImportState.team_id, team), RegisterImportState.ministry == ministry
        )
    )


def state_for(session: Session, team: int | None, ministry: str) -> RegisterImportState:
    """The state row of ``team`` and ``ministry``, made (with the team) when missing."""
    state = find_state(session, team, ministry)
    if state is None:
        state = RegisterImportState(team_id=Team.row_id(session, team), ministry=ministry)
        session.add(state)
    return state
