"""The client dossier (客户情报, DOMAIN.md step 2): what an RM knows about a person, by
section, structured where RMs filter or act on it and free text for the rest.

Sensitive fields (ID number, health, income, religion) never leave the machine by
accident: every export goes through `redact`, the one place that decides.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import TypeVar

from rmdesk.domain import idcard
from rmdesk.domain.contact import REQUIRED, Contact
from rmdesk.domain.errors import InvalidDossier
from rmdesk.domain.kinds import (
    Circle,
    Cuisine,
    Introduction,
    Kind,
    LifeCycle,
    Relationship,
    Role,
    Smoking,
    Style,
)
from rmdesk.domain.text import control_character_problems

TOO_BIG = "too_big"


@dataclass(frozen=True)
class Person:
    """Someone in the client's life: a link to a contact in the book, or a free entry."""

    circle: Circle
    name: str = ""
    relation: str = ""  # 父亲, 大学室友, 楼上邻居 ...
    occupation: str = ""
    closeness: int = 3  # 1 distant … 5 closest
    linked_id: int | None = None


@dataclass(frozen=True)
class FamilyEvent:
    """A date in the client's family an RM marks: a child's 高考, a daughter's wedding, a
    parent's 寿辰. `yearly` ones come back every year (a child's birthday)."""

    day: dt.date
    what: str
    yearly: bool = False


@dataclass(frozen=True)
class Job:
    """One line of the career history."""

    employer: str
    role: str = ""
    years: str = ""  # "2005–2012"


@dataclass
class Dossier:
    """Every section of the dossier; empty strings and lists mean "not known yet"."""

    contact_id: int
    # basic identity
    address_as: str = ""  # 王总, 李老师: how the client likes to be addressed
    id_number: str = ""  # sensitive
    ethnicity: str = ""
    hukou: str = ""
    nationality: str = ""
    blood_type: str = ""
    height_cm: int | None = None
    weight_kg: int | None = None
    # education, family
    education_notes: str = ""
    family_notes: str = ""
    wedding_date: dt.date | None = None
    family_events: list[FamilyEvent] = field(default_factory=list)
    # people
    people: list[Person] = field(default_factory=list)
    people_notes: str = ""
    # career
    jobs: list[Job] = field(default_factory=list)
    career_notes: str = ""
    # life
    health: str = ""  # sensitive: medical history and health now
    drinks: str = ""  # 白酒, 红酒 …
    drink_amount: str = ""  # 半斤, 不喝 …
    smoking: Smoking | None = None
    cuisines: list[Cuisine] = field(default_factory=list)
    allergies: str = ""
    restaurants: str = ""
    life_notes: str = ""
    # character
    religion: str = ""  # sensitive
    taboos: str = ""
    style: Style | None = None
    character_notes: str = ""
    # experience
    experience_notes: str = ""
    # attitude to our bank
    opinion_of_us: str = ""
    competitor_banks: list[str] = field(default_factory=list)
    favoured_bank: str = ""
    first_business: dt.date | None = None
    business_with_us: str = ""
    relationship: Relationship | None = None
    # other
    other_notes: str = ""
    # the introduction that brought this client (关系法)
    introduction: Introduction | None = None
    introducer_thanked: dt.date | None = None
    # The stored version this copy was read at: 0 when no dossier was stored yet, None
    # for a caller that does not check. A save based on an older one is refused.
    version: int | None = field(default=None, compare=False)


# Sections, in the order DOMAIN.md lists them, with the fields that fill each.
SECTIONS: dict[str, tuple[str, ...]] = {
    "basic": (
        "address_as",
        "id_number",
        "ethnicity",
        "hukou",
        "nationality",
        "blood_type",
        "height_cm",
    ),
    "education": ("education_notes",),
    "family": ("family_notes", "wedding_date", "family_events"),
    "people": ("people", "people_notes"),
    "career": ("jobs", "career_notes"),
    "life": (
        "health",
        "drinks",
        "drink_amount",
        "smoking",
        "cuisines",
        "allergies",
        "restaurants",
        "life_notes",
    ),
    "character": ("religion", "taboos", "style", "character_notes"),
    "experience": ("experience_notes",),
    "attitude": (
        "opinion_of_us",
        "competitor_banks",
        "favoured_bank",
        "first_business",
        "business_with_us",
        "relationship",
    ),
    "other": ("other_notes",),
}

# The fields no export carries unless the user asks, each time (income is the contact's
# income band).
SENSITIVE = ("id_number", "health", "religion", "income_band")


def _filled(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | tuple):
        return bool(value)
    return True


def completeness(dossier: Dossier) -> tuple[int, list[str]]:
    """(percent of sections with anything in them, the empty sections in order)."""
    empty = [
        name
        for name, fields in SECTIONS.items()
        if not any(_filled(getattr(dossier, f)) for f in fields)
    ]
    done = len(SECTIONS) - len(empty)
    return round(100 * done / len(SECTIONS)), empty


def validate_dossier(dossier: Dossier) -> None:
    problems: dict[str, str] = {}
    id_problem = idcard.problem(dossier.id_number)
    if id_problem:
        problems["id_number"] = id_problem
    for name, value, top in (
        ("height_cm", dossier.height_cm, 260),
        ("weight_kg", dossier.weight_kg, 400),
    ):
        if value is not None and not (0 < value <= top):
            problems[name] = TOO_BIG
    if any(not e.what.strip() or len(e.what) > 200 for e in dossier.family_events):
        problems["family_events"] = REQUIRED
    problems = {**control_character_problems(dossier), **problems}
    if problems:
        raise InvalidDossier(problems)


def validate_company(record: Company | Industry) -> None:
    """A company's or an industry's dossier: a name, and no control characters."""
    problems = control_character_problems(record)
    if not record.name.strip():
        problems["name"] = REQUIRED
    if problems:
        raise InvalidDossier(problems)


R = TypeVar("R", Dossier, Contact)


def redact(record: R, include_sensitive: bool = False) -> R:
    """The one redaction function: a dossier or a contact as it may leave the machine
    (briefing, calendar, any export). Without `include_sensitive` — which the user
    chooses each time — the ID number is masked and health, religion and income are
    left out."""
    if include_sensitive:
        return dataclasses.replace(record)
    if isinstance(record, Contact):
        return dataclasses.replace(record, income_band=None)  # type: ignore[call-arg]
    return dataclasses.replace(
        record,
        id_number=idcard.mask(record.id_number) if record.id_number else "",
        health="",
        religion="",
    )


@dataclass(frozen=True)
class Industry:
    name: str
    cost_structure: str = ""
    profitability: str = ""
    dependencies: str = ""  # on other industries
    substitutability: str = ""
    life_cycle: LifeCycle | None = None
    competition: str = ""
    id: int | None = None
    version: int | None = field(default=None, compare=False)  # as read; see Dossier.version


@dataclass(frozen=True)
class Company:
    """A corporate client's own dossier (团体情报)."""

    name: str
    scale: str = ""
    stage: LifeCycle | None = None
    products: str = ""
    management: str = ""
    finance: str = ""
    related_companies: str = ""
    notes: str = ""
    industry_id: int | None = None
    id: int | None = None
    version: int | None = field(default=None, compare=False)  # as read; see Dossier.version


@dataclass(frozen=True)
class CompanyRole:
    company_id: int
    contact_id: int
    role: Role


def kind_list(kind: type[Kind], text: str) -> list:
    """Stored comma-separated codes → members (unknown codes from newer versions dropped)."""
    out = []
    for code in text.split(","):
        try:
            out.append(kind(code))
        except ValueError:
            continue
    return out


def terms_from_columns(
    cuisines: str,
    style: str | None,
    drinks: str,
    allergies: str,
    restaurants: str,
    banks: str,
    favoured_bank: str,
    address_as: str,
) -> list[str]:
    """What of a dossier search-as-you-type finds (stored codes in, terms out): food,
    drink, style, banks, how they are addressed — what RMs filter on ("川菜", "台州银行").
    Sensitive fields are never indexed."""
    terms = [Cuisine(c).zh for c in cuisines.split(",") if c in Cuisine._value2member_map_]
    if style and style in Style._value2member_map_:
        terms.append(Style(style).zh)
    terms += [drinks, allergies, restaurants, favoured_bank, address_as]
    terms += [b for b in banks.split(",") if b]
    return [t for t in terms if t]


def search_terms(d: Dossier) -> list[str]:
    return terms_from_columns(
        ",".join(c.value for c in d.cuisines),
        d.style.value if d.style else None,
        d.drinks,
        d.allergies,
        d.restaurants,
        ",".join(d.competitor_banks),
        d.favoured_bank,
        d.address_as,
    )
