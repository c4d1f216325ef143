"""Settings that are one person's, not the book's: the calendar feed, the CalDAV
account and the RM's own details (their profile). On a team's book each RM has their
own (their database role is the owner, and row-level security keeps the others' from
them: migration 0022); an embedded book has one user, owner "". Plain SQL, so that the
window reads them at start without the ORM.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rmdesk.store.database import Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rmdesk.domain.profile import Profile

_READ = "SELECT value FROM personal_settings WHERE owner = :owner AND key = :key"
# The same upsert on SQLite and PostgreSQL.
_WRITE = (
    "INSERT INTO personal_settings (owner, key, value) VALUES (:owner, :key, :value) "
    "ON CONFLICT (owner, key) DO UPDATE SET value = excluded.value"
)


def read_personal(store: Store, key: str) -> str:
    """The user's setting `key` ("" when they have none)."""
    found = store.read(_READ, {"owner": store.user, "key": key})
    return str(found[0][0]) if found and found[0][0] else ""


def write_personal(store: Store, key: str, value: str, session: Session | None = None) -> None:
    """Set the user's setting `key`, in `session` or a transaction of its own."""
    from sqlalchemy import text

    params = {"owner": store.user, "key": key, "value": value}
    if session is not None:
        session.execute(text(_WRITE), params)
        return
    with store.session() as s:
        s.execute(text(_WRITE), params)


PROFILE_KEY = "profile"


def read_profile(store: Store) -> Profile:
    """The user's own details (empty until they fill them in)."""
    import json

    from rmdesk.domain.profile import profile_from_data

    found = read_personal(store, PROFILE_KEY)
    try:
        data = json.loads(found) if found else {}
    except ValueError:
        data = {}
    return profile_from_data(data if isinstance(data, dict) else {})


def write_profile(store: Store, profile: Profile) -> Profile:
    """Check and store the user's own details; what was stored (InvalidProfile: nothing)."""
    import json

    from rmdesk.domain.profile import clean_profile, profile_to_data

    clean = clean_profile(profile)
    write_personal(store, PROFILE_KEY, json.dumps(profile_to_data(clean), ensure_ascii=False))
    return clean
