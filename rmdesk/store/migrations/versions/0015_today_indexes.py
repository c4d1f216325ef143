"""Indexes for the Today screen, so that its day reads the few rows it shows at 100,000
clients: birthdays by (calendar, month, day), key clients, call-backs, open follow-ups,
introducers not yet thanked, and wedding anniversaries by month and day (an expression
index, written for each database).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_contacts_birthday", "contacts", ["birthday_calendar", "birthday_month", "birthday_day"]),
    ("ix_contacts_key_client", "contacts", ["key_client", "deleted_at"]),
    ("ix_call_logs_call_back", "call_logs", ["outcome", "call_back_at"]),
    ("ix_follow_ups_open", "follow_ups", ["done_at", "due"]),
    ("ix_dossiers_thanks", "dossiers", ["introducer_thanked", "introduction"]),
)

# month * 100 + day of the wedding: SQLite keeps dates as ISO text, PostgreSQL as dates.
WEDDING_DAY = {
    "sqlite": "(CAST(substr(wedding_date, 6, 2) AS INTEGER) * 100"
    " + CAST(substr(wedding_date, 9, 2) AS INTEGER))",
    "postgresql": "((EXTRACT(MONTH FROM wedding_date) * 100"
    " + EXTRACT(DAY FROM wedding_date))::integer)",
}


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    expression = WEDDING_DAY[op.get_bind().dialect.name]
    op.execute(f"CREATE INDEX ix_dossiers_wedding_day ON dossiers ({expression})")


def downgrade() -> None:
    op.execute("DROP INDEX ix_dossiers_wedding_day")
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
