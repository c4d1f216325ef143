"""Keeping clients, read in plain SQL (no ORM at start-up: Today is the first screen):
products and maturities, overdue key clients, and the marks of Today's reminders."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rmdesk.domain.keeping import DEFAULT_EVERY_DAYS, HeldProduct, OverdueClient, Product
from rmdesk.domain.kinds import KeyDirection, ProductType
from rmdesk.store.database import Store, as_date, in_list


def _product(row: tuple[Any, ...]) -> Product:
    pid, cid, kind, name, fen, start, maturity, notes = row
    return Product(
        cid, ProductType(kind), name, fen / 100, as_date(start), as_date(maturity), notes, pid
    )


PRODUCT_COLUMNS = "p.id, p.contact_id, p.type, p.name, p.amount_fen, p.start, p.maturity, p.notes"


def _day(value: object) -> dt.date | None:
    """The day of a DATE or DATETIME value as either driver gives it."""
    if isinstance(value, dt.datetime):
        return value.date()
    return as_date(value)


def name_of(contact_id: str) -> str:
    """SQL for the client's name, NULL for a client in the trash. A subquery, so that the
    indexed table drives the query: joined, the planner would walk the whole book."""
    return f"(SELECT c.name FROM contacts c WHERE c.id = {contact_id} AND c.deleted_at IS NULL)"


def products_of(store: Store, contact_id: int) -> list[Product]:
    rows = store.read(
        f"SELECT {PRODUCT_COLUMNS} FROM products p WHERE p.contact_id = :c "
        "ORDER BY p.maturity IS NULL, p.maturity, p.id",
        {"c": contact_id},
    )
    return [_product(tuple(r)) for r in rows]


def products(
    store: Store, maturing_from: dt.date | None = None, maturing_to: dt.date | None = None
) -> list[HeldProduct]:
    """Every product of living clients, or those maturing (or due) in a period,
    soonest first."""
    where, params = "", {}
    if maturing_from is not None and maturing_to is not None:
        where = "WHERE p.maturity BETWEEN :first AND :last "
        params = {"first": maturing_from, "last": maturing_to}
    rows = store.read(
        f"SELECT {PRODUCT_COLUMNS}, {name_of('p.contact_id')} FROM products p "
        + where
        + "ORDER BY p.maturity IS NULL, p.maturity, p.id",
        params,
    )
    return [HeldProduct(_product(tuple(r[:8])), r[8]) for r in rows if r[8] is not None]


def overdue_key_clients(
    store: Store, today: dt.date, every_days: int = DEFAULT_EVERY_DAYS
) -> list[OverdueClient]:
    """Key clients not contacted (a visit logged, or a call that reached them)
    within their plan's days (`every_days` without a plan); longest first.
    A plan heading for the exit has no contact target."""
    rows = store.read(
        "SELECT c.id, c.name, coalesce(k.every_days, :every), k.direction, "
        "(SELECT max(v.day) FROM visit_logs v WHERE v.contact_id = c.id), "
        "(SELECT max(l.at) FROM call_logs l WHERE l.contact_id = c.id "
        "AND l.outcome IN ('reached', 'booked', 'call_back')) "
        "FROM contacts c LEFT JOIN key_client_plans k ON k.contact_id = c.id "
        "WHERE c.key_client = :key AND c.deleted_at IS NULL",
        {"every": every_days, "key": True},
    )
    out = []
    for cid, name, every, direction, visited, called in rows:
        if direction == KeyDirection.EXIT.value:
            continue
        days = [d for d in (_day(visited), _day(called)) if d is not None]
        last = max(days) if days else None
        if last is None or last + dt.timedelta(days=every) < today:
            out.append(OverdueClient(cid, name, every, last))
    out.sort(key=lambda o: (o.last_contact or dt.date.min, o.contact_id))
    return out


def marks(store: Store, keys: list[str]) -> dict[str, tuple[bool, dt.date | None]]:
    """key → (done, snoozed until) for the keys that have a mark."""
    found: dict[str, tuple[bool, dt.date | None]] = {}
    for start in range(0, len(keys), 500):
        names, params = in_list("k", keys[start : start + 500])
        rows = store.read(
            f"SELECT key, done_at, snoozed_until FROM reminder_marks WHERE key IN ({names})",
            params,
        )
        for key, done_at, until in rows:
            found[key] = (done_at is not None, as_date(until))
    return found
