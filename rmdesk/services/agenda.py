"""The phone calendar: export to .ics, CalDAV sync, .ics import, the subscription feed.

The window and the command line call these same methods: a use case lives once here.
Syncing waits on a server, so the window runs `sync` on its network worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rmdesk.services.events import (
    CalendarSettingsChanged,
    ContactsChanged,
    Events,
    VisitsChanged,
)
from rmdesk.store.database import Store

if TYPE_CHECKING:
    from rmdesk.agenda.caldav_sync import Account, Change, Conflict, Report
    from rmdesk.agenda.feed import FeedServer, FeedSettings
    from rmdesk.agenda.import_ics import ImportPlan, Incoming
    from rmdesk.agenda.items import Privacy


class AgendaService:
    def __init__(self, store: Store, events: Events) -> None:
        self._store = store
        self._events = events

    # -- export ---------------------------------------------------------------------------

    def export(
        self,
        target: Path,
        first: dt.date,
        last: dt.date,
        privacy: Privacy,
        alarm_minutes: int | None = 30,
        *,
        festivals: bool = True,
        contacts: set[int] | None = None,
        client_dates: str | None = None,
        split: bool = False,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> int | None:
        """Write the range's visits and client dates to one .ics (or one per event, in a
        zip or a folder), private to the user; how many, or None if cancelled first."""
        from rmdesk.agenda.ics import write_ics, write_split
        from rmdesk.agenda.items import ALL_CLIENTS, calendar_items

        items = calendar_items(
            self._store,
            first,
            last,
            privacy,
            alarm_minutes,
            festivals_too=festivals,
            contacts=contacts,
            client_dates=client_dates or ALL_CLIENTS,
        )
        if cancelled():
            return None  # nothing written
        (write_split if split else write_ics)(target, items)
        _audit(self._store, "calendar_export", items, target.name)
        return len(items)

    # -- CalDAV ---------------------------------------------------------------------------

    def account(self) -> Account | None:
        from rmdesk.agenda.caldav_sync import load_account

        return load_account(self._store)

    def save_account(self, account: Account) -> None:
        from rmdesk.agenda.caldav_sync import save_account

        save_account(self._store, account)
        self._events.publish(CalendarSettingsChanged("account"))

    def sync(
        self,
        account: Account,
        password: str,
        first: dt.date,
        last: dt.date,
        privacy: Privacy,
        alarm_minutes: int | None = 30,
    ) -> Report:
        """One sync: push what is here; what the phone changed comes back in the report
        to approve (`apply_phone_changes`) and conflicts to settle (`settle`). Network."""
        from rmdesk.agenda.caldav_sync import sync
        from rmdesk.store.audit import record

        try:
            report = sync(self._store, account, password, first, last, privacy, alarm_minutes)
            if report.pushed:
                clients = _clients_of_uids(self._store, report.pushed)
                record(self._store, "caldav_push", clients, (), _host(account.url))
            return report
        finally:
            self._store.release_thread()

    def apply_phone_changes(
        self,
        changes: Sequence[Change],
        take_phone: Sequence[Conflict] = (),
        keep_here: Sequence[Conflict] = (),
    ) -> int:
        """What the user approved after a sync: the phone's changes applied, conflicts
        settled by taking the phone's version or keeping this one — one transaction.
        Returns how many visits took the phone's version."""
        from rmdesk.agenda.caldav_sync import settle

        count = settle(self._store, changes, take_phone, keep_here)
        self._events.publish(VisitsChanged())
        return count

    # -- import ---------------------------------------------------------------------------

    def plan_import(self, data: bytes) -> ImportPlan:
        """An .ics read and checked whole: what it would change; nothing written."""
        from rmdesk.agenda.import_ics import plan_import

        return plan_import(self._store, data)

    def apply_import(self, changes: list[Change], new: list[tuple[Incoming, int]]) -> int:
        """The approved changes and the chosen new visits, in one transaction."""
        from rmdesk.agenda.import_ics import apply_import

        count = apply_import(self._store, changes, new)
        self._events.publish(VisitsChanged(), ContactsChanged(tuple(c for _i, c in new)))
        return count

    # -- the subscription feed --------------------------------------------------------------

    def feed_settings(self) -> FeedSettings:
        from rmdesk.agenda.feed import load_feed

        return load_feed(self._store)

    def save_feed_settings(self, settings: FeedSettings) -> None:
        from rmdesk.agenda.feed import save_feed

        save_feed(self._store, settings)
        self._events.publish(CalendarSettingsChanged("feed"))

    def feed_server(self, settings: FeedSettings) -> FeedServer:
        """The feed's server (not yet serving), rendering from this book on each request.
        OSError when it cannot listen there."""
        from rmdesk.agenda.feed import FeedServer, calendar_feed
        from rmdesk.store.audit import record

        store = self._store

        def render() -> bytes:
            body = calendar_feed(store, settings)
            try:
                record(store, "feed_fetch", body.count(b"BEGIN:VEVENT"), (), settings.privacy)
            finally:
                store.release_thread()
            return body

        return FeedServer(settings, render)


def _audit(store: Store, kind: str, items: Sequence[object], detail: str) -> None:
    """An audit entry for calendar items that left: how many clients they name (the
    calendar's privacy profiles never carry a sensitive field)."""
    from rmdesk.store.audit import record

    clients = {getattr(i, "contact_id", None) for i in items} - {None}
    record(store, kind, len(clients), (), detail)


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or ""


def _clients_of_uids(store: Store, uids: Sequence[str]) -> int:
    """How many clients the events sent name: the clients of the visits, and one for
    each client date (a birthday, an anniversary); festivals name none."""
    from rmdesk.store.database import in_list

    of_visit: dict[str, int] = {}
    for start in range(0, len(uids), 500):
        marks, params = in_list("u", list(uids[start : start + 500]))
        for uid, cid in store.read(
            f"SELECT uid, contact_id FROM visit_plans WHERE uid IN ({marks})", params
        ):
            of_visit[uid] = cid
    dates = [u for u in uids if u not in of_visit and not u.startswith("festival-")]
    return len(set(of_visit.values())) + len(dates)
