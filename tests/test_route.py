"""The day's route: feasibility checked by an independent simulation, unassigned reasons,
moving a stop by hand, the two-slot proposal, and `rmdesk plan --json`."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import random
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.domain.errors import BranchNotSet
from rmdesk.domain.visit import Branch
from rmdesk.planning.holidays import is_working_day
from rmdesk.planning.route import (
    DayRoute,
    DayVisit,
    Problem,
    Reason,
    move_stop,
    plan_route,
    propose_slots,
)
from rmdesk.planning.travel import Matrix, StraightLine
from rmdesk.store.database import open_store

DAY = dt.date(2026, 12, 1)
BRANCH = Branch(name="支行", lat=28.656, lon=121.421)


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The test's own great-circle distance (not the app's)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def travel_s(branch: Branch, a: tuple[float, float], b: tuple[float, float]) -> float:
    return km_between(a, b) * branch.detour / branch.speed_kmh * 3600


def at(t: dt.time) -> dt.datetime:
    return dt.datetime.combine(DAY, t)


def simulate(route: DayRoute) -> None:
    """Walk the route as the RM would drive it and fail on any broken rule."""
    b = route.branch
    home = (b.lat, b.lon)
    slack = dt.timedelta(seconds=2)  # the solver counts whole seconds
    assert route.leave >= at(b.work_start)
    assert route.back <= at(b.work_end)
    clock, here = route.leave, home
    lunch = route.lunch
    if route.stops:
        assert lunch is not None, "a working day with visits has lunch"
        assert lunch[1] - lunch[0] == dt.timedelta(minutes=b.lunch_min)
        assert at(b.lunch_earliest) <= lunch[0] and lunch[1] <= at(b.lunch_latest_end)
    for stop in route.stops:
        v = stop.visit
        drive = dt.timedelta(seconds=travel_s(b, here, v.point))
        # Lunch may be taken on the way (between leaving one client and reaching the next).
        if lunch and clock <= lunch[0] + slack and lunch[1] <= stop.arrive + slack:
            drive += lunch[1] - lunch[0]
        assert stop.arrive + slack >= clock + drive, f"{v.name}: arrives before it could"
        assert stop.start >= stop.arrive
        assert stop.depart == stop.start + dt.timedelta(minutes=v.duration_min)
        if v.fixed:
            assert stop.start == at(v.earliest), f"{v.name}: appointment moved"
        else:
            assert at(v.earliest) <= stop.start
            assert stop.depart <= at(v.latest_end), f"{v.name}: ends after its window"
        if lunch:
            assert lunch[1] <= stop.start + slack or lunch[0] + slack >= stop.depart
        clock, here = stop.depart, v.point
    back = clock + dt.timedelta(seconds=travel_s(b, here, home))
    if lunch and clock <= lunch[0] + slack:
        back += lunch[1] - lunch[0]
    assert route.back + slack >= back


def visit(pid: int, point, *, fixed=False, first=(9, 0), last=(17, 30), minutes=45, name=""):
    return DayVisit(
        plan_id=pid,
        contact_id=pid,
        name=name or f"客户{pid}",
        point=point,
        fixed=fixed,
        earliest=dt.time(*first),
        latest_end=(
            (at(dt.time(*first)) + dt.timedelta(minutes=minutes)).time()
            if fixed
            else dt.time(*last)
        ),
        duration_min=minutes,
    )


def around(rng: random.Random, km: float) -> tuple[float, float]:
    return (BRANCH.lat + rng.uniform(-km, km) / 111, BRANCH.lon + rng.uniform(-km, km) / 98)


@pytest.mark.parametrize("seed", range(12))
def test_random_days_are_feasible(seed: int) -> None:
    rng = random.Random(seed)
    visits = []
    for pid in range(1, rng.randint(3, 14)):
        if rng.random() < 0.25:
            h = rng.choice((9, 10, 14, 15))
            visits.append(visit(pid, around(rng, 15), fixed=True, first=(h, rng.choice((0, 30)))))
        else:
            first, last = rng.choice((((9, 0), (12, 0)), ((13, 30), (17, 30)), ((9, 0), (17, 30))))
            visits.append(
                visit(pid, around(rng, 15), first=first, last=last, minutes=rng.choice((30, 60)))
            )
    route = plan_route(DAY, BRANCH, visits)
    simulate(route)
    planned = {s.visit.plan_id for s in route.stops} | {u.visit.plan_id for u in route.unassigned}
    assert planned == {v.plan_id for v in visits}, "every visit is planned or explained"


def secs(t: dt.time) -> int:
    return t.hour * 3600 + t.minute * 60


def least_travel(branch: Branch, visits: list[DayVisit], m: Matrix) -> int | None:
    """Every order, lunch before or after every drive: the least travel of a route that
    makes all the visits, or None. Slow and plain, for a handful of visits."""
    lunch_first, length = secs(branch.lunch_earliest), branch.lunch_min * 60
    lunch_last = secs(branch.lunch_latest_end) - length
    best = None
    for order in itertools.permutations(range(1, len(visits) + 1)):
        path = [0, *order, 0]
        for cut, there in itertools.product(range(len(path) - 1), (False, True)):
            clock, ok = secs(branch.work_start), True
            for k in range(len(path) - 1):
                drive = m.seconds[path[k]][path[k + 1]]
                if k == cut and not there:
                    clock = max(clock, lunch_first)
                    ok = ok and clock <= lunch_last
                    clock += length
                clock += drive
                if k == cut and there:
                    clock = max(clock, lunch_first)
                    ok = ok and clock <= lunch_last
                    clock += length
                if path[k + 1]:
                    v = visits[path[k + 1] - 1]
                    first = secs(v.earliest)
                    last = first if v.fixed else secs(v.latest_end) - v.duration_min * 60
                    clock = max(clock, first)
                    ok = ok and clock <= last
                    clock += v.duration_min * 60
            if ok and clock <= secs(branch.work_end):
                cost = sum(m.seconds[a][b] for a, b in itertools.pairwise(path))
                best = cost if best is None else min(best, cost)
    return best


def routed_travel(route: DayRoute, visits: list[DayVisit], m: Matrix) -> int:
    index = {v.plan_id: k for k, v in enumerate(visits, start=1)}
    path = [0, *(index[s.visit.plan_id] for s in route.stops), 0]
    return sum(m.seconds[a][b] for a, b in itertools.pairwise(path))


@pytest.mark.parametrize("seed", range(10))
def test_a_small_day_is_the_best_order_there_is(seed: int) -> None:
    rng = random.Random(100 + seed)
    visits = []
    for pid in range(1, rng.randint(4, 7)):
        if rng.random() < 0.3:
            h = rng.choice((9, 10, 14, 15))
            visits.append(visit(pid, around(rng, 12), fixed=True, first=(h, 0), minutes=30))
        else:
            first, last = rng.choice((((9, 0), (12, 0)), ((13, 30), (17, 30)), ((9, 0), (17, 30))))
            visits.append(visit(pid, around(rng, 12), first=first, last=last, minutes=30))
    points = [(BRANCH.lat, BRANCH.lon), *(v.point for v in visits)]
    m = StraightLine(BRANCH.detour, BRANCH.speed_kmh).matrix(points)
    route = plan_route(DAY, BRANCH, visits, matrix=m)
    simulate(route)
    best = least_travel(BRANCH, visits, m)
    if best is not None:
        assert not route.unassigned, "every visit fits in some order, so all are made"
        assert routed_travel(route, visits, m) == best


def test_a_day_the_heuristic_left_a_visit_out_of_is_planned_whole() -> None:
    """VROOM's search (lunch as a break) planned this day with the morning visit 4 left
    out, though all five fit: 2, 4, lunch, 1, 5, 3."""
    branch = replace(BRANCH, work_start=dt.time(9, 0))
    visits = [
        visit(1, (28.682079858685277, 121.47860190995608), fixed=True, first=(14, 0), minutes=20),
        visit(2, (28.58584906890805, 121.48994677940108), fixed=True, first=(10, 0), minutes=30),
        visit(3, (28.751201513949326, 121.41170799791833), minutes=30),
        visit(4, (28.65180849002903, 121.37920452342941), last=(12, 30), minutes=30),
        visit(5, (28.631400149557074, 121.51867754008137), minutes=20),
    ]
    points = [(branch.lat, branch.lon), *(v.point for v in visits)]
    m = StraightLine(branch.detour, branch.speed_kmh).matrix(points)
    route = plan_route(DAY, branch, visits, matrix=m)
    simulate(route)
    assert not route.unassigned
    assert routed_travel(route, visits, m) == least_travel(branch, visits, m)


def test_fixed_appointments_are_kept_first() -> None:
    rng = random.Random(3)
    fixed = [visit(1, around(rng, 5), fixed=True, first=(10, 0), minutes=60)]
    # Far more flexible work than a day holds: the appointment must still be kept.
    flexible = [visit(pid, around(rng, 10), minutes=90) for pid in range(2, 12)]
    route = plan_route(DAY, BRANCH, fixed + flexible)
    simulate(route)
    assert 1 in {s.visit.plan_id for s in route.stops}
    assert {u.reason for u in route.unassigned} == {Reason.DAY_FULL}


def test_unassigned_reasons() -> None:
    near = (28.66, 121.43)
    visits = [
        visit(1, near, fixed=True, first=(10, 0), minutes=60, name="王总"),
        visit(2, (28.67, 121.44), fixed=True, first=(10, 30), minutes=45, name="李总"),
        visit(3, near, first=(18, 0), last=(20, 0), name="晚上的"),
        visit(4, (31.23, 121.47), name="上海的"),  # 300 km away
        visit(5, None, name="没地址的"),
        visit(6, (28.665, 121.435), first=(10, 0), last=(11, 0), minutes=60, name="上午的"),
        visit(7, (28.65, 121.42), first=(12, 0), last=(13, 0), minutes=60, name="午饭时的"),
    ]
    branch = Branch(
        name="支行",
        lat=28.656,
        lon=121.421,
        lunch_earliest=dt.time(12, 0),
        lunch_latest_end=dt.time(13, 0),
    )
    route = plan_route(DAY, branch, visits)
    simulate(route)
    why = {u.visit.plan_id: u for u in route.unassigned}
    kept = {s.visit.plan_id for s in route.stops}
    # Two appointments at once: one is kept, the other clashes with it by name.
    (kept_fixed,) = kept & {1, 2}
    other = 3 - kept_fixed
    kept_name = "王总" if kept_fixed == 1 else "李总"
    assert why[other].reason is Reason.CLASH and why[other].clashes_with == (kept_name,)
    assert why[3].reason is Reason.OUTSIDE_HOURS
    assert why[4].reason is Reason.TOO_FAR
    assert why[5].reason is Reason.NO_LOCATION
    assert why[6].reason is Reason.CLASH and why[6].clashes_with == (kept_name,)
    assert why[7].reason is Reason.LUNCH


def test_moving_a_stop_by_hand_recomputes_and_checks() -> None:
    rng = random.Random(5)
    visits = [visit(1, around(rng, 8), fixed=True, first=(9, 30))]
    visits += [visit(pid, around(rng, 8), minutes=30) for pid in range(2, 6)]
    route = plan_route(DAY, BRANCH, visits)
    assert route.stops[0].visit.plan_id == 1
    # Two flexible stops swapped: still feasible, times recomputed.
    swapped = move_stop(route, 1, 2)
    assert [s.visit.plan_id for s in swapped.stops][1:3] == [
        route.stops[2].visit.plan_id,
        route.stops[1].visit.plan_id,
    ]
    simulate(swapped)
    assert swapped.feasible
    # The 09:30 appointment moved to the end: it can no longer be met.
    late = move_stop(route, 0, len(route.stops) - 1)
    assert late.stops[-1].visit.plan_id == 1
    assert late.stops[-1].problem is Problem.LATE
    assert not late.feasible


def test_two_slot_proposal_keeps_the_day_and_adds_least_travel() -> None:
    rng = random.Random(11)
    visits = [
        visit(1, around(rng, 4), fixed=True, first=(9, 30)),
        visit(2, around(rng, 4), fixed=True, first=(14, 0)),
        visit(3, around(rng, 4), minutes=30),
    ]
    newcomer = visit(9, around(rng, 4), minutes=45, name="新客户")
    slots = propose_slots(DAY, BRANCH, visits, newcomer)
    assert len(slots) == 2
    assert abs((slots[1].start - slots[0].start).total_seconds()) >= 90 * 60
    for slot in slots:
        booked = visit(9, newcomer.point, fixed=True, first=(slot.start.hour, slot.start.minute))
        route = plan_route(DAY, BRANCH, [*visits, booked])
        simulate(route)
        assert not route.unassigned, "the slot keeps every visit already planned"
    base = plan_route(DAY, BRANCH, visits).travel_min
    # No other start on the half-hour grid adds less travel than the best offered slot.
    best = min(s.extra_min for s in slots)
    start = dt.datetime.combine(DAY, BRANCH.work_start)
    while start.time() <= dt.time(16, 45):
        trial = visit(9, newcomer.point, fixed=True, first=(start.hour, start.minute))
        route = plan_route(DAY, BRANCH, [*visits, trial])
        if not route.unassigned:
            assert route.travel_min - base >= best - 0.2
        start += dt.timedelta(minutes=30)


def test_no_branch_location_is_a_clear_error() -> None:
    with pytest.raises(BranchNotSet, match="branch"):
        plan_route(DAY, Branch(), [visit(1, (28.6, 121.4))])


def test_empty_day_is_an_empty_route() -> None:
    route = plan_route(DAY, BRANCH, [])
    assert route.stops == () and route.total_km == 0 and route.lunch is None


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, target)
    return target


def test_cli_plan_json(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(demo_copy)
    days = [
        d
        for d in (dt.date.today() + dt.timedelta(days=n) for n in range(1, 15))
        if is_working_day(d)
    ]
    store.close()
    for day in days:
        assert main(["plan", day.isoformat(), "--json", "--db", str(demo_copy)]) == 0
        data = json.loads(capsys.readouterr().out)
        assert set(data) >= {"start", "stops", "unassigned", "total_km"}
        assert set(data["start"]) >= {"lat", "lon", "leave", "return"}
        assert data["stops"], f"the demo book has work on {day}"
        for stop in data["stops"]:
            assert set(stop) >= {
                "contact_id",
                "name",
                "fixed",
                "window",
                "arrive",
                "depart",
                "lat",
                "lon",
            }
        for u in data["unassigned"]:
            assert u["reason"] in {r.value for r in Reason}
        assert data["total_km"] > 0


def test_cli_plan_text_and_bad_date(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    day = dt.date.today() + dt.timedelta(days=1)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    assert main(["plan", day.isoformat(), "--db", str(demo_copy)]) == 0
    assert "lunch" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["plan", "2026-02-30", "--db", str(demo_copy)])
    assert "not a date" in capsys.readouterr().err


def test_cli_branch_sets_the_start(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["branch", "--db", str(db_path)]
    assert main([*args, "--lat", "28.6", "--lon", "121.4", "--hours", "9:00-18:00"]) == 0
    out = capsys.readouterr().out
    assert "lat: 28.6" in out and "work_start: 09:00:00" in out
    assert main([*args, "--lat", "95", "--lon", "121"]) == 2
    assert main([*args, "--lat", "28"]) == 2
    assert main(["plan", "2026-12-01", "--db", str(db_path)]) == 0


class _TableServer:
    """An HTTP peer on 127.0.0.1 that answers OSRM's table service like OSRM does:
    durations in seconds, distances in metres, from the coordinates in the path."""

    def __init__(self, answer: str = "ok") -> None:
        import http.server
        import threading

        mode = answer
        self.requests: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.requests.append(self.path)
                coords = self.path.split("/table/v1/driving/")[1].split("?")[0].split(";")
                points = [tuple(map(float, c.split(","))) for c in coords]
                if mode == "bad":
                    body = b"<html>gateway error</html>"
                elif mode == "refuse":
                    body = json.dumps({"code": "InvalidQuery", "message": "bad coords"}).encode()
                else:
                    # Road time: 1 s per 10 m of Manhattan distance in degrees × 111 km.
                    def metres(a, b):
                        return (abs(a[0] - b[0]) + abs(a[1] - b[1])) * 111_000

                    body = json.dumps(
                        {
                            "code": "Ok",
                            "durations": [[metres(a, b) / 10 for b in points] for a in points],
                            "distances": [[metres(a, b) for b in points] for a in points],
                        }
                    ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_osrm_table_service_gives_the_travel_times() -> None:
    import dataclasses

    server = _TableServer()
    try:
        branch = dataclasses.replace(BRANCH, osrm_url=server.url)
        visits = [visit(1, (28.66, 121.43)), visit(2, (28.70, 121.40))]
        route = plan_route(DAY, branch, visits)
    finally:
        server.close()
    assert server.requests and "annotations=duration,distance" in server.requests[0]
    assert "121.421000,28.656000" in server.requests[0], "OSRM takes lon,lat"
    first = route.stops[0]
    expected_m = (
        abs(first.visit.point[0] - 28.656) + abs(first.visit.point[1] - 121.421)
    ) * 111_000
    assert first.leg_km == pytest.approx(expected_m / 1000, abs=0.01)
    assert first.leg_min == pytest.approx(expected_m / 10 / 60, abs=0.05)


@pytest.mark.parametrize("answer", ["bad", "refuse", "down"])
def test_osrm_failures_are_clear_and_change_nothing(answer: str) -> None:
    import dataclasses

    from rmdesk.planning.travel import TravelUnavailable

    server = _TableServer("ok" if answer == "down" else answer)
    url = server.url
    if answer == "down":
        server.close()
    try:
        branch = dataclasses.replace(BRANCH, osrm_url=url)
        with pytest.raises(TravelUnavailable, match="did not answer") as caught:
            plan_route(DAY, branch, [visit(1, (28.66, 121.43))])
        assert url in str(caught.value) and "straight-line" in str(caught.value)
    finally:
        if answer != "down":
            server.close()


def test_plan_knows_official_holidays(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "2026-10-01", "--json", "--db", str(demo_copy)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["day_kind"], data["holiday"]) == ("holiday", "National Day")
    assert main(["plan", "2026-02-14", "--db", str(demo_copy)]) == 0
    assert "调休" in capsys.readouterr().out
    assert main(["plan", "2040-01-02", "--db", str(demo_copy)]) == 0
    assert "not known" in capsys.readouterr().out


def test_the_demo_book_visits_a_client_once_a_day(demo_file: Path) -> None:
    store = open_store(demo_file)
    try:
        twice = store.read(
            "SELECT contact_id, day, count(*) FROM visit_plans "
            "WHERE status IN ('proposed', 'booked') GROUP BY contact_id, day HAVING count(*) > 1"
        )
        days = store.read("SELECT count(DISTINCT day) FROM visit_plans WHERE status = 'booked'")
    finally:
        store.close()
    assert twice == []
    assert days[0][0] >= 10, "the days are still planned"


def test_a_visit_goes_to_the_address_it_was_planned_for(tmp_path: Path) -> None:
    """The reported case: a client picked from the 路桥区 list was routed to his 三门县
    office 50 km away because his home had no pin, and the refusal blamed a neighbour's
    appointment. Now the visit goes to the home (its district's centre, approximate),
    "who is near" measures and names the same address, and the refusal says why."""
    from rmdesk.contacts.book import ContactBook
    from rmdesk.domain.contact import Address, Contact
    from rmdesk.domain.kinds import AddressKind, VisitStatus
    from rmdesk.domain.visit import VisitPlan, VisitTime
    from rmdesk.planning.day import choose_addresses, day_visits, plan_day
    from rmdesk.planning.places import district_centre
    from rmdesk.planning.visits import VisitBook

    store = open_store(tmp_path / "book.sqlite")
    book, visits = ContactBook(store), VisitBook(store)
    visits.set_branch(Branch(name="路桥支行", lat=28.58, lon=121.37))
    client = book.save(
        Contact(
            name="郑海",
            addresses=[
                Address(AddressKind.WORK, "三门县海游镇", district="三门县", lat=29.10, lon=121.38),
                Address(AddressKind.HOME, "路桥区银座街1号", district="路桥区"),
            ],
        )
    )
    neighbour = book.save(
        Contact(
            name="胡娟丹", addresses=[Address(AddressKind.HOME, "路桥区", lat=28.58, lon=121.40)]
        )
    )
    chosen = choose_addresses(store, [client], district="路桥区")
    assert chosen[client] is not None and chosen[client].kind == "home"
    assert chosen[client].approx, "no pin: the district's centre, marked approximate"
    day = dt.date(2027, 1, 5)
    made = visits.add_flexible([client], day, addresses={client: AddressKind.HOME})
    plan = visits.get(made[0])
    assert plan.address_kind is AddressKind.HOME
    point = day_visits(store, [plan])[0].point
    assert point == district_centre("路桥区"), "the home's district, not the office"
    # Who is near the neighbour names the address measured (the office is 50 km away).
    near = book.near(neighbour, 60)
    found = next(n for n in near if n.id == client)
    assert found.address_kind is AddressKind.WORK and found.district == "三门县"
    # A visit to the office between two appointments next door: too far, no clash.
    for hour, minutes in ((10, 60), (11, 60)):
        visits.save(
            VisitPlan(
                contact_id=neighbour,
                status=VisitStatus.BOOKED,
                time=VisitTime.appointment(dt.datetime.combine(day, dt.time(hour)), minutes),
            )
        )
    visits.save(
        VisitPlan(
            contact_id=client,
            address_kind=AddressKind.WORK,
            time=VisitTime.flexible(day, dt.time(9, 50), dt.time(12, 30), 30),
        )
    )
    visits.set_status(made, VisitStatus.CANCELLED)
    route = plan_day(store, day)
    left = [u for u in route.unassigned if u.visit.contact_id == client]
    assert left and left[0].reason is Reason.TOO_FAR_FROM
    assert left[0].clashes_with == ("胡娟丹",), "named once, whatever the appointments"
    store.close()
