"""The benchmark book: 100,000 demo contacts, written once into bench/out/ and reused."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
SIZE = int(os.environ.get("RMDESK_BENCH_CONTACTS", "100000"))


def bench_book() -> Path:
    """A fresh copy of the 100k book (the original stays untouched by the runs)."""
    from rmdesk.demo.generator import write_demo_book
    from rmdesk.store.database import SCHEMA_HEAD, open_store

    OUT.mkdir(exist_ok=True)
    # Written again when the schema changes: a new table's demo data comes with it.
    master = OUT / f"book-{SIZE}-{SCHEMA_HEAD}.sqlite"
    if not master.exists():
        print(f"writing a {SIZE}-contact demo book (once)…", file=sys.stderr)
        partial = master.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        store = open_store(partial)
        write_demo_book(store, clients=SIZE, seed=1)
        store.close()
        partial.rename(master)
    copy = OUT / "run.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copy(master, copy)
    return copy


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)
