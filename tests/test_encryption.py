"""The encrypted book (SQLCipher): nothing of a client in the clear, in the book or its
backups; a wrong passphrase changes nothing; a conversion is proven before the plain
file goes and survives a kill; the passphrase changes; the key may live in the keyring;
the commands `rmdesk encrypt` and `rmdesk passphrase`, and any command given the
passphrase by stdin, the environment or the keyring."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.domain.contact import BookFilter, Contact, Phone
from rmdesk.domain.errors import BookEncrypted, WrongPassphrase
from rmdesk.domain.kinds import PhoneLabel
from rmdesk.services import build_services
from rmdesk.store import cipher
from rmdesk.store.backups import list_backups, write_backup
from rmdesk.store.cipher import is_encrypted
from rmdesk.store.database import open_store

SECRET = "correct horse battery"
NEW = "staple and a kettle"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def clear_text(path: Path, *needles: str) -> list[str]:
    data = path.read_bytes()
    return [n for n in needles if n.encode("utf-8") in data]


@pytest.fixture
def plain_book(tmp_path: Path, demo_file: Path) -> Path:
    book = tmp_path / "book.sqlite"
    shutil.copy(demo_file, book)
    services = build_services(open_store(book))
    services.contacts.save(
        Contact(name="欧阳秘密", company="台州保密机械有限公司",
                phones=[Phone(PhoneLabel.MOBILE, "+8613912345678")])
    )  # fmt: skip
    services.backups.back_up()
    services.close()
    return book


def test_an_encrypted_book_holds_nothing_in_the_clear(plain_book: Path) -> None:
    needles = ("欧阳秘密", "台州保密机械", "13912345678", "SQLite format 3")
    assert clear_text(plain_book, *needles[:3]), "the plain book shows them (the test sees)"
    services = build_services(open_store(plain_book))
    services.security.encrypt(SECRET)
    # The book works as before, through the same services, on SQLCipher.
    found = services.contacts.list_ids(BookFilter(search="欧阳秘密"))
    assert len(found) == 1
    services.contacts.save(
        Contact(name="后来的客户", phones=[Phone(PhoneLabel.MOBILE, "+8613811112222")])
    )
    assert services.security.encrypted
    services.backups.back_up()
    services.close()
    files = [plain_book, *(b.path for b in list_backups(plain_book))]
    files += [p for p in plain_book.parent.iterdir() if p.name.endswith(("-wal", "-shm"))]
    assert len(files) >= 3
    for path in files:
        assert clear_text(path, *needles, "后来的客户", "13811112222") == [], path
    assert not list(plain_book.parent.glob("*.converting"))
    with pytest.raises(BookEncrypted):
        open_store(plain_book)
    again = open_store(plain_book, passphrase=SECRET)
    assert again.read("SELECT count(*) FROM contacts WHERE name = '后来的客户'")[0][0] == 1
    again.close()


def test_a_wrong_passphrase_leaves_the_book_byte_for_byte(plain_book: Path, capsys) -> None:
    services = build_services(open_store(plain_book))
    services.security.encrypt(SECRET)
    services.close()
    before = digest(plain_book)
    with pytest.raises(WrongPassphrase):
        open_store(plain_book, passphrase="not the passphrase")
    sys.stdin = io.StringIO("not the passphrase\n")
    try:
        code = main(["contacts", "list", "--db", str(plain_book), "--passphrase-stdin"])
    finally:
        sys.stdin = sys.__stdin__
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "passphrase does not open" in err
    assert digest(plain_book) == before
    assert not Path(f"{plain_book}-wal").exists() or Path(f"{plain_book}-wal").stat().st_size == 0


def test_a_conversion_that_does_not_read_back_changes_nothing(
    plain_book: Path, monkeypatch
) -> None:
    before = digest(plain_book)
    real = cipher._row_counts
    calls = []

    def short(conn):  # the copy's count differs from the book's: never put in place
        calls.append(1)
        counts = real(conn)
        return {**counts, "contacts": counts["contacts"] - (len(calls) > 1)}

    monkeypatch.setattr(cipher, "_row_counts", short)
    with pytest.raises(cipher.driver_errors()):
        cipher.convert(plain_book, None, cipher.derive(SECRET))
    assert digest(plain_book) == before and not is_encrypted(plain_book)
    assert not list(plain_book.parent.glob("*.converting"))


KILLED_CONVERSION = """
import os, signal, sys
from pathlib import Path
from rmdesk.store import cipher
real = os.replace
def replace(src, dst):
    if Path(dst) == Path(sys.argv[1]):
        os.kill(os.getpid(), signal.SIGKILL)  # proven, about to be put in place: killed
    return real(src, dst)
os.replace = replace
from rmdesk.cli import main
sys.exit(main(["encrypt", "--db", sys.argv[1], "--passphrase-stdin"]))
"""


def test_a_conversion_killed_before_it_is_put_in_place_leaves_the_plain_book(
    plain_book: Path,
) -> None:
    before = digest(plain_book)
    run = subprocess.run(
        [sys.executable, "-c", KILLED_CONVERSION, str(plain_book)],
        input=SECRET + "\n", text=True, capture_output=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == -9, run.stderr
    assert digest(plain_book) == before and not is_encrypted(plain_book)
    # The backups may be converted already; running it again finishes the work.
    run = subprocess.run(
        [sys.executable, "-m", "rmdesk", "encrypt", "--db", str(plain_book), "--passphrase-stdin"],
        input=SECRET + "\n", text=True, capture_output=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert is_encrypted(plain_book)
    assert all(is_encrypted(b.path) for b in list_backups(plain_book))
    store = open_store(plain_book, passphrase=SECRET)
    assert store.read("SELECT count(*) FROM contacts WHERE name = '欧阳秘密'")[0][0] == 1
    store.close()


def test_the_passphrase_changes_for_the_book_and_its_backups(plain_book: Path, capsys) -> None:
    sys.stdin = io.StringIO(SECRET + "\n")
    try:
        assert main(["encrypt", "--db", str(plain_book), "--passphrase-stdin"]) == 0
    finally:
        sys.stdin = sys.__stdin__
    assert "encrypted" in capsys.readouterr().out
    backups = [b.path for b in list_backups(plain_book)]
    assert backups and all(is_encrypted(p) for p in backups)
    sys.stdin = io.StringIO(f"{SECRET}\n{NEW}\n")
    try:
        assert main(["passphrase", "--db", str(plain_book), "--passphrase-stdin"]) == 0
    finally:
        sys.stdin = sys.__stdin__
    assert "new passphrase" in capsys.readouterr().out
    with pytest.raises(WrongPassphrase):
        open_store(plain_book, passphrase=SECRET)
    for path in [plain_book, *backups]:
        assert cipher.opens(path, cipher.key_for(path, NEW)), path
        assert not cipher.opens(path, cipher.key_for(path, SECRET)), path
    # Any command opens it with the passphrase from the environment.
    os.environ["RMDESK_PASSPHRASE"] = NEW
    try:
        assert main(["backup", "--db", str(plain_book)]) == 0
        written = Path(capsys.readouterr().out.strip())
        assert is_encrypted(written) and cipher.opens(written, cipher.key_for(written, NEW))
    finally:
        del os.environ["RMDESK_PASSPHRASE"]


def test_a_plain_backup_restores_into_an_encrypted_book(plain_book: Path, tmp_path: Path) -> None:
    plain_copy = write_backup(plain_book, "manual", tmp_path / "kept-plain.sqlite")
    services = build_services(open_store(plain_book))
    services.security.encrypt(SECRET)
    cid = services.contacts.save(Contact(name="加密之后"))
    services.backups.restore(plain_copy)
    assert services.contacts.list_ids(BookFilter(search="加密之后")) == []
    assert services.contacts.list_ids(BookFilter(search="欧阳秘密"))
    assert cid not in services.contacts.list_ids()
    services.close()
    assert is_encrypted(plain_book)
    assert clear_text(plain_book, "欧阳秘密") == []


def test_a_key_kept_in_the_keyring(plain_book: Path, memory_keyring, capsys) -> None:
    assert main(["encrypt", "--db", str(plain_book), "--keyring"]) == 0
    assert "keyring" in capsys.readouterr().out
    (secret,) = memory_keyring.secrets.values()
    assert len(secret) >= 40
    assert main(["contacts", "list", "--db", str(plain_book), "--search", "欧阳秘密"]) == 0
    assert "欧阳秘密" in capsys.readouterr().out
    services = build_services(open_store(plain_book, passphrase=secret))
    assert services.security.in_keyring and services.security.keyring_opens()
    assert services.security.opens_with(secret) and not services.security.opens_with("x" * 9)
    services.security.change_passphrase(NEW)  # a passphrase instead: the keyring forgets
    services.close()
    assert memory_keyring.secrets == {}
    assert main(["contacts", "list", "--db", str(plain_book)]) == 1
    assert "is encrypted" in capsys.readouterr().err


def test_encrypting_refuses_what_it_cannot_do(plain_book: Path, capsys) -> None:
    sys.stdin = io.StringIO("short\n")
    try:
        with pytest.raises(SystemExit) as said:
            main(["encrypt", "--db", str(plain_book), "--passphrase-stdin"])
    finally:
        sys.stdin = sys.__stdin__
    assert "at least 8 characters" in str(said.value)
    assert not is_encrypted(plain_book)
    assert main(["passphrase", "--db", str(plain_book)]) == 1
    assert "not encrypted" in capsys.readouterr().err


def test_the_demo_book_is_known_as_such(tmp_path: Path) -> None:
    """The demo book may stay plain, and the window says so (not as a warning)."""
    from rmdesk.store.location import demo_database

    demo = build_services(open_store(demo_database()))
    mine = build_services(open_store(tmp_path / "mine.sqlite"))
    try:
        assert demo.security.demo and not demo.security.encrypted
        assert not mine.security.demo
    finally:
        demo.close()
        mine.close()


def test_a_recovery_key_is_read_back_however_it_is_written() -> None:
    from rmdesk.domain.protection import as_recovery_key, recovery_key, spellings

    key = recovery_key(bytes(range(25)))
    assert key == recovery_key(bytes(range(25))), "the same bytes, the same key"
    groups = key.split("-")
    assert [len(g) for g in groups] == [5] * 8
    assert not set(key) & set("ILOU"), "no letter to misread"
    loose = " ".join(groups).lower().replace("0", "o").replace("1", "l")
    assert as_recovery_key(loose) == key
    assert as_recovery_key(key.replace("-", "")) == key
    assert as_recovery_key(key[:-1]) is None and as_recovery_key("correct horse") is None
    assert as_recovery_key(key.replace(key[0], "U", 1)) is None
    assert spellings(key) == [key] and spellings(loose) == [loose, key]
    assert spellings(SECRET) == [SECRET]
    with pytest.raises(ValueError):
        recovery_key(bytes(24))


def test_a_key_kept_in_the_keyring_has_a_recovery_key_that_opens_it_anywhere(
    plain_book: Path, tmp_path: Path, memory_keyring, capsys
) -> None:
    assert main(["encrypt", "--db", str(plain_book), "--keyring"]) == 0
    out = capsys.readouterr().out
    (secret,) = memory_keyring.secrets.values()
    assert f"recovery key: {secret}\n" in out
    assert main(["recovery-key", "--db", str(plain_book)]) == 0
    assert capsys.readouterr().out == f"{secret}\n"
    # This computer lost: a backup on another, typed in small letters without dashes.
    services = build_services(open_store(plain_book, passphrase=secret))
    elsewhere = services.backups.back_up()
    assert services.security.recovery_key() == secret
    typed = secret.lower().replace("-", " ")
    assert services.security.opens_with(typed), "the lock screen takes it too"
    services.close()
    moved = tmp_path / "new-laptop" / "book.sqlite"
    moved.parent.mkdir()
    shutil.copy(elsewhere, moved)
    assert cipher.spelling_that_opens(moved, typed) == secret
    assert cipher.spelling_that_opens(moved, "wrong but long") == "wrong but long"
    os.environ["RMDESK_PASSPHRASE"] = typed
    try:
        assert main(["contacts", "list", "--db", str(moved), "--search", "欧阳秘密"]) == 0
        assert "欧阳秘密" in capsys.readouterr().out
    finally:
        del os.environ["RMDESK_PASSPHRASE"]
    # Or on the command line, into a new computer's book that does not exist yet.
    fresh = tmp_path / "another-laptop" / "book.sqlite"
    fresh.parent.mkdir()
    assert main(["restore", str(elsewhere), "--db", str(fresh), "--yes"]) == 1
    assert "is encrypted" in capsys.readouterr().err and not fresh.exists()
    os.environ["RMDESK_PASSPHRASE"] = typed
    try:
        assert main(["restore", str(elsewhere), "--db", str(fresh), "--yes"]) == 0
        out = capsys.readouterr().out
        assert "restored" in out and "kept in the system keyring" in out
    finally:
        del os.environ["RMDESK_PASSPHRASE"]
    # Its key is in this computer's keyring now, as it was in the old one's.
    assert main(["contacts", "list", "--db", str(fresh), "--search", "欧阳秘密"]) == 0
    assert "欧阳秘密" in capsys.readouterr().out
    assert main(["recovery-key", "--db", str(fresh)]) == 0
    assert capsys.readouterr().out == f"{secret}\n"
    from rmdesk.store.encryption import keep_recovered, keyring_secret

    chosen = tmp_path / "chosen.sqlite"
    assert not keep_recovered(chosen, NEW), "a passphrase one chose stays one's own"
    assert keyring_secret(chosen) is None
    # A book opened with its passphrase has none.
    services = build_services(open_store(plain_book, passphrase=secret))
    services.security.change_passphrase(NEW)
    assert services.security.recovery_key() is None
    services.close()
    os.environ["RMDESK_PASSPHRASE"] = NEW
    try:
        assert main(["recovery-key", "--db", str(plain_book)]) == 1
        assert "no recovery key" in capsys.readouterr().err
    finally:
        del os.environ["RMDESK_PASSPHRASE"]
