"""`rmdesk --self-test`: what an installed rmdesk needs, checked on a temporary book —
the migrations, a demo book, the map page with its assets and no network, an .ics export
read back, a briefing PDF, an encrypted book, a Chinese font. One line per check; the
exit code is non-zero if any failed, and the line names it. Runs frozen (the bundle) and
from source, headless."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO


def run(out: TextIO | None = None) -> int:
    out = out or sys.stdout
    no_screen = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_screen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: a server, CI
    folder = Path(tempfile.mkdtemp(prefix="rmdesk-selftest-"))
    state: dict[str, Any] = {}  # the services of the temporary book
    failed = 0

    def migrations() -> str:
        from rmdesk.services import build_services
        from rmdesk.store.database import SCHEMA_HEAD, open_store, read_revision

        store = open_store(folder / "selftest.sqlite")
        with store.engine.connect() as conn:
            revision = read_revision(conn)
        if revision != SCHEMA_HEAD:
            raise RuntimeError(f"the book is at {revision}, not {SCHEMA_HEAD}")
        state["services"] = build_services(store)
        return f"schema {revision}"

    def demo() -> str:
        from rmdesk.demo.generator import write_demo_book

        services = state["services"]
        written = write_demo_book(services.store, clients=200, seed=1)
        return f"{written} demo contacts"

    def map_page() -> str:
        from rmdesk.ui.map_check import check_map_page

        problem = check_map_page()
        if problem:
            raise RuntimeError(problem)
        return "loaded offline with Leaflet and rmdesk's script"

    def chinese_font() -> str:
        from rmdesk.ui.fonts import check_chinese_font

        family, problem = check_chinese_font()
        if problem:
            raise RuntimeError(problem)
        return family

    def ics() -> str:
        import icalendar

        from rmdesk.agenda.items import Privacy

        services = state["services"]
        target = folder / "selftest.ics"
        today = dt.date.today()
        count = services.agenda.export(
            target, today, today + dt.timedelta(days=60), Privacy.STANDARD
        )
        events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
        if not events or len(events) != count:
            raise RuntimeError(f"wrote {count} events, read back {len(events)}")
        return f"{count} events written and read back"

    def pdf() -> str:
        from rmdesk import i18n
        from rmdesk.documents.briefing import briefing_document

        services = state["services"]
        first = services.contacts.list_ids(limit=1)[0]
        briefing = services.dossiers.briefing(first, dt.date.today())
        i18n.install(None)
        target = folder / "selftest.pdf"
        services.documents.save_pdf(
            target, briefing_document([briefing]), kind="briefing_pdf", clients=1
        )
        data = target.read_bytes()
        if not data.startswith(b"%PDF") or len(data) < 1000:
            raise RuntimeError("the file is not a PDF")
        return f"{len(data) // 1024} KB"

    def encryption() -> str:
        from rmdesk.domain.contact import Contact
        from rmdesk.domain.errors import WrongPassphrase
        from rmdesk.services import build_services
        from rmdesk.store.database import open_store

        book = folder / "encrypted.sqlite"
        secret = "self-test passphrase"
        services = build_services(open_store(book, passphrase=secret))
        try:
            services.contacts.save(Contact(name="自检客户", company="self-test"))
        finally:
            services.close()
        if "自检客户".encode() in book.read_bytes():
            raise RuntimeError("a name is readable in the encrypted file")
        try:
            open_store(book, passphrase="not the passphrase").close()
        except WrongPassphrase:
            pass
        else:
            raise RuntimeError("a wrong passphrase opened the book")
        store = open_store(book, passphrase=secret)
        try:
            count = len(build_services(store).contacts.list_ids())
        finally:
            store.close()
        if count != 1:
            raise RuntimeError(f"read back {count} contacts, not 1")
        return "SQLCipher: written, refused a wrong passphrase, read back"

    checks: list[tuple[str, Callable[[], str]]] = [
        ("migrations", migrations),
        ("demo book", demo),
        ("map page", map_page),
        ("chinese font", chinese_font),
        ("ics export", ics),
        ("briefing pdf", pdf),
        ("encryption", encryption),
    ]
    try:
        for name, check in checks:
            began = time.perf_counter()
            needs_book = name not in ("migrations", "map page", "chinese font", "encryption")
            if needs_book and "services" not in state:
                out.write(f"FAIL  {name:<13} not run: the book could not be made\n")
                failed += 1
                continue
            try:
                said = check()
            except Exception as exc:  # each check reports, and the next still runs
                said = " ".join(f"{type(exc).__name__}: {exc}".split())  # one line
                out.write(f"FAIL  {name:<13} {said[:300]}\n")
                if "RMDESK_DEBUG" in os.environ:
                    traceback.print_exc()
                failed += 1
                continue
            out.write(f"ok    {name:<13} {said} ({time.perf_counter() - began:.1f} s)\n")
    finally:
        services = state.get("services")
        if services is not None:
            services.close()
        shutil.rmtree(folder, ignore_errors=True)
    out.write("self-test passed\n" if not failed else f"self-test FAILED: {failed} check(s)\n")
    out.flush()
    return 1 if failed else 0
