"""The rules of the book's protection that every interface shares."""

from __future__ import annotations

MIN_PASSPHRASE = 8  # characters: a short passphrase is guessed from a copied file
LOCK_AFTER_MINUTES = 10  # idle time before the window locks (the default)
REVEAL_SECONDS = 20  # a revealed sensitive field hides again after this long
