"""Contacts out: vCard 3.0 (phones, CardDAV servers), CSV (UTF-8 with a BOM, so that
Excel opens Chinese right) and .xlsx, each through the one redaction function: the ID
number only when the user asks for sensitive fields, that time. Phones are written as
text (an Excel cell never turns them into 1.38E+10), and the columns carry the names the
import reads, so an export comes back in with the same names and phones."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from rmdesk.domain.contact import Contact
from rmdesk.domain.dossier import Dossier, redact
from rmdesk.exchange.records import Record, from_contact
from rmdesk.exchange.vcard import write_vcards

COLUMNS = ("姓名", "手机", "办公电话", "住宅电话", "单位", "职务", "地址", "单位地址", "生日",
           "农历生日", "备注")  # fmt: skip
SENSITIVE_COLUMNS = ("身份证号",)


def records_of(
    contacts: Iterable[Contact], dossiers: dict[int, Dossier], include_sensitive: bool
) -> list[Record]:
    out = []
    for c in contacts:
        dossier = dossiers.get(c.id or 0)
        id_number = ""
        if dossier is not None:
            id_number = redact(dossier, include_sensitive).id_number
        out.append(
            from_contact(redact(c, include_sensitive), id_number if include_sensitive else "")
        )
    return out


def _row(r: Record, sensitive: bool) -> list[str]:
    def phones(kinds: tuple[str, ...]) -> str:
        return "/".join(n for k, n in r.phones if k in kinds)

    def addresses(kind: str) -> str:
        return " / ".join(t for k, t in r.addresses if k == kind)

    row = [r.name, phones(("mobile", "other", "fax")), phones(("work",)), phones(("home",)),
           r.company, r.title, addresses("home"), addresses("work"), r.birthday,
           r.lunar_birthday, r.notes]  # fmt: skip
    return row + ([r.id_number] if sensitive else [])


def to_csv(records: Sequence[Record], sensitive: bool = False) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(list(COLUMNS) + (list(SENSITIVE_COLUMNS) if sensitive else []))
    for r in records:
        writer.writerow(_row(r, sensitive))
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def to_xlsx(records: Sequence[Record], sensitive: bool = False) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "联系人"
    sheet.append(list(COLUMNS) + (list(SENSITIVE_COLUMNS) if sensitive else []))
    for r in records:
        sheet.append(_row(r, sensitive))
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            cell.number_format = "@"  # text: phones and ID numbers stay as written
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def to_vcf(records: Sequence[Record]) -> bytes:
    return write_vcards(records)


def export_bytes(records: Sequence[Record], fmt: str, sensitive: bool = False) -> bytes:
    if fmt == "vcf":
        return to_vcf(records)
    if fmt == "xlsx":
        return to_xlsx(records, sensitive)
    return to_csv(records, sensitive)
