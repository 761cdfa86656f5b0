"""pending steps answer earlier questions too; who holds each post (for /open <name>)

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("previous_message_id", sa.BigInteger(), nullable=True))
    op.create_table(
        "post_holders",
        sa.Column("post", sa.String(length=255), nullable=False),
        sa.Column("person", sa.String(length=255), nullable=False),
        sa.Column("ministry", sa.String(length=16), nullable=True),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("post", name=op.f("pk_post_holders")),
    )


def downgrade() -> None:
    op.drop_table("post_holders")
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.drop_column("previous_message_id")
