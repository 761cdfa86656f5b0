"""register number: a commitment's number in the Tweede Kamer's register of toezeggingen (TZ202412-116)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("register_number", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_commitments_register_number"), ["register_number"], unique=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_commitments_team_id"), ["team_id", "register_number"]
        )


def downgrade() -> None:
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_commitments_team_id"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_commitments_register_number"))
        batch_op.drop_column("register_number")
