"""What is one person's, not the book's: each RM's calendar feed, CalDAV account and
CalDAV sync state are their own on a team's book.

Until now these lived in `book_settings` and `calendar_sync`, which a team shares: one
RM turning the calendar feed on made every colleague's rmdesk serve their own clients
under the same secret address, a colleague could read that address, and two RMs syncing
a shared client's visit to their own phones overwrote each other's sync state.

- `personal_settings` (owner, key, value): the feed ("feed") and the CalDAV account
  ("caldav") move here from `book_settings`.
- `calendar_sync` gets an owner too: its key is (owner, uid).
- The owner is the database role (PostgreSQL's current_user), or "" on an embedded
  book, which has one user. On PostgreSQL row-level security shows each role its own
  rows only and writes them only under its own name; what was there before is the
  administrator's (who runs this migration): each RM sets up their own feed and account.
  The RMs granted before this revision get their rights on the new table here.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

MOVED = "('feed', 'caldav')"
SYNC_COLUMNS = "uid, href, etag, sequence, fingerprint, synced_at"
# The roles that work in the book (granted by `rmdesk team grant`) get the new table too.
GRANT_TO_RMS = (
    "DO $$ DECLARE r record; BEGIN "
    "FOR r IN SELECT DISTINCT grantee FROM information_schema.role_table_grants "
    "WHERE table_schema = 'public' AND table_name = 'book_settings' "
    "AND privilege_type = 'INSERT' AND grantee <> current_user LOOP "
    "EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON personal_settings TO %I', "
    "r.grantee); END LOOP; END $$"
)


def upgrade() -> None:
    team = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "personal_settings",
        sa.Column("owner", sa.String(100), nullable=False, server_default=""),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("owner", "key", name="pk_personal_settings"),
    )
    who = "current_user" if team else "''"
    op.execute(
        "INSERT INTO personal_settings (owner, key, value) "
        f"SELECT {who}, key, value FROM book_settings WHERE key IN {MOVED}"
    )
    op.execute(f"DELETE FROM book_settings WHERE key IN {MOVED}")
    if not team:
        # SQLite changes a primary key by building the table again.
        op.execute(
            "CREATE TABLE calendar_sync_new ("
            "owner VARCHAR(100) DEFAULT '' NOT NULL, uid VARCHAR(200) NOT NULL, "
            "href VARCHAR(500) NOT NULL, etag VARCHAR(200) NOT NULL, "
            "sequence INTEGER NOT NULL, fingerprint VARCHAR(64) NOT NULL, "
            "synced_at DATETIME NOT NULL, "
            "CONSTRAINT pk_calendar_sync PRIMARY KEY (owner, uid))"
        )
        op.execute(
            f"INSERT INTO calendar_sync_new (owner, {SYNC_COLUMNS}) "
            f"SELECT '', {SYNC_COLUMNS} FROM calendar_sync"
        )
        op.execute("DROP TABLE calendar_sync")
        op.execute("ALTER TABLE calendar_sync_new RENAME TO calendar_sync")
        return
    op.add_column(
        "calendar_sync", sa.Column("owner", sa.String(100), nullable=False, server_default="")
    )
    op.execute("UPDATE calendar_sync SET owner = current_user")
    op.execute("ALTER TABLE calendar_sync DROP CONSTRAINT pk_calendar_sync")
    op.execute("ALTER TABLE calendar_sync ADD CONSTRAINT pk_calendar_sync PRIMARY KEY (owner, uid)")
    for table in ("personal_settings", "calendar_sync"):
        op.execute(f"ALTER TABLE {table} ALTER COLUMN owner SET DEFAULT current_user")
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY rmdesk_own ON {table} USING (owner = current_user)")
    op.execute(GRANT_TO_RMS)


def downgrade() -> None:
    team = op.get_bind().dialect.name == "postgresql"
    mine = "owner = current_user" if team else "owner = ''"
    op.execute(
        "INSERT INTO book_settings (key, value) "
        f"SELECT key, value FROM personal_settings WHERE key IN {MOVED} AND {mine}"
    )
    op.drop_table("personal_settings")
    op.execute(f"DELETE FROM calendar_sync WHERE NOT ({mine})")
    if not team:
        op.execute(
            "CREATE TABLE calendar_sync_old ("
            "uid VARCHAR(200) NOT NULL, href VARCHAR(500) NOT NULL, "
            "etag VARCHAR(200) NOT NULL, sequence INTEGER NOT NULL, "
            "fingerprint VARCHAR(64) NOT NULL, synced_at DATETIME NOT NULL, "
            "CONSTRAINT pk_calendar_sync PRIMARY KEY (uid))"
        )
        op.execute(
            f"INSERT INTO calendar_sync_old ({SYNC_COLUMNS}) "
            f"SELECT {SYNC_COLUMNS} FROM calendar_sync"
        )
        op.execute("DROP TABLE calendar_sync")
        op.execute("ALTER TABLE calendar_sync_old RENAME TO calendar_sync")
        return
    op.execute("DROP POLICY rmdesk_own ON calendar_sync")
    op.execute("ALTER TABLE calendar_sync DISABLE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE calendar_sync DROP CONSTRAINT pk_calendar_sync")
    op.execute("ALTER TABLE calendar_sync ADD CONSTRAINT pk_calendar_sync PRIMARY KEY (uid)")
    op.drop_column("calendar_sync", "owner")
