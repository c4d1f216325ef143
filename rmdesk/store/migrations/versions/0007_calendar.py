"""Calendar: each visit plan's iCalendar SEQUENCE, the wedding date in the dossier, and
the CalDAV sync state per item.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit_plans") as batch:
        batch.add_column(sa.Column("sequence", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("dossiers") as batch:
        batch.add_column(sa.Column("wedding_date", sa.Date(), nullable=True))
    op.create_table(
        "calendar_sync",
        sa.Column("uid", sa.String(200), primary_key=True),
        sa.Column("href", sa.String(500), nullable=False),
        sa.Column("etag", sa.String(200), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("calendar_sync")
    with op.batch_alter_table("dossiers") as batch:
        batch.drop_column("wedding_date")
    with op.batch_alter_table("visit_plans") as batch:
        batch.drop_column("sequence")
