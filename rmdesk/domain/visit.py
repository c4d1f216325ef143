"""The visit plan (访问计划): its nine parts, its status, and the branch it starts from.

Plain value objects, as the rest of the app sees them (DOMAIN.md step 2). Times are
naive local wall-clock times (Asia/Shanghai for an RM in China); the calendar export
attaches the zone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import asdict, dataclass, field

from rmdesk.domain.errors import InvalidVisit
from rmdesk.domain.kinds import (
    AddressKind,
    Audience,
    Formality,
    Setting,
    VisitPurpose,
    VisitStatus,
)
from rmdesk.domain.text import control_character_problems

# Problem codes shown beside a field; the UI translates them.
REQUIRED = "required"
BAD_WINDOW = "bad_window"
BAD_DURATION = "bad_duration"
HALF_COORDINATES = "half_coordinates"

MAX_DURATION_MIN = 8 * 60


@dataclass(frozen=True)
class VisitTime:
    """When: a fixed appointment (start), or flexible within an allowed window.

    For a fixed appointment `window_start` is the agreed start and `window_end` equals it.
    """

    day: dt.date
    fixed: bool
    window_start: dt.time
    window_end: dt.time
    duration_min: int = 45

    def __str__(self) -> str:
        """2026-12-05 10:00 (45 min), or 2026-12-05 08:30–17:30 (45 min) when flexible."""
        span = f"{self.window_start:%H:%M}"
        if not self.fixed:
            span += f"–{self.window_end:%H:%M}"
        return f"{self.day.isoformat()} {span} ({self.duration_min} min)"

    @classmethod
    def appointment(cls, start: dt.datetime, duration_min: int = 45) -> VisitTime:
        return cls(start.date(), True, start.time(), start.time(), duration_min)

    @classmethod
    def flexible(
        cls, day: dt.date, earliest: dt.time, latest_end: dt.time, duration_min: int = 45
    ) -> VisitTime:
        """A visit of `duration_min` somewhere between `earliest` and `latest_end`."""
        return cls(day, False, earliest, latest_end, duration_min)

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.window_start)

    @property
    def end(self) -> dt.datetime:
        """The latest end: the appointment's end, or the end of the allowed window."""
        if self.fixed:
            return self.start + dt.timedelta(minutes=self.duration_min)
        return dt.datetime.combine(self.day, self.window_end)

    def problem(self) -> str | None:
        if not (1 <= self.duration_min <= MAX_DURATION_MIN):
            return BAD_DURATION
        if self.fixed:
            return None
        if self.window_end <= self.window_start:
            return BAD_WINDOW
        span = (self.end - self.start).total_seconds() / 60
        if span < self.duration_min:
            return BAD_WINDOW
        return None


@dataclass(frozen=True)
class VisitMode:
    """方式: formal or informal, public or private, group or one-to-one."""

    formality: Formality = Formality.FORMAL
    setting: Setting = Setting.PRIVATE
    audience: Audience = Audience.ONE_TO_ONE


@dataclass(frozen=True)
class MaterialItem:
    """One line of the checklist of things to bring."""

    item: str
    packed: bool = False


@dataclass
class VisitPlan:
    """A planned visit: the nine parts (purpose, content, time, person, place, mode,
    route, strategy, materials) and a status.

    `place_*` empty means "at the client's address" (the default); `route_*` is filled by
    the day planner and is never typed by the user.
    """

    contact_id: int
    time: VisitTime
    purpose: VisitPurpose = VisitPurpose.RELATIONSHIP
    content: str = ""
    person_name: str = ""
    person_role: str = ""
    place_text: str = ""
    place_lat: float | None = None
    place_lon: float | None = None
    # Which of the client's addresses the visit goes to when it has no place of its own
    # (chosen when planned; None: the first one).
    address_kind: AddressKind | None = None
    mode: VisitMode = field(default_factory=VisitMode)
    route_order: int | None = None
    route_arrive: dt.datetime | None = None
    route_depart: dt.datetime | None = None
    strategy: str = ""
    materials: list[MaterialItem] = field(default_factory=list)
    status: VisitStatus = VisitStatus.PROPOSED
    id: int | None = None
    uid: str = ""
    sequence: int = 0  # raised by every change, for calendars
    modified: dt.datetime | None = None  # when it last changed (set when read)
    version: int | None = field(
        default=None, compare=False
    )  # as read; a save based on an older one is refused

    @property
    def at_client_address(self) -> bool:
        return self.place_lat is None and not self.place_text


def validate_visit(plan: VisitPlan) -> None:
    """Raise InvalidVisit with a problem code per field, or return quietly."""
    problems: dict[str, str] = {}
    time_problem = plan.time.problem()
    if time_problem:
        problems["time"] = time_problem
    if (plan.place_lat is None) != (plan.place_lon is None):
        problems["place"] = HALF_COORDINATES
    if plan.contact_id <= 0:
        problems["contact"] = REQUIRED
    problems = {**control_character_problems(plan), **problems}
    if problems:
        raise InvalidVisit(problems)


@dataclass(frozen=True)
class Branch:
    """Where the RM's day starts and ends, and the rules of a working day.

    Stored with the book (a team shares its branch). Travel: straight-line distance ×
    `detour` ÷ `speed_kmh`, unless `osrm_url` names an OSRM server the user configured.
    """

    name: str = ""
    address: str = ""
    lat: float | None = None
    lon: float | None = None
    work_start: dt.time = dt.time(8, 30)
    work_end: dt.time = dt.time(17, 30)
    lunch_earliest: dt.time = dt.time(11, 30)
    lunch_latest_end: dt.time = dt.time(13, 30)
    lunch_min: int = 60
    detour: float = 1.4
    speed_kmh: float = 25.0
    osrm_url: str = ""

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


BRANCH_LIMITS = {
    "lunch_min": (0, 180),  # minutes
    "detour": (1.0, 3.0),  # road distance ÷ straight line
    "speed_kmh": (5.0, 120.0),
}
MIN_WORKING_DAY_MIN = 60


def branch_problems(branch: Branch) -> dict[str, str]:
    """What makes a branch's working day impossible to plan, by field; {} when none.
    The branch dialog and `rmdesk branch` refuse the same things."""
    problems: dict[str, str] = {}
    for name, (low, high) in BRANCH_LIMITS.items():
        if not low <= getattr(branch, name) <= high:
            problems[name] = "out_of_range"
    if (branch.lat is None) != (branch.lon is None):
        problems["place"] = HALF_COORDINATES
    elif branch.lat is not None and not -90 <= branch.lat <= 90:
        problems["place"] = "bad_latitude"
    elif branch.lon is not None and not -180 <= branch.lon <= 180:
        problems["place"] = "bad_longitude"

    def minutes(t: dt.time) -> int:
        return t.hour * 60 + t.minute

    day = minutes(branch.work_end) - minutes(branch.work_start)
    lunch = minutes(branch.lunch_latest_end) - minutes(branch.lunch_earliest)
    if day < MIN_WORKING_DAY_MIN:
        problems["hours"] = BAD_WINDOW
    elif ("lunch_min" not in problems and lunch < branch.lunch_min) or not (
        branch.work_start <= branch.lunch_earliest and branch.lunch_latest_end <= branch.work_end
    ):
        problems["lunch"] = BAD_WINDOW
    return problems


_BRANCH_TIMES = ("work_start", "work_end", "lunch_earliest", "lunch_latest_end")


def branch_to_json(branch: Branch) -> str:
    data = asdict(branch)
    for key in _BRANCH_TIMES:
        data[key] = data[key].strftime("%H:%M")
    return json.dumps(data, ensure_ascii=False)


def branch_from_json(text: str) -> Branch:
    """The stored branch; unknown keys (from a newer version) are ignored."""
    data = json.loads(text) if text else {}
    for key in _BRANCH_TIMES:
        if key in data:
            data[key] = dt.time.fromisoformat(data[key])
    known = Branch.__dataclass_fields__
    branch = Branch(**{k: v for k, v in data.items() if k in known})
    # A value no working day can use (saved before the checks, e.g. a speed of 0) falls
    # back to the default instead of breaking the planner.
    defaults = Branch()
    for name in BRANCH_LIMITS:
        if name in branch_problems(branch):
            branch = dataclasses.replace(branch, **{name: getattr(defaults, name)})
    return branch
