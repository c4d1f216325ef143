"""The gift ledger: every gift given to a client (at a logged visit or on its own), the
limits a gift is checked against before it is recorded, and the ledger as CSV or xlsx
for a compliance review. Reads in plain SQL; writes through the ORM."""

from __future__ import annotations

import csv
import datetime as dt
import io

from rmdesk.domain.errors import ContactNotFound, RmdeskError
from rmdesk.domain.keeping import GiftEntry, GiftOverLimit, validate_gift
from rmdesk.keeping.lists import name_of
from rmdesk.store.database import Store, as_date

# The ledger's columns, in the order both exports write them.
COLUMNS = ("日期", "客户", "礼品", "价值（元）", "场合", "拜访记录")


class GiftNotFound(RmdeskError):
    code = "gift_not_found"

    def __init__(self, gift_id: int) -> None:
        self.gift_id = gift_id
        super().__init__(f"no gift with id {gift_id}")


def ledger(store: Store, first: dt.date, last: dt.date) -> list[GiftEntry]:
    """The gifts of a period, oldest first, with their clients' names."""
    rows = store.read(
        f"SELECT g.id, g.contact_id, g.day, g.item, g.value_fen, g.occasion, g.visit_id, "
        f"{name_of('g.contact_id')}, "
        "(SELECT c.sort_key FROM contacts c WHERE c.id = g.contact_id) "
        "FROM gifts g WHERE g.day BETWEEN :first AND :last ORDER BY g.day, g.id",
        {"first": first, "last": last},
    )
    return [
        GiftEntry(cid, as_date(day) or first, item, fen / 100, occasion, gid, name, visit, key)
        for gid, cid, day, item, fen, occasion, visit, name, key in rows
        if name is not None
    ]


def year_total(store: Store, contact_id: int, year: int, leaving_out: int | None = None) -> float:
    """What the client was given in a calendar year (in yuan), a gift left out."""
    rows = store.read(
        "SELECT coalesce(sum(value_fen), 0) FROM gifts WHERE contact_id = :c "
        "AND day BETWEEN :first AND :last AND id <> :skip",
        {
            "c": contact_id,
            "first": dt.date(year, 1, 1),
            "last": dt.date(year, 12, 31),
            "skip": leaving_out or 0,
        },
    )
    return float(rows[0][0]) / 100


def over_limit(
    store: Store,
    contact_id: int,
    day: dt.date,
    values: list[float],
    per_gift: float,
    per_year: float,
    leaving_out: int | None = None,
) -> GiftOverLimit | None:
    """What recording these gifts to a client on a day would go over, or None; the gift
    `leaving_out` (being changed) is not counted twice."""
    if not values:
        return None
    total = year_total(store, contact_id, day.year, leaving_out) + sum(values)
    largest = max(values)
    if largest > per_gift or total > per_year:
        return GiftOverLimit(largest, per_gift, round(total, 2), per_year, day.year)
    return None


def record(store: Store, gift: GiftEntry, clock: type[dt.datetime] = dt.datetime) -> int:
    """Add a gift (no id) or change one; returns its id. Limits are the caller's to check."""
    from rmdesk.store.activity_models import GiftModel
    from rmdesk.store.models import ContactModel

    clean = validate_gift(gift)
    with store.session() as s:
        contact = s.get(ContactModel, clean.contact_id)
        if contact is None or contact.deleted_at is not None:
            raise ContactNotFound(clean.contact_id)
        if clean.id is None:
            model = GiftModel(contact_id=clean.contact_id)
            s.add(model)
        else:
            found = s.get(GiftModel, clean.id)
            if found is None:
                raise GiftNotFound(clean.id)
            model = found
        model.day = clean.day
        model.item = clean.item
        model.value_fen = round(clean.value_yuan * 100)
        model.occasion = clean.occasion
        s.flush()
        return model.id


def delete(store: Store, gift_id: int) -> int:
    """Remove a gift from the ledger; returns its client's id."""
    from rmdesk.store.activity_models import GiftModel

    with store.session() as s:
        model = s.get(GiftModel, gift_id)
        if model is None:
            raise GiftNotFound(gift_id)
        s.delete(model)
        return model.contact_id


def _rows(gifts: list[GiftEntry]) -> list[tuple[object, ...]]:
    return [
        (g.day, g.client, g.item, g.value_yuan, g.occasion, "是" if g.visit_id else "")
        for g in gifts
    ]


def to_csv(gifts: list[GiftEntry]) -> bytes:
    """UTF-8 with a byte-order mark: Excel and WPS open it with its Chinese intact."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in _rows(gifts):
        writer.writerow([v.isoformat() if isinstance(v, dt.date) else v for v in row])
    return out.getvalue().encode("utf-8-sig")


def to_xlsx(gifts: list[GiftEntry], title: str) -> bytes:
    """A workbook with real date and number cells and a total, for a compliance review."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "礼品台账"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(list(COLUMNS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in _rows(gifts):
        sheet.append(list(row))
        sheet.cell(sheet.max_row, 1).number_format = "yyyy-mm-dd"
        sheet.cell(sheet.max_row, 4).number_format = "#,##0.00"
    total_row = sheet.max_row + 1
    sheet.cell(total_row, 3, "合计")
    sheet.cell(total_row, 4, sum(g.value_yuan for g in gifts)).number_format = "#,##0.00"
    for letter, width in zip("ABCDEF", (12, 14, 24, 12, 16, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
