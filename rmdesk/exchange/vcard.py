"""vCard in and out: reading what phones and servers really write, writing 3.0.

Read: 2.1 with quoted-printable UTF-8 and its soft line breaks (Android), 3.0 with
grouped `item1.TEL` and `item1.X-ABLabel` labels and `X-ALTBDAY;CALSCALE=chinese` lunar
birthdays (iPhone), 4.0 (CardDAV servers); several cards per file, folded lines, photos
skipped. A card that lost its END:VCARD ends at the next BEGIN:VCARD instead of
swallowing it. Written by hand: vobject, the usual library, stops at the first
quoted-printable soft line break of an Android export.

Each card becomes a `Record` (see `records.py`), the same as a CSV row or a sheet row.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable

from rmdesk.exchange.records import Record, decode_text

_PROPERTY = re.compile(r"^(?:(?P<group>[A-Za-z0-9-]+)\.)?(?P<name>[A-Za-z0-9-]+)(?P<params>;.*)?$")
_LABEL_KINDS = {
    "CELL": "mobile",
    "MOBILE": "mobile",
    "IPHONE": "mobile",
    "WORK": "work",
    "HOME": "home",
    "FAX": "fax",
}


def _lines(text: str) -> list[tuple[int, str]]:
    """Logical lines with the number of their first physical line: RFC folding (a line
    starting with a space or tab continues the last) and quoted-printable soft breaks (a
    QP line ending in '=' continues on the next)."""
    out: list[tuple[int, str]] = []
    soft = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if soft and out:
            out[-1] = (out[-1][0], out[-1][1][:-1] + raw)
        elif raw[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + raw[1:])
        elif raw.strip():
            out.append((number, raw))
        else:
            soft = False
            continue
        line = out[-1][1]
        soft = "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper() and line.endswith("=")
    return out


def _split_property(line: str) -> tuple[str, str, dict[str, list[str]], str] | None:
    """(group, NAME, params, raw value), or None for a line that is no property."""
    head, sep, value = line.partition(":")
    # A quoted parameter may hold ':' (rare): re-join until the quotes balance.
    while sep and head.count('"') % 2:
        more, sep, value = value.partition(":")
        head += ":" + more
    if not sep:
        return None
    m = _PROPERTY.match(head.strip())
    if m is None:
        return None
    params: dict[str, list[str]] = {}
    for part in (m.group("params") or "").split(";")[1:]:
        key, eq, val = part.partition("=")
        if eq:
            params.setdefault(key.strip().upper(), []).extend(
                v.strip('"').upper() for v in val.split(",")
            )
        elif part.strip():  # 2.1: a bare type (CELL, HOME, QUOTED-PRINTABLE)
            bare = part.strip().upper()
            key = "ENCODING" if bare in ("QUOTED-PRINTABLE", "BASE64", "B") else "TYPE"
            params.setdefault(key, []).append(bare)
    return (m.group("group") or "").upper(), m.group("name").upper(), params, value


def _decode(value: str, params: dict[str, list[str]]) -> str | None:
    """The value as text; None for binary (a photo)."""
    encoding = (params.get("ENCODING") or [""])[0]
    if encoding in ("BASE64", "B"):
        return None
    if encoding == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(value.encode("ascii", "replace"))
        charset = (params.get("CHARSET") or ["UTF-8"])[0]
        return decode_text(raw, charset)
    return value


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _parts(text: str) -> list[str]:
    """A structured value's parts (N, ADR, ORG), split on unescaped ';'."""
    return [_unescape(p) for p in re.split(r"(?<!\\);", text)]


def read_vcards(data: bytes) -> list[Record]:
    """Every card in the file, in order; a record's `problems` say what was odd."""
    text = decode_text(data)
    cards: list[Record] = []
    card: Record | None = None
    labels: dict[str, str] = {}
    pending: list[tuple[str, str, dict[str, list[str]], str]] = []

    def finish() -> None:
        nonlocal card
        if card is None:
            return
        for group, name, params, value in pending:
            _apply(card, group, name, params, value, labels)
        if not card.name:
            card.name = " ".join(p for p in (card.family, card.given) if p)
        cards.append(card)
        card = None

    for number, line in _lines(text):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if card is not None:
                card.problems.append("no_end")
                finish()
            card = Record(place=f"card {len(cards) + 1} (line {number})")
            labels, pending = {}, []
            continue
        if card is None:
            continue
        if upper == "END:VCARD":
            finish()
            continue
        split = _split_property(line)
        if split is None:
            continue
        group, name, _params, value = split
        if name == "X-ABLABEL" and group:
            labels[group] = _unescape(value).strip("_$!<>").lower()
            continue
        pending.append(split)
    if card is not None:
        card.problems.append("no_end")
        finish()
    return cards


def _apply(
    card: Record,
    group: str,
    name: str,
    params: dict[str, list[str]],
    raw: str,
    labels: dict[str, str],
) -> None:
    value = _decode(raw, params)
    if value is None:
        return  # a photo, a logo, a sound: not kept
    types = set(params.get("TYPE", []))
    if name == "FN":
        card.name = _unescape(value).strip()
    elif name == "N":
        parts = [*_parts(value), "", ""]
        card.family, card.given = parts[0].strip(), parts[1].strip()
    elif name == "TEL":
        kind = next((_LABEL_KINDS[t] for t in types if t in _LABEL_KINDS), "")
        label = labels.get(group, "")
        if not kind and label:
            kind = {"mobile": "mobile", "手机": "mobile", "work": "work", "工作": "work",
                    "home": "home", "住宅": "home", "家": "home"}.get(label, "other")  # fmt: skip
        number = value.removeprefix("tel:").strip()
        card.phones.append((kind or "other", number))
    elif name == "EMAIL":
        card.emails.append(value.strip())
    elif name == "ORG":
        card.company = _parts(value)[0].strip()
    elif name == "TITLE":
        card.title = _unescape(value).strip()
    elif name == "ADR":
        parts = [p.strip() for p in _parts(value)]
        # PO box; extended; street; locality; region; postal code; country
        parts += [""] * (7 - len(parts))
        country = "" if parts[6] in ("中国", "中华人民共和国", "China", "CN") else parts[6]
        # Chinese addresses run from the largest place to the smallest.
        text = "".join(p for p in (country, parts[4], parts[3], parts[2]) if p)
        kind = "work" if "WORK" in types else "home"
        if text or parts[:2]:
            card.addresses.append((kind, text or "".join(parts[:2])))
    elif name == "BDAY":
        card.birthday = value.strip()
    elif name == "X-ALTBDAY" and "CHINESE" in params.get("CALSCALE", []):
        card.lunar_birthday = value.strip()
    elif name == "NOTE":
        card.notes = _unescape(value).strip()


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> Iterable[str]:
    """Lines of at most 75 octets, continued with a leading space (RFC 6350 3.2)."""
    data = line.encode("utf-8")
    while len(data) > 75:
        cut = 75
        while cut and (data[cut] & 0xC0) == 0x80:  # never inside a character
            cut -= 1
        yield data[:cut].decode("utf-8")
        data = b" " + data[cut:]
    yield data.decode("utf-8")


def write_vcards(records: Iterable[Record]) -> bytes:
    """vCard 3.0, what phones and CardDAV servers accept: CRLF, folded, UTF-8."""
    out: list[str] = []
    kinds = {"mobile": "CELL", "work": "WORK", "home": "HOME", "fax": "FAX", "other": "VOICE"}
    for r in records:
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(r.name)}"]
        family, given = (r.family, r.given) if r.family else (r.name[:1], r.name[1:])
        lines.append(f"N:{_escape(family)};{_escape(given)};;;")
        for kind, number in r.phones:
            lines.append(f"TEL;TYPE={kinds.get(kind, 'VOICE')}:{number}")
        for email in r.emails:
            lines.append(f"EMAIL;TYPE=INTERNET:{_escape(email)}")
        if r.company:
            lines.append(f"ORG:{_escape(r.company)}")
        if r.title:
            lines.append(f"TITLE:{_escape(r.title)}")
        for kind, text in r.addresses:
            lines.append(f"ADR;TYPE={'WORK' if kind == 'work' else 'HOME'}:;;{_escape(text)};;;;")
        if r.birthday:
            lines.append(f"BDAY:{r.birthday}")
        if r.lunar_birthday:
            lines.append(f"X-ALTBDAY;CALSCALE=chinese:{r.lunar_birthday}")
        if r.notes:
            lines.append(f"NOTE:{_escape(r.notes)}")
        lines.append("END:VCARD")
        for line in lines:
            out.extend(_fold(line))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")
