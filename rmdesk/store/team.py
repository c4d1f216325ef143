"""Team mode's access rights on PostgreSQL: a database role made an RM of the book (or a
branch manager), and a client shared with another RM. Row-level security (migration
0019) does the filtering; this gives the rights it filters."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text

from rmdesk.domain.errors import NotYourClient, RmdeskError
from rmdesk.store.database import Store

MANAGER_ROLE = "rmdesk_manager"


class NotTeamBook(RmdeskError):
    """Roles and shares are a team's PostgreSQL book's; the embedded book has one user."""

    code = "not_team_book"


def _team(store: Store) -> None:
    if store.engine.dialect.name != "postgresql":
        raise NotTeamBook(
            f"{store.location} is an embedded book: roles and sharing are for a team's "
            "PostgreSQL book"
        )


def _quoted(store: Store, role: str) -> str:
    return store.engine.dialect.identifier_preparer.quote(role)


def grant_rm(store: Store, role: str, *, manager: bool = False) -> None:
    """Let an existing login role work in the book as an RM (seeing their own clients
    and those shared with them) or, with `manager`, as a branch manager (seeing all).
    Run by the book's administrator (the role that owns its tables)."""
    _team(store)
    who = _quoted(store, role)
    with store.engine.begin() as conn:
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {who}"))
        conn.execute(
            text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {who}")
        )
        conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {who}"))
        conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {who}"))
        # And on the tables a later rmdesk's migrations make (run by this same owner).
        conn.execute(
            text(
                "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {who}"
            )
        )
        conn.execute(
            text(
                "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
                f"GRANT USAGE, SELECT ON SEQUENCES TO {who}"
            )
        )
        if manager:
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": MANAGER_ROLE}
            ).first()
            if exists is None:
                conn.execute(text(f"CREATE ROLE {MANAGER_ROLE} NOLOGIN"))
            conn.execute(text(f"GRANT {MANAGER_ROLE} TO {who}"))


def share(store: Store, ids: Sequence[int], role: str) -> int:
    """Share clients with another RM: they see and edit them too. Only the client's
    owner (or a manager) can; the count of shares made is returned."""
    from sqlalchemy.exc import DBAPIError

    _team(store)
    made = 0
    try:
        with store.engine.begin() as conn:
            for cid in ids:
                made += conn.execute(
                    text(
                        "INSERT INTO contact_shares (contact_id, grantee) VALUES (:c, :g) "
                        "ON CONFLICT DO NOTHING"
                    ),
                    {"c": cid, "g": role},
                ).rowcount
    except DBAPIError as exc:
        if "row-level security" not in str(exc):
            raise
        raise NotYourClient(
            "only a client's own RM (or the branch manager) shares it; nothing was shared"
        ) from exc
    return made


def assign(store: Store, ids: Sequence[int], role: str) -> int:
    """Make `role` the owner of these clients (a branch manager handing a client over,
    or the administrator sharing out a book written before team mode). An RM cannot,
    not even with a client shared with them: the database refuses."""
    _team(store)
    with store.engine.begin() as conn:
        return conn.execute(
            text("UPDATE contacts SET owner = :r WHERE id = ANY(:c)"),
            {"r": role, "c": list(ids)},
        ).rowcount


def unshare(store: Store, ids: Sequence[int], role: str) -> int:
    _team(store)
    with store.engine.begin() as conn:
        return conn.execute(
            text("DELETE FROM contact_shares WHERE grantee = :g AND contact_id = ANY(:c)"),
            {"g": role, "c": list(ids)},
        ).rowcount
