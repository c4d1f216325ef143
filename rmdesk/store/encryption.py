"""Encrypting a plain book and changing an encrypted book's passphrase, its backups
included; the keyring entry of a book whose key the OS keeps.

Each file is converted on its own (cipher.convert: written anew, proven, then moved in
place), the backups first and the book last: a conversion stopped part-way leaves the
book as it was and can simply be run again — a backup already under the new key is
passed over.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from rmdesk.store.backups import list_backups
from rmdesk.store.cipher import (
    KEYRING_SERVICE,
    BookInUse,
    BookKey,
    convert,
    derive,
    is_encrypted,
    opens,
)


def change_key(
    book: Path,
    old: BookKey | None,
    new: BookKey | None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Put the book and every backup of it under `new` (None: plain), from `old`; the
    backups that could not be converted (damaged, or under another key: left as they
    are). The book must be closed everywhere (BookInUse otherwise)."""
    say = progress or (lambda _done, _total: None)
    backups = [b.path for b in list_backups(book)]
    left: list[Path] = []
    for done, path in enumerate(backups):
        say(done, len(backups) + 1)
        if opens(path, new):
            continue  # converted by an earlier attempt
        source = old if is_encrypted(path) else None
        if not opens(path, source):
            left.append(path)
            continue
        convert(path, source, new)
    convert(book, old, new)
    say(len(backups) + 1, len(backups) + 1)
    return left


def new_key(passphrase: str) -> BookKey:
    """The key of a passphrase for a book being encrypted (a new salt)."""
    return derive(passphrase)


def keyring_secret(book: Path) -> str | None:
    """The secret the OS keyring keeps for this book, if any (None without a keyring)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, str(book))
    except KeyringError:
        return None


def keep_in_keyring(book: Path, secret: str | None) -> None:
    """Keep this book's secret in the OS keyring (None: forget it). KeyringError if
    there is no keyring to keep it in."""
    import keyring
    from keyring.errors import KeyringError

    if secret is None:
        with contextlib.suppress(KeyringError):  # nothing kept, or no keyring
            keyring.delete_password(KEYRING_SERVICE, str(book))
        return
    keyring.set_password(KEYRING_SERVICE, str(book), secret)


def keep_recovered(book: Path, secret: str) -> bool:
    """A book brought back from a backup with its recovery key: the key goes into this
    computer's keyring, as it was in the old one's, so that it opens without asking (and
    keeps its recovery key). False when `secret` is a passphrase the user chose, or no
    keyring can keep it: the book then asks for it, as before."""
    from keyring.errors import KeyringError

    from rmdesk.domain.protection import as_recovery_key

    if as_recovery_key(secret) != secret:
        return False
    try:
        keep_in_keyring(book, secret)
    except (KeyringError, RuntimeError, OSError):
        return False
    return True


__all__ = [
    "BookInUse",
    "change_key",
    "keep_in_keyring",
    "keep_recovered",
    "keyring_secret",
    "new_key",
]
