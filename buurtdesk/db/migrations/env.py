"""Alembic environment: always run with a connection handed in by buurtdesk.db.schema."""

from __future__ import annotations

from alembic import context

from buurtdesk.db.migrations.migration_only import include_name
from buurtdesk.domain.models import metadata

connection = context.config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
