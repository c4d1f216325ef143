"""Dossiers, companies, industries and roles in and out of the database (ORM).

Imported on first use, never at start: it loads SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from rmdesk.contacts.pinyin import text_sort_key
from rmdesk.contacts.search_index import reindex
from rmdesk.domain.dossier import (
    Company,
    CompanyRole,
    Dossier,
    FamilyEvent,
    Industry,
    Job,
    Person,
    completeness,
    kind_list,
    validate_company,
    validate_dossier,
)
from rmdesk.domain.errors import ContactNotFound, EditConflict
from rmdesk.domain.kinds import (
    Circle,
    Cuisine,
    Introduction,
    LifeCycle,
    Relationship,
    Role,
    Smoking,
    Style,
    optional,
)
from rmdesk.store.database import Store, as_date
from rmdesk.store.models import (
    CompanyModel,
    CompanyRoleModel,
    ContactModel,
    DossierEventModel,
    DossierJobModel,
    DossierModel,
    DossierPersonModel,
    IndustryModel,
)
from rmdesk.store.versions import claim, claim_or_conflict

_SCALARS = (
    "address_as", "id_number", "ethnicity", "hukou", "nationality", "blood_type", "height_cm",
    "weight_kg",
    "education_notes", "family_notes", "people_notes", "career_notes", "health", "drinks",
    "drink_amount", "allergies", "restaurants", "life_notes", "religion", "taboos",
    "character_notes", "experience_notes", "opinion_of_us", "favoured_bank", "first_business",
    "business_with_us", "other_notes", "introducer_thanked", "wedding_date",
)  # fmt: skip


def _to_dossier(m: DossierModel) -> Dossier:
    d = Dossier(contact_id=m.contact_id, **{name: getattr(m, name) for name in _SCALARS})
    d.smoking = optional(Smoking, m.smoking)
    d.cuisines = kind_list(Cuisine, m.cuisines) if m.cuisines else []
    d.style = optional(Style, m.style)
    d.competitor_banks = [b for b in m.competitor_banks.split(",") if b]
    d.relationship = optional(Relationship, m.bank_relationship)
    d.introduction = optional(Introduction, m.introduction)
    d.people = [
        Person(Circle(p.circle), p.name, p.relation, p.occupation, p.closeness, p.linked_id)
        for p in m.people
    ]
    d.jobs = [Job(j.employer, j.role, j.years) for j in m.jobs]
    d.family_events = [FamilyEvent(as_date(e.day) or e.day, e.what, e.yearly) for e in m.events]
    d.version = m.version
    return d


def _maybe(convert: Callable[[Any], Any], model: Any) -> Any:
    return convert(model) if model is not None else None


def _to_industry(m: IndustryModel) -> Industry:
    return Industry(
        m.name,
        m.cost_structure,
        m.profitability,
        m.dependencies,
        m.substitutability,
        optional(LifeCycle, m.life_cycle),
        m.competition,
        m.id,
        m.version,
    )


class DossierBook:
    """Dossiers and corporate clients on one store."""

    def __init__(self, store: Store, clock: type[dt.datetime] = dt.datetime) -> None:
        self._store = store
        self._clock = clock

    @property
    def store(self) -> Store:
        return self._store

    # -- dossiers ---------------------------------------------------------------------

    def get(self, contact_id: int) -> Dossier:
        """The contact's dossier; an empty one if nothing is known yet."""
        with self._store.session() as s:
            return self._get(s, contact_id)

    @staticmethod
    def _get(s: Session, contact_id: int) -> Dossier:
        m = s.get(
            DossierModel,
            contact_id,
            options=[
                selectinload(DossierModel.people),
                selectinload(DossierModel.jobs),
                selectinload(DossierModel.events),
            ],
        )
        if m is None:
            if s.get(ContactModel, contact_id) is None:
                raise ContactNotFound(contact_id)
            return Dossier(contact_id=contact_id, version=0)  # none stored yet
        return _to_dossier(m)

    def save(self, dossier: Dossier) -> int:
        """Store the dossier (validated; nothing written if a field is wrong). Returns its
        completeness in percent. EditConflict when someone else saved it meanwhile."""
        with self._store.session() as s:
            return self._save(s, dossier)

    def get_in(self, s: Session, contact_id: int) -> Dossier:
        """`get`, inside the caller's transaction (a merge)."""
        return self._get(s, contact_id)

    def save_in(self, s: Session, dossier: Dossier) -> int:
        """`save`, inside the caller's transaction (a merge)."""
        return self._save(s, dossier)

    def save_with_company(self, dossier: Dossier, company_name: str, roles: Sequence[Role]) -> int:
        """The dossier editor's save, in one transaction: the dossier, and the contact's
        roles at the company of that name (made if new; no roles without a name)."""
        with self._store.session() as s:
            percent = self._save(s, dossier)
            company_id = None
            if company_name.strip() and roles:
                company_id = s.scalar(
                    select(CompanyModel.id).where(CompanyModel.name == company_name.strip())
                )
                if company_id is None:
                    made = CompanyModel(name=company_name.strip(), version=1)
                    s.add(made)
                    s.flush()
                    company_id = made.id
            self._set_roles(
                s,
                dossier.contact_id,
                [CompanyRole(company_id, dossier.contact_id, r) for r in roles]
                if company_id is not None
                else [],
            )
            return percent

    def _save(self, s: Session, dossier: Dossier) -> int:
        validate_dossier(dossier)
        percent, _empty = completeness(dossier)
        if s.get(ContactModel, dossier.contact_id) is None:
            raise ContactNotFound(dossier.contact_id)
        cid = dossier.contact_id
        if dossier.version == 0:  # based on "no dossier yet": is there one now?
            stale = s.get(DossierModel, cid) is not None
        else:  # claim() changes nothing when it fails: `theirs` below is as stored
            stale = not claim(s, DossierModel, DossierModel.contact_id, cid, dossier.version)
            stale = stale and dossier.version is not None
        if stale:
            theirs = s.get(
                DossierModel,
                cid,
                options=[
                    selectinload(DossierModel.people),
                    selectinload(DossierModel.jobs),
                    selectinload(DossierModel.events),
                ],
            )
            raise EditConflict("dossier", cid, dossier, _to_dossier(theirs) if theirs else None)
        m = s.get(DossierModel, dossier.contact_id)
        if m is None:
            m = DossierModel(contact_id=dossier.contact_id, version=1)
            s.add(m)
        for name in _SCALARS:
            setattr(m, name, getattr(dossier, name))
        m.id_number = dossier.id_number.strip().upper()
        m.smoking = dossier.smoking.value if dossier.smoking else None
        m.cuisines = ",".join(c.value for c in dossier.cuisines)
        m.style = dossier.style.value if dossier.style else None
        m.competitor_banks = ",".join(b.strip() for b in dossier.competitor_banks if b.strip())
        m.bank_relationship = dossier.relationship.value if dossier.relationship else None
        m.introduction = dossier.introduction.value if dossier.introduction else None
        m.people = [
            DossierPersonModel(
                position=i,
                circle=p.circle.value,
                name=p.name,
                relation=p.relation,
                occupation=p.occupation,
                closeness=p.closeness,
                linked_id=p.linked_id,
            )
            for i, p in enumerate(dossier.people)
        ]
        m.jobs = [
            DossierJobModel(position=i, employer=j.employer, role=j.role, years=j.years)
            for i, j in enumerate(dossier.jobs)
        ]
        m.events = [
            DossierEventModel(
                position=i,
                day=e.day,
                what=e.what.strip(),
                yearly=e.yearly,
                month_day=e.day.month * 100 + e.day.day,
            )
            for i, e in enumerate(dossier.family_events)
        ]
        m.completeness = percent
        m.updated_at = self._clock.now().replace(microsecond=0)
        s.flush()
        reindex(s.connection(), [dossier.contact_id])
        return percent

    def mark_thanked(self, contact_ids: Sequence[int], day: dt.date | None) -> None:
        """The introducers of these contacts were told and thanked on `day` (None: not
        yet), all in one transaction."""
        with self._store.session() as s:
            for contact_id in contact_ids:
                dossier = self._get(s, contact_id)
                dossier.introducer_thanked = day
                self._save(s, dossier)

    def set_introduction(self, contact_id: int, status: Introduction | None) -> None:
        dossier = self.get(contact_id)
        dossier.introduction = status
        self.save(dossier)

    # -- companies and industries -----------------------------------------------------

    def industries(self) -> list[Industry]:
        with self._store.session() as s:
            found = [_to_industry(m) for m in s.scalars(select(IndustryModel))]
        return sorted(found, key=lambda i: text_sort_key(i.name))

    def save_industry(self, industry: Industry) -> int:
        with self._store.session() as s:
            return self._save_industry(s, industry)

    def _save_industry(self, s: Session, industry: Industry) -> int:
        validate_company(industry)
        m = None
        if industry.id:
            claim_or_conflict(
                s, IndustryModel, IndustryModel.id, industry.id, industry.version,
                "industry", industry,
                lambda: _maybe(_to_industry, s.get(IndustryModel, industry.id)),
            )  # fmt: skip
            m = s.get(IndustryModel, industry.id)
        if m is None:
            m = IndustryModel(version=1)
            s.add(m)
        m.name = industry.name.strip()
        m.cost_structure = industry.cost_structure
        m.profitability = industry.profitability
        m.dependencies = industry.dependencies
        m.substitutability = industry.substitutability
        m.life_cycle = industry.life_cycle.value if industry.life_cycle else None
        m.competition = industry.competition
        s.flush()
        return m.id

    def companies(self) -> list[Company]:
        with self._store.session() as s:
            found = [self._company(m) for m in s.scalars(select(CompanyModel))]
        return sorted(found, key=lambda c: text_sort_key(c.name))  # as the book: by pinyin

    @staticmethod
    def _company(m: CompanyModel) -> Company:
        return Company(
            m.name,
            m.scale,
            optional(LifeCycle, m.stage),
            m.products,
            m.management,
            m.finance,
            m.related_companies,
            m.notes,
            m.industry_id,
            m.id,
            m.version,
        )

    def company(self, company_id: int) -> Company:
        with self._store.session() as s:
            m = s.get(CompanyModel, company_id)
            if m is None:
                raise LookupError(f"no company with id {company_id}")
            return self._company(m)

    def save_company(self, company: Company, industry: Industry | None = None) -> int:
        """Store the company and, when given, its industry first, in one transaction."""
        with self._store.session() as s:
            if industry is not None:
                company = replace(company, industry_id=self._save_industry(s, industry))
            return self._save_company(s, company)

    def _save_company(self, s: Session, company: Company) -> int:
        validate_company(company)
        m = None
        if company.id:
            claim_or_conflict(
                s, CompanyModel, CompanyModel.id, company.id, company.version,
                "company", company,
                lambda: _maybe(self._company, s.get(CompanyModel, company.id)),
            )  # fmt: skip
            m = s.get(CompanyModel, company.id)
        if m is None:
            m = CompanyModel(version=1)
            s.add(m)
        m.name = company.name.strip()
        m.scale = company.scale
        m.stage = company.stage.value if company.stage else None
        m.products = company.products
        m.management = company.management
        m.finance = company.finance
        m.related_companies = company.related_companies
        m.notes = company.notes
        m.industry_id = company.industry_id
        s.flush()
        return m.id

    def roles_of(self, contact_id: int) -> list[CompanyRole]:
        with self._store.session() as s:
            return [
                CompanyRole(m.company_id, m.contact_id, Role(m.role))
                for m in s.scalars(
                    select(CompanyRoleModel).where(CompanyRoleModel.contact_id == contact_id)
                )
            ]

    def people_of(self, company_id: int) -> list[CompanyRole]:
        with self._store.session() as s:
            return [
                CompanyRole(m.company_id, m.contact_id, Role(m.role))
                for m in s.scalars(
                    select(CompanyRoleModel).where(CompanyRoleModel.company_id == company_id)
                )
            ]

    def set_roles(self, contact_id: int, roles: Sequence[CompanyRole]) -> None:
        """Replace the contact's roles at companies."""
        with self._store.session() as s:
            self._set_roles(s, contact_id, roles)

    @staticmethod
    def _set_roles(s: Session, contact_id: int, roles: Sequence[CompanyRole]) -> None:
        s.execute(delete(CompanyRoleModel).where(CompanyRoleModel.contact_id == contact_id))
        for r in roles:
            s.add(
                CompanyRoleModel(company_id=r.company_id, contact_id=contact_id, role=r.role.value)
            )
