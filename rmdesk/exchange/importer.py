"""Bringing contacts in: duplicates found, then everything written in one transaction.

Every record is converted and checked first (`plan_import`, no writing): what is added,
what is a duplicate of a contact in the book or earlier in the file (same phone, same ID
number, or same name at the same company) and what is done with it (skipped, the book's
contact updated, or both kept), what is rejected and why, what was left out of a record
(a mangled phone). A dry run stops there. `run_import` writes the plan in one
transaction: a failure part-way (a full disk, a killed process, a cancel) leaves the book
exactly as before. With `all_or_nothing`, any rejected record means nothing is written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rmdesk.domain.contact import Contact, validate_contact
from rmdesk.domain.errors import InvalidContact, RmdeskError
from rmdesk.exchange.records import Converted, Note, Record, to_contact
from rmdesk.store.database import Store

SKIP, UPDATE, KEEP_BOTH = "skip", "update", "keep"
BATCH = 200  # contacts written (and progress told) at a time
Progress = Callable[[int, int], None]  # (done, total); raising stops the import


class ImportCancelled(RmdeskError):
    """The user stopped the import: nothing was written."""

    code = "import_cancelled"


@dataclass(frozen=True)
class Line:
    """One record's fate: where it is in the file, the name, and the contact it made,
    updated or matched (None before writing, or when rejected)."""

    place: str
    name: str
    contact_id: int | None = None
    matched_on: str = ""  # a duplicate: phone, id_number or name_company
    reason: Note | None = None  # a rejection


@dataclass
class ImportReport:
    added: list[Line] = field(default_factory=list)
    updated: list[Line] = field(default_factory=list)
    duplicates: list[Line] = field(default_factory=list)  # skipped, or kept as new
    rejected: list[Line] = field(default_factory=list)
    warnings: list[tuple[str, Note]] = field(default_factory=list)  # (place, note)
    written: bool = False


@dataclass
class _Plan:
    report: ImportReport
    to_add: list[tuple[int, Converted]]  # index into report.added
    to_update: list[tuple[int, int, Converted]]  # (index into report.updated, contact id)


class _Keys:
    """What makes two contacts the same person: a phone, an ID number, a name at a
    company. Read from the book once, then grown with each record added."""

    def __init__(self, store: Store) -> None:
        self.phone: dict[str, int] = {}
        self.id_number: dict[str, int] = {}
        self.name_company: dict[tuple[str, str], int] = {}
        for cid, number, gone in store.read(
            "SELECT p.contact_id, p.number, c.deleted_at FROM phones p "
            "JOIN contacts c ON c.id = p.contact_id"
        ):
            if gone is None:
                self.phone.setdefault(number.split(";")[0], cid)
        for cid, number in store.read(
            "SELECT contact_id, id_number FROM dossiers WHERE id_number <> ''"
        ):
            self.id_number.setdefault(number, cid)
        for cid, name, company, gone in store.read(
            "SELECT id, name, company, deleted_at FROM contacts WHERE company <> ''"
        ):
            if gone is None:
                self.name_company.setdefault((name, company), cid)

    def match(self, c: Contact, id_number: str) -> tuple[int, str] | None:
        for p in c.phones:
            if p.number.split(";")[0] in self.phone:
                return self.phone[p.number.split(";")[0]], "phone"
        if id_number and id_number in self.id_number:
            return self.id_number[id_number], "id_number"
        if c.company and (c.name, c.company) in self.name_company:
            return self.name_company[(c.name, c.company)], "name_company"
        return None

    def add(self, c: Contact, id_number: str, cid: int) -> None:
        for p in c.phones:
            self.phone.setdefault(p.number.split(";")[0], cid)
        if id_number:
            self.id_number.setdefault(id_number, cid)
        if c.company:
            self.name_company.setdefault((c.name, c.company), cid)


def plan_import(store: Store, records: Sequence[Record], duplicates: str = SKIP) -> _Plan:
    report = ImportReport()
    keys = _Keys(store)
    plan = _Plan(report, [], [])
    for n, record in enumerate(records):
        converted = to_contact(record)
        report.warnings += [(record.place, w) for w in converted.warnings]
        c = converted.contact
        if c is None:
            report.rejected.append(Line(record.place, record.name, reason=converted.reason))
            continue
        try:
            c = validate_contact(c)  # trimmed, phones in E.164: written as it is
            converted = dataclasses.replace(converted, contact=c)
        except InvalidContact as exc:
            fields = ", ".join(sorted(exc.errors))
            report.rejected.append(Line(record.place, c.name, reason=("invalid", fields)))
            continue
        found = keys.match(c, converted.id_number)
        if found is not None:
            cid, how = found
            in_book = cid > 0
            if duplicates == UPDATE and in_book:
                report.updated.append(Line(record.place, c.name, cid, how))
                plan.to_update.append((len(report.updated) - 1, cid, converted))
                continue
            report.duplicates.append(Line(record.place, c.name, cid if in_book else None, how))
            if duplicates != KEEP_BOTH:
                continue
        report.added.append(Line(record.place, c.name))
        plan.to_add.append((len(report.added) - 1, converted))
        keys.add(c, converted.id_number, -(n + 1))  # earlier in the file: not in the book
    return plan


def _merged(old: Contact, new: Contact) -> Contact:
    """The book's contact with what the file adds: new phones and addresses, and the
    fields the book had empty."""
    phones = old.phones + [p for p in new.phones if p.number not in {q.number for q in old.phones}]
    known = {a.text for a in old.addresses}
    addresses = old.addresses + [a for a in new.addresses if a.text not in known]
    return dataclasses.replace(
        old,
        phones=phones,
        addresses=addresses,
        company=old.company or new.company,
        title=old.title or new.title,
        birthday=old.birthday or new.birthday,
        notes=old.notes or new.notes,
    )


def run_import(
    store: Store,
    records: Sequence[Record],
    *,
    duplicates: str = SKIP,
    all_or_nothing: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Plan the import and (unless a dry run, or all-or-nothing with a rejection) write
    it in one transaction."""
    plan = plan_import(store, records, duplicates)
    report = plan.report
    if dry_run or (all_or_nothing and report.rejected):
        return report
    from rmdesk.contacts.records import ContactRecords
    from rmdesk.domain.dossier import Dossier, completeness
    from rmdesk.store.models import DossierModel

    book = ContactRecords(store)
    total = len(plan.to_add) + len(plan.to_update)
    say = progress or (lambda _done, _total: None)
    now = dt.datetime.now().replace(microsecond=0)
    with store.session() as s:
        done = 0
        for start in range(0, len(plan.to_add), BATCH):
            batch = plan.to_add[start : start + BATCH]
            made = book.add_many(
                s, [c.contact for _i, c in batch if c.contact is not None], validated=True
            )
            for (index, converted), cid in zip(batch, made, strict=True):
                if converted.id_number:
                    percent, _empty = completeness(Dossier(cid, id_number=converted.id_number))
                    s.add(
                        DossierModel(
                            contact_id=cid,
                            id_number=converted.id_number,
                            completeness=percent,
                            updated_at=now,
                        )
                    )
                report.added[index] = dataclasses.replace(report.added[index], contact_id=cid)
            done += len(batch)
            say(done, total)
        for _index, cid, converted in plan.to_update:
            new = converted.contact
            assert new is not None
            book.change_in(s, cid, lambda old, new=new: _merged(old, new))  # type: ignore[misc]
            done += 1
            if done % BATCH == 0:
                say(done, total)
        say(total, total)
    report.written = True
    return report
