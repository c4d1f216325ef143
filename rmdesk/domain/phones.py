"""Phone numbers, read, stored and shown by the `phonenumbers` library.

Stored form: E.164 ("+8613800138000"), with an extension after ";ext="
("+861065123456;ext=8001"); a short number (a bank's 95588, the 12345 hotline) is stored
as its digits, since it is dialled only at home. Shown as people write them: a mainland
number in its national form ("138 0013 8000", "0576-8812 3456"), others internationally
("+852 2123 4567"). Hong Kong, Macau, Taiwan and every other region come with the
library's metadata.
"""

from __future__ import annotations

import re
from typing import Any

DEFAULT_REGION = "CN"
EXTENSION = ";ext="

# phonenumbers loads its metadata at import (a fifth of start-up's budget); it is
# imported when a number needs it, and mainland mobiles are formatted without it.

# Ways an extension is written in China beside the ones the library knows (ext., x, #).
_CHINESE_EXTENSION = re.compile(r"\s*(?:转|分机|分機)\s*")
_TRAILING_EXTENSION = re.compile(r"^(.*\d)\s*[-‐–—]\s*(\d{1,6})$")
_PHONE_LIKE = re.compile(r"^[\d\s\-‐–—()（）+.]+$")


# A mainland mobile as people write it (138 0013 8000, +86-138-0013-8000, 0086…), in the
# ranges the library's metadata holds valid: stored without asking the library, which
# costs a tenth of a millisecond a number (tests check both agree on every range).
_MOBILE = re.compile(
    r"^(?:\+86|0086)?(1(?:3\d|4[57]|5[0-35-9]|6[25-7]|7[0-35-8]|8\d|9[0-35-9])\d{8})$"
)
_SEPARATORS = re.compile(r"[\s\-‐–—()（）.]")


class InvalidPhone(ValueError):
    """The text is not a phone number that can be dialled."""


def normalize_phone(text: str, region: str = DEFAULT_REGION) -> str:
    """The stored form of a typed number; InvalidPhone if it cannot be dialled.

    Accepts spaces, dashes, brackets, +86/0086, landlines with their area code
    ("0576-88123456"), extensions ("ext. 8001", "#8001", "转8001", "010-65123456-8001"),
    short numbers (95588) and numbers of other regions ("+852 2123 4567").
    """
    fast = _MOBILE.match(_SEPARATORS.sub("", text)) if region == DEFAULT_REGION else None
    if fast is not None:
        return "+86" + fast.group(1)
    import phonenumbers

    raw = _CHINESE_EXTENSION.sub(" ext. ", text.strip())
    if not raw:
        raise InvalidPhone("empty")
    parsed = _parse(raw, region)
    if parsed is not None and not _dialable(parsed) and parsed.extension is None:
        # "010-65123456-8001": the last group is an extension when the rest is a number.
        trailing = _TRAILING_EXTENSION.match(raw)
        if trailing:
            again = _parse(f"{trailing.group(1)} ext. {trailing.group(2)}", region)
            if again is not None and _dialable(again):
                parsed = again
    if parsed is None or not _dialable(parsed):
        raise InvalidPhone(f"{text!r} is not a phone number")
    if phonenumbers.is_valid_number(parsed) or parsed.country_code != 86:
        number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    else:  # a short number: its digits, as dialled
        number = str(parsed.national_number)
    return number + (f"{EXTENSION}{parsed.extension}" if parsed.extension else "")


def _parse(raw: str, region: str) -> Any:
    import phonenumbers

    try:
        return phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None


def _dialable(parsed: Any) -> bool:
    import phonenumbers

    if phonenumbers.is_valid_number(parsed):
        return True
    if parsed.country_code == 86:
        return bool(phonenumbers.is_valid_short_number(parsed)) and not parsed.extension
    # Other regions: the library's metadata lags new ranges (Macau's 28xx xxxx).
    return bool(phonenumbers.is_possible_number(parsed))


def _split(stored: str) -> tuple[str, str]:
    number, _, extension = stored.partition(EXTENSION)
    return number, extension


def display_phone(stored: str, extension_word: str = "转") -> str:
    """As people write it: "138 0013 8000", "0576-8812 3456 转8001", "+852 2123 4567"."""
    number, extension = _split(stored)
    tail = f" {extension_word}{extension}" if extension else ""
    if _is_mainland_mobile(number):
        return f"{number[3:6]} {number[6:10]} {number[10:]}{tail}"
    if not number.startswith("+"):
        return number + tail  # a short number
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return stored
    if parsed.country_code != 86:
        shown = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return shown + tail
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    if national.startswith("0"):
        national = national.replace(" ", "-", 1)  # the area code, as on a business card
    return national + tail


def national_digits(stored: str) -> str:
    """The digits a person dials at home ("13800138000", "057688123456", "95588")."""
    number, _extension = _split(stored)
    if _is_mainland_mobile(number):
        return number[3:]  # the common case, without a full parse
    if not number.startswith("+"):
        return number
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return "".join(ch for ch in number if ch.isdigit())
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return "".join(ch for ch in national if ch.isdigit())


def query_digits(query: str) -> str | None:
    """The digits to search for when a query is written like a phone number
    ("138-0013-8000", "(0576) 8812 3456", "0086 138 0013 8000"); None otherwise."""
    text = query.strip()
    if not _PHONE_LIKE.match(text):
        return None
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) < 3:
        return None
    if digits.startswith("0086"):
        digits = digits[4:]
    elif text.startswith("+86") or (digits.startswith("86") and len(digits) == 13):
        digits = digits[2:]
    return digits


def _is_mainland_mobile(e164: str) -> bool:
    return e164.startswith("+861") and len(e164) == 14 and e164[3:].isdigit()
