"""The RM's own details (rmdesk.domain.profile): read and saved for the window, which
signs thank-you letters with them and says when a visit needs a colleague along."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rmdesk.store.database import Store

if TYPE_CHECKING:
    from rmdesk.domain.profile import Profile


class ProfileService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self) -> Profile:
        from rmdesk.store.personal import read_profile

        return read_profile(self._store)

    def save(self, profile: Profile) -> Profile:
        """Check and store them (InvalidProfile names the fields; nothing is stored)."""
        from rmdesk.store.personal import write_profile

        return write_profile(self._store, profile)
