"""The contact book service: everything the windows and the CLI ask of the contacts.

Methods return plain objects (domain dataclasses), never ORM rows: no caller holds a
session. The listings the window needs to show the book — ids in book order, table rows,
tie counts — are portable SQL run through `Store.read`, so that showing the book needs
no ORM; whole contacts are read and written by `records.ContactRecords`, imported (with
SQLAlchemy) on first use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from rmdesk.contacts.columns import QUESTION_COLUMNS
from rmdesk.contacts.index import ensure_book_index
from rmdesk.contacts.search_index import EXACT, INSIDE, PREFIX, SEP, SHORT, query_form
from rmdesk.domain.contact import BookFilter, Contact, ContactRow, NearbyContact, TieCounts
from rmdesk.domain.errors import ContactNotFound, NoLocation, SearchTooLong
from rmdesk.domain.geo import bounding_box, distance_km
from rmdesk.domain.kinds import AddressKind, Answer, Stage, TieKind
from rmdesk.domain.phones import query_digits
from rmdesk.store.database import Store, as_date, in_list

if TYPE_CHECKING:
    from rmdesk.contacts.records import ContactRecords

LIKE_ESCAPE = "/"


def query_variants(query: str) -> list[str]:
    """What to look for: the query as typed and, if it has spaces, without them.

    "zhang san" finds 张三 and "138 0013 8000" finds the number, while "red car" in the
    notes still matches as typed.
    """
    typed = " ".join(query.lower().split())
    if not typed:
        return []
    collapsed = typed.replace(" ", "")
    found = [typed] if collapsed == typed else [typed, collapsed]
    digits = query_digits(typed)  # "138-0013-8000", "(0576) 8812 3456", "0086 138..."
    if digits and digits not in found:
        found.append(digits)
    return found


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with % and _ taken literally."""
    escaped = (
        text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"


def _sort_expression(column: str, params: dict[str, Any]) -> str:
    """The SQL value a column of the contact table sorts by, for row s of the index."""
    one = "FROM contacts c WHERE c.id = s.contact_id"
    if column == "stage":
        cases = " ".join(f"WHEN '{stage.value}' THEN {n}" for n, stage in enumerate(Stage))
        return f"(SELECT CASE c.stage {cases} END {one})"
    if column == "score":
        yes = " + ".join(f"CASE WHEN c.{col} = 'yes' THEN 1 ELSE 0 END" for col in
                         QUESTION_COLUMNS.values())  # fmt: skip
        return f"(SELECT {yes} {one})"
    if column in ("last_visit", "next_visit"):
        params["done"], params["today"] = "done", dt.date.today()
        params["open0"], params["open1"] = "proposed", "booked"
        if column == "last_visit":
            return last_visit_sql("s.contact_id")
        return (
            "(SELECT min(v.day) FROM visit_plans v WHERE v.contact_id = s.contact_id "
            "AND v.status IN (:open0, :open1) AND v.day >= :today)"
        )
    expressions = {
        "name": "s.sort_key",
        "company": f"(SELECT nullif(c.company, '') {one})",
        "title": f"(SELECT nullif(c.title, '') {one})",
        "phone": "(SELECT min(p.number) FROM phones p WHERE p.contact_id = s.contact_id)",
        "district": "(SELECT min(nullif(a.district, '')) FROM addresses a "
        "WHERE a.contact_id = s.contact_id)",
        "ties": "(SELECT min(t.kind) FROM ties t WHERE t.contact_id = s.contact_id)",
        "dossier": "(SELECT d.completeness FROM dossiers d WHERE d.contact_id = s.contact_id)",
    }
    if column not in expressions:
        raise ValueError(f"cannot sort by {column!r}")
    return expressions[column]


def _hits(variants: list[str], params: dict[str, Any], fts: bool) -> str:
    """SQL of (cid, r): every living contact a query variant finds, with its rank r
    (0 a whole term, 1 the start of one, 2 inside) — through an index, never a scan.

    One or two characters read `search_prefixes`, which knows the rank; two Chinese
    characters are also looked up anywhere by the trigram index (as "钓 鱼"). Longer
    queries go through the trigram index: FTS5 on SQLite (`fts`), pg_trgm on
    PostgreSQL, and the row's text says whether a term equals or starts with them.
    """
    parts = []
    params["sep"] = SEP
    for i, variant in enumerate(variants):
        stored = query_form(variant)
        if len(variant) <= SHORT:
            params[f"t{i}"] = variant
            parts.append(
                "SELECT p.contact_id AS cid, p.rank AS r FROM search_prefixes p "
                f"WHERE p.term = :t{i} AND p.alive = :alive"
            )
            if len(stored) <= SHORT:
                continue
            rank = str(INSIDE)  # equal to or starting a term: search_prefixes says so
        else:
            # The text is SEP-separated terms (name, pinyin keys, digits ...).
            params[f"x{i}"] = like_pattern(SEP + stored + SEP)
            params[f"p{i}"] = like_pattern(SEP + stored)
            rank = (
                f"CASE WHEN (:sep || s.text || :sep) LIKE :x{i} ESCAPE '{LIKE_ESCAPE}' "
                f"THEN {EXACT} WHEN (:sep || s.text) LIKE :p{i} ESCAPE '{LIKE_ESCAPE}' "
                f"THEN {PREFIX} ELSE {INSIDE} END"
            )
        if fts:
            # A phrase of trigrams: the query as a substring, quotes doubled.
            params[f"m{i}"] = '"' + stored.replace('"', '""') + '"'
            parts.append(
                f"SELECT s.contact_id AS cid, {rank} AS r FROM contact_fts f "
                "CROSS JOIN contact_search s ON s.contact_id = f.rowid "
                f"WHERE f.contact_fts MATCH :m{i} AND s.alive = :alive"
            )
        else:
            params[f"q{i}"] = like_pattern(stored)
            parts.append(
                f"SELECT s.contact_id AS cid, {rank} AS r FROM contact_search s "
                f"WHERE s.text LIKE :q{i} ESCAPE '{LIKE_ESCAPE}' AND s.alive = :alive"
            )
    if len(parts) == 1:
        return parts[0]
    return "SELECT u.cid, min(u.r) AS r FROM (" + " UNION ALL ".join(parts) + ") u GROUP BY u.cid"


def last_visit_sql(contact: str) -> str:
    """SQL of the day of a contact's last visit: a visit plan marked done (:done) or a
    visit logged without one, whichever is later."""
    return (
        "(SELECT max(d) FROM (SELECT max(v.day) AS d FROM visit_plans v "
        f"WHERE v.contact_id = {contact} AND v.status = :done UNION ALL "
        f"SELECT max(l.day) AS d FROM visit_logs l WHERE l.contact_id = {contact}) lv)"
    )


def listing_sql(
    book_filter: BookFilter, limit: int | None, fts: bool = True
) -> tuple[str, dict[str, Any]]:
    """The query for `ContactBook.list_ids`: portable SQL and its :named parameters.
    `fts`: the book is SQLite, with its FTS5 trigram index."""
    if book_filter.trash:
        return (
            "SELECT id FROM contacts WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id",
            {},
        )
    where = ["s.alive = :alive"]
    params: dict[str, Any] = {"alive": True}
    if book_filter.tie is not None:
        where.append("s.contact_id IN (SELECT t.contact_id FROM ties t WHERE t.kind = :tie)")
        params["tie"] = book_filter.tie.value
    if book_filter.no_tie:
        where.append("NOT EXISTS (SELECT 1 FROM ties t WHERE t.contact_id = s.contact_id)")
    if book_filter.district:
        where.append(
            "s.contact_id IN (SELECT a.contact_id FROM addresses a WHERE a.district = :district)"
        )
        params["district"] = book_filter.district
    if book_filter.area is not None:
        if not book_filter.area:
            where.append("1 = 0")
        else:
            marks, ids = in_list("area", book_filter.area)
            where.append(f"s.contact_id IN ({marks})")
            params.update(ids)
    if len(book_filter.search) > SearchTooLong.limit:
        raise SearchTooLong(len(book_filter.search))
    variants = query_variants(book_filter.search)
    order = "s.sort_key, s.contact_id"
    source = "contact_search s"
    if variants:
        plain = not (book_filter.sort or book_filter.key_gaps) and len(where) == 1
        if plain and len(variants) == 1 and len(query_form(variants[0])) <= SHORT:
            # The prefix rows are stored in the order the table shows them.
            params["t"] = variants[0]
            sql = (
                "SELECT contact_id FROM search_prefixes WHERE term = :t AND alive = :alive "
                "ORDER BY rank, sort_key, contact_id"
            )
            if limit is not None:
                sql += " LIMIT :limit"
                params["limit"] = limit
            return sql, params
        source = f"({_hits(variants, params, fts)}) h JOIN contact_search s ON s.contact_id = h.cid"
        order = "h.r, " + order
    if book_filter.sort:
        expression = _sort_expression(book_filter.sort, params)
        direction = " DESC" if book_filter.descending else ""
        # Empty values last whichever way; SQLite and PostgreSQL disagree on NULLs.
        order = f"({expression}) IS NULL, {expression}{direction}, s.sort_key, s.contact_id"
    if book_filter.key_gaps:
        # "Who do I know least about among my key clients?"
        where.append("s.contact_id IN (SELECT id FROM contacts WHERE key_client = :key)")
        params["key"] = True
        source += " LEFT JOIN dossiers d ON d.contact_id = s.contact_id"
        order = "coalesce(d.completeness, 0), " + order
    sql = f"SELECT s.contact_id FROM {source} WHERE " + " AND ".join(where) + " ORDER BY " + order
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return sql, params


def first_prefix_rows(book_filter: BookFilter, limit: int) -> tuple[str, dict[str, Any]] | None:
    """For a plain two-character search: the query of its rows that equal or start a
    term, which come first in the table. When there are `limit` of them, they are the
    first screen, read in order from the index without ranking every match."""
    variants = query_variants(book_filter.search)
    plain = not (
        book_filter.sort
        or book_filter.key_gaps
        or book_filter.trash
        or book_filter.tie
        or book_filter.no_tie
        or book_filter.district
        or book_filter.area is not None
    )
    if not plain or len(variants) != 1 or len(variants[0]) > SHORT:
        return None
    return (
        "SELECT contact_id FROM search_prefixes WHERE term = :t AND alive = :alive "
        f"AND rank < {INSIDE} ORDER BY rank, sort_key, contact_id LIMIT :limit",
        {"t": variants[0], "alive": True, "limit": limit},
    )


class ContactBook:
    """The contact book on one open store."""

    def __init__(self, store: Store, clock: type[dt.datetime] = dt.datetime) -> None:
        self._store = store
        self._clock = clock
        self._records: ContactRecords | None = None

    @property
    def records(self) -> ContactRecords:
        if self._records is None:
            from rmdesk.contacts.records import ContactRecords

            self._records = ContactRecords(self._store, self._clock)
        return self._records

    # -- listings (plain SQL) ---------------------------------------------------------

    def list_ids(
        self, book_filter: BookFilter | None = None, limit: int | None = None
    ) -> list[int]:
        """The ids of the contacts the filter shows, in book order (pinyin of the name).

        The trash lists the most recently deleted first. With `limit`, only the first ids:
        the book is stored in book order, so the first screenful of a broad search is
        found without reading the rest.
        """
        ensure_book_index(self._store)
        book_filter = book_filter or BookFilter()
        if limit is not None:
            first = first_prefix_rows(book_filter, limit)
            if first is not None:
                ids = [row[0] for row in self._store.read(*first)]
                if len(ids) == limit:
                    return ids
        sql, params = listing_sql(book_filter, limit, fts=self._store.is_sqlite)
        return [row[0] for row in self._store.read(sql, params)]

    def rows(self, ids: Sequence[int]) -> dict[int, ContactRow]:
        """Table rows for these contacts (a page of the table), keyed by id."""
        if not ids:
            return {}
        placeholders, params = in_list("id", list(ids))
        read = self._store.read
        questions = ", ".join(QUESTION_COLUMNS.values())
        contacts = read(
            "SELECT id, name, nickname, company, title, stage, key_client, "
            f"{questions} FROM contacts WHERE id IN ({placeholders})",
            params,
        )
        phones: dict[int, str] = {}
        for cid, number in read(
            "SELECT contact_id, number FROM phones WHERE contact_id IN "
            f"({placeholders}) ORDER BY contact_id, position",
            params,
        ):
            phones.setdefault(cid, number)
        districts: dict[int, str] = {}
        for cid, district in read(
            "SELECT contact_id, district FROM addresses WHERE contact_id IN "
            f"({placeholders}) AND district <> '' ORDER BY contact_id, position",
            params,
        ):
            districts.setdefault(cid, district)
        known: dict[int, int] = {
            cid: percent
            for cid, percent in read(
                "SELECT contact_id, completeness FROM dossiers "
                f"WHERE contact_id IN ({placeholders})",
                params,
            )
        }
        ties: dict[int, list[TieKind]] = {}
        for cid, kind in read(
            f"SELECT contact_id, kind FROM ties WHERE contact_id IN ({placeholders}) "
            "ORDER BY contact_id, id",
            params,
        ):
            tie = TieKind(kind)
            if tie not in ties.setdefault(cid, []):
                ties[cid].append(tie)
        visits = dict(params)
        visits.update(done="done", open0="proposed", open1="booked", today=dt.date.today())
        last: dict[int, dt.date | None] = {}
        upcoming: dict[int, dt.date | None] = {}
        for cid, done_day, next_day in read(
            "SELECT contact_id, max(CASE WHEN status = :done THEN day END), "
            "min(CASE WHEN status IN (:open0, :open1) AND day >= :today THEN day END) "
            f"FROM visit_plans WHERE contact_id IN ({placeholders}) GROUP BY contact_id",
            visits,
        ):
            last[cid], upcoming[cid] = as_date(done_day), as_date(next_day)
        for cid, logged_day in read(
            "SELECT contact_id, max(day) FROM visit_logs "
            f"WHERE contact_id IN ({placeholders}) GROUP BY contact_id",
            params,
        ):  # a visit logged without a plan is a visit too
            logged, planned = as_date(logged_day), last.get(cid)
            if logged is not None and (planned is None or logged > planned):
                last[cid] = logged
        result = {}
        for cid, name, nickname, company, title, stage, key_client, *answers in contacts:
            result[cid] = ContactRow(
                id=cid,
                name=name,
                nickname=nickname,
                company=company,
                title=title,
                phone=phones.get(cid, ""),
                district=districts.get(cid, ""),
                stage=Stage(stage) if stage else None,
                key_client=bool(key_client),
                ties=tuple(ties.get(cid, ())),
                qualification_score=sum(1 for a in answers if a == Answer.YES.value),
                dossier=known.get(cid, 0),
                last_visit=last.get(cid),
                next_visit=upcoming.get(cid),
            )
        return result

    def tie_counts(self) -> TieCounts:
        """Counts for the book tree: a contact counts once under every tie it has."""
        read = self._store.read
        alive = {"alive": True}
        ensure_book_index(self._store)
        total = read("SELECT count(*) FROM contact_search WHERE alive = :alive", alive)[0][0]
        trash = read("SELECT count(*) FROM contacts WHERE deleted_at IS NOT NULL")[0][0]
        by_tie = {kind: 0 for kind in TieKind}
        for kind, count in read(
            "SELECT t.kind, count(DISTINCT t.contact_id) FROM ties t "
            "JOIN contact_search s ON s.contact_id = t.contact_id AND s.alive = :alive "
            "GROUP BY t.kind",
            alive,
        ):
            by_tie[TieKind(kind)] = count
        no_tie = read(
            "SELECT count(*) FROM contact_search s WHERE s.alive = :alive AND NOT EXISTS "
            "(SELECT 1 FROM ties t WHERE t.contact_id = s.contact_id)",
            alive,
        )[0][0]
        by_district = tuple(
            (district, count)
            for district, count in read(
                "SELECT a.district, count(DISTINCT a.contact_id) FROM addresses a "
                "JOIN contact_search s ON s.contact_id = a.contact_id AND s.alive = :alive "
                "WHERE a.district <> '' GROUP BY a.district "
                "ORDER BY count(DISTINCT a.contact_id) DESC, a.district",
                alive,
            )
        )
        key_clients = read(
            "SELECT count(*) FROM contacts WHERE key_client = :key AND deleted_at IS NULL",
            {"key": True},
        )[0][0]
        return TieCounts(
            total=total,
            by_tie=by_tie,
            no_tie=no_tie,
            trash=trash,
            by_district=by_district,
            key_clients=key_clients,
        )

    def near(self, contact_id: int, radius_km: float) -> list[NearbyContact]:
        """Living contacts with an address within `radius_km` of this contact's, nearest
        first (measured between their closest located addresses).

        Raises NoLocation if the contact has no address with coordinates.
        """
        read = self._store.read
        found = read("SELECT name FROM contacts WHERE id = :id", {"id": contact_id})
        if not found:
            raise ContactNotFound(contact_id)
        origins = read(
            "SELECT lat, lon FROM addresses WHERE contact_id = :id AND lat IS NOT NULL "
            "AND lon IS NOT NULL ORDER BY position",
            {"id": contact_id},
        )
        if not origins:
            raise NoLocation(contact_id, found[0][0])
        return self._near(origins, radius_km, contact_id)

    def near_point(
        self, lat: float, lon: float, radius_km: float, exclude: int | None = None
    ) -> list[NearbyContact]:
        """Living contacts with an address within `radius_km` of a point (an
        appointment's place), nearest first."""
        return self._near([(lat, lon)], radius_km, exclude)

    def _near(
        self, origins: Sequence[Sequence[float]], radius_km: float, exclude: int | None
    ) -> list[NearbyContact]:
        ensure_book_index(self._store)
        best: dict[int, float] = {}
        measured: dict[int, tuple[str, str]] = {}  # the address measured to: kind, district
        for lat, lon in origins:
            min_lat, max_lat, min_lon, max_lon = bounding_box(lat, lon, radius_km)
            for cid, alat, alon, kind, district in self._store.read(
                "SELECT a.contact_id, a.lat, a.lon, a.kind, a.district FROM addresses a "
                "JOIN contact_search s ON s.contact_id = a.contact_id AND s.alive = :alive "
                "WHERE a.lat BETWEEN :min_lat AND :max_lat "
                "AND a.lon BETWEEN :min_lon AND :max_lon AND a.contact_id <> :id",
                {
                    "alive": True,
                    "min_lat": min_lat,
                    "max_lat": max_lat,
                    "min_lon": min_lon,
                    "max_lon": max_lon,
                    "id": -1 if exclude is None else exclude,
                },
            ):
                d = distance_km(lat, lon, alat, alon)
                if d <= radius_km and d < best.get(cid, float("inf")):
                    best[cid] = d
                    measured[cid] = (kind, district or "")
        rows = self.rows(list(best))
        visited = self.last_visited(list(best))
        nearby = [
            NearbyContact(
                id=cid,
                name=rows[cid].name,
                company=rows[cid].company,
                # The district of the address measured to, not of the first address.
                district=measured[cid][1] or rows[cid].district,
                stage=rows[cid].stage,
                distance_km=round(d, 3),
                last_visited=visited.get(cid),
                address_kind=AddressKind(measured[cid][0]),
            )
            for cid, d in best.items()
            if cid in rows
        ]
        nearby.sort(key=lambda n: (n.distance_km, n.id))
        return nearby

    def last_visited(self, ids: Sequence[int]) -> dict[int, dt.date]:
        """The day of each contact's last visit (a plan marked done, or a logged visit)."""
        if not ids:
            return {}
        placeholders, params = in_list("id", list(ids))
        params["done"] = "done"
        found = {}
        for cid, day in self._store.read(
            f"SELECT c.id, {last_visit_sql('c.id')} FROM contacts c WHERE c.id IN ({placeholders})",
            params,
        ):
            when = as_date(day)
            if when is not None:
                found[cid] = when
        return found

    def find_by_name(self, text: str, limit: int = 20) -> list[tuple[int, str, str]]:
        """(id, name, company) of living contacts matching a search, for pickers."""
        ids = self.list_ids(BookFilter(search=text), limit=limit)
        rows = self.rows(ids)
        return [(i, rows[i].name, rows[i].company) for i in ids if i in rows]

    # -- whole contacts (ORM) -----------------------------------------------------------

    def get(self, contact_id: int) -> Contact:
        """The whole contact, for the detail pane and the editor."""
        return self.records.get(contact_id)

    def iter_contacts(self, ids: Sequence[int], page: int = 500) -> Iterator[Contact]:
        """Whole contacts for many ids, in the order given, a page of queries at a time."""
        return self.records.iter_contacts(ids, page)

    def save(self, contact: Contact) -> int:
        """Create or update a contact after validating it; returns its id.

        Raises InvalidContact (nothing saved) when a field is wrong.
        """
        return self.records.save(contact)

    def change(self, contact_id: int, change: Callable[[Contact], Contact]) -> int:
        """Read, change and save one contact in one transaction."""
        return self.records.change(contact_id, change)

    def move_to_trash(self, ids: Iterable[int]) -> int:
        """Put contacts in the trash (they can be restored); returns how many moved."""
        return self.records.move_to_trash(ids)

    def restore(self, ids: Iterable[int]) -> int:
        """Take contacts back out of the trash."""
        return self.records.restore(ids)

    def empty_trash(self) -> int:
        """Delete every contact in the trash for good. The caller asks the user first."""
        return self.records.empty_trash()
