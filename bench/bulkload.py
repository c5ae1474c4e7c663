"""A prototype of a set-based `load_batch`, to measure what the warehouse could load per second.

`warehouse.load.load_batch` stages a batch in bulk but then replaces documents one at a time: about ten
statements and one transaction per document, so the load rate is bounded by statement latency (a few
hundred documents per second), not by data volume. Here the same staged rows go in with one statement
per table for the whole batch, in one transaction. It reuses the warehouse's staging, dimensions and
semantics (documents upserted, facts inserted before the previous ones are deleted, `first_seen_at`
carried over), and differs only in granularity: a failure rolls back the batch, and a caller that wants
per-document isolation retries a failed batch through the per-document path.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as upsert

from warehouse.bulk import drop_temporary
from warehouse.load import (
    IDENTITY_COLUMNS,
    STAGING,
    LoadStats,
    _prepare,
    _stage,
    _upsert_dimensions,
    stage_documents,
    stage_facts,
)
from warehouse.schema import FACT_TABLES, FACT_TYPES, dim_document, dim_facility, document_text

NOW = sa.bindparam("p_now", type_=sa.DateTime)
RUN_ID = sa.bindparam("p_run_id", type_=sa.Text)
VERSION = sa.bindparam("p_version", type_=sa.Text)


def _upsert_documents() -> sa.Executable:
    described = [c.name for c in stage_documents.columns if c.name != "text"]
    select = sa.select(*(stage_documents.c[c] for c in described), NOW, NOW, RUN_ID, VERSION)
    lineage = ["first_loaded_at", "last_loaded_at", "last_run_id", "extractor_version"]
    statement = upsert(dim_document).from_select(described + lineage, select)
    refreshed = [c for c in described + lineage if c not in ("doc", "first_loaded_at")]
    return statement.on_conflict_do_update(
        index_elements=["doc"], set_={c: statement.excluded[c] for c in refreshed}
    )


def _upsert_texts() -> sa.Executable:
    select = sa.select(dim_document.c.document_id, stage_documents.c.text).join_from(
        stage_documents, dim_document, dim_document.c.doc == stage_documents.c.doc
    )
    statement = upsert(document_text).from_select(["document_id", "text"], select)
    return statement.on_conflict_do_update(
        index_elements=["document_id"], set_={"text": statement.excluded.text}
    )


def _insert_facts(fact_type: str) -> sa.Executable:
    table = FACT_TABLES[fact_type]
    s = stage_facts
    previous = table.alias("previous")
    first_seen = (
        sa.select(sa.func.min(previous.c.first_seen_at))
        .where(
            previous.c.document_id == dim_document.c.document_id,
            previous.c.span_start == s.c.span_start,
            previous.c.span_end == s.c.span_end,
            *(previous.c[c].is_not_distinct_from(s.c[c]) for c in IDENTITY_COLUMNS[fact_type]),
        )
        .scalar_subquery()
    )
    computed = {
        "document_id": dim_document.c.document_id,
        "extractor_version": VERSION,
        "run_id": RUN_ID,
        "loaded_at": NOW,
        "first_seen_at": sa.func.coalesce(first_seen, NOW),
    }
    source = s.join(dim_document, dim_document.c.doc == s.c.doc)
    if fact_type == "facility":
        source = source.outerjoin(dim_facility, dim_facility.c.facility_key == s.c.facility_key)
        computed["facility_id"] = dim_facility.c.facility_id
    columns = [c.name for c in table.columns if c.name != "fact_id"]
    select = (
        sa.select(*(computed[c] if c in computed else s.c[c] for c in columns))
        .select_from(source)
        .where(s.c.fact_type == fact_type)
    )
    return table.insert().from_select(columns, select)


def _delete_previous(table: sa.Table) -> sa.Executable:
    batch = sa.select(dim_document.c.document_id).join_from(
        stage_documents, dim_document, dim_document.c.doc == stage_documents.c.doc
    )
    return sa.delete(table).where(table.c.document_id.in_(batch), table.c.loaded_at != NOW)


_STATEMENTS = (
    _upsert_documents(),
    _upsert_texts(),
    *(_insert_facts(t) for t in FACT_TYPES),
    *(_delete_previous(t) for t in FACT_TABLES.values()),
)


def load_batch_set_based(
    engine: sa.Engine, documents: pd.DataFrame, facts: pd.DataFrame, *, run_id: str, extractor_version: str
) -> LoadStats:
    """Same contract as `warehouse.load_batch`, one transaction and ~12 statements per batch."""
    started = time.perf_counter()
    documents, facts = _prepare(documents, facts)
    params = {
        "p_now": datetime.now(UTC).replace(tzinfo=None),
        "p_run_id": run_id,
        "p_version": extractor_version,
    }
    with engine.connect() as conn:
        try:
            with conn.begin():
                _stage(conn, documents, facts)
                _upsert_dimensions(conn)
                for statement in _STATEMENTS:
                    conn.execute(statement, params)
        finally:
            with conn.begin():
                for table in STAGING:
                    drop_temporary(conn, table)
    return LoadStats(len(documents), len(facts), time.perf_counter() - started)
