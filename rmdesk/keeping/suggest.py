"""Suggest my day: the visits worth making on a date, each with its reasons, fitted into
the free time around the day's own visits by the planner (planning/fill.py).

A client earns points for each reason to see them — a follow-up due, a product maturing
within the reminder look-ahead, a key client not contacted within their target, a
complaint past its deadline, a prospect in a late stage, a place near one of the day's
visits — by weights the user sets (kept with the book). The best are routed, most
valuable first; what does not fit is not proposed. Nothing is written until the user
accepts (`accept`): then the chosen visits are booked as the day's flexible visits,
with the route's times.

Reading (`suggest_inputs`: database) and routing (`solve`: may ask a road-routing
server) are split like planning a day, for the window's two workers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from rmdesk.domain.geo import bounding_box, distance_km
from rmdesk.domain.keeping import SUGGEST_REASONS
from rmdesk.domain.kinds import AddressKind, Stage
from rmdesk.keeping.today import read_settings, today_items
from rmdesk.planning.day import DayToPlan, choose_addresses, day_to_plan
from rmdesk.planning.route import DayRoute, DayVisit, Progress
from rmdesk.planning.visits import VisitBook
from rmdesk.store.database import Store, in_list

SETTINGS_KEY = "suggest"
REASONS = SUGGEST_REASONS
LATE_STAGES = (Stage.DESIRE, Stage.COMPARISON, Stage.CONVICTION, Stage.DECISION)
POOL = 200  # clients located and ranked by distance
TRIED = 20  # of those, the best tried in the route


@dataclass(frozen=True)
class SuggestWeights:
    """Points per reason (0 ignores it), and how the day is filled."""

    follow_up: int = 5
    maturity: int = 4
    key_client_overdue: int = 4
    complaint_overdue: int = 3
    late_stage: int = 3  # the full weight for 决心; less for earlier late stages
    near_visit: int = 2
    near_km: float = 3.0  # "near one of the day's visits"
    visit_min: int = 45  # length of a suggested visit
    most: int = 4  # suggestions at most

    def of(self, reason: str) -> int:
        return int(getattr(self, reason))


def read_weights(store: Store) -> SuggestWeights:
    found = store.read("SELECT value FROM book_settings WHERE key = :k", {"k": SETTINGS_KEY})
    if not found:
        return SuggestWeights()
    try:
        data = json.loads(found[0][0])
        known = asdict(SuggestWeights())
        return SuggestWeights(**{k: type(known[k])(v) for k, v in data.items() if k in known})
    except (ValueError, TypeError):
        return SuggestWeights()


def write_weights(store: Store, weights: SuggestWeights) -> None:
    from rmdesk.store.models import BookSettingModel

    with store.session() as s:
        s.merge(BookSettingModel(key=SETTINGS_KEY, value=json.dumps(asdict(weights))))


@dataclass(frozen=True)
class Reason:
    """One reason to visit: its kind (in REASONS), the points it gave, and the book's
    words for it (the follow-up's text, the product maturing, the stage, the visit near)."""

    kind: str
    points: float
    detail: str


@dataclass(frozen=True)
class Candidate:
    contact_id: int
    name: str
    reasons: tuple[Reason, ...]
    point: tuple[float, float]
    approx: bool
    address_kind: str
    key_client: bool
    km: float  # to the nearest of the day's visits, or the branch

    @property
    def score(self) -> float:
        return sum(r.points for r in self.reasons)

    def reason_text(self) -> str:
        return "; ".join(f"{r.kind}: {r.detail}" if r.detail else r.kind for r in self.reasons)


@dataclass(frozen=True)
class SuggestInputs:
    """What suggesting reads from the book: the day to plan and the candidates, best
    first. `chosen`, when set, are the contacts to route instead of the best."""

    day: DayToPlan
    candidates: tuple[Candidate, ...]
    weights: SuggestWeights
    chosen: tuple[int, ...] | None = None


@dataclass(frozen=True)
class ProposedDay:
    """The proposed day: the route (suggested stops have plan ids below 0), the reasons
    per suggested contact, and the candidates left out (to swap in)."""

    route: DayRoute
    reasons: dict[int, Candidate]
    others: tuple[Candidate, ...]

    def suggested(self) -> list[int]:
        return [s.visit.contact_id for s in self.route.stops if s.visit.plan_id < 0]


def _reasons(
    store: Store, day: dt.date, weights: SuggestWeights
) -> dict[int, tuple[str, list[Reason]]]:
    """Every client with a reason to be seen on `day`: name and reasons."""
    found: dict[int, tuple[str, list[Reason]]] = {}

    def add(cid: int, name: str, kind: str, points: float, detail: str) -> None:
        if points > 0:
            found.setdefault(cid, (name, []))[1].append(Reason(kind, points, detail))

    kinds = {"follow_up", "maturity", "key_client_overdue", "complaint_overdue"}
    for item in today_items(store, day, day, read_settings(store), ahead=True):
        if item.kind in kinds and item.contact_id is not None and not item.done:
            detail = f"{item.title} ({item.date.isoformat()})"
            add(item.contact_id, item.client, item.kind, weights.of(item.kind), detail)
    if weights.late_stage > 0:
        marks, params = in_list("s", [s.value for s in LATE_STAGES])
        for cid, name, stage in store.read(
            f"SELECT id, name, stage FROM contacts WHERE stage IN ({marks}) AND deleted_at IS NULL",
            params,
        ):
            rank = [s.value for s in LATE_STAGES].index(stage) + 1
            points = weights.late_stage * rank / len(LATE_STAGES)
            add(cid, name, "late_stage", points, Stage(stage).zh)
    return found


def _near(
    store: Store, visits: Sequence[DayVisit], weights: SuggestWeights
) -> dict[int, tuple[str, Reason]]:
    """Clients with a pinned address within `near_km` of one of the day's visits."""
    if weights.near_visit <= 0:
        return {}
    near: dict[int, tuple[float, str]] = {}
    for v in visits:
        if v.point is None:
            continue
        south, north, west, east = bounding_box(*v.point, weights.near_km)
        for cid, lat, lon in store.read(
            "SELECT contact_id, lat, lon FROM addresses WHERE lat BETWEEN :s AND :n "
            "AND lon BETWEEN :w AND :e LIMIT 2000",
            {"s": south, "n": north, "w": west, "e": east},
        ):
            km = distance_km(lat, lon, *v.point)
            if km <= weights.near_km and km < near.get(cid, (1e9, ""))[0]:
                near[cid] = (km, v.name)
    names = _living(store, list(near))
    return {
        cid: (names[cid][0], Reason("near_visit", weights.near_visit, f"{name} {km:.1f} km"))
        for cid, (km, name) in near.items()
        if cid in names
    }


def _living(store: Store, ids: list[int]) -> dict[int, tuple[str, bool]]:
    out: dict[int, tuple[str, bool]] = {}
    for start in range(0, len(ids), 500):
        marks, params = in_list("id", ids[start : start + 500])
        for cid, name, key in store.read(
            f"SELECT id, name, key_client FROM contacts WHERE id IN ({marks}) "
            "AND deleted_at IS NULL",
            params,
        ):
            out[cid] = (name, bool(key))
    return out


def suggest_inputs(
    store: Store,
    day: dt.date,
    weights: SuggestWeights | None = None,
    chosen: Sequence[int] | None = None,
) -> SuggestInputs:
    """The day and its candidates, best first (ties: nearest first). Clients already
    planned on the day, and those without any place to go, are not candidates."""
    weights = weights or read_weights(store)
    plan = day_to_plan(store, day)
    planned = {v.contact_id for v in plan.visits}
    everyone = {cid: (name, list(rs)) for cid, (name, rs) in _reasons(store, day, weights).items()}
    for cid, (name, reason) in _near(store, plan.visits, weights).items():
        everyone.setdefault(cid, (name, []))[1].append(reason)
    for cid in planned:
        everyone.pop(cid, None)
    ranked = sorted(everyone, key=lambda c: (-sum(r.points for r in everyone[c][1]), c))
    pool = ranked[:POOL]
    if chosen is not None:
        pool = list(dict.fromkeys([*chosen, *pool]))
    places = choose_addresses(store, pool, pinned_first=True)
    keys = _living(store, pool)
    anchors = [v.point for v in plan.visits if v.point is not None]
    if plan.branch.lat is not None and plan.branch.lon is not None:
        anchors.append((plan.branch.lat, plan.branch.lon))
    out = []
    for cid in pool:
        place = places.get(cid)
        if place is None or place.point is None or cid not in keys:
            continue
        km = min((distance_km(*place.point, *a) for a in anchors), default=0.0)
        name, reasons = everyone.get(cid, (keys[cid][0], []))
        out.append(
            Candidate(
                cid, name, tuple(reasons), place.point, place.approx, place.kind, keys[cid][1], km
            )
        )
    out.sort(key=lambda c: (-c.score, c.approx, c.km, c.contact_id))
    return SuggestInputs(plan, tuple(out), weights, tuple(chosen) if chosen is not None else None)


def _extra(n: int, c: Candidate, inputs: SuggestInputs) -> DayVisit:
    branch = inputs.day.branch
    return DayVisit(
        plan_id=-(n + 1),
        contact_id=c.contact_id,
        name=c.name,
        point=c.point,
        fixed=False,
        earliest=branch.work_start,
        latest_end=branch.work_end,
        duration_min=inputs.weights.visit_min,
        approx=c.approx,
        key_client=c.key_client,
    )


def solve(inputs: SuggestInputs, progress: Progress | None = None) -> ProposedDay:
    """The proposed day (no database; the road-routing server if one is set): the best
    candidates, or exactly the `chosen` ones, fitted around the day's own visits."""
    from rmdesk.planning.fill import fill_day

    by_id = {c.contact_id: c for c in inputs.candidates}
    if inputs.chosen is not None:
        tried = [by_id[c] for c in inputs.chosen if c in by_id]
        most = len(tried)
    else:
        tried = [c for c in inputs.candidates if c.score > 0][:TRIED]
        most = inputs.weights.most
    extras = [_extra(n, c, inputs) for n, c in enumerate(tried)]
    day = inputs.day
    route = fill_day(day.day, day.branch, day.visits, extras, most=most, progress=progress)
    picked = {s.visit.contact_id for s in route.stops if s.visit.plan_id < 0}
    return ProposedDay(
        route,
        {cid: by_id[cid] for cid in picked},
        tuple(c for c in inputs.candidates if c.contact_id not in picked and c.score > 0),
    )


def accept(store: Store, proposal: ProposedDay, minutes: int) -> DayRoute:
    """Book the suggested stops as flexible visits of the day (each to the address it
    was routed to) and keep the route's times; the route with their new plan ids."""
    route = proposal.route
    ids = proposal.suggested()
    book = VisitBook(store)
    kinds = {
        cid: AddressKind(proposal.reasons[cid].address_kind)
        if proposal.reasons[cid].address_kind
        else None
        for cid in ids
    }
    made = dict(zip(ids, book.add_flexible(ids, route.day, minutes, kinds), strict=True))
    stops = tuple(
        dataclasses.replace(s, visit=dataclasses.replace(s.visit, plan_id=made[s.visit.contact_id]))
        if s.visit.plan_id < 0
        else s
        for s in route.stops
    )
    book.save_route(route.day, [(s.visit.plan_id, s.arrive, s.depart) for s in stops])
    return dataclasses.replace(route, stops=stops)
