"""Planning: visit plans, the branch and the working day, the day's route, the map.

Solving a day (and offering 二择一 times) may wait on a road-routing server, so it is
split in three, for the window to run each part on the right worker: read what to plan
(`day_to_plan`, `slots_to_offer`: database), solve it (`solve_day`, `solve_slots`:
network, no database), keep the times (`save_day_route`: database).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rmdesk.services.contacts import ContactService
from rmdesk.services.events import Events, VisitsChanged, WorkingDayChanged
from rmdesk.store.database import Store

if TYPE_CHECKING:
    from rmdesk.domain.kinds import AddressKind, VisitStatus
    from rmdesk.domain.visit import Branch, VisitPlan
    from rmdesk.mapping.data import Frame
    from rmdesk.planning.day import DayToPlan, SheetLine, SlotsToOffer
    from rmdesk.planning.geocode import Found
    from rmdesk.planning.holidays import HolidaySchedule
    from rmdesk.planning.places import VisitPlace
    from rmdesk.planning.route import DayRoute, Progress, Slot
    from rmdesk.planning.visits import VisitBook


class PlanningService:
    """Each method is one use case in one transaction; writes announce what changed."""

    def __init__(self, store: Store, events: Events, contacts: ContactService) -> None:
        self._store = store
        self._events = events
        self._contacts = contacts
        self._plans: VisitBook | None = None

    @property
    def _visits(self) -> VisitBook:
        if self._plans is None:
            from rmdesk.planning.visits import VisitBook

            self._plans = VisitBook(self._store)
        return self._plans

    # -- visit plans --------------------------------------------------------------------

    def get(self, plan_id: int) -> VisitPlan:
        return self._visits.get(plan_id)

    def day_list(self, day: dt.date) -> tuple[dt.date, list[VisitPlan], dict[int, str]]:
        """Every plan of the day, whatever its status, with the clients' names."""
        from rmdesk.domain.kinds import VisitStatus

        plans = self._visits.for_day(day, tuple(VisitStatus))
        return day, plans, self._contacts.names(sorted({p.contact_id for p in plans}))

    def save(self, plan: VisitPlan) -> int:
        """Create or update a plan (InvalidVisit, EditConflict write nothing)."""
        plan_id = self._visits.save(plan)
        self._events.publish(VisitsChanged((plan.time.day,)))
        return plan_id

    def draft(self, contact_id: int, day: dt.date, minutes: int) -> VisitPlan:
        """A flexible visit of `minutes`, all working day, not yet saved."""
        from rmdesk.domain.visit import VisitPlan, VisitTime

        self._contacts.get(contact_id)  # ContactNotFound before anything else
        branch = self._visits.branch()
        return VisitPlan(
            contact_id=contact_id,
            time=VisitTime.flexible(day, branch.work_start, branch.work_end, minutes),
        )

    def needs_female_colleague(self, contact_id: int) -> bool:
        """Whether the RM (by their own details) should bring a female colleague to a
        visit with this client: a male RM visiting a female client."""
        from rmdesk.domain.profile import needs_female_colleague
        from rmdesk.store.personal import read_profile

        gender = self._contacts.get(contact_id).gender
        return needs_female_colleague(read_profile(self._store), gender)

    def add_flexible(
        self,
        contact_ids: Sequence[int],
        day: dt.date,
        minutes: int = 45,
        addresses: Mapping[int, AddressKind | None] | None = None,
    ) -> list[int]:
        """Flexible visits for these clients on the day, all or none."""
        made = self._visits.add_flexible(contact_ids, day, minutes, addresses)
        self._events.publish(VisitsChanged((day,)))
        return made

    def set_status(self, ids: Iterable[int], status: VisitStatus) -> int:
        changed = self._visits.set_status(list(ids), status)
        self._events.publish(VisitsChanged())
        return changed

    def delete(self, ids: Iterable[int]) -> int:
        deleted = self._visits.delete(list(ids))
        self._events.publish(VisitsChanged())
        return deleted

    def client_addresses(self, contact_id: int) -> list[VisitPlace]:
        """The client's addresses a visit can go to, for the visit form."""
        from rmdesk.planning.places import client_addresses

        return client_addresses(self._store, [contact_id]).get(contact_id, [])

    def choose_addresses(
        self,
        contact_ids: Sequence[int],
        district: str = "",
        kinds: Mapping[int, Any] | None = None,
        pinned_first: bool = False,
    ) -> tuple[dict[int, VisitPlace | None], list[str]]:
        """Which address each new visit goes to, and the names of the clients whose
        chosen address has no pin (asked about before planning them)."""
        from rmdesk.planning.day import choose_addresses

        chosen = choose_addresses(self._store, contact_ids, district, kinds, pinned_first)
        unpinned = [cid for cid, a in chosen.items() if a is None or a.approx or not a.point]
        names = self._contacts.names(unpinned)
        return chosen, [names[c] for c in unpinned if c in names]

    def visit_point(self, plan_id: int) -> tuple[VisitPlan, tuple[float, float] | None]:
        """Where a visit goes: its own place, or the address it was planned for."""
        from rmdesk.planning.day import day_visits

        plan = self._visits.get(plan_id)
        return plan, day_visits(self._store, [plan])[0].point

    # -- the branch and the working day ---------------------------------------------------

    def branch(self) -> Branch:
        return self._visits.branch()

    def set_branch(self, branch: Branch) -> None:
        self._visits.set_branch(branch)
        self._events.publish(WorkingDayChanged())

    def holiday_schedules(self) -> dict[int, HolidaySchedule]:
        from rmdesk.planning.holidays import load_schedules

        return load_schedules(self._store)

    def save_holiday_schedule(self, schedule: HolidaySchedule) -> None:
        from rmdesk.planning.holidays import save_schedule

        save_schedule(self._store, schedule)
        self._events.publish(WorkingDayChanged())

    # -- the day's route ------------------------------------------------------------------

    def day_to_plan(self, day: dt.date) -> DayToPlan:
        from rmdesk.planning.day import day_to_plan

        return day_to_plan(self._store, day)

    @staticmethod
    def solve_day(inputs: DayToPlan, progress: Progress | None = None) -> DayRoute:
        """No database: may ask a road-routing server."""
        from rmdesk.planning.day import solve_day

        return solve_day(inputs, progress)

    def save_day_route(self, route: DayRoute) -> None:
        from rmdesk.planning.day import save_day_route

        save_day_route(self._store, route)
        self._events.publish(VisitsChanged((route.day,)))

    def plan_day(
        self, day: dt.date, *, save: bool = False, progress: Progress | None = None
    ) -> DayRoute:
        """All three in one go (the command line)."""
        route = self.solve_day(self.day_to_plan(day), progress)
        if save:
            self.save_day_route(route)
        return route

    def route_json(self, route: DayRoute) -> dict[str, Any]:
        from rmdesk.planning.day import route_json

        return route_json(route, self._store)

    def slots_to_offer(self, plan: VisitPlan) -> SlotsToOffer:
        from rmdesk.planning.day import slots_to_offer

        return slots_to_offer(self._store, plan)

    @staticmethod
    def solve_slots(inputs: SlotsToOffer) -> list[Slot]:
        """No database: may ask a road-routing server."""
        from rmdesk.planning.day import solve_slots

        return solve_slots(inputs)

    def sheet_details(self, plan_ids: Sequence[int]) -> dict[int, SheetLine]:
        from rmdesk.planning.day import sheet_details

        return sheet_details(self._store, plan_ids)

    # -- the map --------------------------------------------------------------------------

    def markers(self, ids: Sequence[int], frame: Frame, today: dt.date) -> list[list[Any]]:
        from rmdesk.mapping.data import marker_records

        return marker_records(self._store, ids, frame, today)

    def contacts_in_area(
        self, ring: Sequence[tuple[float, float]], frame: Frame, ids: Sequence[int] | None
    ) -> list[int]:
        from rmdesk.mapping.data import contacts_in_area

        return contacts_in_area(self._store, ring, frame, ids)

    @staticmethod
    def find_address(address: str, geocoder_url: str = "") -> list[Found] | None:
        """An address's places from the geocoder the user set up (their AMap key); None
        when none is set up. Network: never on the database worker."""
        from rmdesk.planning.geocode import geocode_with_user_key

        return geocode_with_user_key(address, geocoder_url)
