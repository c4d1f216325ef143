"""Keeping clients (DOMAIN.md step 6): what a client holds with the bank and when it
falls due, the cross-selling rules, the maintenance plan of a key client, and the items
of the Today screen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rmdesk.domain.activity import BAD_GIFT_VALUE, MAX_GIFT_YUAN, checked_text
from rmdesk.domain.contact import REQUIRED
from rmdesk.domain.errors import InvalidActivity, RmdeskError
from rmdesk.domain.kinds import ComplaintStep, KeyDirection, ProductType

MAX_AMOUNT_YUAN = 10_000_000_000  # ten billion: beyond any one client's holding
DEFAULT_REMIND_DAYS = 14  # a maturity shows on Today this many days ahead
DEFAULT_EVERY_DAYS = 30  # a key client without a plan is contacted monthly

# Problem codes (said in words beside the field; see labels.problem_text).
BAD_AMOUNT = "bad_amount"
BEFORE_START = "before_start"  # a maturity before the start
BAD_DAYS = "bad_days"
BEFORE_RECEIVED = "before_received"  # a deadline or a step before the complaint came


@dataclass(frozen=True)
class Product:
    """One holding: a deposit, a wealth product, a loan, a card, ..."""

    contact_id: int
    type: ProductType
    name: str = ""  # the product's own name: "添利宝 90天"
    amount_yuan: float = 0.0
    start: dt.date | None = None
    maturity: dt.date | None = None  # or the due date of a loan
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class HeldProduct:
    """A product as lists show it: with its client's name."""

    product: Product
    client: str


@dataclass(frozen=True)
class SellRule:
    """ "A client holding `holds` (maturing within `maturing_days`, if set) and not yet
    `suggest` → suggest it, because `reason`." The user edits these."""

    holds: ProductType
    suggest: ProductType
    reason: str
    maturing_days: int | None = None
    enabled: bool = True
    id: int | None = None


@dataclass(frozen=True)
class Suggestion:
    contact_id: int
    client: str
    suggest: ProductType
    reason: str
    rule_id: int | None


@dataclass(frozen=True)
class KeyClientPlan:
    """How a key client is maintained: where the relationship goes, how often to be in
    touch, what it is worth investing and what it returns."""

    contact_id: int
    direction: KeyDirection = KeyDirection.KEEP
    every_days: int = DEFAULT_EVERY_DAYS
    invest: str = ""  # time and budget
    returns: str = ""


@dataclass(frozen=True)
class OverdueClient:
    contact_id: int
    client: str
    every_days: int
    last_contact: dt.date | None  # the last visit or reached call; None: never

    def due(self) -> dt.date | None:
        """The day contact fell due (None: never contacted, due since always)."""
        if self.last_contact is None:
            return None
        return self.last_contact + dt.timedelta(days=self.every_days)


@dataclass(frozen=True)
class GiftEntry:
    """A line of the gift ledger: a compliance record (DOMAIN.md step 3)."""

    contact_id: int
    day: dt.date
    item: str
    value_yuan: float
    occasion: str = ""  # 中秋, 生日, a visit ...
    id: int | None = None
    client: str = ""  # the contact's name, when read
    visit_id: int | None = None  # given at a logged visit
    client_key: str = ""  # the name's pinyin sort key: the ledger sorts clients by it


class GiftOverLimit(RmdeskError):
    """A gift over the per-gift limit, or one that takes the client's year over theirs.
    Recorded only when the user confirms: expensive gifts are bribery."""

    code = "gift_over_limit"

    def __init__(
        self, value: float, per_gift: float, year_total: float, per_year: float, year: int
    ) -> None:
        self.value, self.per_gift = value, per_gift
        self.year_total, self.per_year, self.year = year_total, per_year, year
        super().__init__(
            f"a gift of {value:g} yuan: the limit is {per_gift:g} a gift and {per_year:g} "
            f"a client a year ({year_total:g} with this one in {year})"
        )

    @property
    def over_gift(self) -> bool:
        return self.value > self.per_gift

    @property
    def over_year(self) -> bool:
        return self.year_total > self.per_year


@dataclass(frozen=True)
class StepDone:
    """A step of a complaint's handling: when it was done and by whom."""

    step: ComplaintStep
    day: dt.date
    by: str


@dataclass(frozen=True)
class Complaint:
    """A client's complaint and its seven steps. The first person asked owns it; it
    is closed when its last step (thank and follow up) is done."""

    contact_id: int
    received: dt.date
    owner: str  # the first person the client asked
    deadline: dt.date
    summary: str  # what the client complains of, in their words
    who: str = ""
    what: str = ""
    when: str = ""
    where: str = ""
    why: str = ""
    fix: str = ""  # the fix offered
    outcome: str = ""  # the outcome told to the client
    follow_up: str = ""
    steps: tuple[StepDone, ...] = ()
    id: int | None = None
    client: str = ""  # the contact's name, when read

    @property
    def closed(self) -> bool:
        return any(s.step is ComplaintStep.THANK for s in self.steps)

    def overdue(self, today: dt.date) -> bool:
        return not self.closed and self.deadline < today

    def next_step(self) -> ComplaintStep | None:
        done = {s.step for s in self.steps}
        return next((step for step in ComplaintStep if step not in done), None)


COMPLAINT_TEXTS = (
    "owner", "summary", "who", "what", "when", "where", "why", "fix", "outcome", "follow_up",
)  # fmt: skip


def validate_complaint(c: Complaint) -> Complaint:
    problems: dict[str, str] = {}
    texts = {name: checked_text(problems, name, getattr(c, name)) for name in COMPLAINT_TEXTS}
    for name in ("owner", "summary"):
        if not texts[name]:
            problems[name] = REQUIRED
    if c.deadline < c.received:
        problems["deadline"] = BEFORE_RECEIVED
    steps = []
    for done in c.steps:
        if done.day < c.received:
            problems["steps"] = BEFORE_RECEIVED
        steps.append(StepDone(done.step, done.day, checked_text(problems, "steps", done.by)))
    if problems:
        raise InvalidActivity(problems)
    return Complaint(
        c.contact_id, c.received, deadline=c.deadline, steps=tuple(steps), id=c.id,
        client=c.client, **texts,
    )  # fmt: skip


# The kinds of Today's items, as `rmdesk today --json` names them.
TODAY_KINDS = (
    "appointment",
    "call",
    "follow_up",
    "maturity",
    "birthday",
    "anniversary",
    "festival",
    "thank_introducer",
    "key_client_overdue",
    "complaint_overdue",
)


@dataclass(frozen=True)
class TodayItem:
    """One line of Today. `key` names it for "done" and "snooze"; `ref` is the id of the
    record behind it (a plan, a follow-up, a product) when there is one."""

    kind: str
    date: dt.date  # when it falls; an overdue item: its due date
    contact_id: int | None
    title: str
    done: bool = False
    key: str = ""
    ref: int | None = None
    hint: str = ""  # what helps act on it: the dossier's likes and taboos for a greeting
    client: str = ""  # the contact's name
    at: str = ""  # the time of day it is due, "HH:MM", when it has one
    who: str = ""  # how the client is addressed (王总), for a greeting


def validate_product(product: Product) -> Product:
    """The product with its texts trimmed; InvalidActivity naming each wrong field."""
    problems: dict[str, str] = {}
    if not 0 <= product.amount_yuan <= MAX_AMOUNT_YUAN:
        problems["amount"] = BAD_AMOUNT
    if product.start and product.maturity and product.maturity < product.start:
        problems["maturity"] = BEFORE_START
    name = checked_text(problems, "name", product.name)
    notes = checked_text(problems, "notes", product.notes)
    if problems:
        raise InvalidActivity(problems)
    return Product(
        product.contact_id,
        product.type,
        name,
        round(product.amount_yuan, 2),
        product.start,
        product.maturity,
        notes,
        product.id,
    )


def validate_gift(gift: GiftEntry) -> GiftEntry:
    problems: dict[str, str] = {}
    item = checked_text(problems, "item", gift.item)
    if not item:
        problems["item"] = REQUIRED
    if not 0 <= gift.value_yuan <= MAX_GIFT_YUAN:
        problems["value"] = BAD_GIFT_VALUE
    occasion = checked_text(problems, "occasion", gift.occasion)
    if problems:
        raise InvalidActivity(problems)
    return GiftEntry(
        gift.contact_id, gift.day, item, round(gift.value_yuan, 2), occasion, gift.id,
        gift.client, gift.visit_id,
    )  # fmt: skip


def validate_rule(rule: SellRule) -> SellRule:
    problems: dict[str, str] = {}
    reason = checked_text(problems, "reason", rule.reason)
    if not reason:
        problems["reason"] = REQUIRED
    if rule.maturing_days is not None and not 0 <= rule.maturing_days <= 3660:
        problems["maturing_days"] = BAD_DAYS
    if problems:
        raise InvalidActivity(problems)
    return SellRule(rule.holds, rule.suggest, reason, rule.maturing_days, rule.enabled, rule.id)


def validate_plan(plan: KeyClientPlan) -> KeyClientPlan:
    problems: dict[str, str] = {}
    if not 1 <= plan.every_days <= 366:
        problems["every_days"] = BAD_DAYS
    invest = checked_text(problems, "invest", plan.invest)
    returns = checked_text(problems, "returns", plan.returns)
    if problems:
        raise InvalidActivity(problems)
    return KeyClientPlan(plan.contact_id, plan.direction, plan.every_days, invest, returns)


# Suggest my day: the reasons a client is worth a visit on a day, in the order the
# weights are shown.
SUGGEST_REASONS = (
    "follow_up",
    "maturity",
    "key_client_overdue",
    "complaint_overdue",
    "late_stage",
    "near_visit",
)
