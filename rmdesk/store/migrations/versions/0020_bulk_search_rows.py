"""The trigram index's insert trigger stands aside while many search rows are written.

SQLite only. The trigger copying each new `contact_search` row into `contact_fts` cost
about 45 microseconds a row; the same 9,000 rows inserted into `contact_fts` in one
statement took a quarter of that time, which an import, an index rebuild or the demo
writer all pay. The trigger now does nothing while the book setting `search_rows_bulk`
exists: a writer of many rows sets it, inserts the search rows and their trigram rows
itself, and removes it, all in its one transaction (rmdesk/contacts/search_index.py,
`insert_search_rows`). Every other insert still goes through the trigger.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

OLD = (
    "CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact_search BEGIN "
    "INSERT INTO contact_fts (rowid, text) VALUES (new.contact_id, new.text); END"
)
NEW = (
    "CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact_search "
    "WHEN NOT EXISTS (SELECT 1 FROM book_settings WHERE key = 'search_rows_bulk') BEGIN "
    "INSERT INTO contact_fts (rowid, text) VALUES (new.contact_id, new.text); END"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER contact_fts_insert")
    op.execute(NEW)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER contact_fts_insert")
    op.execute(OLD)
