"""The audit trail: one entry each time client data leaves rmdesk — when, what kind, how
many clients, which sensitive fields went with it.

Entries are append-only (the database refuses to update or delete them: triggers made by
migration 0018) and chained: each holds the hash of the one before and its own hash over
its content and that link. `verify` recomputes the chain, so an entry edited or deleted
behind rmdesk's back (with the triggers dropped, or the file edited) is found. The last
entries removed together leave no gap to see; a backup of the book keeps the trail too.

On a team's PostgreSQL book each entry names its writer (`actor`, the database role)
and an RM reads only their own entries (migration 0021). The chain still runs through
everyone's: the entry before and the check of the chain come from two functions that
read past the filter without giving away another RM's entries.

The SQL is plain, with :named parameters, so that the same code appends through a
SQLAlchemy session and through a bare sqlite3 connection (a backup, on its own file).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rmdesk.domain.audit import AuditEntry
from rmdesk.store.cipher import BookKey, connect, driver_errors
from rmdesk.store.database import Store

KINDS = (
    "calendar_export",  # an .ics written
    "caldav_push",  # a CalDAV sync sent visits to a server
    "feed_fetch",  # a phone fetched the calendar feed
    "briefing_pdf",
    "day_sheet_pdf",
    "chart_png",  # the numbers' charts name introducers
    "briefing_print",  # printed on paper
    "letter_print",  # a thank-you letter printed
    "contact_export",
    "gift_ledger_export",
    "backup",
)
Run = Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]
_LAST = "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
_TEAM_LAST = "SELECT id, hash FROM rmdesk_audit_last()"  # past the filter: migration 0021
_INSERT = (
    "INSERT INTO audit_log "
    "(id, at, kind, clients, sensitive_fields, detail, prev_hash, hash, actor) "
    "VALUES (:id, :at, :kind, :clients, :fields, :detail, :prev, :hash, :actor)"
)


def _digest(
    prev: str,
    entry_id: int,
    at: dt.datetime,
    kind: str,
    clients: int,
    fields: str,
    detail: str,
    actor: str = "",
) -> str:
    """The entry's hash (computed the same way in SQL by migration 0021's chain check).
    An entry without an actor hashes as entries did before there was one."""
    parts = [prev, str(entry_id), at.isoformat(sep=" "), kind, str(clients), fields, detail]
    if actor:
        parts.append(actor)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def append(
    run: Run,
    kind: str,
    clients: int,
    sensitive_fields: Sequence[str] = (),
    detail: str = "",
    now: dt.datetime | None = None,
    team: bool = False,
) -> int:
    """Append one entry inside the caller's transaction; its id. `team`: the book is a
    team's (PostgreSQL): the entry names the role that writes it."""
    assert kind in KINDS, kind
    last = run(_TEAM_LAST if team else _LAST, {})
    prev_id, prev = (int(last[0][0]), str(last[0][1])) if last else (0, "")
    actor = str(run("SELECT current_user", {})[0][0]) if team else ""
    at = (now or dt.datetime.now()).replace(microsecond=0)
    fields = ",".join(sorted(set(sensitive_fields)))
    entry_id = prev_id + 1
    run(
        _INSERT,
        {
            "id": entry_id,
            "at": at,
            "kind": kind,
            "clients": clients,
            "fields": fields,
            "detail": detail,
            "prev": prev,
            "hash": _digest(prev, entry_id, at, kind, clients, fields, detail, actor),
            "actor": actor,
        },
    )
    return entry_id


def record(
    store: Store,
    kind: str,
    clients: int,
    sensitive_fields: Sequence[str] = (),
    detail: str = "",
    now: dt.datetime | None = None,
) -> int:
    """Append an entry in a transaction of its own."""
    from sqlalchemy import text

    with store.session() as s:
        if not store.is_sqlite:  # one writer at a time on a team server: a chain, no fork
            s.execute(text("LOCK TABLE audit_log IN EXCLUSIVE MODE"))

        def run(sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
            result = s.execute(text(sql), params)
            return list(result) if sql.startswith("SELECT") else []

        return append(run, kind, clients, sensitive_fields, detail, now, not store.is_sqlite)


def record_in_file(
    book: Path,
    kind: str,
    clients: int,
    sensitive_fields: Sequence[str] = (),
    detail: str = "",
    key: BookKey | None = None,
) -> int:
    """Append an entry to the book at this path, on a connection of its own (a backup
    written without an open store)."""
    con = connect(book, key, timeout=30, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        entry_id = append(_plain_run(con), kind, clients, sensitive_fields, detail)
        con.execute("COMMIT")
        return entry_id
    finally:
        con.close()


def _plain_run(con: sqlite3.Connection) -> Run:
    """Run on a bare sqlite3 connection, times written as SQLAlchemy writes them."""

    def run(sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
        plain = {
            k: (v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v)
            for k, v in params.items()
        }
        return con.execute(sql, plain).fetchall()

    return run


def _when(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def entries(
    store: Store, first: dt.date | None = None, last: dt.date | None = None
) -> list[AuditEntry]:
    """Every entry the user may read (or those of the days first..last), oldest first,
    each verified: its hash holds, and it follows the entry before without a gap. On a
    team's book the server checks the whole chain, the entries of other RMs included."""
    rows = store.read(
        "SELECT id, at, kind, clients, sensitive_fields, detail, prev_hash, hash, actor "
        "FROM audit_log ORDER BY id"
    )
    checked = (
        None
        if store.is_sqlite
        else {
            int(i): bool(ok) for i, ok in store.read("SELECT id, sound FROM rmdesk_audit_chain()")
        }
    )
    out = []
    prev_id, prev_hash = 0, ""
    for entry_id, at, kind, clients, fields, detail, prev, stored, actor in rows:
        when = _when(at)
        if checked is not None:
            sound = checked.get(entry_id, False)
        else:
            sound = (
                entry_id == prev_id + 1
                and prev == prev_hash
                and stored == _digest(prev, entry_id, when, kind, clients, fields, detail, actor)
            )
        prev_id, prev_hash = entry_id, stored
        if (first and when.date() < first) or (last and when.date() > last):
            continue
        out.append(
            AuditEntry(
                entry_id,
                when,
                kind,
                clients,
                tuple(f for f in fields.split(",") if f),
                detail,
                sound,
                actor,
            )
        )
    return out


def broken(store: Store) -> list[int]:
    """The ids of entries that do not verify (none: the chain is whole)."""
    return [e.id for e in entries(store) if not e.verified]


def trail_of(book: Path, key: BookKey | None = None) -> list[tuple[Any, ...]]:
    """The book file's entries (id, at, kind, clients, fields, detail, hash), for carrying
    them over a restore; [] when it has no trail."""
    try:
        con = connect(f"file:{book}?mode=ro", key, uri=True)
        try:
            return con.execute(
                "SELECT id, at, kind, clients, sensitive_fields, detail, hash FROM audit_log "
                "ORDER BY id"
            ).fetchall()
        finally:
            con.close()
    except driver_errors():
        return []


def carry_over(book: Path, before: Sequence[tuple[Any, ...]], key: BookKey | None = None) -> int:
    """After a restore: the entries the book had that the restored trail lacks, appended
    again (their own time, a note in the detail), so that restoring an older backup never
    erases what left rmdesk. How many."""
    known = {row[-1] for row in trail_of(book, key)}
    missing = [row for row in before if row[-1] not in known]
    if not missing:
        return 0
    con = connect(book, key, timeout=30, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        run = _plain_run(con)
        for _id, at, kind, clients, fields, detail, _hash in missing:
            note = f"{detail} (carried over a restore)".strip()
            append(run, kind, clients, [f for f in fields.split(",") if f], note, _when(at))
        con.execute("COMMIT")
    finally:
        con.close()
    return len(missing)
