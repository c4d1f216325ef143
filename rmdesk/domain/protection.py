"""The rules of the book's protection that every interface shares."""

from __future__ import annotations

MIN_PASSPHRASE = 8  # characters: a short passphrase is guessed from a copied file
LOCK_AFTER_MINUTES = 10  # idle time before the window locks (the default)
REVEAL_SECONDS = 20  # a revealed sensitive field hides again after this long

# A book whose key the OS keyring keeps opens, on any computer, with its recovery key: the
# random secret itself, written in groups of five letters and digits (Crockford's base
# 32: no I, L, O or U to misread) so that it can be written down and typed back.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 8
RECOVERY_GROUP = 5  # 8 x 5 characters of 5 bits: 200 random bits
_MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1"})


def recovery_key(random: bytes) -> str:
    """The recovery key spelled from `random` (at least 25 bytes)."""
    length = RECOVERY_GROUPS * RECOVERY_GROUP
    if len(random) * 8 < length * 5:
        raise ValueError("a recovery key needs 25 random bytes")
    number = int.from_bytes(random, "big")
    letters = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        letters.append(RECOVERY_ALPHABET[digit])
    return _grouped("".join(letters))


def _grouped(letters: str) -> str:
    return "-".join(letters[n : n + RECOVERY_GROUP] for n in range(0, len(letters), RECOVERY_GROUP))


def as_recovery_key(typed: str) -> str | None:
    """A recovery key as it was typed (small letters, spaces instead of dashes or none,
    O for 0, I or L for 1) in its own spelling; None when `typed` is not one."""
    letters = "".join(typed.upper().split()).replace("-", "").translate(_MISREAD)
    if len(letters) != RECOVERY_GROUPS * RECOVERY_GROUP:
        return None
    if any(c not in RECOVERY_ALPHABET for c in letters):
        return None
    return _grouped(letters)


def spellings(typed: str) -> list[str]:
    """What to try as the passphrase the user typed: the text itself, then, when it reads
    as a recovery key written another way, the key's own spelling."""
    key = as_recovery_key(typed)
    return [typed] if key is None or key == typed else [typed, key]
