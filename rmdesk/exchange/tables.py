"""Contacts in tables: CSV as Chinese office software and phones write it, and Excel
workbooks as branches keep them.

CSV: GBK/GB18030 from Excel and WPS, UTF-8 with or without a BOM; comma, TAB or
semicolon; quoted fields with commas and newlines. Workbooks (openpyxl): a title row
above the header, merged cells (each cell of a merged range reads its value), numbers
and real dates in cells, blank rows, several sheets. The header row is the first of the
first ten with at least two known column names; columns map to fields by their Chinese
or English names, and the user may change the mapping (kept per header layout).

A file that is not what it claims (a workbook renamed .csv, random bytes, an empty file,
a truncated workbook) raises WrongFile with one line saying what it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rmdesk.domain.errors import RmdeskError
from rmdesk.exchange.records import Record, decode_text

# Field → the column names it is known by (compared without spaces, case or ':*').
FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "客户姓名", "客户名称", "联系人", "name", "fullname", "显示名称"),
    "mobile": ("手机", "手机号", "手机号码", "移动电话", "联系电话", "电话", "mobile",
               "mobilephone", "phone", "cell", "telephone", "tel"),
    "work_phone": ("办公电话", "单位电话", "工作电话", "座机", "workphone", "businessphone"),
    "home_phone": ("住宅电话", "家庭电话", "homephone"),
    "company": ("单位", "公司", "工作单位", "单位名称", "公司名称", "企业名称", "company",
                "organization", "organisation"),
    "title": ("职务", "职位", "头衔", "title", "jobtitle", "position"),
    "address": ("地址", "住址", "家庭地址", "联系地址", "address", "homeaddress"),
    "work_address": ("单位地址", "公司地址", "办公地址", "workaddress", "businessaddress"),
    "birthday": ("生日", "出生日期", "出生年月", "birthday", "dateofbirth", "birthdate"),
    "lunar_birthday": ("农历生日", "阴历生日", "lunarbirthday"),
    "id_number": ("身份证", "身份证号", "身份证号码", "证件号码", "idnumber", "idcard"),
    "email": ("邮箱", "电子邮件", "电子邮箱", "email", "e-mail", "mail"),
    "notes": ("备注", "说明", "notes", "note", "remarks", "comment"),
}  # fmt: skip


class WrongFile(RmdeskError):
    """The file is not a contact file rmdesk can read; `what` says what it is."""

    code = "wrong_file"

    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        self.what = what
        super().__init__(f"{path.name}: {what}")


def _key(header: str) -> str:
    return "".join(header.split()).strip(":：*＊").lower()


_KNOWN = {_key(name): f for f, names in FIELDS.items() for name in names}


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index → field, for the columns whose names are known (each field once)."""
    mapping: dict[int, str] = {}
    for n, header in enumerate(headers):
        found = _KNOWN.get(_key(header))
        if found and found not in mapping.values():
            mapping[n] = found
    return mapping


def layout_key(headers: Sequence[str]) -> str:
    """The same header layout gets the same key (to remember the user's mapping)."""
    return hashlib.sha1("\x1f".join(_key(h) for h in headers).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Table:
    """A sheet of rows: the header, its row number (1-based) and the rows under it,
    each with its own row or line number."""

    headers: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    sheets: tuple[str, ...] = ()  # a workbook's sheets
    sheet: str = ""


def sniff(path: Path, data: bytes) -> str:
    """What the file is: 'vcf', 'csv', 'xlsx'; WrongFile for what rmdesk cannot read."""
    if not data.strip():
        raise WrongFile(path, "the file is empty")
    if data[:4] == b"PK\x03\x04":
        return "xlsx"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise WrongFile(
            path, "an old Excel .xls workbook: open it in Excel or WPS and save it as .xlsx"
        )
    if data[:5] == b"%PDF-":
        raise WrongFile(path, "a PDF document, not a contact list")
    head = data[:4096]
    if head.count(b"\x00") > 8 and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise WrongFile(path, "not a text file, a workbook or a vCard (binary data)")
    text = decode_text(head)
    if "BEGIN:VCARD" in text.upper():
        return "vcf"
    if text.count("\ufffd") > len(text) // 20:
        raise WrongFile(path, "not text in any encoding rmdesk knows")
    return "csv"


def _header_at(numbered: list[tuple[int, tuple[str, ...]]]) -> int:
    """Index of the header row among the first ten non-blank rows (a title row above
    it is passed over); the first row when none has two known names."""
    for n, (_row, cells) in enumerate(numbered[:10]):
        if len(guess_mapping(cells)) >= 2:
            return n
    return 0


def _table(numbered: list[tuple[int, tuple[str, ...]]], **extra: object) -> Table:
    rows = [
        (r, tuple(c.strip() for c in cells))
        for r, cells in numbered
        if any(c.strip() for c in cells)
    ]
    if not rows:
        return Table((), 0, (), **extra)  # type: ignore[arg-type]
    at = _header_at(rows)
    header_row, headers = rows[at]
    return Table(tuple(headers), header_row, tuple(rows[at + 1 :]), **extra)  # type: ignore[arg-type]


def read_csv(path: Path, data: bytes) -> Table:
    text = decode_text(data)
    sample = text[:8192]
    counts = {d: sample.count(d) for d in (",", "\t", ";")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    numbered: list[tuple[int, tuple[str, ...]]] = []
    start = 1
    try:
        for cells in reader:
            numbered.append((start, tuple(cells)))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise WrongFile(
            path, f"a CSV file that breaks off at line {reader.line_num} ({exc})"
        ) from exc
    return _table(numbered)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path: Path, sheet: str = "") -> Table:
    """The chosen sheet (else the first with rows) of a workbook."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise WrongFile(
            path, "a damaged or incomplete Excel workbook (or another zip file)"
        ) from exc
    names = tuple(book.sheetnames)
    if sheet and sheet not in names:
        raise WrongFile(path, f"has no sheet {sheet!r}; its sheets are {', '.join(names)}")
    chosen = (
        book[sheet]
        if sheet
        else next((book[n] for n in names if book[n].max_row > 1), book[names[0]])
    )
    merged = {}
    for cells in chosen.merged_cells.ranges:
        value = chosen.cell(cells.min_row, cells.min_col).value
        for row in range(cells.min_row, cells.max_row + 1):
            for col in range(cells.min_col, cells.max_col + 1):
                merged[(row, col)] = value
    numbered = []
    for r, row in enumerate(chosen.iter_rows(values_only=True), start=1):
        cells = tuple(_cell_text(merged.get((r, c), value)) for c, value in enumerate(row, start=1))
        numbered.append((r, cells))
    return _table(numbered, sheets=names, sheet=chosen.title)


def records_from_table(table: Table, mapping: dict[int, str], kind: str = "row") -> list[Record]:
    """One record per row, by the mapping (column index → field)."""
    out = []
    for number, cells in table.rows:
        r = Record(place=f"{kind} {number}")
        for col, what in mapping.items():
            value = cells[col].strip() if col < len(cells) else ""
            if not value:
                continue
            if what in ("mobile", "work_phone", "home_phone"):
                kind_of = {"mobile": "mobile", "work_phone": "work", "home_phone": "home"}[what]
                for part in value.replace("／", "/").replace("、", "/").split("/"):
                    if part.strip():
                        r.phones.append((kind_of, part.strip()))
            elif what in ("address", "work_address"):
                r.addresses.append(("work" if what == "work_address" else "home", value))
            elif what == "email":
                r.emails.append(value)
            else:
                setattr(r, what, value)
        out.append(r)
    return out


@dataclass(frozen=True)
class Contents:
    """A contact file read: its kind, and its cards (vCard) or its table."""

    kind: str  # vcf, csv, xlsx
    cards: tuple[Record, ...] = ()
    table: Table | None = None


FORMAT_NAMES = {"vcf": "a vCard file", "csv": "a CSV file", "xlsx": "an Excel workbook (.xlsx)"}


def read_contacts_file(path: Path, fmt: str = "", sheet: str = "") -> Contents:
    """The file as the format given (else its extension says); WrongFile when it is
    something else, with what it is."""
    from rmdesk.exchange.vcard import read_vcards

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise WrongFile(path, f"cannot be read ({exc.strerror or exc})") from exc
    found = sniff(path, data)
    wanted = fmt or {".vcf": "vcf", ".vcard": "vcf", ".csv": "csv", ".txt": "csv",
                     ".xlsx": "xlsx", ".xlsm": "xlsx"}.get(path.suffix.lower(), found)  # fmt: skip
    if found != wanted:
        what = "an Excel workbook or another zip file" if found == "xlsx" else FORMAT_NAMES[found]
        raise WrongFile(path, f"is {what}, not {FORMAT_NAMES[wanted]}: import it as {found}")
    if found == "vcf":
        cards = read_vcards(data)
        if not cards:
            raise WrongFile(path, "has no BEGIN:VCARD: not a vCard file")
        return Contents("vcf", tuple(cards))
    table = read_xlsx(path, sheet) if found == "xlsx" else read_csv(path, data)
    if not table.headers:
        raise WrongFile(path, "has no rows")
    return Contents(found, table=table)
