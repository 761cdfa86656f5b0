"""the next time of a recurring promise points at the item it follows (``commitments.follows_id``), so a
fulfilled yearly report is followed up once

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("commitments") as batch:
        batch.add_column(sa.Column("follows_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_commitments_follows_id_commitments",
            "commitments",
            ["follows_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index("ix_commitments_follows_id", ["follows_id"])


def downgrade() -> None:
    with op.batch_alter_table("commitments") as batch:
        batch.drop_index("ix_commitments_follows_id")
        batch.drop_constraint("fk_commitments_follows_id_commitments", type_="foreignkey")
        batch.drop_column("follows_id")
