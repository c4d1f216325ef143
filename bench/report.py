"""The period's figures (`rmdesk report`) on the bench book (100,000 contacts) after
10,000 more calls and 5,000 more visits with objections, against the plain SQL
aggregates a developer would write for the same figures, run bare on sqlite3.

    python bench/report.py

Both run once to warm up, then interleaved, seven times each; medians. Targets (issue
14): the report within 1.5 x the plain aggregates, and under its 1 s budget.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _book import SIZE, bench_book

CALLS, VISITS = 10_000, 5_000
ROUNDS = 7
TARGET_RATIO, BUDGET_S = 1.5, 1.0
OUTCOMES = ("reached", "no_answer", "refused", "call_back", "booked")

PLAIN = (
    "SELECT date(at), outcome, count(*) FROM call_logs "
    "WHERE at >= :since AND at < :after GROUP BY date(at), outcome",
    "SELECT day, count(*), sum(purpose_reached) FROM visit_logs "
    "WHERE day >= :start AND day <= :end GROUP BY day",
    "SELECT stage, count(*) FROM contacts WHERE deleted_at IS NULL AND stage IS NOT NULL "
    "GROUP BY stage",
    # Only the histories of contacts who moved in the period: lag() over all 300,000
    # changes would be the slow way, not the plain one.
    "SELECT b, stage, count(*) FROM (SELECT stage, since, lag(stage) OVER "
    "(PARTITION BY contact_id ORDER BY since, id) AS b FROM stage_changes "
    "WHERE since < :after AND contact_id IN (SELECT contact_id FROM stage_changes "
    "WHERE since >= :since AND since < :after)) WHERE since >= :since GROUP BY b, stage",
    "SELECT o.kind, o.cause, o.resolved, count(*) FROM objections o JOIN visit_logs v "
    "ON v.id = o.visit_id WHERE v.day >= :start AND v.day <= :end "
    "GROUP BY o.kind, o.cause, o.resolved",
    "SELECT i.name, count(*) FROM contacts c JOIN contacts i ON i.id = c.introduced_by_id "
    "WHERE c.created_at >= :since AND c.created_at < :after AND c.deleted_at IS NULL "
    "GROUP BY i.id",
)


def fill(db: Path, start: dt.date, days: int) -> None:
    """The extra calls and visits, written straight into the book (setup, not timed)."""
    r = random.Random(14)
    conn = sqlite3.connect(db)
    ids = [row[0] for row in conn.execute("SELECT id FROM contacts WHERE deleted_at IS NULL")]
    first_visit = (conn.execute("SELECT coalesce(max(id), 0) FROM visit_logs").fetchone()[0]) + 1

    def moment() -> str:
        day = start + dt.timedelta(days=r.randrange(days))
        return f"{day.isoformat()} {r.randint(9, 17):02d}:{r.randrange(60):02d}:00"

    conn.executemany(
        "INSERT INTO call_logs (contact_id, at, outcome, note) VALUES (?, ?, ?, '')",
        ((r.choice(ids), moment(), r.choice(OUTCOMES)) for _ in range(CALLS)),
    )
    visits = [(first_visit + n, r.choice(ids), moment()[:10]) for n in range(VISITS)]
    conn.executemany(
        "INSERT INTO visit_logs (id, contact_id, day, met, purpose_reached, signals_seen, "
        "products, next_step, notes, created_at) VALUES (?, ?, ?, '', 1, '', '', '', '', ?)",
        ((vid, cid, day, day + " 18:00:00") for vid, cid, day in visits),
    )
    conn.executemany(
        "INSERT INTO objections (visit_id, contact_id, kind, cause, words, resolved) "
        "VALUES (?, ?, ?, ?, '太忙', ?)",
        (
            (vid, cid, r.choice(("real", "excuse", "hidden")), r.choice(("client", "rm", "bank")),
             r.random() < 0.5)
            for vid, cid, _day in visits if r.random() < 0.4
        ),
    )  # fmt: skip
    conn.commit()
    conn.close()


def main() -> None:
    from rmdesk.services import build_services
    from rmdesk.store.database import open_store

    db = bench_book()
    services = build_services(open_store(db))  # brings the copy to today's schema
    end = dt.date.today()
    start = end - dt.timedelta(days=89)
    fill(db, start, 90)
    period = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "since": f"{start.isoformat()} 00:00:00",
        "after": f"{(end + dt.timedelta(days=1)).isoformat()} 00:00:00",
    }
    bare = sqlite3.connect(db)
    bare.execute("PRAGMA cache_size = -32768")  # the page cache rmdesk's connection has

    def plain() -> None:
        for sql in PLAIN:
            bare.execute(sql, period).fetchall()

    def ours() -> None:
        services.activity.report(start, end)

    work = {"plain SQL": plain, "rmdesk report": ours}
    for run in work.values():
        run()
    times: dict[str, list[float]] = {name: [] for name in work}
    for n in range(ROUNDS):
        for name, run in list(work.items())[:: 1 if n % 2 == 0 else -1]:
            began = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - began)
    base, mine = (statistics.median(times[name]) for name in work)
    report = services.activity.report(start, end)
    print(f"{SIZE:,} contacts; {report.calls_made:,} calls and {report.visits_logged:,} visits")
    print(f"in the 90 days; median of {ROUNDS}, interleaved")
    ratio, budget = mine / base, mine / BUDGET_S
    print(f"rmdesk report: {ratio:.2f} x the plain SQL aggregates (target <= {TARGET_RATIO})")
    print(f"rmdesk report: {budget:.2f} x its {BUDGET_S:g} s budget (target < 1)")
    met = ratio <= TARGET_RATIO and budget < 1
    print(f"report: {'target met' if met else 'NOT met'}")
    services.close()
    bare.close()


if __name__ == "__main__":
    main()
