"""Team mode: each RM sees and edits their own clients and those shared with them; a
member of the role rmdesk_manager sees the branch. PostgreSQL row-level security; an
embedded (SQLite) book has one user and is left as it is.

Every contact has an owner (the database role that wrote it: current_user by default);
contact_shares says who else may work on it. Every table that holds a client's rows is
filtered through the contacts its user can see; the owner of the tables (the role that
runs the migrations, a team's administrator) is not filtered.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# Every table with a contact_id column holds one client's rows (tests check none is left
# out); two more reach their client through a parent.
BY_CONTACT = (
    "phones", "addresses", "ties", "friend_kinds", "tags", "contact_search",
    "search_prefixes", "visit_plans", "dossiers", "dossier_people", "dossier_jobs",
    "dossier_events", "company_roles", "call_logs", "visit_logs", "objections", "gifts",
    "follow_ups", "stage_changes", "products", "key_client_plans", "complaints",
)  # fmt: skip
BY_PARENT = {
    "visit_materials": "plan_id IN (SELECT id FROM visit_plans)",
    "complaint_steps": "complaint_id IN (SELECT id FROM complaints)",
}
MANAGER = "(SELECT rmdesk_manager(current_user))"  # once per query, not per row
SEES_CONTACT = (
    f"owner = current_user OR {MANAGER} OR id IN (SELECT rmdesk_shared_ids(current_user))"
)


def _policy(table: str, condition: str, check: str | None = None) -> None:
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY rmdesk_rm ON {table} USING ({condition}) WITH CHECK ({check or condition})"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE contacts ADD COLUMN owner text NOT NULL DEFAULT current_user")
    op.execute("CREATE INDEX ix_contacts_owner ON contacts (owner)")
    op.execute(
        "CREATE TABLE contact_shares ("
        " contact_id integer NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
        " grantee text NOT NULL,"
        " PRIMARY KEY (contact_id, grantee))"
    )
    op.execute("CREATE INDEX ix_contact_shares_grantee ON contact_shares (grantee)")
    # Whether a role belongs to the branch managers (false while nobody made that role).
    op.execute(
        "CREATE FUNCTION rmdesk_manager(who name) RETURNS boolean LANGUAGE sql STABLE "
        "SET search_path = pg_catalog AS $$ SELECT EXISTS (SELECT 1 FROM pg_roles "
        "WHERE rolname = 'rmdesk_manager' AND pg_has_role(who, oid, 'MEMBER')) $$"
    )
    # The contacts shared with a role. It reads the shares past their own policy (which
    # looks at contacts: without this, each policy would call the other for ever), and
    # only for the role that asks or a role it belongs to.
    op.execute(
        "CREATE FUNCTION rmdesk_shared_ids(who name) RETURNS SETOF integer LANGUAGE sql "
        "STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$ "
        "SELECT contact_id FROM contact_shares WHERE grantee = who "
        "AND pg_has_role(session_user, who, 'MEMBER') $$"
    )
    _policy("contacts", SEES_CONTACT)
    # An RM a client is shared with may edit it, not take it: only a manager (or the
    # administrator) changes a client's owner.
    op.execute(
        "CREATE FUNCTION rmdesk_keep_owner() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.owner IS DISTINCT FROM OLD.owner AND NOT rmdesk_manager(current_user) "
        "AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_class "
        "WHERE oid = 'contacts'::regclass), 'MEMBER') THEN "
        "RAISE EXCEPTION 'only a branch manager hands a client over to another RM' "
        "USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER contacts_keep_owner BEFORE UPDATE OF owner ON contacts "
        "FOR EACH ROW EXECUTE FUNCTION rmdesk_keep_owner()"
    )
    for table in BY_CONTACT:
        _policy(table, "contact_id IN (SELECT id FROM contacts)")
    for table, condition in BY_PARENT.items():
        _policy(table, condition)
    # A share is seen by its grantee and the client's owner; only the owner (or a
    # manager) gives or takes one back.
    owned = f"contact_id IN (SELECT id FROM contacts WHERE owner = current_user) OR {MANAGER}"
    _policy("contact_shares", f"grantee = current_user OR {owned}", owned)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in ("contacts", "contact_shares", *BY_CONTACT, *BY_PARENT):
        op.execute(f"DROP POLICY IF EXISTS rmdesk_rm ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP TRIGGER contacts_keep_owner ON contacts")
    op.execute("DROP FUNCTION rmdesk_keep_owner()")
    op.execute("DROP FUNCTION rmdesk_shared_ids(name)")
    op.execute("DROP FUNCTION rmdesk_manager(name)")
    op.execute("DROP TABLE contact_shares")
    op.execute("DROP INDEX ix_contacts_owner")
    op.execute("ALTER TABLE contacts DROP COLUMN owner")
