"""initiatives: checklists per stage with answers, need status history, settings, archived stages

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 09:00:00.000000

Only ADD COLUMN and CREATE TABLE: on SQLite these never copy a table, so no cascade runs
and no row moves. Columns that existing rows need get a server default.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "stage",
        sa.Column("is_archived", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    op.create_table(
        "checklist_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["stage.id"],
            name=op.f("fk_checklist_item_stage_id_stage"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item")),
    )
    op.create_index(
        op.f("ix_checklist_item_stage_id"), "checklist_item", ["stage_id"], unique=False
    )
    op.create_table(
        "checklist_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("initiative_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiative.id"],
            name=op.f("fk_checklist_answer_initiative_id_initiative"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["checklist_item.id"],
            name=op.f("fk_checklist_answer_item_id_checklist_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_answer")),
    )
    op.create_index(
        op.f("ix_checklist_answer_initiative_id"),
        "checklist_answer",
        ["initiative_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_checklist_answer_item_id"), "checklist_answer", ["item_id"], unique=False
    )
    op.create_table(
        "need_status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["need_id"],
            ["initiative_need.id"],
            name=op.f("fk_need_status_change_need_id_initiative_need"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need_status_change")),
    )
    op.create_index(
        op.f("ix_need_status_change_need_id"), "need_status_change", ["need_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_need_status_change_need_id"), table_name="need_status_change")
    op.drop_table("need_status_change")
    op.drop_index(op.f("ix_checklist_answer_item_id"), table_name="checklist_answer")
    op.drop_index(op.f("ix_checklist_answer_initiative_id"), table_name="checklist_answer")
    op.drop_table("checklist_answer")
    op.drop_index(op.f("ix_checklist_item_stage_id"), table_name="checklist_item")
    op.drop_table("checklist_item")
    op.drop_table("app_setting")
    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.drop_column("is_archived")
