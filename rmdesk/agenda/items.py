"""What goes to the phone's calendar: visits and client dates, as calendar items.

Every item keeps one UID for life; its SEQUENCE rises with every change and
LAST-MODIFIED follows, so re-importing or re-syncing updates instead of duplicating.
What an item says depends on the privacy profile; no profile ever carries a sensitive
field (every text comes from `redact`ed records).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from enum import Enum
from zoneinfo import ZoneInfo

from rmdesk.domain.contact import Contact
from rmdesk.domain.dossier import Dossier, redact
from rmdesk.domain.kinds import STYLE_APPROACH_ZH, CalendarKind, VisitStatus
from rmdesk.domain.lunar import lunar_text_of, lunar_to_solar, next_yearly
from rmdesk.domain.names import surname
from rmdesk.domain.visit import VisitPlan
from rmdesk.planning.holidays import festivals
from rmdesk.store.database import Store, as_date, as_datetime

ZONE = ZoneInfo("Asia/Shanghai")
EPOCH = dt.datetime(2020, 1, 1)
LUNAR_YEARS_AHEAD = 10
BOOK_UID_KEY = "book_uid"


class Privacy(str, Enum):
    MINIMAL = "minimal"  # "拜访 张先生", time, place, alarm
    STANDARD = "standard"  # + purpose and the materials to bring
    FULL = "full"  # + the briefing's key facts (never a sensitive field)


STATUS = {
    VisitStatus.PROPOSED: "TENTATIVE",
    VisitStatus.BOOKED: "CONFIRMED",
    VisitStatus.DONE: "CONFIRMED",
    VisitStatus.CANCELLED: "CANCELLED",
}


@dataclass(frozen=True)
class CalItem:
    uid: str
    sequence: int
    modified: dt.datetime  # UTC
    kind: str  # visit, birthday, lunar_birthday, anniversary, festival
    summary: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    description: str = ""
    location: str = ""
    geo: tuple[float, float] | None = None
    status: str = "CONFIRMED"
    categories: tuple[str, ...] = ()
    alarm_minutes: int | None = None
    yearly: bool = False  # a yearly rule; for 29 February, the last day of February
    last_day_of_february: bool = False
    contact_id: int | None = None

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, dt.datetime)

    def fingerprint(self) -> str:
        """Changes whenever what the calendar shows changes."""
        text = repr(
            (self.summary, self.start, self.end, self.description, self.location, self.geo,
             self.status, self.categories, self.alarm_minutes, self.yearly)
        )  # fmt: skip
        return hashlib.sha256(text.encode()).hexdigest()[:32]


def book_uid(store: Store) -> str:
    """A random id of this book, to make client-date UIDs unique across books."""
    from rmdesk.store.models import BookSettingModel

    with store.session() as s:
        found = s.get(BookSettingModel, BOOK_UID_KEY)
        if found is not None and found.value:
            return found.value
        value = uuid.uuid4().hex[:12]
        s.add(BookSettingModel(key=BOOK_UID_KEY, value=value))
        return value


def _sequence(changed: dt.datetime) -> int:
    """A SEQUENCE for items derived from a record: seconds since 2020 of its last change,
    so it rises whenever the record changes."""
    return max(0, int((changed - EPOCH).total_seconds()))


def _utc(naive_local: dt.datetime) -> dt.datetime:
    return naive_local.replace(tzinfo=ZONE).astimezone(dt.timezone.utc)


def _visit_summary(address: str, privacy: Privacy) -> str:
    return f"拜访 {address}"


def visit_item(
    plan: VisitPlan,
    contact: Contact,
    dossier: Dossier,
    place: tuple[str, tuple[float, float] | None],
    modified: dt.datetime,
    privacy: Privacy,
    alarm_minutes: int | None,
) -> CalItem:
    from rmdesk.dossier.briefing import default_address

    safe = redact(dossier)
    person = redact(contact)
    address = safe.address_as or default_address(person)
    if privacy is Privacy.MINIMAL and address == person.name.strip():
        # Neither a title nor the gender gave a form: the full name stays off the phone.
        address = f"{surname(person.name)}姓客户"
    start = dt.datetime.combine(plan.time.day, plan.time.window_start, tzinfo=ZONE)
    if not plan.time.fixed and plan.route_depart is not None:
        # A flexible visit the day planner has placed: the planned time.
        start = (plan.route_depart - dt.timedelta(minutes=plan.time.duration_min)).replace(
            tzinfo=ZONE
        )
    end = start + dt.timedelta(minutes=plan.time.duration_min)
    lines: list[str] = []
    if not plan.time.fixed:
        lines.append(f"灵活时间：{plan.time.window_start:%H:%M}–{plan.time.window_end:%H:%M} 之间")
    if privacy in (Privacy.STANDARD, Privacy.FULL):
        lines.append(f"目的：{plan.purpose.zh}" + (f"（{plan.content}）" if plan.content else ""))
        if plan.materials:
            lines.append("携带：" + "、".join(m.item for m in plan.materials))
    if privacy is Privacy.FULL:
        if plan.person_name:
            lines.append(f"对象：{plan.person_name} {plan.person_role}".strip())
        if safe.style is not None:
            lines.append(f"类型：{safe.style.zh}，{STYLE_APPROACH_ZH[safe.style]}")
        if safe.cuisines:
            lines.append("菜系：" + "、".join(c.zh for c in safe.cuisines))
        if safe.taboos:
            lines.append(f"忌讳：{safe.taboos}")
        if plan.strategy:
            lines.append(f"策略：{plan.strategy}")
    assert plan.id is not None
    text, point = place
    return CalItem(
        uid=plan.uid,
        contact_id=plan.contact_id,
        sequence=plan.sequence,
        modified=_utc(modified),
        kind="visit",
        summary=_visit_summary(address, privacy),
        start=start,
        end=end,
        description="\n".join(lines),
        location=text,
        geo=point,
        status=STATUS[plan.status],
        categories=(plan.purpose.zh,),
        alarm_minutes=alarm_minutes,
    )


def date_items(
    contact: Contact,
    dossier: Dossier,
    modified: dt.datetime,
    first: dt.date,
    last: dt.date,
    book: str,
) -> list[CalItem]:
    """Birthdays (solar: one yearly event; lunar: one event per year in range) and the
    wedding anniversary, as all-day events."""
    from rmdesk.dossier.briefing import default_address

    assert contact.id is not None
    who = dossier.address_as or default_address(contact)

    def all_day(
        uid: str,
        kind: str,
        summary: str,
        day: dt.date,
        category: str,
        yearly_from: tuple[int, int] | None = None,
    ) -> CalItem:
        return CalItem(
            uid=f"{uid}-{book}@rmdesk",
            contact_id=contact.id,
            sequence=_sequence(modified),
            modified=_utc(modified),
            kind=kind,
            summary=summary,
            start=day,
            end=day + dt.timedelta(days=1),
            categories=(category,),
            yearly=yearly_from is not None,
            last_day_of_february=yearly_from == (2, 29),
        )

    out: list[CalItem] = []
    b = contact.birthday
    if b is not None and b.calendar is CalendarKind.SOLAR:
        start = next_yearly(b.month, b.day, first)
        if start <= last:  # only what falls in the range asked for (it repeats yearly)
            out.append(
                all_day(
                    f"birthday-{contact.id}",
                    "birthday",
                    f"{who} 生日",
                    start,
                    "生日",
                    (b.month, b.day),
                )
            )
    elif b is not None:
        for year in range(first.year - 1, last.year + 1):
            when = lunar_to_solar(year, b.month, b.day, b.leap)
            if first <= when <= last:
                out.append(
                    all_day(
                        f"lunar-birthday-{contact.id}-{year}",
                        "lunar_birthday",
                        f"{who} 生日（{lunar_text_of(when)}）",  # the day it really is
                        when,
                        "生日",
                    )
                )
    if (
        dossier.wedding_date is not None
        and next_yearly(dossier.wedding_date.month, dossier.wedding_date.day, first) <= last
    ):
        w = dossier.wedding_date
        start = next_yearly(w.month, w.day, first)
        out.append(
            all_day(
                f"wedding-{contact.id}",
                "anniversary",
                f"{who} 结婚纪念日",
                start,
                "纪念日",
                (w.month, w.day),
            )
        )
    return out


def festival_items(first: dt.date, last: dt.date, book: str) -> list[CalItem]:
    """Greeting reminders on the traditional festivals."""
    out = []
    for day, code, name in festivals(first, last):
        out.append(
            CalItem(
                uid=f"festival-{code}-{day.year}-{book}@rmdesk",
                sequence=0,
                modified=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
                kind="festival",
                summary=f"{name}：给客户发节日问候",
                start=day,
                end=day + dt.timedelta(days=1),
                categories=("节日",),
            )
        )
    return out


# Whose birthdays and anniversaries go to the phone.
ALL_CLIENTS, KEY_CLIENTS, NO_CLIENTS, TAG = "all", "key", "none", "tag:"


def calendar_items(
    store: Store,
    first: dt.date,
    last: dt.date,
    privacy: Privacy = Privacy.STANDARD,
    alarm_minutes: int | None = 30,
    festivals_too: bool = True,
    contacts: set[int] | None = None,
    client_dates: str = ALL_CLIENTS,
) -> list[CalItem]:
    """Everything for the phone between first and last: proposed, booked and cancelled
    visits (cancelled ones stay, so that phones remove them), the birthdays and
    anniversaries falling in the range of the clients `client_dates` names (ALL_CLIENTS,
    KEY_CLIENTS, NO_CLIENTS or TAG + a tag), and festivals."""
    from rmdesk.contacts.book import ContactBook
    from rmdesk.dossier.records import DossierBook
    from rmdesk.planning.places import address_of, client_addresses
    from rmdesk.planning.visits import VisitBook

    book = book_uid(store)
    address_book = ContactBook(store)
    dossiers = DossierBook(store)
    plans = VisitBook(store).between(first, last, tuple(VisitStatus))
    if contacts is not None:
        plans = [p for p in plans if p.contact_id in contacts]
    ids = sorted({p.contact_id for p in plans})
    people = {c.id: c for c in address_book.iter_contacts(ids)}
    addresses = client_addresses(store, ids)
    dossier_of = {cid: dossiers.get(cid) for cid in ids}
    items: list[CalItem] = []
    for plan in plans:
        contact = people.get(plan.contact_id)
        if contact is None or plan.status is VisitStatus.DONE:
            continue
        dossier = dossier_of[plan.contact_id]
        if plan.place_text or plan.place_lat is not None:
            point = (
                (plan.place_lat, plan.place_lon)
                if plan.place_lat is not None and plan.place_lon is not None
                else None
            )
            place = (plan.place_text, point)
        else:  # the client address the visit was planned for, and only that one
            kind = plan.address_kind.value if plan.address_kind else None
            where = address_of(addresses.get(plan.contact_id, []), kind)
            place = (
                (where.text or where.district) if where else "",
                where.point if where is not None and not where.approx else None,
            )
        changed = plan.modified or EPOCH
        items.append(visit_item(plan, contact, dossier, place, changed, privacy, alarm_minutes))
    if client_dates != NO_CLIENTS:
        items += [
            item
            for item in _all_date_items(store, first, last, book, client_dates)
            if contacts is None or item.contact_id in contacts
        ]
    if festivals_too:
        items += festival_items(first, last, book)
    return items


def _all_date_items(
    store: Store, first: dt.date, last: dt.date, book: str, whose: str = ALL_CLIENTS
) -> list[CalItem]:
    """Client dates of the chosen clients, read in one query (no ORM: a book has
    thousands)."""
    from rmdesk.domain.contact import Birthday
    from rmdesk.domain.kinds import Gender

    out: list[CalItem] = []
    chosen = ""
    params: dict[str, object] = {}
    if whose == KEY_CLIENTS:
        chosen, params = "AND c.key_client = :key ", {"key": True}
    elif whose.startswith(TAG):
        chosen = "AND EXISTS (SELECT 1 FROM tags t WHERE t.contact_id = c.id AND t.tag = :tag) "
        params = {"tag": whose[len(TAG) :]}
    for row in store.read(
        "SELECT c.id, c.name, c.title, c.occupation, c.gender, c.birthday_calendar, "
        "c.birthday_year, c.birthday_month, c.birthday_day, c.birthday_leap, c.updated_at, "
        "d.address_as, d.wedding_date, d.updated_at FROM contacts c "
        "LEFT JOIN dossiers d ON d.contact_id = c.id WHERE c.deleted_at IS NULL "
        "AND (c.birthday_month IS NOT NULL OR d.wedding_date IS NOT NULL) "
        + chosen
        + "ORDER BY c.id",
        params,
    ):
        cid, name, title, occupation, gender, cal, year, month, day, leap, c_at, address_as = row[
            :12
        ]
        wedding, d_at = row[12], row[13]
        birthday = (
            Birthday(CalendarKind(cal), month, day, year, bool(leap))
            if cal and month and day
            else None
        )
        contact = Contact(
            id=cid, name=name, title=title, occupation=occupation,
            gender=Gender(gender) if gender else None, birthday=birthday,
        )  # fmt: skip
        dossier = Dossier(
            contact_id=cid,
            address_as=address_as or "",
            wedding_date=as_date(wedding),
        )
        out += date_items(contact, dossier, max(_when(c_at), _when(d_at)), first, last, book)
    return out


def _when(value: object) -> dt.datetime:
    return as_datetime(value) or EPOCH
