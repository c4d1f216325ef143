"""After the visit: calls, visit logs with objections and gifts, follow-ups, and the
stage history. A contact's stage before this revision becomes its first history entry,
dated when the contact was last updated.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _contact() -> sa.Column:
    return sa.Column(
        "contact_id",
        sa.Integer(),
        sa.ForeignKey("contacts.id", ondelete="CASCADE"),
        nullable=False,
    )


def _visit(ondelete: str, nullable: bool) -> sa.Column:
    return sa.Column(
        "visit_id",
        sa.Integer(),
        sa.ForeignKey("visit_logs.id", ondelete=ondelete),
        nullable=nullable,
    )


def upgrade() -> None:
    op.create_table(
        "call_logs",
        sa.Column("id", sa.Integer(), primary_key=True),
        _contact(),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("call_back_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_call_logs_at", "call_logs", ["at"])
    op.create_index("ix_call_logs_contact", "call_logs", ["contact_id", "at"])
    op.create_table(
        "visit_logs",
        sa.Column("id", sa.Integer(), primary_key=True),
        _contact(),
        sa.Column(
            "plan_id",
            sa.Integer(),
            sa.ForeignKey("visit_plans.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("met", sa.Text(), nullable=False),
        sa.Column("purpose_reached", sa.Boolean(), nullable=True),
        sa.Column("signal", sa.String(16), nullable=True),
        sa.Column("signals_seen", sa.Text(), nullable=False),
        sa.Column("closing", sa.String(16), nullable=True),
        sa.Column("products", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(16), nullable=True),
        sa.Column("next_step", sa.Text(), nullable=False),
        sa.Column("next_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_visit_logs_day", "visit_logs", ["day"])
    op.create_index("ix_visit_logs_contact", "visit_logs", ["contact_id", "day"])
    op.create_table(
        "objections",
        sa.Column("id", sa.Integer(), primary_key=True),
        _visit("CASCADE", nullable=False),
        _contact(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("cause", sa.String(16), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("handling", sa.String(16), nullable=True),
        sa.Column("resolved", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_objections_contact", "objections", ["contact_id", "resolved"])
    op.create_table(
        "gifts",
        sa.Column("id", sa.Integer(), primary_key=True),
        _contact(),
        _visit("SET NULL", nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("value_fen", sa.Integer(), nullable=False),
        sa.Column("occasion", sa.Text(), nullable=False),
    )
    op.create_index("ix_gifts_contact", "gifts", ["contact_id", "day"])
    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), primary_key=True),
        _contact(),
        _visit("SET NULL", nullable=True),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_follow_ups_due", "follow_ups", ["due"])
    op.create_index("ix_follow_ups_contact", "follow_ups", ["contact_id", "due"])
    op.create_table(
        "stage_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        _contact(),
        sa.Column("stage", sa.String(16), nullable=True),
        sa.Column("since", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_stage_changes_contact", "stage_changes", ["contact_id", "since"])
    op.create_index("ix_stage_changes_since", "stage_changes", ["since"])
    op.execute(
        "INSERT INTO stage_changes (contact_id, stage, since) "
        "SELECT id, stage, updated_at FROM contacts WHERE stage IS NOT NULL"
    )


def downgrade() -> None:
    for table in ("stage_changes", "follow_ups", "gifts", "objections", "visit_logs"):
        op.drop_table(table)
    op.drop_table("call_logs")
