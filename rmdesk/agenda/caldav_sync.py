"""Two-way sync with a CalDAV calendar (any standard server), the dependable way to get
alarms onto a phone.

- The account (server URL, user, calendar name) is stored with the book; the password
  only in the operating system's keyring (or $RMDESK_CALDAV_PASSWORD for scripts),
  never in the database or a log.
- `sync` creates the calendar if missing, pushes new and changed items (their SEQUENCE
  kept), deletes cancelled visits if the user prefers, removes stale lunar birthdays,
  and brings back what was moved or cancelled on the phone (matched by UID) as
  `Change`s for the user to approve. A visit changed on both sides is a `Conflict`:
  shown, never resolved silently.
- Every server problem is a `SyncFailed` with a message; nothing local changes then.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rmdesk.agenda.items import ZONE, CalItem, Privacy, calendar_items
from rmdesk.domain.errors import RmdeskError
from rmdesk.domain.visit import VisitPlan, VisitTime
from rmdesk.store.database import Store
from rmdesk.store.personal import read_personal, write_personal

KEYRING_SERVICE = "rmdesk-caldav"
ACCOUNT_KEY = "caldav"
PASSWORD_ENV = "RMDESK_CALDAV_PASSWORD"
TIMEOUT_S = 30


@dataclass(frozen=True)
class Account:
    url: str
    username: str
    calendar: str = "rmdesk"
    delete_cancelled: bool = False

    @property
    def key(self) -> str:
        return f"{self.username}@{self.url}"


class SyncFailed(RmdeskError):
    """The sync could not be done; nothing was changed locally. `reason` is a code:
    unreachable, password, certificate, calendar_gone, server."""

    code = "sync_failed"

    def __init__(self, reason: str, url: str, detail: str = "") -> None:
        self.reason = reason
        self.url = url
        self.detail = detail
        texts = {
            "unreachable": "cannot reach the calendar server {url}; check the address and "
            "the network, then sync again",
            "password": "the calendar server {url} refused the user name or password; "
            "enter them again",
            "certificate": "the certificate of {url} is not trusted; check the address (or "
            "ask who runs the server)",
            "calendar_gone": "the calendar was deleted on {url} while syncing; sync again "
            "to create it anew",
            "no_keyring": "no password is stored for {url} and this system has no keyring; "
            f"set ${PASSWORD_ENV} or enter the password when asked",
            "server": "the calendar server {url} answered with an error ({detail})",
        }
        super().__init__(texts.get(reason, texts["server"]).format(url=url, detail=detail))


class PasswordInAddress(RmdeskError):
    """A server address with a password in it (https://user:secret@host/): refused, so
    that the password never lands in the book, a setting or a message."""

    code = "password_in_address"

    def __init__(self, url: str) -> None:
        self.url = url  # without the password
        super().__init__(
            f"the server address {url} holds a password; give the address without it and "
            "the password in its own field (or --password-stdin): it is kept in the system "
            "keyring, never in the book"
        )


def without_password(url: str) -> str:
    """The address with any password taken out (user names stay)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = (f"{parts.username}@" if parts.username else "") + host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def check_address(url: str) -> None:
    """Refuse an address that holds a password."""
    if without_password(url) != url:
        raise PasswordInAddress(without_password(url))


# -- the account and its password --------------------------------------------------------


def load_account(store: Store) -> Account | None:
    """The user's account (each RM has their own on a team's book), or None."""
    from urllib.parse import urlsplit

    found = read_personal(store, ACCOUNT_KEY)
    if not found:
        return None
    data = json.loads(found)
    account = Account(**{k: v for k, v in data.items() if k in Account.__dataclass_fields__})
    clean = without_password(account.url)
    if clean != account.url:
        # An older rmdesk kept the address as typed, password and all: the password
        # moves to the keyring (if there is one) and leaves the book.
        secret = urlsplit(account.url).password or ""
        account = dataclasses.replace(account, url=clean)
        with contextlib.suppress(SyncFailed):
            if secret and find_password(account) is None:
                store_password(account, secret)
        write_personal(store, ACCOUNT_KEY, json.dumps(dataclasses.asdict(account)))
    return account


def save_account(store: Store, account: Account) -> None:
    check_address(account.url)
    write_personal(store, ACCOUNT_KEY, json.dumps(dataclasses.asdict(account)))


def store_password(account: Account, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, account.key, password)
    except KeyringError as exc:
        raise SyncFailed("no_keyring", account.url) from exc


def find_password(account: Account) -> str | None:
    """The password from the keyring (or the environment), None if none is stored."""
    import keyring
    from keyring.errors import KeyringError

    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    try:
        return keyring.get_password(KEYRING_SERVICE, account.key)
    except KeyringError:
        return None


# -- what sync finds ---------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """Something the phone changed that rmdesk would apply after the user says yes."""

    uid: str
    plan_id: int
    kind: str  # "moved" or "cancelled"
    summary: str
    old_start: dt.datetime | None
    new_start: dt.datetime | None = None
    new_end: dt.datetime | None = None
    version: int | None = None  # the visit's version when the change was seen


@dataclass(frozen=True)
class Conflict:
    """A visit changed here and on the phone since the last sync."""

    uid: str
    plan_id: int
    summary: str
    here: str
    phone: str
    phone_etag: str = ""
    phone_change: Change | None = None  # what taking the phone's version would apply


@dataclass
class Report:
    created: bool = False  # the calendar was made on this sync
    pushed: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


# -- the server --------------------------------------------------------------------------


def _translate(exc: BaseException, url: str) -> SyncFailed:
    import ssl

    from caldav.lib import error

    if isinstance(exc, SyncFailed):
        return exc
    if isinstance(exc, error.AuthorizationError):
        return SyncFailed("password", url)
    text = str(exc)
    if isinstance(exc, ssl.SSLError) or "CERTIFICATE" in text.upper():
        return SyncFailed("certificate", url)
    if isinstance(exc, error.NotFoundError):
        return SyncFailed("calendar_gone", url)
    if isinstance(exc, OSError) or "Connection" in type(exc).__name__:
        return SyncFailed("unreachable", url, text[:200])
    return SyncFailed("server", url, text[:200])


def _client(account: Account, password: str) -> Any:
    import caldav

    return caldav.DAVClient(  # type: ignore[operator]
        url=account.url,
        username=account.username,
        password=password,
        timeout=TIMEOUT_S,  # a server that stops answering ends the sync, not the app
    )


def _calendar(client: Any, account: Account, report: Report) -> Any:
    principal = client.principal()
    for cal in principal.calendars():
        if cal.get_display_name() == account.calendar:
            return cal
    report.created = True
    return principal.make_calendar(name=account.calendar)


@dataclass(frozen=True)
class _Remote:
    uid: str
    etag: str
    start: dt.datetime | dt.date | None
    end: dt.datetime | dt.date | None
    status: str
    obj: Any


def _remote_items(cal: Any) -> dict[str, _Remote]:
    from icalendar import Calendar

    out = {}
    for obj in cal.events():
        parsed = Calendar.from_ical(obj.data)
        for event in parsed.walk("VEVENT"):
            uid = str(event.get("uid", ""))
            start = event.decoded("dtstart") if event.get("dtstart") else None
            end = event.decoded("dtend") if event.get("dtend") else None
            out[uid] = _Remote(
                uid,
                str(obj.props.get("{DAV:}getetag", "") or obj.etag or ""),
                start,
                end,
                str(event.get("status", "CONFIRMED")).upper(),
                obj,
            )
    return out


def _state(store: Store) -> dict[str, tuple[str, str, int]]:
    """uid → (etag, fingerprint, sequence) as of the last sync."""
    return {
        uid: (etag, fingerprint, sequence)
        for uid, etag, fingerprint, sequence in store.read(
            "SELECT uid, etag, fingerprint, sequence FROM calendar_sync WHERE owner = :owner",
            {"owner": store.user},
        )
    }


def _remember(
    store: Store, rows: Sequence[tuple[str, str, str, str, int]], gone: Sequence[str]
) -> None:
    from sqlalchemy import delete

    from rmdesk.store.models import CalendarSyncModel

    now = dt.datetime.now().replace(microsecond=0)
    owner = store.user  # each RM's own phone calendar, on a team's book
    with store.session() as s:
        if gone:
            s.execute(
                delete(CalendarSyncModel).where(
                    CalendarSyncModel.owner == owner, CalendarSyncModel.uid.in_(list(gone))
                )
            )
        for uid, href, etag, fingerprint, sequence in rows:
            s.merge(
                CalendarSyncModel(
                    owner=owner,
                    uid=uid,
                    href=href,
                    etag=etag,
                    fingerprint=fingerprint,
                    sequence=sequence,
                    synced_at=now,
                )
            )


def _local(start: object) -> dt.datetime | None:
    if isinstance(start, dt.datetime):
        return start.astimezone(ZONE).replace(tzinfo=None) if start.tzinfo else start
    return None


def sync(
    store: Store,
    account: Account,
    password: str,
    first: dt.date,
    last: dt.date,
    privacy: Privacy = Privacy.STANDARD,
    alarm_minutes: int | None = 30,
) -> Report:
    """One sync. Local items are pushed; the phone's changes come back as `changes`
    (apply them with `apply_changes`, then sync again) and `conflicts`."""
    from rmdesk.agenda.ics import to_ics

    report = Report()
    items = calendar_items(store, first, last, privacy, alarm_minutes)
    plan_ids: dict[str, int] = {}
    versions: dict[str, int] = {}
    for pid, uid, version in store.read(
        "SELECT id, uid, version FROM visit_plans WHERE owner = :me AND day BETWEEN :a AND :b",
        {"me": store.user, "a": first, "b": last},
    ):
        plan_ids[uid], versions[uid] = pid, version
    state = _state(store)
    remembered: list[tuple[str, str, str, str, int]] = []
    forgotten: list[str] = []
    client = _client(account, password)
    try:
        cal = _calendar(client, account, report)
        if report.created:
            # A new (or deleted and re-made) calendar holds nothing: everything is sent
            # afresh, and nothing missing from it means "cancelled on the phone".
            forgotten.extend(state)
            state = {}
        remote = _remote_items(cal)

        def push(item: CalItem) -> None:
            obj = cal.save_event(to_ics([item]).decode(), increase_seqno=False)
            etag = str(obj.props.get("{DAV:}getetag", "") or obj.etag or "")
            if not etag:  # a server that answers PUT without an ETag
                fresh = cal.event_by_uid(item.uid)
                etag = str(fresh.props.get("{DAV:}getetag", "") or fresh.etag or "")
            remembered.append((item.uid, str(obj.url), etag, item.fingerprint(), item.sequence))
            report.pushed.append(item.uid)

        for item in items:
            there = remote.get(item.uid)
            before = state.get(item.uid)
            if item.kind == "visit" and item.status == "CANCELLED" and account.delete_cancelled:
                if there is not None:
                    there.obj.delete()
                    report.deleted.append(item.uid)
                forgotten.append(item.uid)
                continue
            if there is None:
                if before is not None and item.kind == "visit" and item.status != "CANCELLED":
                    # Synced before, now gone from the phone: deleted there = cancelled.
                    report.changes.append(
                        Change(
                            item.uid,
                            plan_ids[item.uid],
                            "cancelled",
                            item.summary,
                            _local(item.start),
                            version=versions[item.uid],
                        )
                    )
                    continue
                push(item)
                continue
            local_changed = before is None or before[1] != item.fingerprint()
            phone_changed = before is not None and before[0] != there.etag
            if item.kind != "visit" or not phone_changed:
                if local_changed:
                    push(item)
                continue
            moved = _local(there.start) != _local(item.start)
            cancelled = there.status == "CANCELLED" and item.status != "CANCELLED"
            if not (moved or cancelled):
                remembered.append(
                    (
                        item.uid,
                        str(there.obj.url),
                        there.etag,
                        before[1] if before else "",
                        item.sequence,
                    )
                )
                if local_changed:
                    push(item)
                continue
            change = Change(
                item.uid, plan_ids[item.uid], "cancelled" if cancelled else "moved",
                item.summary, _local(item.start), _local(there.start), _local(there.end),
                versions[item.uid],
            )  # fmt: skip
            if local_changed:
                report.conflicts.append(
                    Conflict(item.uid, plan_ids[item.uid], item.summary,
                             _describe(item.start, item.status),
                             _describe(there.start, there.status), there.etag, change)
                )  # fmt: skip
                continue
            report.changes.append(change)
        # Lunar birthdays of past years are removed; so is what this book no longer has.
        current = {i.uid for i in items}
        for uid, there in remote.items():
            if uid.startswith("lunar-birthday-") and uid not in current:
                when = there.start
                if isinstance(when, dt.date) and not isinstance(when, dt.datetime) and when < first:
                    there.obj.delete()
                    report.deleted.append(uid)
                    forgotten.append(uid)
    except Exception as exc:
        failure = _translate(exc, account.url)
        if report.pushed or forgotten:
            _remember(store, remembered, forgotten)  # what reached the server stays known
        raise failure from exc
    finally:
        client.close()
    _remember(store, remembered, forgotten)
    return report


def _describe(start: object, status: str) -> str:
    when = _local(start)
    text = when.strftime("%Y-%m-%d %H:%M") if when else str(start)
    return text + (" (cancelled)" if status == "CANCELLED" else "")


def apply_changes(store: Store, changes: Sequence[Change]) -> int:
    """Apply the phone's changes the user approved, in one transaction: a moved visit
    becomes a fixed appointment at the new time; a cancelled one is cancelled. Returns
    how many. A visit saved here since the change was seen refuses the whole lot
    (EditConflict): nothing is applied over an edit the user has not seen."""
    return apply_calendar(store, changes, [])


def moved_plan(plan: VisitPlan, change: Change) -> VisitPlan:
    """The visit as the phone moved it, based on the version the change was seen at."""
    assert change.new_start is not None
    minutes = plan.time.duration_min
    if change.new_end is not None:
        minutes = max(1, int((change.new_end - change.new_start).total_seconds() // 60))
    return dataclasses.replace(
        plan,
        time=VisitTime.appointment(change.new_start, minutes),
        version=change.version if change.version is not None else plan.version,
    )


def apply_calendar(
    store: Store,
    changes: Sequence[Change],
    new: Sequence[VisitPlan],
    seen: Sequence[Conflict] = (),
) -> int:
    """Moves, cancellations and new appointments from a calendar, and the conflicts the
    user settled counted as seen: all in one transaction, or nothing."""
    from rmdesk.planning.visits import VisitBook

    book = VisitBook(store)
    saves = [
        moved_plan(book.get(c.plan_id), c)
        for c in changes
        if c.kind != "cancelled" and c.new_start is not None
    ]
    cancels = [(c.plan_id, c.version) for c in changes if c.kind == "cancelled"]
    return book.apply_all([*saves, *new], cancels, [(c.uid, c.phone_etag) for c in seen])


def settle(
    store: Store,
    changes: Sequence[Change],
    take_phone: Sequence[Conflict] = (),
    keep_here: Sequence[Conflict] = (),
) -> int:
    """What the user approved after a sync, in one transaction: the phone's changes,
    the conflicts where the phone's version wins (applied), and those where this one
    wins (pushed on the next sync). Either way the phone's version counts as seen."""
    taken = [c.phone_change for c in take_phone if c.phone_change is not None]
    return apply_calendar(store, [*changes, *taken], [], [*take_phone, *keep_here])


def resolve(store: Store, conflicts: Sequence[Conflict], keep: str) -> None:
    """Settle conflicts the user decided: keep="here" pushes rmdesk's version on the
    next sync; keep="phone" applies the phone's first."""
    settle(store, [], conflicts if keep == "phone" else [], conflicts if keep == "here" else [])
