"""Visit plans with their materials checklist, and the book's own settings (the branch).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visit_plans",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(64), nullable=False),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey(
                "contacts.id", ondelete="CASCADE", name="fk_visit_plans_contact_id_contacts"
            ),
            nullable=False,
        ),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("purpose", sa.String(16), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("fixed", sa.Boolean(), nullable=False),
        sa.Column("window_start", sa.String(5), nullable=False),
        sa.Column("window_end", sa.String(5), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("person_name", sa.String(100), nullable=False),
        sa.Column("person_role", sa.String(100), nullable=False),
        sa.Column("place_text", sa.String(300), nullable=False),
        sa.Column("place_lat", sa.Float(), nullable=True),
        sa.Column("place_lon", sa.Float(), nullable=True),
        sa.Column("formality", sa.String(16), nullable=False),
        sa.Column("setting", sa.String(16), nullable=False),
        sa.Column("audience", sa.String(16), nullable=False),
        sa.Column("route_order", sa.Integer(), nullable=True),
        sa.Column("route_arrive", sa.DateTime(), nullable=True),
        sa.Column("route_depart", sa.DateTime(), nullable=True),
        sa.Column("strategy", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("uid", name="uq_visit_plans_uid"),
    )
    op.create_index("ix_visit_plans_day", "visit_plans", ["day", "status"])
    op.create_index("ix_visit_plans_contact", "visit_plans", ["contact_id", "day"])
    op.create_table(
        "visit_materials",
        sa.Column(
            "plan_id",
            sa.Integer(),
            sa.ForeignKey(
                "visit_plans.id", ondelete="CASCADE", name="fk_visit_materials_plan_id_visit_plans"
            ),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("item", sa.String(200), nullable=False),
        sa.Column("packed", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "book_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("book_settings")
    op.drop_table("visit_materials")
    op.drop_index("ix_visit_plans_contact", table_name="visit_plans")
    op.drop_index("ix_visit_plans_day", table_name="visit_plans")
    op.drop_table("visit_plans")
