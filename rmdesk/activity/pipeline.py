"""The eight-stage pipeline (DOMAIN.md step 5): who is at each stage, for how long, and
how many move on to the next, in plain SQL over the stage history."""

from __future__ import annotations

import datetime as dt
import statistics

from rmdesk.domain.activity import Card, Column, Pipeline, PipelineFilter
from rmdesk.domain.kinds import Stage
from rmdesk.store.database import Store

CARDS_PER_STAGE = 300  # shown per column, longest in stage first; counts are complete


def contact_filter(f: PipelineFilter) -> tuple[str, dict[str, object]]:
    """SQL over `contacts c` (living ones) for the board's and the call list's filter."""
    where = ["c.deleted_at IS NULL"]
    params: dict[str, object] = {}
    if f.tie is not None:
        where.append("EXISTS (SELECT 1 FROM ties t WHERE t.contact_id = c.id AND t.kind = :tie)")
        params["tie"] = f.tie.value
    if f.district:
        where.append(
            "EXISTS (SELECT 1 FROM addresses a WHERE a.contact_id = c.id "
            "AND a.district = :district)"
        )
        params["district"] = f.district
    if f.key_only:
        where.append("c.key_client = :key")
        params["key"] = True
    return " AND ".join(where), params


def _moment(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def pipeline(store: Store, f: PipelineFilter, now: dt.datetime) -> Pipeline:
    where, params = contact_filter(f)
    rows = store.read(
        "SELECT c.id, c.name, c.company, c.stage, c.key_client, "
        "(SELECT max(s.since) FROM stage_changes s WHERE s.contact_id = c.id) AS since "
        f"FROM contacts c WHERE {where} AND c.stage IS NOT NULL "
        "ORDER BY since, c.sort_key",
        params,
    )
    by_stage: dict[str, list[Card]] = {s.value: [] for s in Stage}
    for cid, name, company, stage, key, since in rows:
        if stage in by_stage:
            by_stage[stage].append(Card(cid, name, company, _moment(since), bool(key)))
    columns = []
    for stage in Stage:
        cards = by_stage[stage.value]
        days = [(now - c.since).total_seconds() / 86400 for c in cards if c.since is not None]
        columns.append(
            Column(
                stage,
                len(cards),
                tuple(cards[:CARDS_PER_STAGE]),
                statistics.median(days) if days else None,
            )
        )
    # The furthest stage each contact's history reached, counted per stage.
    index = " ".join(f"WHEN '{s.value}' THEN {n}" for n, s in enumerate(Stage))
    furthest = store.read(
        f"SELECT m, count(*) FROM (SELECT max(CASE s.stage {index} END) AS m "
        "FROM stage_changes s JOIN contacts c ON c.id = s.contact_id "
        f"WHERE s.stage IS NOT NULL AND {where} GROUP BY s.contact_id) f GROUP BY m",
        params,
    )
    reached_exactly = {int(m): int(n) for m, n in furthest if m is not None}
    at_least = [sum(n for m, n in reached_exactly.items() if m >= k) for k in range(len(Stage))]
    conversions = tuple(
        at_least[k + 1] / at_least[k] if at_least[k] else None for k in range(len(Stage) - 1)
    )
    return Pipeline(tuple(columns), conversions)
