"""A day's visits from the book, planned: the glue between the store and the solver."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rmdesk.domain.errors import NoLocation
from rmdesk.domain.kinds import AddressKind, VisitPurpose
from rmdesk.domain.phones import display_phone
from rmdesk.domain.visit import Branch, VisitPlan
from rmdesk.planning.places import VisitPlace, address_of, client_addresses
from rmdesk.planning.route import DayRoute, DayVisit, Progress, Slot, plan_route, propose_slots
from rmdesk.planning.visits import VisitBook
from rmdesk.store.database import Store, in_list

if TYPE_CHECKING:
    from rmdesk.planning.holidays import HolidaySchedule


def day_visits(store: Store, plans: Sequence[VisitPlan]) -> list[DayVisit]:
    """Planner input for these plans: the plan's own place, else the client address it
    was planned for — its pin, or its district's centre (approximate) — else no
    location. Never another of the client's addresses."""
    ids = sorted({p.contact_id for p in plans})
    addresses = client_addresses(store, ids)
    names: dict[int, tuple[str, bool]] = {}
    if ids:
        marks, params = in_list("id", ids)
        for cid, name, key in store.read(
            f"SELECT id, name, key_client FROM contacts WHERE id IN ({marks})", params
        ):
            names[cid] = (name, bool(key))
    out = []
    for p in plans:
        assert p.id is not None, "only stored plans (or a draft given id 0) are planned"
        name, key = names.get(p.contact_id, ("", False))
        point: tuple[float, float] | None = None
        approx = False
        if p.place_lat is not None and p.place_lon is not None:
            point = (p.place_lat, p.place_lon)
        else:
            kind = p.address_kind.value if p.address_kind else None
            where = address_of(addresses.get(p.contact_id, []), kind)
            if where is not None:
                point, approx = where.point, where.approx
        out.append(
            DayVisit(
                plan_id=p.id,
                contact_id=p.contact_id,
                name=name,
                point=point,
                fixed=p.time.fixed,
                earliest=p.time.window_start,
                latest_end=p.time.end.time(),
                duration_min=p.time.duration_min,
                approx=approx,
                key_client=key,
            )
        )
    return out


def choose_addresses(
    store: Store,
    contact_ids: Sequence[int],
    district: str = "",
    kinds: Mapping[int, AddressKind | None] | None = None,
    pinned_first: bool = False,
) -> dict[int, VisitPlace | None]:
    """The address each contact would be visited at: the kind given, else the first in
    `district` (a day batched by area), else (`pinned_first`, as the map shows them) the
    first with a pin, else the first. None: no address at all."""
    ids = list(dict.fromkeys(contact_ids))
    addresses = client_addresses(store, ids)
    chosen: dict[int, VisitPlace | None] = {}
    for cid in ids:
        own = addresses.get(cid, [])
        kind = (kinds or {}).get(cid)
        if kind is not None:
            chosen[cid] = address_of(own, kind.value)
        elif district:
            chosen[cid] = next((a for a in own if a.district == district), None) or (
                own[0] if own else None
            )
        elif pinned_first:
            chosen[cid] = next((a for a in own if a.point and not a.approx), None) or (
                own[0] if own else None
            )
        else:
            chosen[cid] = own[0] if own else None
    return chosen


@dataclasses.dataclass(frozen=True)
class DayToPlan:
    """What planning a day reads from the book: the branch and the day's visits. Solving
    it needs no database (but may ask a road-routing server), so the windows read on the
    database worker and solve on the network worker."""

    day: dt.date
    branch: Branch
    visits: tuple[DayVisit, ...]


def day_to_plan(store: Store, day: dt.date) -> DayToPlan:
    visits = VisitBook(store)
    return DayToPlan(day, visits.branch(), tuple(day_visits(store, visits.for_day(day))))


def solve_day(inputs: DayToPlan, progress: Progress | None = None) -> DayRoute:
    """The optimised route (no database; the road-routing server if one is set)."""
    return plan_route(inputs.day, inputs.branch, inputs.visits, progress=progress)


def save_day_route(store: Store, route: DayRoute) -> None:
    """Keep the planned times on the day's visits."""
    VisitBook(store).save_route(
        route.day, [(s.visit.plan_id, s.arrive, s.depart) for s in route.stops]
    )


def plan_day(
    store: Store, day: dt.date, *, save: bool = False, progress: Progress | None = None
) -> DayRoute:
    """The optimised route for the day's proposed and booked visits."""
    route = solve_day(day_to_plan(store, day), progress)
    if save:
        save_day_route(store, route)
    return route


@dataclasses.dataclass(frozen=True)
class SlotsToOffer:
    """What offering times for a visit reads from the book (see `day_to_plan`)."""

    day: dt.date
    branch: Branch
    visits: tuple[DayVisit, ...]
    candidate: DayVisit


def slots_to_offer(store: Store, plan: VisitPlan) -> SlotsToOffer:
    """The plan's day without the plan itself (if already stored), and the plan."""
    visits = VisitBook(store)
    branch = visits.branch()
    others = [p for p in visits.for_day(plan.time.day) if p.id != plan.id]
    day = day_visits(store, [*others, dataclasses.replace(plan, id=0)])
    candidate = day.pop()
    if candidate.point is None:
        name = store.read("SELECT name FROM contacts WHERE id = :id", {"id": plan.contact_id})
        raise NoLocation(plan.contact_id, name[0][0] if name else "")
    return SlotsToOffer(plan.time.day, branch, tuple(day), candidate)


def solve_slots(inputs: SlotsToOffer) -> list[Slot]:
    """Two times that keep the day's plan and add the least driving (二择一)."""
    return propose_slots(inputs.day, inputs.branch, inputs.visits, inputs.candidate)


def offer_slots(store: Store, plan: VisitPlan) -> list[Slot]:
    """Two times on the plan's day for this visit that keep the day's plan and add the
    least driving (二择一). The plan itself, if already stored, is left out of the day."""
    return solve_slots(slots_to_offer(store, plan))


def day_kind_of(
    day: dt.date, entered: Mapping[int, HolidaySchedule] | None = None
) -> tuple[str, str]:
    """("workday" | "weekend" | "holiday" | "adjusted_workday" | "unknown", holiday name):
    China's official calendar, else the schedule `entered` with the book for that year,
    else "unknown"."""
    from rmdesk.planning.holidays import HolidayDataMissing, day_kind

    try:
        kind, name = day_kind(day, entered)
    except HolidayDataMissing:
        return "unknown", ""
    return kind.value, name


def _hhmm(when: dt.datetime) -> str:
    return when.strftime("%H:%M")


def route_json(route: DayRoute, store: Store | None = None) -> dict[str, Any]:
    """The route as `rmdesk plan --json` prints it (the day's kind from the book's
    entered holidays too, when the store is given)."""
    from rmdesk.planning.holidays import load_schedules

    branch: Branch = route.branch
    kind, holiday = day_kind_of(route.day, load_schedules(store) if store else None)
    return {
        "day": route.day.isoformat(),
        "day_kind": kind,
        "holiday": holiday,
        "start": {
            "name": branch.name,
            "lat": branch.lat,
            "lon": branch.lon,
            "leave": _hhmm(route.leave),
            "return": _hhmm(route.back),
        },
        "stops": [
            {
                "plan_id": s.visit.plan_id,
                "contact_id": s.visit.contact_id,
                "name": s.visit.name,
                "fixed": s.visit.fixed,
                "window": [
                    s.visit.earliest.strftime("%H:%M"),
                    s.visit.latest_end.strftime("%H:%M"),
                ],
                "arrive": _hhmm(s.arrive),
                "start": _hhmm(s.start),
                "depart": _hhmm(s.depart),
                "wait_min": round(s.wait_min, 1),
                "leg_km": round(s.leg_km, 2),
                "lat": s.visit.point[0] if s.visit.point else None,
                "lon": s.visit.point[1] if s.visit.point else None,
                "approx": s.visit.approx,
            }
            for s in route.stops
        ],
        "lunch": [_hhmm(route.lunch[0]), _hhmm(route.lunch[1])] if route.lunch else None,
        "unassigned": [
            {
                "plan_id": u.visit.plan_id,
                "contact_id": u.visit.contact_id,
                "name": u.visit.name,
                "reason": u.reason.value,
                "clashes_with": list(u.clashes_with),
            }
            for u in route.unassigned
        ],
        "total_km": round(route.total_km, 2),
        "travel_min": round(route.travel_min, 1),
    }


@dataclasses.dataclass(frozen=True)
class SheetLine:
    """What the day sheet prints beside a stop, for the RM in the car."""

    phone: str
    place: str
    purpose: VisitPurpose
    person: str
    materials: tuple[str, ...]


def sheet_details(store: Store, plan_ids: Sequence[int]) -> dict[int, SheetLine]:
    """Per plan: the client's first phone, where to go, the purpose, whom to see and what
    to bring. No sensitive field (ID number, health, income, religion) is read."""
    visits = VisitBook(store)
    plans = [visits.get(pid) for pid in plan_ids]
    ids = sorted({p.contact_id for p in plans})
    phones: dict[int, str] = {}
    addresses: dict[int, str] = {}
    if ids:
        marks, params = in_list("id", ids)
        for cid, number in store.read(
            f"SELECT contact_id, number FROM phones WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position",
            params,
        ):
            phones.setdefault(cid, display_phone(number))
        for cid, text, district in store.read(
            f"SELECT contact_id, text, district FROM addresses WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position",
            params,
        ):
            addresses.setdefault(cid, text or district)
    out = {}
    for p in plans:
        assert p.id is not None
        person = " ".join(x for x in (p.person_name, p.person_role) if x)
        out[p.id] = SheetLine(
            phone=phones.get(p.contact_id, ""),
            place=p.place_text or addresses.get(p.contact_id, ""),
            purpose=p.purpose,
            person=person,
            materials=tuple(m.item for m in p.materials),
        )
    return out
