"""agenda sign-ups and kiosk: regulars, series splits, walk-in address, PIN back-off, cancel reason

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 03:40:19.530248

Only ADD COLUMN and CREATE TABLE: on SQLite these never copy a table, so no cascade runs
and no row moves. Columns that existing rows need get a server default.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activity_regular",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_regular_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_activity_regular_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "person_id", name=op.f("pk_activity_regular")),
    )
    op.create_index(
        op.f("ix_activity_regular_person_id"), "activity_regular", ["person_id"], unique=False
    )
    op.add_column("activity", sa.Column("occurrences_until", sa.Date(), nullable=True))
    op.add_column("activity", sa.Column("split_from_id", sa.Integer(), nullable=True))
    op.add_column(
        "app_user",
        sa.Column("failed_pin_attempts", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column("app_user", sa.Column("pin_locked_until", sa.DateTime(), nullable=True))
    op.add_column(
        "signup",
        sa.Column("walk_in_address", sa.String(length=200), nullable=False, server_default=""),
    )
    op.add_column(
        "occurrence",
        sa.Column("cancel_reason", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("occurrence", schema=None) as batch_op:
        batch_op.drop_column("cancel_reason")
    with op.batch_alter_table("signup", schema=None) as batch_op:
        batch_op.drop_column("walk_in_address")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("pin_locked_until")
        batch_op.drop_column("failed_pin_attempts")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("split_from_id")
        batch_op.drop_column("occurrences_until")
    op.drop_index(op.f("ix_activity_regular_person_id"), table_name="activity_regular")
    op.drop_table("activity_regular")
