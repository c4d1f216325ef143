"""The mainland resident ID-card number (居民身份证号码, GB 11643): 18 characters, the
region it was issued in, the birth date, the holder's sex, and a check character
(ISO 7064 MOD 11-2). The old 15-digit cards (no century, no check character) are read
and upgraded to 18 digits as the issuing offices do.

The number is a sensitive field: everything but the edit field shows `mask(number)`.
"""

from __future__ import annotations

import datetime as dt

from rmdesk.domain.kinds import Gender

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK = "10X98765432"

# Problem codes shown beside the field; the UI translates them.
BAD_ID_FORM = "bad_id_form"  # not 17 digits and a digit or X
BAD_ID_CHECKSUM = "bad_id_checksum"
BAD_ID_DATE = "bad_id_date"
BAD_ID_REGION = "bad_id_region"  # the first two digits name no province

# The province (or region) in the first two digits. 71 Taiwan, 81 Hong Kong and 82 Macau
# are on residence permits, 83 on Taiwan residents' permits, 91 on foreigners' permanent
# residence cards (2023 format).
PROVINCES = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古", "21": "辽宁",
    "22": "吉林", "23": "黑龙江", "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽",
    "35": "福建", "36": "江西", "37": "山东", "41": "河南", "42": "湖北", "43": "湖南",
    "44": "广东", "45": "广西", "46": "海南", "50": "重庆", "51": "四川", "52": "贵州",
    "53": "云南", "54": "西藏", "61": "陕西", "62": "甘肃", "63": "青海", "64": "宁夏",
    "65": "新疆", "71": "台湾", "81": "香港", "82": "澳门", "83": "台湾", "91": "外籍",
}  # fmt: skip


def normalize(number: str) -> str:
    """Spaces and dashes dropped, a final x upper-cased, full-width digits made plain, and
    a 15-digit card upgraded to its 18-digit number."""
    text = "".join(number.split()).translate(
        str.maketrans("０１２３４５６７８９ｘＸ", "0123456789XX", "-‐–—_")
    )
    text = text.upper()
    if len(text) == 15 and text.isdigit():
        return upgrade(text)
    return text


def upgrade(old: str) -> str:
    """A 15-digit card's 18-digit number: the century 19 inserted, the check added."""
    first17 = old[:6] + "19" + old[6:]
    return first17 + check_character(first17)


def sex(number: str) -> Gender | None:
    """The holder's sex, from the 17th digit (odd: male, even: female)."""
    n = normalize(number)
    if len(n) != 18 or not n[16].isdigit():
        return None
    return Gender.MALE if int(n[16]) % 2 else Gender.FEMALE


def province(number: str) -> str:
    """The province (or region) that issued the number, "" if unknown."""
    return PROVINCES.get(normalize(number)[:2], "")


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
    if n[:2] not in PROVINCES:
        return BAD_ID_REGION
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
