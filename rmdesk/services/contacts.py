"""Contacts: the book's listings, whole contacts, the trash, and where clients are."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from rmdesk.contacts.book import ContactBook
from rmdesk.domain.contact import BookFilter, Contact, ContactRow, NearbyContact, TieCounts
from rmdesk.domain.kinds import Gender
from rmdesk.services.events import ContactsChanged, Events
from rmdesk.store.database import Store

if TYPE_CHECKING:
    from rmdesk.domain.contact import Birthday
    from rmdesk.planning.places import Located


class ContactService:
    """Each method is one use case in one transaction; writes announce ContactsChanged."""

    def __init__(self, store: Store, events: Events) -> None:
        self._store = store
        self._events = events
        self._book = ContactBook(store)

    # -- reading ------------------------------------------------------------------------

    def list_ids(
        self, book_filter: BookFilter | None = None, limit: int | None = None
    ) -> list[int]:
        return self._book.list_ids(book_filter, limit)

    def rows(self, ids: Sequence[int]) -> dict[int, ContactRow]:
        return self._book.rows(ids)

    def names(self, ids: Sequence[int]) -> dict[int, str]:
        """The names of these contacts (those that exist), by id."""
        return {cid: row.name for cid, row in self._book.rows(ids).items()}

    def tie_counts(self) -> TieCounts:
        return self._book.tie_counts()

    def near(self, contact_id: int, radius_km: float) -> list[NearbyContact]:
        return self._book.near(contact_id, radius_km)

    def near_point(
        self, lat: float, lon: float, radius_km: float, exclude: int | None = None
    ) -> list[NearbyContact]:
        return self._book.near_point(lat, lon, radius_km, exclude)

    def find_by_name(self, text: str, limit: int = 20) -> list[tuple[int, str, str]]:
        return self._book.find_by_name(text, limit)

    def get(self, contact_id: int) -> Contact:
        return self._book.get(contact_id)

    def iter_contacts(self, ids: Sequence[int], page: int = 500) -> Iterator[Contact]:
        return self._book.iter_contacts(ids, page)

    def place_of(self, contact_id: int) -> Located | None:
        """Where the client is shown on the map: a pin, else a district's centre."""
        from rmdesk.planning.places import contact_places

        return contact_places(self._store, [contact_id]).get(contact_id)

    # -- writing ------------------------------------------------------------------------

    def save(self, contact: Contact) -> int:
        """Create or update a contact (validated; EditConflict if saved meanwhile)."""
        contact_id = self._book.save(contact)
        self._events.publish(ContactsChanged((contact_id,)))
        return contact_id

    def set_identity(self, contact_id: int, birthday: Birthday, gender: Gender | None) -> int:
        """The birth date and sex an ID number holds become the contact's (one
        transaction: read, changed, saved)."""

        def change(contact: Contact) -> Contact:
            return dataclasses.replace(contact, birthday=birthday, gender=gender or contact.gender)

        saved = self._book.change(contact_id, change)
        self._events.publish(ContactsChanged((saved,)))
        return saved

    def place(self, contact_id: int, lat: float, lon: float) -> Located:
        """Pin the client's address (or the home address) at a point on the map."""
        from rmdesk.mapping.data import place_contact

        located = place_contact(self._store, contact_id, lat, lon)
        self._events.publish(ContactsChanged((contact_id,)))
        return located

    def move_to_trash(self, ids: Iterable[int]) -> int:
        ids = list(ids)
        count = self._book.move_to_trash(ids)
        self._events.publish(ContactsChanged(tuple(ids)))
        return count

    def restore(self, ids: Iterable[int]) -> int:
        ids = list(ids)
        count = self._book.restore(ids)
        self._events.publish(ContactsChanged(tuple(ids)))
        return count

    def empty_trash(self) -> int:
        count = self._book.empty_trash()
        self._events.publish(ContactsChanged())
        return count
