"""The records of what is done with clients, as typed SQLAlchemy 2 models: calls, visit
logs (objections, gifts), follow-ups, the stage history, and keeping clients (products,
selling rules, key-client plans, Today's marks). Same rules as `models.py`; they share
its `Base`, so importing this module adds these tables to the one metadata."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rmdesk.store.models import Base


class CallLogModel(Base):
    """A call and its outcome (DOMAIN.md step 1)."""

    __tablename__ = "call_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    outcome: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    call_back_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_call_logs_at", "at"),
        Index("ix_call_logs_contact", "contact_id", "at"),
        Index("ix_call_logs_call_back", "outcome", "call_back_at"),
    )


class VisitLogModel(Base):
    """A visit that took place; `signals_seen` holds one example per line."""

    __tablename__ = "visit_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("visit_plans.id", ondelete="SET NULL"))
    day: Mapped[dt.date] = mapped_column(Date)
    met: Mapped[str] = mapped_column(Text, default="")
    purpose_reached: Mapped[bool | None] = mapped_column(Boolean)
    signal: Mapped[str | None] = mapped_column(String(16))
    signals_seen: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str | None] = mapped_column(String(16))
    products: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str | None] = mapped_column(String(16))
    next_step: Mapped[str] = mapped_column(Text, default="")
    next_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    objections: Mapped[list[ObjectionModel]] = relationship(
        cascade="all, delete-orphan", order_by="ObjectionModel.id", passive_deletes=True
    )
    gifts: Mapped[list[GiftModel]] = relationship(order_by="GiftModel.id", passive_deletes=True)

    __table_args__ = (
        Index("ix_visit_logs_day", "day"),
        Index("ix_visit_logs_contact", "contact_id", "day"),
    )


class ObjectionModel(Base):
    """An objection raised at a visit, open until resolved (DOMAIN.md step 4)."""

    __tablename__ = "objections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit_logs.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    cause: Mapped[str] = mapped_column(String(16))
    words: Mapped[str] = mapped_column(Text)
    handling: Mapped[str | None] = mapped_column(String(16))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_objections_contact", "contact_id", "resolved"),)


class GiftModel(Base):
    """A gift given to a client: a compliance record (DOMAIN.md step 3)."""

    __tablename__ = "gifts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit_logs.id", ondelete="SET NULL"))
    day: Mapped[dt.date] = mapped_column(Date)
    item: Mapped[str] = mapped_column(Text)
    value_fen: Mapped[int] = mapped_column(Integer, default=0)  # in fen: no float money
    occasion: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_gifts_contact", "contact_id", "day"),)


class FollowUpModel(Base):
    """Something to do for a client by a date: a visit's next step, for one."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit_logs.id", ondelete="SET NULL"))
    due: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_follow_ups_due", "due"),
        Index("ix_follow_ups_contact", "contact_id", "due"),
        Index("ix_follow_ups_open", "done_at", "due"),
    )


class StageChangeModel(Base):
    """Every change of a contact's stage, wherever it was made (NULL: stage cleared)."""

    __tablename__ = "stage_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    stage: Mapped[str | None] = mapped_column(String(16))
    since: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_stage_changes_contact", "contact_id", "since"),
        Index("ix_stage_changes_since", "since"),
    )


class ProductModel(Base):
    """What a client holds with the bank, and when it matures or falls due."""

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text, default="")
    amount_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # in fen: no float money
    start: Mapped[dt.date | None] = mapped_column(Date)
    maturity: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_products_maturity", "maturity"),
        Index("ix_products_contact", "contact_id", "type"),
    )


class SellRuleModel(Base):
    """A cross- or up-selling rule the user can edit: holds X (maturing soon) → suggest Y."""

    __tablename__ = "sell_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    holds: Mapped[str] = mapped_column(String(16))
    suggest: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    maturing_days: Mapped[int | None] = mapped_column(Integer)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)


class KeyClientPlanModel(Base):
    """The maintenance plan of a key client."""

    __tablename__ = "key_client_plans"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    direction: Mapped[str] = mapped_column(String(16))
    every_days: Mapped[int] = mapped_column(Integer)
    invest: Mapped[str] = mapped_column(Text, default="")
    returns: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ReminderMarkModel(Base):
    """A Today item marked done or snoozed, by its key ("birthday:12:2026-12-05")."""

    __tablename__ = "reminder_marks"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    snoozed_until: Mapped[dt.date | None] = mapped_column(Date)


class ComplaintModel(Base):
    """A client's complaint: the facts, the fix, the outcome; its steps below."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    received: Mapped[dt.date] = mapped_column(Date)
    owner: Mapped[str] = mapped_column(Text)
    deadline: Mapped[dt.date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text)
    fact_who: Mapped[str] = mapped_column(Text, default="")
    fact_what: Mapped[str] = mapped_column(Text, default="")
    fact_when: Mapped[str] = mapped_column(Text, default="")
    fact_where: Mapped[str] = mapped_column(Text, default="")
    fact_why: Mapped[str] = mapped_column(Text, default="")
    fix: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)  # the last step's day
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    steps: Mapped[list[ComplaintStepModel]] = relationship(
        cascade="all, delete-orphan", order_by="ComplaintStepModel.id", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_complaints_open", "closed_on", "deadline"),
        Index("ix_complaints_contact", "contact_id", "received"),
    )


class ComplaintStepModel(Base):
    """A step of a complaint done: which, when, by whom."""

    __tablename__ = "complaint_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[str] = mapped_column(String(16))
    day: Mapped[dt.date] = mapped_column(Date)
    by: Mapped[str] = mapped_column(Text, default="")


class AuditEntryModel(Base):
    """One entry of the audit trail (store/audit.py): append-only, hash-chained."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    clients: Mapped[int] = mapped_column(Integer)
    sensitive_fields: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Who (the team's database role; empty on an embedded book): migration 0021.
    actor: Mapped[str] = mapped_column(String(100), server_default="")
