"""The mainland resident ID-card number (居民身份证号码, GB 11643): 18 characters, the
birth date inside, and a check character (ISO 7064 MOD 11-2).

The number is a sensitive field: everything but the edit field shows `mask(number)`.
"""

from __future__ import annotations

import datetime as dt

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK = "10X98765432"

# Problem codes shown beside the field; the UI translates them.
BAD_ID_FORM = "bad_id_form"  # not 17 digits and a digit or X
BAD_ID_CHECKSUM = "bad_id_checksum"
BAD_ID_DATE = "bad_id_date"


def normalize(number: str) -> str:
    """Spaces dropped, a final x upper-cased, full-width digits made plain."""
    text = "".join(number.split()).translate(
        str.maketrans("０１２３４５６７８９ｘＸ", "0123456789XX")
    )
    return text.upper()


def check_character(first17: str) -> str:
    return CHECK[sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11]


def birth_date(number: str) -> dt.date | None:
    """The birth date the number holds, or None if it holds no real date."""
    n = normalize(number)
    try:
        born = dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return None
    if born.year < 1900 or born > dt.date.today():
        return None
    return born


def problem(number: str) -> str | None:
    """None for a valid number (or an empty field), else a problem code."""
    n = normalize(number)
    if not n:
        return None
    if len(n) != 18 or not n[:17].isdigit() or not (n[17].isdigit() or n[17] == "X"):
        return BAD_ID_FORM
    if birth_date(n) is None:
        return BAD_ID_DATE
    if check_character(n[:17]) != n[17]:
        return BAD_ID_CHECKSUM
    return None


def mask(number: str) -> str:
    """The region and the last four kept, the birth date hidden: 331002********123X."""
    n = normalize(number)
    if len(n) <= 10:
        return "*" * len(n)
    return n[:6] + "*" * (len(n) - 10) + n[-4:]
