"""The book's protection: encrypting it, changing its passphrase, keeping its key in the
OS keyring, and checking a passphrase to unlock the window."""

from __future__ import annotations

import hmac
from collections.abc import Callable, Sequence
from pathlib import Path

from rmdesk.domain.errors import RmdeskError
from rmdesk.store.database import Store


class NotEmbedded(RmdeskError):
    """Encryption is of the embedded book; a team's server protects its own data."""

    code = "not_embedded"


class AlreadyEncrypted(RmdeskError):
    code = "already_encrypted"


class NotEncrypted(RmdeskError):
    code = "not_encrypted"


RECOVERY_KEPT = "recovery_key_kept"  # personal_settings: which key the user has kept


def _fingerprint(key: str) -> str:
    """Names a recovery key without holding it (the book must not hold its own key)."""
    import hashlib

    return hashlib.sha256(f"rmdesk recovery key kept: {key}".encode()).hexdigest()[:16]


class SecurityService:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._in_keyring: bool | None = None  # as the keyring was last read

    @property
    def embedded(self) -> bool:
        return self._store.path is not None

    @property
    def encrypted(self) -> bool:
        return self._store.key is not None

    @property
    def demo(self) -> bool:
        """Whether this is the demo book (made-up clients: it may stay plain)."""
        from rmdesk.store.location import demo_database

        path = self._store.path
        return path is not None and path.absolute() == Path(demo_database()).absolute()

    @property
    def in_keyring(self) -> bool:
        """Whether the OS keyring holds this book's secret (it opens without asking), as
        it was last read: at start, off the GUI thread (the reminder of the recovery
        key). The lock screen asks this when the session locks, when a keyring may
        itself be locked and would ask for its password first."""
        if self._in_keyring is None:
            self._keyring_secret()
        return bool(self._in_keyring)

    def _keyring_secret(self) -> str | None:
        """The book's secret in the OS keyring (None: none, or a plain book), read now."""
        from rmdesk.store.encryption import keyring_secret

        path = self._store.path
        secret = keyring_secret(path) if path is not None and self.encrypted else None
        self._in_keyring = secret is not None
        return secret

    def _book(self) -> Path:
        if self._store.path is None:
            raise NotEmbedded(
                "a team's PostgreSQL book is protected on its server (roles, TLS, its disk), "
                "not by rmdesk's encryption"
            )
        return self._store.path

    def encrypt(
        self,
        passphrase: str | None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Path]:
        """Encrypt the plain book and its backups under `passphrase` (None: a random
        secret kept in the OS keyring); the backups left as they were (unreadable)."""
        if self.encrypted:
            raise AlreadyEncrypted(f"the book {self._store.location} is already encrypted")
        return self._convert(passphrase, progress)

    def change_passphrase(
        self, passphrase: str | None, progress: Callable[[int, int], None] | None = None
    ) -> list[Path]:
        """Put the encrypted book and its backups under a new passphrase (None: a random
        secret kept in the OS keyring)."""
        if not self.encrypted:
            raise NotEncrypted(f"the book {self._store.location} is not encrypted")
        return self._convert(passphrase, progress)

    def _convert(
        self, passphrase: str | None, progress: Callable[[int, int], None] | None
    ) -> list[Path]:
        from rmdesk.store.cipher import new_secret
        from rmdesk.store.encryption import change_key, keep_in_keyring, keyring_secret, new_key

        book = self._book()
        self._in_keyring = None  # read again after the change
        before = keyring_secret(book)
        secret = passphrase if passphrase is not None else new_secret()
        key = new_key(secret)
        # The keyring gets the new secret before the book is converted (never a book
        # whose key is nowhere), and loses it again if the conversion fails.
        keep_in_keyring(book, secret if passphrase is None else None)
        old = self._store.key
        self._store.close()
        try:
            left = change_key(book, old, key, progress)
        except BaseException:
            keep_in_keyring(book, before)
            self._store.rekey(old)
            raise
        self._store.rekey(key)
        return left

    @property
    def server_password(self) -> bool:
        """Whether this is a team's book opened with a password (the lock asks for it)."""
        return self._store.has_password

    def opens_with(self, passphrase: str) -> bool:
        """Whether `passphrase` is the encrypted book's, or the password a team's book
        was opened with (the lock screen asks it)."""
        from rmdesk.domain.protection import spellings
        from rmdesk.store.cipher import derive

        key = self._store.key
        if key is None:
            return self._store.is_password(passphrase)
        return any(
            hmac.compare_digest(derive(spelling, key.salt).key, key.key)
            for spelling in spellings(passphrase)  # a recovery key typed another way too
        )

    def recovery_key(self) -> str | None:
        """The secret the OS keyring keeps for this book, when it opens the book: typed
        in place of a passphrase, it opens the book and its backups on any computer.
        None for a book opened with a passphrase (or a plain one)."""
        secret = self._keyring_secret()
        return secret if secret is not None and self.opens_with(secret) else None

    def keyring_opens(self) -> bool:
        """Whether the OS keyring (asked now: it may want its own unlock) holds this
        book's secret."""
        secret = self._keyring_secret()
        return secret is not None and self.opens_with(secret)

    def recovery_reminder(self) -> str | None:
        """The recovery key, while the user has not said they kept it (the window shows
        it once more at start); None when kept, or when the book has none."""
        from rmdesk.store.personal import read_personal

        secret = self._keyring_secret()
        if secret is None or read_personal(self._store, RECOVERY_KEPT) == _fingerprint(secret):
            return None  # kept: no key derived at start (a fifth of a second)
        return secret if self.opens_with(secret) else None

    def recovery_kept(self, key: str) -> None:
        """The user has kept this recovery key (a new key is reminded of again)."""
        from rmdesk.store.personal import write_personal

        write_personal(self._store, RECOVERY_KEPT, _fingerprint(key))

    # -- team mode: who sees which client (PostgreSQL row-level security) --------------

    def grant_rm(self, role: str, *, manager: bool = False) -> None:
        """Let a database role work in the team's book as an RM, or as branch manager."""
        from rmdesk.store.team import grant_rm

        grant_rm(self._store, role, manager=manager)

    def assign(self, ids: Sequence[int], role: str) -> int:
        """Hand clients over to the RM `role` (a manager or the administrator)."""
        from rmdesk.store.team import assign

        return assign(self._store, ids, role)

    def share(self, ids: Sequence[int], role: str) -> int:
        """Let the RM `role` see and edit these clients too (their owner only)."""
        from rmdesk.store.team import share

        return share(self._store, ids, role)

    def unshare(self, ids: Sequence[int], role: str) -> int:
        from rmdesk.store.team import unshare

        return unshare(self._store, ids, role)
