"""Duplicates over the whole book, and merging two contacts into one, undoably.

Two living contacts are the same person when they share a phone, an ID number, or a
name at the same company. A merge keeps one contact: each field as the user chose
(by default the kept contact's, or the other's where the kept one is empty), the phones,
addresses, ties, tags and dossier entries of both, and it moves the other's history —
visit plans and logs, calls, follow-ups, objections, gifts, products, complaints, the
stage history, company roles, the people they introduced and the dossiers that name
them — onto the kept contact. The other goes to the trash. All in one transaction, and
`undo` puts everything back as it was.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from rmdesk.domain.contact import Contact
from rmdesk.domain.dossier import Dossier
from rmdesk.store.database import Store

# Rows of a client's history that move with a merge: (table, key column, client column).
MOVED = (
    ("visit_plans", "id", "contact_id"),
    ("visit_logs", "id", "contact_id"),
    ("call_logs", "id", "contact_id"),
    ("follow_ups", "id", "contact_id"),
    ("objections", "id", "contact_id"),
    ("gifts", "id", "contact_id"),
    ("products", "id", "contact_id"),
    ("complaints", "id", "contact_id"),
    ("stage_changes", "id", "contact_id"),
    ("contacts", "id", "introduced_by_id"),
    ("dossier_people", "id", "linked_id"),
)
# The fields a user chooses between, in the merge view's order.
CHOSEN_FIELDS = ("name", "nickname", "gender", "birthday", "company", "title", "occupation",
                 "education", "marital_status", "income_band", "hobbies", "notes",
                 "lead_source", "stage", "introduced_by_id")  # fmt: skip


@dataclass(frozen=True)
class Pair:
    keep: int
    other: int
    matched_on: str  # phone, id_number, name_company


def find_duplicates(store: Store) -> list[Pair]:
    """Pairs of living contacts that look like one person, each pair once."""
    living = {r[0] for r in store.read("SELECT id FROM contacts WHERE deleted_at IS NULL")}
    groups: list[tuple[str, list[int]]] = []
    by: dict[tuple[str, object], list[int]] = {}
    for cid, number in store.read("SELECT contact_id, number FROM phones"):
        by.setdefault(("phone", number.split(";")[0]), []).append(cid)
    for cid, number in store.read(
        "SELECT contact_id, id_number FROM dossiers WHERE id_number <> ''"
    ):
        by.setdefault(("id_number", number), []).append(cid)
    for cid, name, company in store.read(
        "SELECT id, name, company FROM contacts WHERE company <> '' AND deleted_at IS NULL"
    ):
        by.setdefault(("name_company", (name, company)), []).append(cid)
    for (how, _value), ids in by.items():
        alive = sorted({i for i in ids if i in living})
        if len(alive) > 1:
            groups.append((how, alive))
    seen: set[tuple[int, int]] = set()
    pairs = []
    for how, ids in groups:
        for other in ids[1:]:
            if (ids[0], other) not in seen:
                seen.add((ids[0], other))
                pairs.append(Pair(ids[0], other, how))
    return sorted(pairs, key=lambda p: (p.keep, p.other))


def merged_contact(keep: Contact, other: Contact, choose_other: set[str]) -> Contact:
    """The kept contact with the fields chosen from the other (and the other's where the
    kept one is empty), and the phones, addresses, ties, tags and friend kinds of both."""
    values: dict[str, Any] = {}
    for name in CHOSEN_FIELDS:
        mine, theirs = getattr(keep, name), getattr(other, name)
        values[name] = theirs if name in choose_other or mine in (None, "") else mine
    if values["introduced_by_id"] in (keep.id, other.id):
        values["introduced_by_id"] = None
    numbers = {p.number for p in keep.phones}
    places = {(a.kind, a.text) for a in keep.addresses}
    ties = {(t.kind, t.detail) for t in keep.ties}
    return dataclasses.replace(
        keep,
        **values,
        phones=keep.phones + [p for p in other.phones if p.number not in numbers],
        addresses=keep.addresses + [a for a in other.addresses if (a.kind, a.text) not in places],
        ties=keep.ties + [t for t in other.ties if (t.kind, t.detail) not in ties],
        tags=keep.tags + [t for t in other.tags if t not in keep.tags],
        friend_kinds=keep.friend_kinds | other.friend_kinds,
        key_client=keep.key_client or other.key_client,
        qualification={
            q: a if a.value != "unknown" else other.qualification[q]
            for q, a in keep.qualification.items()
        },
        version=None,
    )


def merged_dossier(keep: Dossier, other: Dossier) -> Dossier:
    """The kept dossier with the other's entries where it has none, and both lists."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Dossier):
        if f.name in ("contact_id", "version"):
            continue
        mine, theirs = getattr(keep, f.name), getattr(other, f.name)
        if isinstance(mine, list):
            values[f.name] = mine + [x for x in theirs if x not in mine]
        elif mine in (None, ""):
            values[f.name] = theirs
    return dataclasses.replace(keep, **values, version=None)


@dataclass(frozen=True)
class MergeUndo:
    """What `undo` needs: both contacts before, the kept dossier before (None: it had
    none), and the rows moved, per (table, key, column)."""

    keep_before: Contact
    other_id: int
    dossier_before: Dossier | None
    moved: tuple[tuple[str, str, str, tuple[int, ...]], ...]
    roles_moved: tuple[tuple[int, str], ...]
    plan_moved: bool


def merge(store: Store, keep_id: int, other_id: int, choose_other: set[str]) -> MergeUndo:
    from rmdesk.contacts.records import ContactRecords
    from rmdesk.dossier.records import DossierBook

    contacts, dossiers = ContactRecords(store), DossierBook(store)
    with store.session() as s:
        keep = contacts.get_in(s, keep_id)
        other = contacts.get_in(s, other_id)
        moved = []
        for table, key, column in MOVED:
            ids = tuple(
                r[0]
                for r in s.execute(
                    text(f"SELECT {key} FROM {table} WHERE {column} = :o"), {"o": other_id}
                )
            )
            if table == "contacts":
                ids = tuple(i for i in ids if i != keep_id)
            if ids:
                _point(s, table, key, column, ids, keep_id)
                moved.append((table, key, column, ids))
        roles = _move_roles(s, other_id, keep_id)
        plan_moved = _move_plan(s, other_id, keep_id)
        contacts.save_in(s, merged_contact(keep, other, choose_other))
        mine, theirs = dossiers.get_in(s, keep_id), dossiers.get_in(s, other_id)
        before = mine if mine.version else None
        if theirs.version:
            dossiers.save_in(s, dataclasses.replace(merged_dossier(mine, theirs), version=None))
        contacts.trash_in(s, [other_id])
    return MergeUndo(keep, other_id, before, tuple(moved), roles, plan_moved)


def _point(s: Session, table: str, key: str, column: str, ids: tuple[int, ...], to: int) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        s.execute(
            text(f"UPDATE {table} SET {column} = :to WHERE {key} IN ({marks})"),
            {"to": to, **{f"i{n}": v for n, v in enumerate(chunk)}},
        )


def _move_roles(s: Session, source: int, target: int) -> tuple[tuple[int, str], ...]:
    """The other's company roles the kept contact does not hold yet."""
    found = s.execute(
        text("SELECT company_id, role FROM company_roles WHERE contact_id = :o"), {"o": source}
    ).all()
    held = set(
        s.execute(
            text("SELECT company_id, role FROM company_roles WHERE contact_id = :k"), {"k": target}
        ).all()
    )
    moved = tuple((c, r) for c, r in found if (c, r) not in held)
    for company, role in moved:
        s.execute(
            text(
                "UPDATE company_roles SET contact_id = :k WHERE contact_id = :o "
                "AND company_id = :c AND role = :r"
            ),
            {"k": target, "o": source, "c": company, "r": role},
        )
    return moved


def _move_plan(s: Session, source: int, target: int) -> bool:
    """The other's key-client plan, when the kept contact has none."""
    has = s.execute(
        text("SELECT count(*) FROM key_client_plans WHERE contact_id = :k"), {"k": target}
    ).scalar()
    if has:
        return False
    result = s.execute(
        text("UPDATE key_client_plans SET contact_id = :k WHERE contact_id = :o"),
        {"k": target, "o": source},
    )
    return bool(getattr(result, "rowcount", 0))


def undo(store: Store, record: MergeUndo) -> None:
    """Put both contacts, their dossiers and their history back as before the merge."""
    from rmdesk.contacts.records import ContactRecords
    from rmdesk.contacts.search_index import reindex
    from rmdesk.dossier.records import DossierBook
    from rmdesk.store.models import DossierModel

    contacts, dossiers = ContactRecords(store), DossierBook(store)
    keep_id = record.keep_before.id
    assert keep_id is not None
    with store.session() as s:
        for table, key, column, ids in record.moved:
            _point(s, table, key, column, ids, record.other_id)
        for company, role in record.roles_moved:
            s.execute(
                text(
                    "UPDATE company_roles SET contact_id = :o WHERE contact_id = :k "
                    "AND company_id = :c AND role = :r"
                ),
                {"k": keep_id, "o": record.other_id, "c": company, "r": role},
            )
        if record.plan_moved:
            _move_plan(s, keep_id, record.other_id)
        contacts.save_in(s, dataclasses.replace(record.keep_before, version=None))
        if record.dossier_before is not None:
            dossiers.save_in(s, dataclasses.replace(record.dossier_before, version=None))
        else:
            found = s.get(DossierModel, keep_id)
            if found is not None:
                s.delete(found)
                s.flush()
        contacts.restore_in(s, [record.other_id])
        reindex(s.connection(), [keep_id, record.other_id])
