"""Alembic environment: always handed an open connection by `warehouse.migrate`, never a URL."""

from alembic import context

from warehouse.schema import metadata

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=metadata,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
