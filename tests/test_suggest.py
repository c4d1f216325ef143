"""Suggest my day: the candidates and their reasons, the weights, the route around the
day's appointments (which never move), nothing booked before the user accepts, and
`rmdesk plan DATE --suggest --json`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import random
import sqlite3
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.domain.activity import VisitLog
from rmdesk.domain.contact import Address, Contact
from rmdesk.domain.keeping import Product
from rmdesk.domain.kinds import AddressKind, ProductType, Stage, VisitStatus
from rmdesk.domain.visit import Branch, VisitPlan, VisitTime
from rmdesk.planning.exact import Day, best_order
from rmdesk.planning.fill import fill_day
from rmdesk.planning.route import DayVisit
from rmdesk.planning.solve import _lunch_window, _sec, _window
from rmdesk.planning.travel import StraightLine
from rmdesk.services import build_services
from rmdesk.store.database import open_store

DAY = dt.date(2026, 12, 8)  # a Tuesday
BRANCH = Branch(name="椒江支行", lat=28.656, lon=121.421)


def at(lat: float, lon: float) -> list[Address]:
    return [Address(AddressKind.WORK, "椒江区", district="椒江区", lat=lat, lon=lon)]


@pytest.fixture
def services(db_path: Path):
    s = build_services(open_store(db_path))
    s.planning.set_branch(BRANCH)
    yield s
    s.close()


def _day_with_reasons(services) -> dict[str, int]:
    """Two appointments, a planned visit, and clients each with one reason to be seen."""
    save = services.contacts.save
    ids = {
        "appointment": save(Contact(name="胡娟丹", addresses=at(28.66, 121.43))),
        "afternoon": save(Contact(name="李怡婷", addresses=at(28.64, 121.40))),
        "planned": save(Contact(name="顾鸣梅", addresses=at(28.67, 121.44))),
        "follow_up": save(Contact(name="谢鸣思", addresses=at(28.665, 121.435))),
        "maturity": save(Contact(name="汪华梓", addresses=at(28.645, 121.41))),
        "late": save(Contact(name="朱远红", addresses=at(28.65, 121.42), stage=Stage.DECISION)),
        "early": save(Contact(name="任涛", addresses=at(28.651, 121.422), stage=Stage.INTEREST)),
        "nowhere": save(Contact(name="无址", stage=Stage.DECISION)),
        "nothing": save(Contact(name="闲人", addresses=at(28.9, 121.9))),
    }
    for who, hour in (("appointment", 10), ("afternoon", 14)):
        services.planning.save(
            VisitPlan(
                contact_id=ids[who],
                status=VisitStatus.BOOKED,
                time=VisitTime.appointment(dt.datetime.combine(DAY, dt.time(hour)), 60),
            )
        )
    services.planning.add_flexible([ids["planned"]], DAY, 30)
    services.activity.log_visit(
        VisitLog(ids["follow_up"], DAY - dt.timedelta(9), next_step="送资料", next_date=DAY)
    )
    services.keeping.save_product(
        Product(ids["maturity"], ProductType.DEPOSIT, "定期", 300_000, None, DAY + dt.timedelta(5))
    )
    return ids


def assert_feasible(route) -> None:
    """The route's own times keep every rule: windows, appointments at their time,
    the drive between stops, lunch inside its window and apart from visits, the working
    day."""
    b = route.branch
    day_start = dt.datetime.combine(route.day, b.work_start)
    assert route.leave >= day_start
    assert route.back <= dt.datetime.combine(route.day, b.work_end)
    busy = [(s.start, s.depart) for s in route.stops]
    if route.lunch:
        first, last_end = b.lunch_earliest, b.lunch_latest_end
        assert first <= route.lunch[0].time() and route.lunch[1].time() <= last_end
        assert route.lunch[1] - route.lunch[0] == dt.timedelta(minutes=b.lunch_min)
        busy.append(route.lunch)
    busy.sort()
    assert all(a[1] <= b_[0] for a, b_ in itertools.pairwise(busy)), "no overlap"
    here = route.leave
    for s in route.stops:
        v = s.visit
        assert (
            s.start >= s.arrive >= here + dt.timedelta(minutes=s.leg_min) - dt.timedelta(seconds=1)
        )
        assert s.depart - s.start == dt.timedelta(minutes=v.duration_min)
        if v.fixed:
            assert s.start.time() == v.earliest, "an appointment at its agreed time"
        else:
            assert v.earliest <= s.start.time() and s.depart.time() <= v.latest_end
        here = s.depart


def _plans(db_path: Path) -> list[tuple]:
    with sqlite3.connect(db_path) as con:
        return con.execute(
            "SELECT id, contact_id, fixed, window_start, route_order FROM visit_plans ORDER BY id"
        ).fetchall()


def test_candidates_have_their_reasons_and_follow_the_weights(services) -> None:
    ids = _day_with_reasons(services)
    inputs = services.keeping.suggest_inputs(DAY)
    by_id = {c.contact_id: c for c in inputs.candidates}
    kinds = {cid: {r.kind for r in c.reasons} for cid, c in by_id.items()}
    assert "follow_up" in kinds[ids["follow_up"]]
    assert "maturity" in kinds[ids["maturity"]]
    assert "late_stage" in kinds[ids["late"]]
    assert ids["early"] in by_id and "late_stage" not in kinds[ids["early"]], "兴趣 is not late"
    assert "near_visit" in kinds[ids["early"]], "500 m from the planned visit"
    for planned in ("appointment", "afternoon", "planned"):
        assert ids[planned] not in by_id, "already on the day"
    assert ids["nowhere"] not in by_id, "no place to go: cannot be routed"
    assert ids["nothing"] not in by_id, "no reason, far from everything"
    scores = [c.score for c in inputs.candidates]
    assert scores == sorted(scores, reverse=True)
    # The weights are the user's: a follow-up worth nothing is no reason any more.
    weights = dataclasses.replace(services.keeping.suggest_weights(), follow_up=0, near_visit=0)
    services.keeping.save_suggest_weights(weights)
    assert services.keeping.suggest_weights() == weights
    again = {c.contact_id for c in services.keeping.suggest_inputs(DAY).candidates}
    assert ids["follow_up"] not in again and ids["maturity"] in again


def test_the_proposed_day_keeps_appointments_and_books_only_when_accepted(
    services, db_path: Path
) -> None:
    ids = _day_with_reasons(services)
    before = _plans(db_path)
    proposal = services.keeping.suggest_day(DAY)
    route = proposal.route
    assert _plans(db_path) == before, "nothing booked by suggesting"
    suggested = proposal.suggested()
    assert suggested and len(suggested) <= services.keeping.suggest_weights().most
    assert set(suggested) <= {ids["follow_up"], ids["maturity"], ids["late"], ids["early"]}
    for cid in suggested:
        assert proposal.reasons[cid].reasons, "every suggestion has a reason"
    stops = {s.visit.contact_id: s for s in route.stops}
    # The appointments at their agreed time; the planned visit still in.
    assert stops[ids["appointment"]].start.time() == dt.time(10)
    assert stops[ids["afternoon"]].start.time() == dt.time(14)
    assert ids["planned"] in stops and not route.unassigned
    assert_feasible(route)
    # Accepted: the suggestions become the day's flexible visits, with the route's times.
    booked = services.keeping.accept_day(proposal, 45)
    after = _plans(db_path)
    new = [p for p in after if p not in before and p[0] not in {b[0] for b in before}]
    assert sorted(p[1] for p in new) == sorted(suggested)
    assert all(p[2] == 0 for p in new), "flexible visits"
    assert all(s.visit.plan_id > 0 for s in booked.stops)
    assert [p[4] is not None for p in after if p[1] in suggested] == [True] * len(suggested)
    # Suggested again: those clients are planned now, so not suggested twice.
    assert not set(services.keeping.suggest_day(DAY).suggested()) & set(suggested)


def test_chosen_suggestions_are_routed_exactly_and_what_does_not_fit_is_left_out(
    services,
) -> None:
    ids = _day_with_reasons(services)
    inputs = services.keeping.suggest_inputs(DAY, chosen=[ids["early"], ids["maturity"]])
    proposal = services.keeping.propose_day(inputs)
    assert sorted(proposal.suggested()) == sorted([ids["early"], ids["maturity"]])
    # A full day: ten hour-long visits cannot all fit; the appointments still do.
    weights = dataclasses.replace(services.keeping.suggest_weights(), visit_min=240, most=10)
    crowded = services.keeping.propose_day(services.keeping.suggest_inputs(DAY, weights))
    assert len(crowded.suggested()) <= 1
    times = {s.visit.contact_id: s.start.time() for s in crowded.route.stops}
    assert times[ids["appointment"]] == dt.time(10) and times[ids["afternoon"]] == dt.time(14)


def test_rmdesk_plan_suggest_json(services, db_path: Path, capsys) -> None:
    ids = _day_with_reasons(services)
    services.close()
    before = _plans(db_path)
    assert main(["--db", str(db_path), "plan", DAY.isoformat(), "--suggest", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert _plans(db_path) == before
    suggested = [s for s in data["stops"] if s["suggested"]]
    assert suggested and all(s["reason"] and s["plan_id"] is None for s in suggested)
    own = [s for s in data["stops"] if not s["suggested"]]
    assert {s["contact_id"] for s in own} == {ids["appointment"], ids["afternoon"], ids["planned"]}
    assert all(isinstance(s["plan_id"], int) and "reason" not in s for s in own)
    assert {"day", "start", "lunch", "unassigned", "total_km"} <= set(data)
    # --save books them.
    assert main(["--db", str(db_path), "plan", DAY.isoformat(), "--suggest", "--save"]) == 0
    assert len(_plans(db_path)) == len(before) + len(suggested)
    assert main(["--db", str(db_path), "plan", DAY.isoformat(), "--suggest", "--offer", "1"]) == 2


def _exact_best_value(visits: list[DayVisit], extras: list[DayVisit]) -> int:
    """The most extras any feasible route holding every own visit can take (brute force
    over the exact solver with values: an own visit outweighs all extras)."""
    everything = [*visits, *extras]
    points = [(BRANCH.lat, BRANCH.lon)] + [v.point for v in everything]
    matrix = StraightLine(BRANCH.detour, BRANCH.speed_kmh).matrix(points)
    big = len(extras) + 1
    lunch = _lunch_window(BRANCH)
    order = best_order(
        Day(
            drive=matrix.seconds,
            windows=[_window(v) for v in everything],
            durations=[v.duration_min * 60 for v in everything],
            values=[big if v.plan_id > 0 else 1 for v in everything],
            start=_sec(BRANCH.work_start),
            end=_sec(BRANCH.work_end),
            lunch=lunch,
        )
    )
    return sum(1 for i in order if everything[i - 1].plan_id < 0)


@pytest.mark.parametrize("seed", range(12))
def test_filling_never_drops_the_days_own_visits_and_stays_feasible(seed: int) -> None:
    rng = random.Random(seed)

    def near() -> tuple[float, float]:
        return (28.656 + rng.uniform(-0.08, 0.08), 121.421 + rng.uniform(-0.08, 0.08))

    own = []
    for n in range(rng.randint(1, 3)):
        hour = rng.choice([9, 10, 14, 15])
        start = dt.time(hour, 30 * n % 60)
        fixed = rng.random() < 0.6
        own.append(
            DayVisit(
                n + 1, n + 1, f"own{n}", near(), fixed, start if fixed else BRANCH.work_start,
                dt.time(hour + 1, start.minute) if fixed else BRANCH.work_end,
                60 if fixed else 45,
            )
        )  # fmt: skip
    extras = [
        DayVisit(-(k + 1), 100 + k, f"x{k}", near(), False, BRANCH.work_start,
                 BRANCH.work_end, rng.choice([45, 60, 90]))
        for k in range(rng.randint(2, 5))
    ]  # fmt: skip
    route = fill_day(DAY, BRANCH, own, extras, most=len(extras))
    kept = {s.visit.plan_id for s in route.stops}
    base_kept = {s.visit.plan_id for s in fill_day(DAY, BRANCH, own, [], most=0).stops}
    assert base_kept <= kept, "no own visit left out to make room"
    for s in route.stops:
        if s.visit.fixed:
            assert s.start.time() == s.visit.earliest
    assert_feasible(route)
    assert all(u.visit.plan_id > 0 for u in route.unassigned)
    if base_kept == {v.plan_id for v in own}:
        # Greedy insertion is not always optimal; it must not miss by more than one.
        added = sum(1 for p in kept if p < 0)
        assert added >= _exact_best_value(own, extras) - 1
