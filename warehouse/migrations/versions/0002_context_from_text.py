"""Fact contexts cut from the document text when read, no longer stored with every fact.

Revision ID: 0002
Revises: 0001

A fact's `context` (its span and the 60 characters either side) copied words `document_text` already
holds, and there were more of them than of the texts themselves: compressing and writing them was the
largest part of a load's commit. The `facts` view now cuts each context from the text by character
offsets, giving the very string `nabd.records.fact_context` gives (both backends count characters, not
bytes, and `substr` stops at the end of the text as a Python slice does).

The new `facts` view is the one of revision 0001 with that expression in place of the stored column.
`facts_per_source` reads `facts`, so PostgreSQL makes it go too; it comes back unchanged. DuckDB will not
drop a column of a table that has an index, so each fact table's document index is dropped around it.
"""

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

initial = importlib.import_module("warehouse.migrations.versions.0001_initial")

FACT_TABLES = ("fact_count", "fact_date", "fact_budget", "fact_facility_mention")

# Python's text[max(0, start - 60) : end + 60] in SQL, whose substr counts from 1.
CONTEXT = "substr(t.text, greatest(f.span_start - 59, 1), f.span_end + 60 - greatest(f.span_start - 60, 0))"
STORED = "f.context, "
FROM = "FROM {table} f JOIN dim_document d ON d.document_id = f.document_id"


def _facts_from_text() -> str:
    """Revision 0001's `facts` with each arm reading its context from the text (a fact whose document
    has no text gets NULL, as a fact stored without context did)."""
    body = initial.VIEWS["facts"]
    for table in FACT_TABLES:
        arm = FROM.format(table=table)
        body = body.replace(arm, f"{arm}\n    LEFT JOIN document_text t ON t.document_id = f.document_id")
    return body.replace(STORED, f"{CONTEXT} AS context, ")


# Views that read `facts`, and so must be dropped before it and created after it.
DEPENDENT = ("facts_per_source",)


def _drop_views() -> None:
    for name in (*DEPENDENT, "facts"):
        op.execute(f"DROP VIEW {name}")


def _create_views(facts: str) -> None:
    op.execute(f"CREATE VIEW facts AS {facts}")
    for name in DEPENDENT:
        op.execute(f"CREATE VIEW {name} AS {initial.VIEWS[name]}")


def upgrade() -> None:
    _drop_views()
    for table in FACT_TABLES:
        op.drop_index(f"ix_{table}_document_id", table_name=table)
        op.drop_column(table, "context")
        op.create_index(f"ix_{table}_document_id", table, ["document_id"])
    _create_views(_facts_from_text())


def downgrade() -> None:
    _drop_views()
    for table in FACT_TABLES:
        op.add_column(table, sa.Column("context", sa.Text))
        op.execute(
            f"UPDATE {table} f SET context = {CONTEXT} FROM document_text t WHERE t.document_id = f.document_id"
        )
    _create_views(initial.VIEWS["facts"])
