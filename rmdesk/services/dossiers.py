"""Dossiers: the client's dossier, companies and industries, referrals, briefings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rmdesk.services.contacts import ContactService
from rmdesk.services.events import CompaniesChanged, DossierChanged, Events
from rmdesk.store.database import Store

if TYPE_CHECKING:
    from rmdesk.domain.contact import Contact
    from rmdesk.domain.dossier import Company, CompanyRole, Dossier, Industry
    from rmdesk.domain.kinds import Role
    from rmdesk.dossier.briefing import Briefing
    from rmdesk.dossier.records import DossierBook
    from rmdesk.dossier.referrals import Referral, ThankYou, Way


class DossierService:
    """Each method is one use case in one transaction; writes announce what changed.
    The dossier layer (and SQLAlchemy with it) loads on first use, not at start."""

    def __init__(self, store: Store, events: Events, contacts: ContactService) -> None:
        self._store = store
        self._events = events
        self._contacts = contacts
        self._records: DossierBook | None = None

    @property
    def _book(self) -> DossierBook:
        if self._records is None:
            from rmdesk.dossier.records import DossierBook

            self._records = DossierBook(self._store)
        return self._records

    # -- the dossier --------------------------------------------------------------------

    def get(self, contact_id: int) -> Dossier:
        return self._book.get(contact_id)

    def detail(self, contact_id: int) -> tuple[Contact, Dossier]:
        """The contact and the dossier, for the detail pane."""
        return self._contacts.get(contact_id), self._book.get(contact_id)

    def for_editor(
        self, contact_id: int
    ) -> tuple[Dossier, list[Company], list[CompanyRole], dict[int, str]]:
        """What the dossier editor opens with: the dossier, the companies to choose from,
        the contact's roles, and the names of the people linked in the dossier."""
        dossier = self._book.get(contact_id)
        linked = [p.linked_id for p in dossier.people if p.linked_id is not None]
        names = self._contacts.names(linked)
        return dossier, self._book.companies(), self._book.roles_of(contact_id), names

    def save(self, dossier: Dossier, company_name: str = "", roles: Sequence[Role] = ()) -> int:
        """The dossier and the contact's roles at the company of that name, in one
        transaction; returns the completeness in percent."""
        percent = self._book.save_with_company(dossier, company_name, roles)
        self._events.publish(DossierChanged(dossier.contact_id))
        if company_name.strip():
            self._events.publish(CompaniesChanged())
        return percent

    def mark_thanked(self, contact_ids: Sequence[int], day: dt.date | None) -> None:
        """The introducers of these contacts were told and thanked on `day`."""
        self._book.mark_thanked(contact_ids, day)
        self._events.publish(*(DossierChanged(cid) for cid in contact_ids))

    # -- companies ----------------------------------------------------------------------

    def companies(self) -> list[Company]:
        return self._book.companies()

    def industries(self) -> list[Industry]:
        return self._book.industries()

    def people_of(self, company_id: int) -> tuple[list[CompanyRole], dict[int, str]]:
        """The company's people, and their names."""
        roles = self._book.people_of(company_id)
        return roles, self._contacts.names(sorted({r.contact_id for r in roles}))

    def save_company(self, company: Company, industry: Industry | None = None) -> int:
        """The company (and, when given, its industry first), in one transaction."""
        company_id = self._book.save_company(company, industry)
        self._events.publish(CompaniesChanged())
        return company_id

    def save_industry(self, industry: Industry) -> int:
        industry_id = self._book.save_industry(industry)
        self._events.publish(CompaniesChanged())
        return industry_id

    # -- referrals ----------------------------------------------------------------------

    def referral_tree(self, contact_id: int) -> tuple[Referral, list[int]]:
        from rmdesk.dossier.referrals import referral_tree

        return referral_tree(self._store, contact_id)

    def open_thank_yous(self) -> list[ThankYou]:
        from rmdesk.dossier.referrals import open_thank_yous

        return open_thank_yous(self._store)

    def ways_in(self, target: int, limit: int = 20) -> list[Way]:
        from rmdesk.dossier.referrals import ways_in

        return ways_in(self._store, target, limit)

    # -- briefings ----------------------------------------------------------------------

    def briefing(
        self, contact_id: int, today: dt.date, include_sensitive: bool = False
    ) -> Briefing:
        """The pre-visit briefing of one client, through `redact`."""
        from rmdesk.dossier.briefing import briefing_for

        return briefing_for(self._store, contact_id, today, None, include_sensitive)

    def briefings_for_day(
        self, day: dt.date, today: dt.date, include_sensitive: bool = False
    ) -> list[Briefing]:
        """One briefing per client visited that day, in the order of the day."""
        from rmdesk.dossier.briefing import briefings_for_day

        return briefings_for_day(self._store, day, today, include_sensitive)
