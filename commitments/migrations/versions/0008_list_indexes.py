"""indexes for a team's lists at 10,000 items: per ministry, the bewindspersonen named, a person's questions

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_commitments_team_ministry_status_deadline",
        "commitments",
        ["team_id", "ministry", "status", "deadline"],
        unique=False,
    )
    op.create_index(
        "ix_commitments_team_person", "commitments", ["team_id", "person", "post", "ministry"], unique=False
    )
    op.create_index("ix_drafts_team_user_kind", "drafts", ["team_chat_id", "user_id", "kind"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_drafts_team_user_kind", table_name="drafts")
    op.drop_index("ix_commitments_team_person", table_name="commitments")
    op.drop_index("ix_commitments_team_ministry_status_deadline", table_name="commitments")
