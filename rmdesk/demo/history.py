"""The demo book's history: how each client came to the stage they are at."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from rmdesk.domain.kinds import Stage


def stage_rows(
    seed: int, contacts: Sequence[dict[str, Any]], today: dt.date
) -> list[dict[str, Any]]:
    """Stage changes for every demo client with a stage: through each stage up to theirs,
    in order, on working hours of days between the contact's creation and `today`."""
    r = random.Random(f"stages-{seed}")
    stages = list(Stage)
    rows: list[dict[str, Any]] = []
    for contact in contacts:
        if contact["stage"] is None:
            continue
        reached = stages.index(Stage(contact["stage"])) + 1
        first: dt.date = contact["created_at"].date() + dt.timedelta(days=1)
        span = max(1, (today - first).days)
        days = sorted(r.randrange(span) for _ in range(reached))
        for stage, offset in zip(stages[:reached], days, strict=True):
            at = dt.time(r.randint(9, 16), r.choice((0, 15, 30, 45)))
            when = dt.datetime.combine(first + dt.timedelta(days=offset), at)
            rows.append({"contact_id": contact["id"], "stage": stage.value, "since": when})
    return rows
