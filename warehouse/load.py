"""Loading a batch of documents and their facts: each document replaced whole, or not at all.

The batch is first copied in bulk into session-private staging tables (one round trip per table), and
the dimensions it needs are upserted. Then documents are replaced by set-based statements that read
from staging: upsert the document rows, insert their new facts, delete their previous ones. Replacing
a thousand documents costs the same dozen statements as replacing one, which matters on DuckDB where
every statement carries milliseconds of planning.

Documents share a transaction in slices of DOCUMENTS_PER_TRANSACTION. If a slice fails, it is rolled
back and retried one document per transaction, so the documents before the culprit still load and the
culprit keeps its previous facts; its error is then raised. Either way no document is ever left half
replaced, and re-running a batch replaces everything again instead of duplicating it.

New facts are inserted before the old ones are deleted so that a fact seen before (same span, same
reading) keeps its `first_seen_at`: "what changed since last week" then means new readings, not every
row the re-run rewrote. Old and new rows are told apart by `loaded_at`, which is this load's timestamp.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as upsert

from warehouse import staging
from warehouse.schema import (
    FACT_TABLES,
    FACT_TYPES,
    dim_date,
    dim_document,
    dim_facility,
    document_text,
    facility_alias,
)
from warehouse.staging import stage_dates, stage_documents, stage_facilities, stage_facts


@dataclass(frozen=True, slots=True)
class LoadStats:
    documents: int
    facts: int
    seconds: float


# The reading that makes a fact "the same" across runs, besides its span (cf. Fact.value_key).
IDENTITY_COLUMNS = {
    "count": ("count_value", "unit", "qualifier"),
    "date": ("date_value", "date_role"),
    "budget": ("amount", "currency", "qualifier"),
    "facility": ("facility_name", "facility_kind"),
}
DOCUMENTS_PER_TRANSACTION = 1000

# Statement parameters: the slice of staged documents [p_first, p_stop) and this load's lineage.
FIRST = sa.bindparam("p_first", type_=sa.Integer)
STOP = sa.bindparam("p_stop", type_=sa.Integer)
NOW = sa.bindparam("p_now", type_=sa.DateTime)
RUN_ID = sa.bindparam("p_run_id", type_=sa.Text)
VERSION = sa.bindparam("p_version", type_=sa.Text)


def load_batch(
    engine: sa.Engine,
    documents: pd.DataFrame,
    facts: pd.DataFrame,
    *,
    run_id: str,
    extractor_version: str,
) -> LoadStats:
    """Replace the warehouse's view of every document in `documents` with `facts` (see module doc).

    Raises ValueError before writing anything when the frames do not fit together, and re-raises the
    error of the first document that cannot be loaded, after loading the ones before it.
    """
    started = time.perf_counter()
    documents, facts = staging.prepare(documents, facts)
    params = {
        "p_now": datetime.now(UTC).replace(tzinfo=None),
        "p_run_id": run_id,
        "p_version": extractor_version,
    }
    with engine.connect() as conn:
        try:
            with conn.begin():
                staging.stage(conn, documents, facts)
                _upsert_dimensions(conn)
            for first in range(0, len(documents), DOCUMENTS_PER_TRANSACTION):
                stop = min(first + DOCUMENTS_PER_TRANSACTION, len(documents))
                _replace_slice(conn, params, first, stop, documents["doc"])
        finally:
            with conn.begin():
                staging.drop(conn)
    return LoadStats(len(documents), len(facts), time.perf_counter() - started)


def _replace_slice(conn: sa.Connection, params: dict, first: int, stop: int, docs: pd.Series) -> None:
    """One transaction for the slice; if it fails, one per document, to load all but the culprit."""
    try:
        with conn.begin():
            _replace(conn, {**params, "p_first": first, "p_stop": stop})
    except sa.exc.SQLAlchemyError as error:
        if stop - first == 1:
            error.add_note(
                f"while loading document {docs.iloc[first]!r}; the documents before it were loaded"
            )
            raise
        for seq in range(first, stop):
            _replace_slice(conn, params, seq, seq + 1, docs)


def _replace(conn: sa.Connection, params: dict) -> None:
    """Replace the staged documents of one slice: rows, texts, new facts in, previous facts out."""
    conn.execute(_UPSERT_DOCUMENTS, params)
    conn.execute(_UPSERT_TEXTS, params)
    for statement in _INSERT_FACTS:
        conn.execute(statement, params)
    _delete_previous_facts(conn, params)


def _delete_previous_facts(conn: sa.Connection, params: dict) -> None:
    for statement in _DELETE_PREVIOUS:
        conn.execute(statement, params)


def _upsert_dimensions(conn: sa.Connection) -> None:
    conn.execute(_UPSERT_DATES)
    conn.execute(_INSERT_FACILITIES)
    conn.execute(_INSERT_ALIASES)


def _build_upsert_dates() -> sa.Executable:
    columns = [c.name for c in stage_dates.columns]
    statement = upsert(dim_date).from_select(columns, sa.select(*stage_dates.columns))
    return statement.on_conflict_do_update(
        index_elements=["date_key"],
        set_={"hijri": sa.func.coalesce(dim_date.c.hijri, statement.excluded.hijri)},
    )


def _build_insert_facilities() -> sa.Executable:
    columns = [c.name for c in stage_facilities.columns]
    statement = upsert(dim_facility).from_select(columns, sa.select(*stage_facilities.columns))
    return statement.on_conflict_do_nothing(index_elements=["facility_key"])


def _build_insert_aliases() -> sa.Executable:
    aliases = (
        sa.select(stage_facts.c.facility_name, dim_facility.c.facility_id)
        .distinct()
        .join_from(stage_facts, dim_facility, dim_facility.c.facility_key == stage_facts.c.facility_key)
        .where(stage_facts.c.fact_type == "facility")
    )
    statement = upsert(facility_alias).from_select(["alias", "facility_id"], aliases)
    return statement.on_conflict_do_nothing(index_elements=["alias"])


def _in_slice(stage: sa.Table) -> sa.ColumnElement[bool]:
    return sa.and_(stage.c.seq >= FIRST, stage.c.seq < STOP)


def _build_upsert_documents() -> sa.Executable:
    described = [c.name for c in stage_documents.columns if c.name not in ("seq", "text")]
    select = sa.select(*(stage_documents.c[c] for c in described), NOW, NOW, RUN_ID, VERSION).where(
        _in_slice(stage_documents)
    )
    lineage = ["first_loaded_at", "last_loaded_at", "last_run_id", "extractor_version"]
    statement = upsert(dim_document).from_select(described + lineage, select)
    refreshed = [c for c in described + lineage if c not in ("doc", "first_loaded_at")]
    return statement.on_conflict_do_update(
        index_elements=["doc"], set_={c: statement.excluded[c] for c in refreshed}
    )


def _build_upsert_texts() -> sa.Executable:
    select = (
        sa.select(dim_document.c.document_id, stage_documents.c.text)
        .join_from(stage_documents, dim_document, dim_document.c.doc == stage_documents.c.doc)
        .where(_in_slice(stage_documents))
    )
    statement = upsert(document_text).from_select(["document_id", "text"], select)
    return statement.on_conflict_do_update(
        index_elements=["document_id"], set_={"text": statement.excluded.text}
    )


def _build_insert_facts(fact_type: str) -> sa.Executable:
    """The slice's staged facts of one type, each keeping the first_seen_at of its earlier self."""
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
        .where(_in_slice(s), s.c.fact_type == fact_type)
    )
    return table.insert().from_select(columns, select)


def _build_delete_previous(table: sa.Table) -> sa.Executable:
    in_slice = (
        sa.select(dim_document.c.document_id)
        .join_from(stage_documents, dim_document, dim_document.c.doc == stage_documents.c.doc)
        .where(_in_slice(stage_documents))
    )
    return sa.delete(table).where(table.c.document_id.in_(in_slice), table.c.loaded_at != NOW)


_UPSERT_DATES = _build_upsert_dates()
_INSERT_FACILITIES = _build_insert_facilities()
_INSERT_ALIASES = _build_insert_aliases()
_UPSERT_DOCUMENTS = _build_upsert_documents()
_UPSERT_TEXTS = _build_upsert_texts()
_INSERT_FACTS = tuple(_build_insert_facts(fact_type) for fact_type in FACT_TYPES)
_DELETE_PREVIOUS = tuple(_build_delete_previous(table) for table in FACT_TABLES.values())
