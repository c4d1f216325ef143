"""Phone numbers: Chinese numbers are stored in E.164 (+86...), whatever way they were typed."""

from __future__ import annotations

DEFAULT_REGION = "CN"

# phonenumbers loads its metadata at import (a fifth of start-up's budget); it is
# imported when a number needs it, and mainland mobiles are formatted without it.


class InvalidPhone(ValueError):
    """The text is not a phone number that can be dialled."""


def normalize_phone(text: str, region: str = DEFAULT_REGION) -> str:
    """Return the number in E.164 form ("+8613800138000"); raise InvalidPhone otherwise.

    Accepts spaces, dashes, brackets, a leading 86/+86/0086, and landlines with area code
    ("0576-88123456").
    """
    import phonenumbers

    raw = text.strip()
    if not raw:
        raise InvalidPhone("empty")
    digits = "".join(ch for ch in raw if ch.isdigit())
    # "8613800138000" and "008613800138000" are common ways to write +86 without the plus.
    if not raw.startswith("+"):
        if digits.startswith("0086"):
            raw = "+" + digits[2:]
        elif digits.startswith("86") and len(digits) == 13:
            raw = "+" + digits
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhone(str(exc)) from None
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidPhone(f"{text!r} is not a valid phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """Group the digits for reading: "+86 138 0013 8000"."""
    if _is_mainland_mobile(e164):
        return f"+86 {e164[3:6]} {e164[6:10]} {e164[10:]}"
    import phonenumbers

    try:
        parsed = phonenumbers.parse(e164, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def national_digits(e164: str) -> str:
    """The digits a person dials at home ("13800138000", "057688123456")."""
    if _is_mainland_mobile(e164):
        return e164[3:]  # the common case, without a full parse
    import phonenumbers

    try:
        parsed = phonenumbers.parse(e164, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return "".join(ch for ch in e164 if ch.isdigit())
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return "".join(ch for ch in national if ch.isdigit())


def _is_mainland_mobile(e164: str) -> bool:
    return e164.startswith("+861") and len(e164) == 14 and e164[3:].isdigit()
