"""Search through an index instead of scanning the book.

- `search_prefixes`: the first one and two characters of every search term (and of
  every ending of a name), with the rank a query of those characters gives the contact
  (0 the whole term, 1 its start, 2 inside a name) and the book order, so that a one- or
  two-character query reads its rows in the order the table shows them.
- SQLite: `contact_fts`, an FTS5 trigram index of `contact_search.text` (contentless,
  kept by triggers), for queries of three characters or more.
- PostgreSQL: a pg_trgm GIN index on `contact_search.text` serves the same queries.
- `contact_search` is keyed by the contact's id (a rowid table on SQLite), with book
  order in a covering index: what a search finds is joined to it by id, the cheapest
  lookup SQLite has; listing the book still reads the index in order.

Both are derived data: the application fills `search_prefixes` when it builds the index
again (the rules noted as having built it are forgotten here).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE contact_fts USING fts5(text, tokenize='trigram', content='')",
    # A contentless index forgets the text: deleting a row gives it the old text back.
    "CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact_search BEGIN "
    "INSERT INTO contact_fts (rowid, text) VALUES (new.contact_id, new.text); END",
    "CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact_search BEGIN "
    "INSERT INTO contact_fts (contact_fts, rowid, text) "
    "VALUES ('delete', old.contact_id, old.text); END",
    "CREATE TRIGGER contact_fts_update AFTER UPDATE ON contact_search "
    "WHEN old.text IS NOT new.text OR old.contact_id IS NOT new.contact_id BEGIN "
    "INSERT INTO contact_fts (contact_fts, rowid, text) "
    "VALUES ('delete', old.contact_id, old.text); "
    "INSERT INTO contact_fts (rowid, text) VALUES (new.contact_id, new.text); END",
]


def upgrade() -> None:
    # Derived data: dropped and built again by the application (see the end).
    op.drop_table("contact_search")
    op.create_table(
        "contact_search",
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey(
                "contacts.id", ondelete="CASCADE", name="fk_contact_search_contact_id_contacts"
            ),
            nullable=False,
        ),
        sa.Column("alive", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.String(400), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("contact_id", name="pk_contact_search"),
    )
    op.create_index(
        "ix_contact_search_book_order", "contact_search", ["alive", "sort_key", "contact_id"]
    )
    op.create_table(
        "search_prefixes",
        sa.Column("term", sa.String(2), nullable=False),
        sa.Column("alive", sa.Boolean(), nullable=False),
        sa.Column("rank", sa.SmallInteger(), nullable=False),
        sa.Column("sort_key", sa.String(400), nullable=False),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey(
                "contacts.id", ondelete="CASCADE", name="fk_search_prefixes_contact_id_contacts"
            ),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint(
            "term", "alive", "rank", "sort_key", "contact_id", name="pk_search_prefixes"
        ),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_search_prefixes_contact_id", "search_prefixes", ["contact_id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for sql in SQLITE_FTS:
            op.execute(sql)
    elif bind.dialect.name == "postgresql":
        # A trusted extension since PostgreSQL 13: the book's owner may create it. Where
        # the server refuses, search still works, by scanning.
        savepoint = bind.begin_nested()
        try:
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            bind.execute(
                sa.text(
                    "CREATE INDEX ix_contact_search_text_trgm ON contact_search "
                    "USING gin (text gin_trgm_ops)"
                )
            )
            savepoint.commit()
        except sa.exc.DBAPIError:
            savepoint.rollback()
    op.execute("DELETE FROM book_settings WHERE key = 'book_index'")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS contact_fts_{name}")
        op.execute("DROP TABLE IF EXISTS contact_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_contact_search_text_trgm")
    op.drop_index("ix_search_prefixes_contact_id", "search_prefixes")
    op.drop_table("search_prefixes")
    # Back to the shape of 0002, empty: the older application builds it again.
    op.drop_table("contact_search")
    op.create_table(
        "contact_search",
        sa.Column("alive", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.String(400), nullable=False),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey(
                "contacts.id", ondelete="CASCADE", name="fk_contact_search_contact_id_contacts"
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("alive", "sort_key", "contact_id", name="pk_contact_search"),
        sa.UniqueConstraint("contact_id", name="uq_contact_search_contact_id"),
        sqlite_with_rowid=False,
    )
    op.execute("DELETE FROM book_settings WHERE key = 'book_index'")
