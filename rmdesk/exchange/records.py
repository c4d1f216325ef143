"""One contact as a file holds it (a vCard, a CSV line, a sheet row), and turning it
into a contact of the book: names trimmed (欧阳 and 司马 kept whole: names are never
split), phones in E.164 (`0576-88123456` → `+8657688123456`) and never from a number
Excel turned into scientific notation, birthdays as people write them (1976年11月23日,
ISO, Excel serials, iOS's no-year 1604, lunar).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from rmdesk.domain import idcard
from rmdesk.domain.contact import Address, Birthday, Contact, Phone
from rmdesk.domain.kinds import AddressKind, CalendarKind, PhoneLabel
from rmdesk.domain.phones import InvalidPhone, normalize_phone

SCIENTIFIC = re.compile(r"^\s*\d+(?:\.\d+)?[eE][+-]?\d+\s*$")
EXCEL_EPOCH = dt.date(1899, 12, 30)
_YMD = re.compile(r"(\d{4})(\d{2})(\d{2})")
_YMD_WRITTEN = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?")
_MD_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})")
_MD = re.compile(r"(\d{1,2})[-/.月](\d{1,2})日?")
_CN_LUNAR = re.compile(
    r"(?:(\d{4})年)?([正一二三四五六七八九十冬腊]+)月(初?[一二三四五六七八九十廿卅]+)日?"
)
IOS_NO_YEAR = 1604  # iOS writes a birthday without a year as 1604-MM-DD
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9, "十": 10, "正": 1, "冬": 11, "腊": 12, "廿": 20, "卅": 30,
              "初": 0}  # fmt: skip


@dataclass
class Record:
    """A contact as read from a file, every value as written. `place` says where it is
    (card 3 (line 40), row 12, line 7) for the report."""

    place: str
    name: str = ""
    family: str = ""
    given: str = ""
    phones: list[tuple[str, str]] = field(default_factory=list)  # (kind, as written)
    emails: list[str] = field(default_factory=list)
    company: str = ""
    title: str = ""
    addresses: list[tuple[str, str]] = field(default_factory=list)  # (home|work, text)
    birthday: str = ""
    lunar_birthday: str = ""
    id_number: str = ""
    notes: str = ""
    problems: list[str] = field(default_factory=list)


# What can be said of a record, by code, with the value concerned (`message` words it
# for the command line; the window has its own words in both languages).
MESSAGES = {
    "no_name": "no name",
    "invalid": "a field is not valid ({0})",
    "scientific": "the phone {0} is in scientific notation (Excel cut its digits): left out",
    "bad_phone": "the phone {0} is not a number that can be dialled: left out",
    "bad_birthday": "the birthday {0} is not a date rmdesk can read: left out",
    "bad_id": "the ID number {0} is not valid: left out",
    "no_end": "the card has no END:VCARD; it ends where the next begins",
}


def message(code: str, value: str = "") -> str:
    return MESSAGES.get(code, code).format(value)


Note = tuple[str, str]  # (code, value)


@dataclass(frozen=True)
class Converted:
    """A record as a contact (None: rejected, `reason` a Note), the ID number for its
    dossier, and what was left out on the way."""

    contact: Contact | None
    id_number: str = ""
    warnings: tuple[Note, ...] = ()
    reason: Note | None = None


def decode_text(data: bytes, charset: str = "") -> str:
    """Text as Chinese office software and phones write it: UTF-8 (with or without a
    BOM), UTF-16 with a BOM, else GB18030 (which covers GBK and GB2312: 陈喆, 王堃)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    if charset and charset.upper() not in ("UTF-8", "UTF8"):
        try:
            return data.decode("gb18030" if charset.upper().startswith("GB") else charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", "replace")


def _number_text(value: str) -> str:
    """'13800138000.0' (a number cell) → '13800138000'."""
    text = value.strip()
    return text[:-2] if re.fullmatch(r"\d+\.0", text) else text


def phone_of(text: str) -> tuple[str | None, Note | None]:
    """(E.164, None) or (None, why it was left out)."""
    raw = _number_text(text)
    if not raw:
        return None, None
    if SCIENTIFIC.match(raw):
        return None, ("scientific", raw)
    try:
        return normalize_phone(raw), None
    except InvalidPhone:
        return None, ("bad_phone", raw)


def _cn_number(text: str) -> int | None:
    """廿三 → 23, 十 → 10, 初五 → 5, 正 → 1, 冬 → 11."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch not in _CN_DIGITS:
            return None
        n = _CN_DIGITS[ch]
        if ch == "十":
            total += (current or 1) * 10
            current = 0
        elif n >= 20:
            total += n
        else:
            current = n
    return total + current or None


def birthday_of(text: str, lunar: bool = False) -> tuple[Birthday | None, Note | None]:
    """A birthday as written, or (None, why it was left out)."""
    raw = _number_text(text).strip()
    if not raw:
        return None, None
    if raw.startswith("农历") or raw.startswith("阴历"):
        raw, lunar = raw[2:].strip(), True
    leap = "闰" in raw
    raw = raw.replace("闰", "")
    year: int | None = None
    month = day = None
    if re.fullmatch(r"\d{5}", raw) and not lunar:  # an Excel serial
        when = EXCEL_EPOCH + dt.timedelta(days=int(raw))
        year, month, day = when.year, when.month, when.day
    elif m := (_YMD.fullmatch(raw) or _YMD_WRITTEN.fullmatch(raw)):
        year, month, day = (int(g) for g in m.groups())
    elif m := (_MD_NO_YEAR.fullmatch(raw) or _MD.fullmatch(raw)):
        month, day = int(m.group(1)), int(m.group(2))
    elif m := _CN_LUNAR.fullmatch(raw):
        year = int(m.group(1)) if m.group(1) else None
        month, day = _cn_number(m.group(2)), _cn_number(m.group(3).lstrip("初"))
    if month is None or day is None:
        return None, ("bad_birthday", text.strip())
    if year == IOS_NO_YEAR:
        year = None
    found = Birthday(CalendarKind.LUNAR if lunar else CalendarKind.SOLAR, month, day, year, leap)
    if found.problem():
        return None, ("bad_birthday", text.strip())
    return found, None


_LABELS = {
    "mobile": PhoneLabel.MOBILE,
    "work": PhoneLabel.WORK,
    "home": PhoneLabel.HOME,
    "fax": PhoneLabel.FAX,
}


def to_contact(record: Record) -> Converted:
    """The record as a new contact, or the reason it cannot be one."""
    name = " ".join(record.name.split())
    if not name:
        return Converted(None, reason=("no_name", ""))
    warnings: list[Note] = [("no_end", "")] if "no_end" in record.problems else []
    phones: list[Phone] = []
    for kind, text in record.phones:
        number, why = phone_of(text)
        if why:
            warnings.append(why)
        if number and all(p.number != number for p in phones):
            phones.append(Phone(_LABELS.get(kind, PhoneLabel.OTHER), number))
    birthday, why = birthday_of(record.birthday)
    if why:
        warnings.append(why)
    if record.lunar_birthday:
        lunar, why = birthday_of(record.lunar_birthday, lunar=True)
        if why:
            warnings.append(why)
        birthday = lunar or birthday  # the one the person keeps
    id_number = idcard.normalize(record.id_number) if record.id_number.strip() else ""
    if id_number and idcard.problem(id_number):
        warnings.append(("bad_id", record.id_number.strip()))
        id_number = ""
    notes = record.notes.strip()
    if record.emails:
        mails = "邮箱：" + "、".join(e for e in record.emails if e)
        notes = f"{notes}\n{mails}".strip()
    contact = Contact(
        name=name,
        phones=phones,
        addresses=[
            Address(AddressKind.WORK if kind == "work" else AddressKind.HOME, text.strip())
            for kind, text in record.addresses
            if text.strip()
        ],
        company=" ".join(record.company.split()),
        title=" ".join(record.title.split()),
        birthday=birthday,
        notes=notes,
    )
    return Converted(contact, id_number, tuple(warnings))


def from_contact(contact: Contact, id_number: str = "") -> Record:
    """A contact as the export files write it."""
    b = contact.birthday
    solar = lunar = ""
    if b is not None:
        leap = "闰" if b.leap else ""  # lunar only: 1976-闰04-23
        month = f"{leap}{b.month:02d}"
        written = f"{b.year:04d}-{month}-{b.day:02d}" if b.year else f"--{month}{b.day:02d}"
        if b.calendar is CalendarKind.LUNAR:
            lunar = written
        else:
            solar = written
    labels = {v: k for k, v in _LABELS.items()}
    return Record(
        place="",
        name=contact.name,
        phones=[(labels.get(p.label, "other"), p.number) for p in contact.phones],
        company=contact.company,
        title=contact.title,
        addresses=[
            ("work" if a.kind is AddressKind.WORK else "home", a.text or a.district)
            for a in contact.addresses
        ],
        birthday=solar,
        lunar_birthday=lunar,
        id_number=id_number,
        notes=contact.notes,
    )
