"""Contacts in and out: reading a contact file for the mapping step, importing (a backup
first; one transaction), exporting through the redaction function."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rmdesk.services.events import (
    ActivityChanged,
    ContactsChanged,
    DossierChanged,
    Events,
    KeepingChanged,
    VisitsChanged,
)
from rmdesk.store.database import Store

if TYPE_CHECKING:
    from rmdesk.domain.contact import Contact
    from rmdesk.exchange.importer import ImportReport, Progress
    from rmdesk.exchange.merge import MergeUndo, Pair
    from rmdesk.exchange.records import Record
    from rmdesk.exchange.tables import Contents, Table

MAPPING_KEY = "import-mapping:"


class ExchangeService:
    def __init__(self, store: Store, events: Events) -> None:
        self._store = store
        self._events = events

    # -- import -------------------------------------------------------------------------

    @staticmethod
    def read_file(path: Path, fmt: str = "", sheet: str = "") -> Contents:
        """The file's cards or table (no database); WrongFile saying what it is."""
        from rmdesk.exchange.tables import read_contacts_file
        from rmdesk.store.bulk import collection_paused

        with collection_paused():
            return read_contacts_file(path, fmt, sheet)

    def mapping_for(self, table: Table) -> dict[int, str]:
        """The mapping the user chose last time for this header layout, else a guess."""
        from rmdesk.exchange.tables import guess_mapping, layout_key

        found = self._store.read(
            "SELECT value FROM book_settings WHERE key = :k",
            {"k": MAPPING_KEY + layout_key(table.headers)},
        )
        if found:
            try:
                return {int(k): v for k, v in json.loads(found[0][0]).items()}
            except (ValueError, AttributeError):
                pass
        return guess_mapping(table.headers)

    def remember_mapping(self, table: Table, mapping: dict[int, str]) -> None:
        from rmdesk.exchange.tables import layout_key
        from rmdesk.store.models import BookSettingModel

        with self._store.session() as s:
            s.merge(
                BookSettingModel(
                    key=MAPPING_KEY + layout_key(table.headers),
                    value=json.dumps({str(k): v for k, v in mapping.items()}),
                )
            )

    @staticmethod
    def records(contents: Contents, mapping: dict[int, str] | None = None) -> list[Record]:
        from rmdesk.exchange.tables import guess_mapping, records_from_table

        if contents.table is None:
            return list(contents.cards)
        table = contents.table
        kind = "line" if contents.kind == "csv" else "row"
        return records_from_table(table, mapping or guess_mapping(table.headers), kind)

    def import_records(
        self,
        records: Sequence[Record],
        *,
        duplicates: str = "skip",
        all_or_nothing: bool = False,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import (or, `dry_run`, only report); the embedded book is backed up first."""
        from rmdesk.exchange.importer import run_import

        if not dry_run and self._store.path is not None and self._store.path.exists():
            from rmdesk.store.backups import write_backup

            write_backup(self._store.path, "import", key=self._store.key)
        from rmdesk.store.bulk import collection_paused

        with collection_paused():
            report = run_import(
                self._store,
                records,
                duplicates=duplicates,
                all_or_nothing=all_or_nothing,
                dry_run=dry_run,
                progress=progress,
            )
        if report.written:
            ids = [line.contact_id for line in report.added + report.updated if line.contact_id]
            self._events.publish(ContactsChanged(tuple(ids)))
        return report

    # -- export -------------------------------------------------------------------------

    def export(
        self, path: Path, ids: Sequence[int], fmt: str, include_sensitive: bool = False
    ) -> int:
        """Write these contacts (every living one when `ids` is empty) to `path`, private
        and atomic; how many. OSError if it cannot be written (an older file stays)."""
        from rmdesk.contacts.book import ContactBook
        from rmdesk.dossier.records import DossierBook
        from rmdesk.exchange.export import export_bytes, records_of
        from rmdesk.store.private import write_private

        book = ContactBook(self._store)
        chosen = list(ids) or book.list_ids()
        contacts = list(book.iter_contacts(chosen))
        dossiers = {}
        if include_sensitive:
            dossier_book = DossierBook(self._store)
            dossiers = {c.id: dossier_book.get(c.id) for c in contacts if c.id is not None}
        records = records_of(contacts, dossiers, include_sensitive)
        write_private(path, export_bytes(records, fmt, include_sensitive))
        from rmdesk.store.audit import record

        sensitive = ["id_number"] if include_sensitive and any(r.id_number for r in records) else []
        record(self._store, "contact_export", len(records), sensitive, path.name)
        return len(records)

    # -- duplicates and merge -------------------------------------------------------------

    def duplicates(self) -> list[tuple[Pair, Contact, Contact]]:
        """Pairs of living contacts that look like one person, with both contacts."""
        from rmdesk.contacts.book import ContactBook
        from rmdesk.exchange.merge import find_duplicates

        pairs = find_duplicates(self._store)
        ids = sorted({i for p in pairs for i in (p.keep, p.other)})
        found = {c.id: c for c in ContactBook(self._store).iter_contacts(ids)}
        return [
            (p, found[p.keep], found[p.other])
            for p in pairs
            if p.keep in found and p.other in found
        ]

    def merge(self, keep_id: int, other_id: int, choose_other: set[str]) -> MergeUndo:
        """One contact from two (the other to the trash); what undoing it needs."""
        from rmdesk.exchange.merge import merge

        record = merge(self._store, keep_id, other_id, choose_other)
        self._announce(keep_id, other_id)
        return record

    def undo_merge(self, record: MergeUndo) -> None:
        from rmdesk.exchange.merge import undo

        undo(self._store, record)
        assert record.keep_before.id is not None
        self._announce(record.keep_before.id, record.other_id)

    def _announce(self, keep_id: int, other_id: int) -> None:
        self._events.publish(
            ContactsChanged((keep_id, other_id)),
            DossierChanged(keep_id),
            ActivityChanged((keep_id, other_id)),
            VisitsChanged(),
            KeepingChanged((keep_id, other_id)),
        )
