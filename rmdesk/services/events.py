"""What changed in the book: typed change events, announced by the services.

A service publishes an event after the transaction that made the change has committed,
on the thread that ran it (usually the database worker). Subscribers must therefore be
quick and thread-safe; the window relays events to the GUI thread (`ui/common/changes`)
and each view refreshes itself. No view refreshes another.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ContactsChanged:
    """Contacts were added, edited, trashed, restored or deleted (`ids`; empty: any)."""

    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class DossierChanged:
    """A client's dossier, company roles, introduction or thank-you changed."""

    contact_id: int


@dataclass(frozen=True)
class CompaniesChanged:
    """Companies or industries were added or edited."""


@dataclass(frozen=True)
class VisitsChanged:
    """Visit plans were made, edited, moved, cancelled, deleted or routed (`days`;
    empty: any day)."""

    days: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class WorkingDayChanged:
    """The branch, the working day or a year's official holidays changed."""


@dataclass(frozen=True)
class ActivityChanged:
    """Calls, visit logs, follow-ups or objections of these contacts changed (`ids`)."""

    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class KeepingChanged:
    """Products, selling rules, key-client plans, Today's marks or its settings changed
    (`ids`: the clients concerned; empty: any)."""

    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CalendarSettingsChanged:
    """The CalDAV account or the subscription feed's settings changed (`what`:
    "account" or "feed")."""

    what: str


Change = (
    ContactsChanged
    | DossierChanged
    | CompaniesChanged
    | VisitsChanged
    | WorkingDayChanged
    | CalendarSettingsChanged
    | ActivityChanged
    | KeepingChanged
)
Subscriber = Callable[[Change], None]


class Events:
    """Publish and subscribe, plain Python. Thread-safe; a failing subscriber is logged
    and does not stop the others (the change itself is already saved)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call `subscriber(event)` for every change; returns the way to unsubscribe."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, *events: Change) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for event in events:
            for subscriber in subscribers:
                try:
                    subscriber(event)
                except Exception:
                    log.exception("a subscriber failed on %r", event)
