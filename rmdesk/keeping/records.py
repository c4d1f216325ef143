"""Products and maturities, the selling rules and their suggestions, key-client plans
and the marks of Today's reminders, in the database. Lists read in plain SQL (a book has
100,000 clients); writes go through the ORM, one transaction each."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select

from rmdesk.activity.records import ActivityBook
from rmdesk.domain.errors import RmdeskError
from rmdesk.domain.keeping import (
    KeyClientPlan,
    Product,
    SellRule,
    Suggestion,
    validate_plan,
    validate_product,
    validate_rule,
)
from rmdesk.domain.kinds import KeyDirection, ProductType
from rmdesk.store.activity_models import (
    KeyClientPlanModel,
    ProductModel,
    ReminderMarkModel,
    SellRuleModel,
)
from rmdesk.store.database import Store

_living = ActivityBook._living  # a living contact, or ContactNotFound


class ProductNotFound(RmdeskError):
    code = "product_not_found"

    def __init__(self, product_id: int) -> None:
        self.product_id = product_id
        super().__init__(f"no product with id {product_id}")


def _fen(yuan: float) -> int:
    return round(yuan * 100)


class KeepingBook:
    def __init__(self, store: Store, clock: type[dt.datetime] = dt.datetime) -> None:
        self._store = store
        self._clock = clock

    def _now(self) -> dt.datetime:
        return self._clock.now().replace(microsecond=0)

    # -- products -----------------------------------------------------------------------

    def save_product(self, product: Product) -> int:
        """Add a product (no id) or change one; returns its id."""
        clean = validate_product(product)
        with self._store.session() as s:
            _living(s, clean.contact_id)
            if clean.id is None:
                model = ProductModel(contact_id=clean.contact_id, created_at=self._now())
                s.add(model)
            else:
                found = s.get(ProductModel, clean.id)
                if found is None:
                    raise ProductNotFound(clean.id)
                model = found
            model.contact_id = clean.contact_id
            model.type = clean.type.value
            model.name = clean.name
            model.amount_fen = _fen(clean.amount_yuan)
            model.start = clean.start
            model.maturity = clean.maturity
            model.notes = clean.notes
            s.flush()
            return model.id

    def delete_product(self, product_id: int) -> int:
        """Remove a product; returns its client's id."""
        with self._store.session() as s:
            model = s.get(ProductModel, product_id)
            if model is None:
                raise ProductNotFound(product_id)
            s.delete(model)
            return model.contact_id

    # -- selling rules --------------------------------------------------------------------

    def rules(self) -> list[SellRule]:
        with self._store.session() as s:
            return [
                SellRule(
                    ProductType(m.holds),
                    ProductType(m.suggest),
                    m.reason,
                    m.maturing_days,
                    m.enabled,
                    m.id,
                )
                for m in s.scalars(select(SellRuleModel).order_by(SellRuleModel.id))
            ]

    def save_rules(self, rules: list[SellRule]) -> None:
        """Replace the rules with these (the editor saves the whole list at once)."""
        clean = [validate_rule(r) for r in rules]
        with self._store.session() as s:
            s.execute(delete(SellRuleModel))
            for rule in clean:
                s.add(
                    SellRuleModel(
                        holds=rule.holds.value,
                        suggest=rule.suggest.value,
                        reason=rule.reason,
                        maturing_days=rule.maturing_days,
                        enabled=rule.enabled,
                    )
                )

    def suggestions(self, today: dt.date, contact_id: int | None = None) -> list[Suggestion]:
        """What each rule suggests: clients holding its product (maturing within its
        days, if it says so) who do not hold the suggested one yet."""
        out: list[Suggestion] = []
        for rule in self.rules():
            if not rule.enabled:
                continue
            where = "p.type = :holds AND c.deleted_at IS NULL "
            params: dict[str, object] = {"holds": rule.holds.value, "suggest": rule.suggest.value}
            if rule.maturing_days is not None:
                where += "AND p.maturity BETWEEN :first AND :last "
                params |= {"first": today, "last": today + dt.timedelta(rule.maturing_days)}
            if contact_id is not None:
                where += "AND p.contact_id = :cid "
                params["cid"] = contact_id
            rows = self._store.read(
                "SELECT DISTINCT c.id, c.name FROM products p JOIN contacts c "
                f"ON c.id = p.contact_id WHERE {where}"
                "AND NOT EXISTS (SELECT 1 FROM products q WHERE q.contact_id = c.id "
                "AND q.type = :suggest) ORDER BY c.id",
                params,
            )
            out += [Suggestion(r[0], r[1], rule.suggest, rule.reason, rule.id) for r in rows]
        return out

    # -- key clients ----------------------------------------------------------------------

    def plan_of(self, contact_id: int) -> KeyClientPlan:
        """The client's maintenance plan (the default one if none was written)."""
        with self._store.session() as s:
            _living(s, contact_id)
            m = s.get(KeyClientPlanModel, contact_id)
            if m is None:
                return KeyClientPlan(contact_id)
            return KeyClientPlan(
                contact_id, KeyDirection(m.direction), m.every_days, m.invest, m.returns
            )

    def save_plan(self, plan: KeyClientPlan) -> None:
        """Write the plan; the client becomes a key client."""
        clean = validate_plan(plan)
        with self._store.session() as s:
            contact = _living(s, clean.contact_id)
            contact.key_client = True
            m = s.get(KeyClientPlanModel, clean.contact_id)
            if m is None:
                m = KeyClientPlanModel(contact_id=clean.contact_id)
                s.add(m)
            m.direction = clean.direction.value
            m.every_days = clean.every_days
            m.invest = clean.invest
            m.returns = clean.returns
            m.updated_at = self._now()

    # -- Today's marks ------------------------------------------------------------------

    def mark(self, key: str, done: bool | None = None, snooze_until: dt.date | None = None) -> None:
        """Mark a reminder done (or not), or snooze it until a day."""
        with self._store.session() as s:
            m = s.get(ReminderMarkModel, key)
            if m is None:
                m = ReminderMarkModel(key=key)
                s.add(m)
            if done is not None:
                m.done_at = self._now() if done else None
            if snooze_until is not None:
                m.snoozed_until = snooze_until
