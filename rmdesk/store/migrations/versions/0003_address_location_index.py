"""Index addresses by location, for "who is near" and the map.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_addresses_lat_lon", "addresses", ["lat", "lon"])


def downgrade() -> None:
    op.drop_index("ix_addresses_lat_lon", table_name="addresses")
