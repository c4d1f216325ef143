"""Who introduced whom (关系法): the referral tree, the thank-you tasks it leaves open,
and "who can introduce me to X". Portable SQL through `Store.read`; no ORM.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rmdesk.domain.errors import ContactNotFound
from rmdesk.domain.kinds import Introduction, TieKind
from rmdesk.store.database import Store, as_date, in_list


@dataclass
class Referral:
    """A contact in a referral tree: how their introduction stands, whom they brought."""

    id: int
    name: str
    status: Introduction | None
    thanked: dt.date | None
    children: list[Referral] = field(default_factory=list)

    @property
    def brought(self) -> int:
        """How many this contact introduced directly."""
        return len(self.children)

    @property
    def brought_in_all(self) -> int:
        return sum(1 + c.brought_in_all for c in self.children)

    def walk(self) -> list[Referral]:
        out = [self]
        for child in self.children:
            out += child.walk()
        return out


def _status(code: object) -> Introduction | None:
    return Introduction(str(code)) if code else None


def referral_tree(store: Store, contact_id: int) -> tuple[Referral, list[int]]:
    """The tree that holds this contact: from the first introducer up the chain down to
    everyone they brought, at any depth. Returns (root, ids from root to the contact)."""
    read = store.read
    chain = [contact_id]
    current = contact_id
    found = read("SELECT introduced_by_id FROM contacts WHERE id = :id", {"id": current})
    if not found:
        raise ContactNotFound(contact_id)
    while found and found[0][0] is not None and found[0][0] not in chain:
        current = found[0][0]
        chain.append(current)
        found = read("SELECT introduced_by_id FROM contacts WHERE id = :id", {"id": current})
    root_id = chain[-1]
    rows = read(
        "WITH RECURSIVE tree(id) AS (SELECT CAST(:root AS INTEGER) UNION "
        "SELECT c.id FROM contacts c JOIN tree t ON c.introduced_by_id = t.id "
        "WHERE c.deleted_at IS NULL) "
        "SELECT c.id, c.name, c.introduced_by_id, d.introduction, d.introducer_thanked "
        "FROM tree t JOIN contacts c ON c.id = t.id "
        "LEFT JOIN dossiers d ON d.contact_id = c.id ORDER BY c.id",
        {"root": root_id},
    )
    nodes = {
        cid: Referral(cid, name, _status(status), as_date(thanked))
        for cid, name, _by, status, thanked in rows
    }
    for cid, _name, by, _status_code, _thanked in rows:
        if cid != root_id and by in nodes:
            nodes[by].children.append(nodes[cid])
    return nodes[root_id], list(reversed(chain))


@dataclass(frozen=True)
class ThankYou:
    """An introduced contact was met, but their introducer has not been told and thanked."""

    contact_id: int
    name: str
    status: Introduction
    introducer_id: int
    introducer: str


def open_thank_yous(store: Store) -> list[ThankYou]:
    rows = store.read(
        "SELECT c.id, c.name, d.introduction, i.id, i.name FROM contacts c "
        "JOIN contacts i ON i.id = c.introduced_by_id "
        "JOIN dossiers d ON d.contact_id = c.id "
        "WHERE d.introduction IN (:met, :client) AND d.introducer_thanked IS NULL "
        "AND c.deleted_at IS NULL ORDER BY i.id, c.id",
        {"met": Introduction.MET.value, "client": Introduction.CLIENT.value},
    )
    return [ThankYou(cid, name, Introduction(st), iid, iname) for cid, name, st, iid, iname in rows]


@dataclass
class Way:
    """Someone who could introduce the RM to a contact, and why."""

    contact_id: int
    name: str
    score: int = 0
    reasons: list[tuple[str, str]] = field(default_factory=list)  # (code, detail)


# Reasons, strongest first: the score each adds.
INTRODUCED_THEM = ("introduced_them", 10)  # the one who already vouched for them
KNOWS_THEM = ("knows_them", 4)  # linked in one or the other's dossier (+ closeness)
SAME_COMPANY = ("same_company", 4)
SAME_TIE_DETAIL = ("same_tie_detail", 4)  # e.g. both 同学 "浙大 2005 级"
SAME_TIE = ("same_tie", 1)


def ways_in(store: Store, target: int, limit: int = 20) -> list[Way]:
    """People in the book who share a tie or bond with `target`, work at their company,
    know them, or introduced them, ranked by closeness: the RM's path in."""
    read = store.read
    found = read(
        "SELECT name, company, introduced_by_id FROM contacts WHERE id = :id", {"id": target}
    )
    if not found:
        raise ContactNotFound(target)
    _name, company, introducer = found[0]
    ways: dict[int, Way] = {}

    def add(cid: int, reason: tuple[str, int], detail: str = "", extra: int = 0) -> None:
        if cid == target:
            return
        way = ways.setdefault(cid, Way(cid, ""))
        way.score += reason[1] + extra
        way.reasons.append((reason[0], detail))

    if introducer is not None:
        add(introducer, INTRODUCED_THEM)
    for cid, closeness, relation in read(
        "SELECT linked_id, closeness, relation FROM dossier_people WHERE contact_id = :id "
        "AND linked_id IS NOT NULL",
        {"id": target},
    ):
        add(cid, KNOWS_THEM, relation, closeness)
    for cid, closeness, relation in read(
        "SELECT contact_id, closeness, relation FROM dossier_people WHERE linked_id = :id",
        {"id": target},
    ):
        add(cid, KNOWS_THEM, relation, closeness)
    if company:
        for (cid,) in read(
            "SELECT id FROM contacts WHERE company = :company AND id <> :id",
            {"company": company, "id": target},
        ):
            add(cid, SAME_COMPANY, company)
    for cid, name in read(
        "SELECT DISTINCT r2.contact_id, co.name FROM company_roles r1 "
        "JOIN company_roles r2 ON r2.company_id = r1.company_id AND r2.contact_id <> r1.contact_id "
        "JOIN companies co ON co.id = r1.company_id WHERE r1.contact_id = :id",
        {"id": target},
    ):
        if not any(code == SAME_COMPANY[0] for code, _d in ways.get(cid, Way(0, "")).reasons):
            add(cid, SAME_COMPANY, name)
    ties = read("SELECT kind, detail FROM ties WHERE contact_id = :id", {"id": target})
    for kind, detail in ties:
        # A shared detail names a shared group (浙大 2005 级, 东海花园, 椒江商会) — except
        # for kin, where it names a relation (表哥), which two people do not share.
        if detail and kind != TieKind.KINSHIP.value:
            for (cid,) in read(
                "SELECT contact_id FROM ties WHERE kind = :kind AND detail = :detail",
                {"kind": kind, "detail": detail},
            ):
                add(cid, SAME_TIE_DETAIL, f"{TieKind(kind).zh} {detail}")
    if ties and len(ways) < limit:
        # A bare shared kind is weak: it only ranks people already close in other ways,
        # or fills the list when nothing better is known.
        kinds = sorted({k for k, _d in ties})
        marks, params = in_list("k", kinds)
        for cid, kind in read(
            f"SELECT contact_id, kind FROM ties WHERE kind IN ({marks}) LIMIT 2000", params
        ):
            if cid in ways or len(ways) < limit:
                add(cid, SAME_TIE, TieKind(kind).zh)
    if not ways:
        return []
    marks, params = in_list("id", list(ways))
    for cid, name in read(
        f"SELECT id, name FROM contacts WHERE id IN ({marks}) AND deleted_at IS NULL", params
    ):
        ways[cid].name = name
    ranked = sorted((w for w in ways.values() if w.name), key=lambda w: (-w.score, w.contact_id))
    return ranked[:limit]
