"""Search, route and export on an encrypted 100,000-contact book, against the same book
plain: the cost of SQLCipher to an RM.

    python bench/encryption.py

The baseline is the physical alternative: the very same book, unencrypted, opened the
same way. Both books are open at once; each measure, in turn, runs once on each book
as a warm-up, then on one and the other (order alternating), and the medians are
compared:
  search  every keystroke of a few typing sessions: the first screen of ranked ids and
          its rows, as the book's table asks for them;
  route   the days of the demo book with the most visits, planned from the database
          (the visits, their places, the branch) through the solver;
  export  10,000 clients to .csv (the dossier fields and phones read for each).
Target (issue 17): each within 1.3 x the plain book. The last line says `target met` or
`NOT met`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _book import OUT, bench_book, median

SESSIONS = ["zhangwei", "13857", "钓鱼", "lzm", "台州海德", "王", "0576"]
ROUNDS = int(os.environ.get("RMDESK_BENCH_ROUNDS", "5"))
EXPORTED = 10_000
TARGET = 1.3
SECRET = "bench passphrase, not a real one"


def keystrokes() -> list[str]:
    return [session[:n] for session in SESSIONS for n in range(1, len(session) + 1)]


def encrypted_copy(plain: Path) -> Path:
    from rmdesk.store.cipher import derive, export

    target = OUT / "run-encrypted.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    export(plain, None, target, derive(SECRET))
    return target


def busiest_days(services: object, count: int = 3) -> list:  # type: ignore[type-arg]
    from sqlalchemy import func, select

    from rmdesk.store.models import VisitPlanModel

    store = services.store  # type: ignore[attr-defined]
    with store.session() as s:
        rows = s.execute(
            select(VisitPlanModel.day, func.count())
            .group_by(VisitPlanModel.day)
            .order_by(func.count().desc(), VisitPlanModel.day)
            .limit(count)
        ).all()
    return [row[0] for row in rows]


def measures(services: object, days: list, folder: Path) -> dict[str, Callable[[], object]]:  # type: ignore[type-arg]
    from rmdesk.contacts.book import ContactBook
    from rmdesk.domain.contact import BookFilter

    book = ContactBook(services.store)  # type: ignore[attr-defined]
    chosen = book.list_ids()[:EXPORTED]

    def search() -> None:
        for typed in keystrokes():
            first = book.list_ids(BookFilter(search=typed), limit=60)
            book.rows(first)

    def route() -> None:
        for day in days:
            services.planning.plan_day(day)  # type: ignore[attr-defined]

    def export() -> None:
        services.exchange.export(folder / "clients.csv", chosen, "csv")  # type: ignore[attr-defined]

    return {"search": search, "route": route, "export": export}


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> int:
    from rmdesk.services import build_services
    from rmdesk.store.database import open_store

    plain_path = bench_book()
    encrypted_path = encrypted_copy(plain_path)
    plain = build_services(open_store(plain_path))
    encrypted = build_services(open_store(encrypted_path, passphrase=SECRET))
    assert encrypted.security.encrypted and not plain.security.encrypted
    days = busiest_days(plain)
    with tempfile.TemporaryDirectory() as folder:
        on_plain = measures(plain, days, Path(folder))
        on_encrypted = measures(encrypted, days, Path(folder))
        times: dict[str, dict[str, list[float]]] = {n: {"plain": [], "enc": []} for n in on_plain}
        for name in on_plain:  # one measure at a time, as a user repeats one task
            on_plain[name]()  # warm-up: the pages it reads, read once on each book
            on_encrypted[name]()
            for n in range(ROUNDS):
                pair = [("plain", on_plain[name]), ("enc", on_encrypted[name])]
                for label, work in pair if n % 2 == 0 else reversed(pair):
                    times[name][label].append(timed(work))
    plain.close()
    encrypted.close()
    print(f"encrypted vs plain book, {plain_path.stat().st_size // 2**20} MB, {ROUNDS} rounds")
    met = True
    for name, runs in times.items():
        ratio = median(runs["enc"]) / median(runs["plain"])
        met &= ratio <= TARGET
        print(f"  {name:7} {ratio:.2f}x the plain book (target <= {TARGET}x)")
    print("target met" if met else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
