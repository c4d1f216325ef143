"""The day's call list (DOMAIN.md step 1): prospects chosen by stage, tie or district,
those called longest ago (or never) first."""

from __future__ import annotations

from rmdesk.activity.pipeline import contact_filter
from rmdesk.domain.activity import CallTarget, PipelineFilter
from rmdesk.domain.kinds import Stage
from rmdesk.store.database import Store


def call_list(
    store: Store, chosen: PipelineFilter, stage: Stage | None, limit: int
) -> list[CallTarget]:
    where, params = contact_filter(chosen)
    if stage is not None:
        where += " AND c.stage = :stage"
        params["stage"] = stage.value
    params["limit"] = limit
    rows = store.read(
        "SELECT c.id, c.name, c.company, "
        "(SELECT p.number FROM phones p WHERE p.contact_id = c.id ORDER BY p.position "
        "LIMIT 1) AS phone, (SELECT max(l.at) FROM call_logs l WHERE l.contact_id = c.id) "
        f"AS last FROM contacts c WHERE {where} AND EXISTS "
        "(SELECT 1 FROM phones p WHERE p.contact_id = c.id) "
        "ORDER BY last NULLS FIRST, c.sort_key LIMIT :limit",
        params,
    )
    return [CallTarget(cid, name, company, phone) for cid, name, company, phone, _last in rows]


def call_targets(store: Store, ids: list[int]) -> list[CallTarget]:
    """Contacts the RM picked by hand, in the order picked (those without a phone too:
    the list says so)."""
    if not ids:
        return []
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    rows = store.read(
        "SELECT c.id, c.name, c.company, (SELECT p.number FROM phones p "
        "WHERE p.contact_id = c.id ORDER BY p.position LIMIT 1) FROM contacts c "
        f"WHERE c.deleted_at IS NULL AND c.id IN ({marks})",
        {f"i{n}": cid for n, cid in enumerate(ids)},
    )
    found = {r[0]: CallTarget(r[0], r[1], r[2], r[3] or "") for r in rows}
    return [found[cid] for cid in ids if cid in found]
