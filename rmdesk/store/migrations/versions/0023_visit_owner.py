"""A visit plan is the schedule of the RM who planned it.

On a team's book a client shared with a colleague is seen by both, and so were the
visits each planned to them: one RM's appointment showed on the other's Today, went to
their phone calendar and into their day's route (whose save took the first RM's stops
out of their route). `visit_plans.owner` is the role that planned the visit (PostgreSQL's
current_user; "" on an embedded book, which has one user); the day, its route, Today's
appointments and the calendars read the user's own. The client's history (the last and
next visit, the briefing) still counts every RM's visits.

The plans made before this revision are given to their client's RM (contacts.owner).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "visit_plans", sa.Column("owner", sa.String(100), nullable=False, server_default="")
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "UPDATE visit_plans v SET owner = c.owner FROM contacts c WHERE c.id = v.contact_id"
        )
        op.execute("ALTER TABLE visit_plans ALTER COLUMN owner SET DEFAULT current_user")
    op.create_index("ix_visit_plans_owner_day", "visit_plans", ["owner", "day"])


def downgrade() -> None:
    op.drop_index("ix_visit_plans_owner_day", "visit_plans")
    op.drop_column("visit_plans", "owner")
