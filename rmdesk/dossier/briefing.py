"""The pre-visit briefing: what to read in the car before seeing a client.

Built from the contact, their dossier, their visits and their introducer — always
through `redact`, so the sensitive fields are out (the ID number masked) unless the
user asked for them this time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from rmdesk.domain.activity import ContactActivity, Objection, StageChange, VisitLog
from rmdesk.domain.contact import Contact
from rmdesk.domain.dossier import Dossier, completeness, redact
from rmdesk.domain.kinds import (
    STYLE_APPROACH_ZH,
    CalendarKind,
    Introduction,
    Stage,
    Style,
    VisitStatus,
)
from rmdesk.domain.lunar import lunar_text_of, next_lunar_date, next_yearly
from rmdesk.domain.names import address_form
from rmdesk.domain.profile import Profile, needs_female_colleague
from rmdesk.domain.visit import VisitPlan
from rmdesk.store.database import Store
from rmdesk.store.personal import read_profile

DATES_AHEAD = 30
INTERACTIONS = 3
STAGES_SHOWN = 5  # the latest stage changes


@dataclass(frozen=True)
class Briefing:
    contact_id: int
    name: str
    address_as: str
    company: str
    title: str
    stage: Stage | None
    style: Style | None
    approach_zh: str
    # (label code, value) pairs; codes are translated by the renderer
    preferences: list[tuple[str, str]] = field(default_factory=list)
    family: str = ""
    dates: list[tuple[dt.date, str, str]] = field(default_factory=list)  # (day, code, detail)
    holdings: list[tuple[str, str]] = field(default_factory=list)
    interactions: list[VisitPlan] = field(default_factory=list)
    introducer: tuple[str, Introduction | None] | None = None
    plan: VisitPlan | None = None
    sensitive: list[tuple[str, str]] = field(default_factory=list)
    sensitive_included: bool = False  # False: `sensitive` is empty (health, religion,
    # income and the ID number were left out)
    completeness: int = 0
    empty_sections: list[str] = field(default_factory=list)
    # After earlier visits: what the client still objects to, and how they moved.
    open_objections: list[Objection] = field(default_factory=list)
    stage_history: list[StageChange] = field(default_factory=list)  # latest last
    recent_visits: list[VisitLog] = field(default_factory=list)  # what was logged, latest first
    # A male RM (by My details) visiting a female client brings a female colleague.
    bring_female_colleague: bool = False


def default_address(contact: Contact) -> str:
    """How to address someone when the dossier does not say (domain.names.address_form):
    王总, 李董, 张行长, 王先生 / 王女士, else the full name."""
    return address_form(contact.name, contact.title, contact.occupation, contact.gender)


def next_birthday(contact: Contact, today: dt.date) -> dt.date | None:
    b = contact.birthday
    if b is None:
        return None
    if b.calendar is CalendarKind.LUNAR:
        return next_lunar_date(b.month, b.day, b.leap, today)
    return next_yearly(b.month, b.day, today)


def special_dates(
    contact: Contact, dossier: Dossier, today: dt.date
) -> list[tuple[dt.date, str, str]]:
    """Birthdays, wedding and business anniversaries and family events in the next
    DATES_AHEAD days."""
    end = today + dt.timedelta(days=DATES_AHEAD)
    out: list[tuple[dt.date, str, str]] = []
    birthday = next_birthday(contact, today)
    if birthday is not None and birthday <= end:
        b = contact.birthday
        assert b is not None
        detail = lunar_text_of(birthday) if b.calendar is CalendarKind.LUNAR else ""
        out.append((birthday, "birthday", detail))
    if dossier.first_business is not None:
        first = dossier.first_business
        when = next_yearly(first.month, first.day, today)
        if when <= end and when.year > first.year:
            out.append((when, "business_anniversary", str(when.year - first.year)))
    if dossier.wedding_date is not None:
        wed = dossier.wedding_date
        when = next_yearly(wed.month, wed.day, today)
        if when <= end and when.year > wed.year:
            out.append((when, "wedding_anniversary", ""))
    for event in dossier.family_events:
        when = next_yearly(event.day.month, event.day.day, today) if event.yearly else event.day
        if today <= when <= end:
            out.append((when, "family_event", event.what))
    return sorted(out)


def build_briefing(
    contact: Contact,
    dossier: Dossier,
    visits: Sequence[VisitPlan],
    introducer: tuple[str, Introduction | None] | None,
    today: dt.date,
    day: dt.date | None = None,
    include_sensitive: bool = False,
    activity: ContactActivity | None = None,
    rm: Profile | None = None,
    mine: set[int] | None = None,
) -> Briefing:
    """The briefing for one contact; `day` picks the visit plan of that day (else the
    next open one) among the plans in `mine` (the user's own, on a team's book; all when
    None). `activity`: the open objections, the stage history and the latest visit logs;
    `rm`: the RM's own details."""
    raw_percent, empty = completeness(dossier)
    safe = redact(dossier, include_sensitive)
    person = redact(contact, include_sensitive)
    prefs: list[tuple[str, str]] = []
    if safe.cuisines:
        prefs.append(("cuisines", "、".join(c.zh for c in safe.cuisines)))
    if safe.restaurants:
        prefs.append(("restaurants", safe.restaurants))
    if safe.drinks or safe.drink_amount:
        prefs.append(("drinks", " ".join(x for x in (safe.drinks, safe.drink_amount) if x)))
    if safe.smoking is not None:
        prefs.append(("smoking", safe.smoking.zh))
    if safe.allergies:
        prefs.append(("allergies", safe.allergies))
    if safe.taboos:
        prefs.append(("taboos", safe.taboos))
    if person.hobbies:
        prefs.append(("hobbies", person.hobbies))
    holdings: list[tuple[str, str]] = []
    for code, value in (
        ("business_with_us", safe.business_with_us),
        ("relationship", safe.relationship.zh if safe.relationship else ""),
        ("opinion_of_us", safe.opinion_of_us),
        ("competitor_banks", "、".join(safe.competitor_banks)),
        ("favoured_bank", safe.favoured_bank),
        ("first_business", safe.first_business.isoformat() if safe.first_business else ""),
    ):
        if value:
            holdings.append((code, value))
    sensitive: list[tuple[str, str]] = []
    # Without the tick no part of the ID number is printed, not even masked.
    if safe.id_number and include_sensitive:
        sensitive.append(("id_number", safe.id_number))
    if safe.health:
        sensitive.append(("health", safe.health))
    if safe.religion:
        sensitive.append(("religion", safe.religion))
    if person.income_band is not None:
        sensitive.append(("income_band", person.income_band.zh))
    done = sorted(
        (v for v in visits if v.status is VisitStatus.DONE and v.time.day <= today),
        key=lambda v: (v.time.day, v.time.window_start),
        reverse=True,
    )[:INTERACTIONS]
    open_plans = sorted(
        (
            v
            for v in visits
            if v.status in (VisitStatus.PROPOSED, VisitStatus.BOOKED)
            and (mine is None or v.id in mine)
        ),
        key=lambda v: (v.time.day, v.time.window_start),
    )
    plan = None
    if day is not None:
        plan = next((v for v in open_plans if v.time.day == day), None)
    if plan is None:
        plan = next((v for v in open_plans if v.time.day >= today), None)
    assert contact.id is not None
    return Briefing(
        contact_id=contact.id,
        name=contact.name,
        address_as=safe.address_as or default_address(contact),
        company=contact.company,
        title=contact.title,
        stage=contact.stage,
        style=safe.style,
        approach_zh=STYLE_APPROACH_ZH[safe.style] if safe.style else "",
        preferences=prefs,
        family=safe.family_notes,
        dates=special_dates(contact, dossier, today),
        holdings=holdings,
        interactions=done,
        introducer=introducer,
        plan=plan,
        sensitive=sensitive,
        sensitive_included=include_sensitive,
        completeness=raw_percent,
        empty_sections=empty,
        open_objections=list(activity.open_objections) if activity else [],
        stage_history=list(activity.stage_history[-STAGES_SHOWN:]) if activity else [],
        recent_visits=list(activity.recent_visits) if activity else [],
        bring_female_colleague=rm is not None and needs_female_colleague(rm, contact.gender),
    )


def briefing_for(
    store: Store,
    contact_id: int,
    today: dt.date,
    day: dt.date | None = None,
    include_sensitive: bool = False,
) -> Briefing:
    """Read what the briefing needs from the book and build it."""
    from rmdesk.activity.records import ActivityBook
    from rmdesk.contacts.book import ContactBook
    from rmdesk.dossier.records import DossierBook
    from rmdesk.planning.visits import VisitBook

    contact = ContactBook(store).get(contact_id)
    dossier = DossierBook(store).get(contact_id)
    visits = VisitBook(store).for_contact(contact_id)
    introducer = None
    if contact.introduced_by_id is not None:
        introducer = (contact.introduced_by_name, dossier.introduction)
    activity = ActivityBook(store).activity_of(contact_id)
    rm = read_profile(store)
    # "This visit" is one of the user's: a colleague's visit to a shared client is theirs.
    mine = {
        int(row[0])
        for row in store.read(
            "SELECT id FROM visit_plans WHERE contact_id = :c AND owner = :me",
            {"c": contact_id, "me": store.user},
        )
    }
    return build_briefing(
        contact, dossier, visits, introducer, today, day, include_sensitive, activity, rm, mine
    )


def briefings_for_day(
    store: Store, day: dt.date, today: dt.date, include_sensitive: bool = False
) -> list[Briefing]:
    """One briefing per client visited that day, in the order of the day."""
    from rmdesk.planning.visits import VisitBook

    plans = VisitBook(store).for_day(day)
    order = sorted(plans, key=lambda p: (p.route_order or 999, p.time.window_start))
    seen: list[int] = []
    for p in order:
        if p.contact_id not in seen:
            seen.append(p.contact_id)
    return [briefing_for(store, cid, today, day, include_sensitive) for cid in seen]


def sensitive_in(briefings: Sequence[Briefing]) -> list[str]:
    """The sensitive fields these briefings carry in the clear (for the audit trail)."""
    return sorted({name for b in briefings if b.sensitive_included for name, _v in b.sensitive})
