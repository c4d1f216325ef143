"""Today on the bench book (100,000 contacts unless RMDESK_BENCH_CONTACTS says
otherwise): the screen's items of the day with their look-ahead, against the plain SQL
queries behind them (captured as SQLite ran them, values bound) run bare on sqlite3 —
the least the same reads can cost.

    python bench/today.py

Both run once to warm up, then interleaved, seven times each; medians. Target (issue
15): Today under one second; the ratio says what rmdesk adds to its reads.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _book import SIZE, bench_book

ROUNDS = 7
BUDGET_S = 1.0


def main() -> None:
    from rmdesk.services import build_services
    from rmdesk.store.database import open_store

    db = bench_book()
    store = open_store(db)  # brings the copy to today's schema
    services = build_services(store)
    day = dt.date.today()

    def ours() -> int:
        return len(services.keeping.today(day, day, ahead=True))

    # The statements Today runs, as SQLite saw them.
    statements: list[str] = []
    reader = store._sqlite_reader()  # the connection Store.read uses on this thread
    reader.set_trace_callback(statements.append)
    shown = ours()
    reader.set_trace_callback(None)
    bare = sqlite3.connect(db)
    bare.execute("PRAGMA cache_size = -32768")  # the page cache rmdesk's connection has

    def plain() -> None:
        for sql in statements:
            bare.execute(sql).fetchall()

    work = {"plain SQL": plain, "rmdesk Today": ours}
    for run in work.values():
        run()
    times: dict[str, list[float]] = {name: [] for name in work}
    for n in range(ROUNDS):
        for name, run in list(work.items())[:: 1 if n % 2 == 0 else -1]:
            began = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - began)
    base, mine = (statistics.median(times[name]) for name in work)
    print(f"{SIZE:,} contacts; {shown:,} items on Today, {len(statements)} queries")
    print(f"median of {ROUNDS}, interleaved: plain SQL {base * 1000:.0f} ms, ", end="")
    print(f"Today {mine * 1000:.0f} ms")
    print(f"Today: {mine / base:.2f} x the plain SQL behind it")
    print(f"Today: {mine / BUDGET_S:.2f} x its {BUDGET_S:g} s budget (target < 1)")
    print(f"today: {'target met' if mine < BUDGET_S else 'NOT met'}")
    services.close()
    bare.close()


if __name__ == "__main__":
    main()
