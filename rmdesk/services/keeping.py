"""Keeping clients: products and maturities, selling suggestions, key clients, and the
Today screen with its marks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from rmdesk.domain.kinds import VisitStatus
from rmdesk.services.activity import ActivityService
from rmdesk.services.dossiers import DossierService
from rmdesk.services.events import ContactsChanged, Events, KeepingChanged, VisitsChanged
from rmdesk.services.planning import PlanningService
from rmdesk.store.database import Store

if TYPE_CHECKING:
    from rmdesk.domain.keeping import (
        Complaint,
        GiftEntry,
        GiftOverLimit,
        HeldProduct,
        KeyClientPlan,
        OverdueClient,
        Product,
        SellRule,
        Suggestion,
        TodayItem,
    )
    from rmdesk.keeping.records import KeepingBook
    from rmdesk.keeping.suggest import ProposedDay, SuggestInputs, SuggestWeights
    from rmdesk.keeping.today import KeepingSettings
    from rmdesk.planning.route import DayRoute, Progress


class KeepingService:
    """Each method is one use case in one transaction; writes announce what changed."""

    def __init__(
        self,
        store: Store,
        events: Events,
        activity: ActivityService,
        dossiers: DossierService,
        planning: PlanningService,
    ) -> None:
        self._store = store
        self._events = events
        self._activity = activity
        self._dossiers = dossiers
        self._planning = planning
        self._records: KeepingBook | None = None

    @property
    def _book(self) -> KeepingBook:
        if self._records is None:
            from rmdesk.keeping.records import KeepingBook

            self._records = KeepingBook(self._store)
        return self._records

    # -- Today --------------------------------------------------------------------------

    def today(self, first: dt.date, last: dt.date, ahead: bool = False) -> list[TodayItem]:
        from rmdesk.keeping.today import today_items

        return today_items(self._store, first, last, ahead=ahead)

    def today_first(self, first: dt.date, last: dt.date) -> list[TodayItem]:
        """The appointments, calls and follow-ups of `today`, read first: quick at any
        size of book, so that the screen shows them while the rest is read."""
        from rmdesk.keeping.today import first_items

        return first_items(self._store, first, last)

    def settings(self) -> KeepingSettings:
        from rmdesk.keeping.today import read_settings

        return read_settings(self._store)

    def save_settings(self, settings: KeepingSettings) -> None:
        from rmdesk.keeping.today import write_settings

        write_settings(self._store, settings)
        self._events.publish(KeepingChanged())

    def mark_done(self, item: TodayItem, done: bool = True) -> None:
        """Close an item where it lives: a follow-up, the introducer thanked, a planned
        visit done (undone: booked); a greeting, a maturity, a call-back or an overdue
        key client by its mark."""
        if item.kind == "follow_up" and item.ref is not None:
            self._activity.finish_follow_up(item.ref, done)
        elif item.kind == "thank_introducer" and item.ref is not None:
            self._dossiers.mark_thanked([item.ref], dt.date.today() if done else None)
        elif item.kind == "appointment" and item.ref is not None:
            self._planning.set_status([item.ref], VisitStatus.DONE if done else VisitStatus.BOOKED)
        else:
            self._book.mark(item.key, done=done)
            self._events.publish(KeepingChanged(_ids(item)))

    def snooze(self, item: TodayItem, until: dt.date) -> None:
        """Put an item off until a day (a follow-up moves its due date)."""
        if item.kind == "follow_up" and item.ref is not None:
            self._activity.snooze_follow_up(item.ref, until)
        else:
            self._book.mark(item.key, snooze_until=until)
            self._events.publish(KeepingChanged(_ids(item)))

    # -- suggest my day -----------------------------------------------------------------

    def suggest_weights(self) -> SuggestWeights:
        from rmdesk.keeping.suggest import read_weights

        return read_weights(self._store)

    def save_suggest_weights(self, weights: SuggestWeights) -> None:
        from rmdesk.keeping.suggest import write_weights

        write_weights(self._store, weights)

    def suggest_inputs(
        self,
        day: dt.date,
        weights: SuggestWeights | None = None,
        chosen: list[int] | None = None,
    ) -> SuggestInputs:
        """The day and the clients worth visiting on it, best first (database)."""
        from rmdesk.keeping.suggest import suggest_inputs

        return suggest_inputs(self._store, day, weights, chosen)

    @staticmethod
    def propose_day(inputs: SuggestInputs, progress: Progress | None = None) -> ProposedDay:
        """No database: may ask a road-routing server."""
        from rmdesk.keeping.suggest import solve

        return solve(inputs, progress)

    def suggest_day(self, day: dt.date) -> ProposedDay:
        """Both in one go (the command line)."""
        return self.propose_day(self.suggest_inputs(day))

    def accept_day(self, proposal: ProposedDay, minutes: int) -> DayRoute:
        """Book the proposal's suggested visits with the route's times."""
        from rmdesk.keeping.suggest import accept

        route = accept(self._store, proposal, minutes)
        self._events.publish(VisitsChanged((route.day,)))
        return route

    # -- complaints ---------------------------------------------------------------------

    def complaints(self, contact_id: int | None = None) -> list[Complaint]:
        from rmdesk.keeping.complaints import complaints

        return complaints(self._store, contact_id)

    def save_complaint(self, complaint: Complaint) -> int:
        from rmdesk.keeping.complaints import save

        complaint_id = save(self._store, complaint)
        self._events.publish(KeepingChanged((complaint.contact_id,)))
        return complaint_id

    # -- the gift ledger ----------------------------------------------------------------

    def gift_ledger(self, first: dt.date, last: dt.date) -> list[GiftEntry]:
        from rmdesk.keeping.gifts import ledger

        return ledger(self._store, first, last)

    def gift_warning(self, gift: GiftEntry) -> GiftOverLimit | None:
        """What recording this gift would go over (the limits of the book's settings)."""
        return self.gifts_warning(gift.contact_id, gift.day, [gift.value_yuan], gift.id)

    def gifts_warning(
        self,
        contact_id: int,
        day: dt.date,
        values: list[float],
        leaving_out: int | None = None,
    ) -> GiftOverLimit | None:
        """What recording these gifts (a visit's) would go over, or None."""
        from rmdesk.keeping.gifts import over_limit

        limits = self.settings()
        return over_limit(
            self._store,
            contact_id,
            day,
            values,
            limits.gift_limit_yuan,
            limits.gift_year_limit_yuan,
            leaving_out,
        )

    def record_gift(self, gift: GiftEntry, confirmed: bool = False) -> int:
        """Record a gift; GiftOverLimit (nothing written) if it goes over a limit and the
        user has not confirmed it."""
        from rmdesk.keeping.gifts import record

        warning = None if confirmed else self.gift_warning(gift)
        if warning is not None:
            raise warning
        gift_id = record(self._store, gift)
        self._events.publish(KeepingChanged((gift.contact_id,)))
        return gift_id

    def delete_gift(self, gift_id: int) -> None:
        from rmdesk.keeping.gifts import delete

        contact_id = delete(self._store, gift_id)
        self._events.publish(KeepingChanged((contact_id,)))

    def export_gifts(self, path: Path, first: dt.date, last: dt.date) -> int:
        """Write the period's ledger as .xlsx (by the name) or CSV, private to the user;
        returns how many gifts. OSError if it cannot be written (the old file stays)."""
        from rmdesk.keeping.gifts import ledger, to_csv, to_xlsx
        from rmdesk.store.private import write_private

        gifts = ledger(self._store, first, last)
        if path.suffix.lower() == ".xlsx":
            data = to_xlsx(gifts, f"礼品台账 {first.isoformat()} 至 {last.isoformat()}")
        else:
            data = to_csv(gifts)
        write_private(path, data)
        from rmdesk.store.audit import record

        record(self._store, "gift_ledger_export", len({g.contact_id for g in gifts}), (), path.name)
        return len(gifts)

    # -- products -----------------------------------------------------------------------

    def products_of(self, contact_id: int) -> list[Product]:
        from rmdesk.keeping.lists import products_of

        return products_of(self._store, contact_id)

    def products(
        self, maturing_from: dt.date | None = None, maturing_to: dt.date | None = None
    ) -> list[HeldProduct]:
        from rmdesk.keeping.lists import products

        return products(self._store, maturing_from, maturing_to)

    def save_product(self, product: Product) -> int:
        product_id = self._book.save_product(product)
        self._events.publish(KeepingChanged((product.contact_id,)))
        return product_id

    def delete_product(self, product_id: int) -> None:
        contact_id = self._book.delete_product(product_id)
        self._events.publish(KeepingChanged((contact_id,)))

    def rules(self) -> list[SellRule]:
        return self._book.rules()

    def save_rules(self, rules: list[SellRule]) -> None:
        self._book.save_rules(rules)
        self._events.publish(KeepingChanged())

    def suggestions(self, today: dt.date, contact_id: int | None = None) -> list[Suggestion]:
        return self._book.suggestions(today, contact_id)

    # -- key clients ------------------------------------------------------------------------

    def plan_of(self, contact_id: int) -> KeyClientPlan:
        return self._book.plan_of(contact_id)

    def save_plan(self, plan: KeyClientPlan) -> None:
        self._book.save_plan(plan)
        self._events.publish(
            KeepingChanged((plan.contact_id,)), ContactsChanged((plan.contact_id,))
        )

    def overdue_key_clients(self, today: dt.date) -> list[OverdueClient]:
        from rmdesk.keeping.lists import overdue_key_clients

        return overdue_key_clients(self._store, today, self.settings().every_days)


def _ids(item: TodayItem) -> tuple[int, ...]:
    return (item.contact_id,) if item.contact_id is not None else ()
