"""Alembic environment: rmdesk always hands over an open connection (see store/database.py)."""

from __future__ import annotations

from alembic import context

from rmdesk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only change a table by copying it
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
