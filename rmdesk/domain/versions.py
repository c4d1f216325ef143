"""Two versions of one record: which fields differ, and a merge of the user's choices.

Used wherever a save was refused because someone else saved first (EditConflict): the
window shows the fields side by side, the command line lists them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from rmdesk.domain.contact import Tie

# Bookkeeping, not something a user edits or chooses.
NOT_CHOSEN = {"id", "version", "contact_id", "deleted_at", "introduced_by_name", "uid",
              "sequence", "modified", "route_order", "route_arrive", "route_depart"}  # fmt: skip


def same(a: Any, b: Any) -> bool:
    """Equal as the user sees it: ties are a set of bonds, whatever order they came in."""
    if isinstance(a, list) and isinstance(b, list) and all(isinstance(x, Tie) for x in a + b):
        return sorted(a, key=_tie_key) == sorted(b, key=_tie_key)
    return bool(a == b)


def _tie_key(tie: Tie) -> tuple[str, str]:
    return tie.kind.value, tie.detail


def differing_fields(mine: Any, theirs: Any) -> list[str]:
    """The fields a user edits where the two versions differ, in the record's order."""
    return [
        f.name
        for f in dataclasses.fields(mine)
        if f.name not in NOT_CHOSEN and not same(getattr(mine, f.name), getattr(theirs, f.name))
    ]


def merged(mine: Any, theirs: Any, take_mine: set[str]) -> Any:
    """Their version with the fields the user keeps from theirs, and based on their
    version, so that saving it is refused again only if someone saved yet again."""
    return dataclasses.replace(
        theirs, **{name: getattr(mine, name) for name in take_mine if hasattr(mine, name)}
    )
