"""The audit trail says who: each entry keeps the database role that wrote it, and on a
team's book an RM reads only their own entries.

- `audit_log.actor`: the role (PostgreSQL's current_user) whose data left rmdesk; empty
  on an embedded book (it has one user) and on the entries written before this
  revision. The entry's hash covers it, so it cannot be changed unseen.
- PostgreSQL: row-level security on `audit_log`. An RM reads the entries they wrote, a
  branch manager (and the administrator, who owns the table) all of them; an entry is
  written only under its writer's own name. The chain runs through everyone's entries,
  so two functions owned by the administrator read past the filter and give away no
  entry's content: `rmdesk_audit_last()`, the id and hash an entry follows, and
  `rmdesk_audit_chain()`, which entries verify (their hash holds, their link is whole),
  computed as rmdesk/store/audit.py `_digest` computes it.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

MANAGER = "(SELECT rmdesk_manager(current_user))"
# The text each entry's hash is taken over: rmdesk/store/audit.py `_digest`.
DIGEST = (
    "encode(sha256(convert_to(concat_ws(chr(31), prev_hash, id::text, "
    "to_char(at, 'YYYY-MM-DD HH24:MI:SS'), kind, clients::text, sensitive_fields, detail) "
    "|| CASE WHEN actor <> '' THEN chr(31) || actor ELSE '' END, 'UTF8')), 'hex')"
)


def upgrade() -> None:
    op.add_column(
        "audit_log",
        sa.Column("actor", sa.String(100), nullable=False, server_default=""),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE audit_log ALTER COLUMN actor SET DEFAULT current_user")
    op.execute("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY rmdesk_read ON audit_log FOR SELECT "
        f"USING (actor = current_user OR {MANAGER})"
    )
    op.execute(
        "CREATE POLICY rmdesk_write ON audit_log FOR INSERT WITH CHECK (actor = current_user)"
    )
    op.execute(
        "CREATE FUNCTION rmdesk_audit_last() RETURNS TABLE (id integer, hash varchar) "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$ "
        "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1 $$"
    )
    op.execute(
        "CREATE FUNCTION rmdesk_audit_chain() RETURNS TABLE (id integer, sound boolean) "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$ "
        "SELECT id, id = coalesce(lag(id) OVER w, 0) + 1 "
        "AND prev_hash = coalesce(lag(hash) OVER w, '') "
        f"AND hash = {DIGEST} FROM audit_log WINDOW w AS (ORDER BY id) ORDER BY id $$"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION rmdesk_audit_chain()")
        op.execute("DROP FUNCTION rmdesk_audit_last()")
        op.execute("DROP POLICY rmdesk_write ON audit_log")
        op.execute("DROP POLICY rmdesk_read ON audit_log")
        op.execute("ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY")
    op.drop_column("audit_log", "actor")  # SQLite drops it in place: its triggers stay
