"""The application layer: one service per capability, built once and shared.

`app.py` (the window) and `cli` (the command line) build the services with
`build_services(store)` and call the same methods: a use case is written once. Each
public method is one use case in one transaction, returns plain domain objects, and
announces what it changed on `events` (see `events.py`). Windows never touch the
database layer; they hold a `Services` and run its methods on the workers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rmdesk.services.activity import ActivityService
from rmdesk.services.agenda import AgendaService
from rmdesk.services.audit import AuditService
from rmdesk.services.backups import BackupService
from rmdesk.services.contacts import ContactService
from rmdesk.services.documents import DocumentService
from rmdesk.services.dossiers import DossierService
from rmdesk.services.events import Events
from rmdesk.services.exchange import ExchangeService
from rmdesk.services.keeping import KeepingService
from rmdesk.services.planning import PlanningService
from rmdesk.services.profile import ProfileService
from rmdesk.services.security import SecurityService
from rmdesk.store.database import Store


@dataclass
class Services:
    """The open book's services. `close()` closes the book."""

    store: Store = field(repr=False)
    events: Events
    contacts: ContactService
    dossiers: DossierService
    planning: PlanningService
    agenda: AgendaService
    documents: DocumentService
    activity: ActivityService
    keeping: KeepingService
    backups: BackupService
    exchange: ExchangeService
    audit: AuditService
    security: SecurityService
    profile: ProfileService

    @property
    def location(self) -> str:
        """Where the book is (a file path, or a server URL without its password)."""
        return self.store.location

    def close(self) -> None:
        self.store.close()


def build_services(store: Store) -> Services:
    events = Events()
    contacts = ContactService(store, events)
    dossiers = DossierService(store, events, contacts)
    planning = PlanningService(store, events, contacts)
    activity = ActivityService(store, events)
    return Services(
        store=store,
        events=events,
        contacts=contacts,
        dossiers=dossiers,
        planning=planning,
        agenda=AgendaService(store, events),
        documents=DocumentService(store),
        activity=activity,
        keeping=KeepingService(store, events, activity, dossiers, planning),
        backups=BackupService(store, events),
        exchange=ExchangeService(store, events),
        audit=AuditService(store),
        security=SecurityService(store),
        profile=ProfileService(store),
    )
