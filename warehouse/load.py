"""Loading a batch of documents and their facts: each document replaced whole, or not at all.

The batch is staged (see warehouse.staging: scanned in place on DuckDB, one COPY per relation on
PostgreSQL) and the dimensions it needs are upserted. Then its documents are replaced by set-based
statements that read from staging: upsert the document rows, insert their new facts, delete their
previous ones. Replacing two thousand documents costs the same dozen statements as replacing one,
which matters on DuckDB where every statement carries milliseconds of planning, and documents the
warehouse has never seen skip the statements that only concern earlier facts.

The whole batch, dimensions included, is one transaction, so one commit (on DuckDB, one log sync and
at most one checkpoint) per batch. If it fails, it is rolled back, the dimensions are committed alone,
and its halves are retried in turn, down to the culprit document, so the documents before the culprit
still load and the culprit keeps its previous facts; its error is then raised.
Either way no document is ever left half replaced, and re-running a batch replaces everything again
instead of duplicating it.

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
from warehouse.staging import stage_aliases, stage_dates, stage_documents, stage_facilities, stage_facts


@dataclass(frozen=True, slots=True)
class LoadStats:
    documents: int
    facts: int
    seconds: float


# The reading that makes a fact "the same" across runs, besides its span.
IDENTITY_COLUMNS = {
    "count": ("count_value", "unit", "qualifier"),
    "date": ("date_value", "date_role"),
    "budget": ("amount", "currency", "qualifier"),
    "facility": ("facility_name", "facility_kind"),
}

# Statement parameters: the range of staged documents [p_first, p_stop) and this load's lineage.
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

    Raises ValueError before writing anything when the frames do not fit together, WarehouseBusy when
    another process holds a DuckDB warehouse, and re-raises the error of the first document that
    cannot be loaded, after loading the ones before it.
    """
    started = time.perf_counter()
    batch = staging.prepare(documents, facts)
    params = {
        "p_now": datetime.now(UTC).replace(tzinfo=None),
        "p_run_id": run_id,
        "p_version": extractor_version,
    }
    docs = batch.documents["doc"]
    with engine.connect() as conn, staging.staged(conn, batch):
        _load_range(conn, params, 0, len(docs), docs, dimensions=True)
    return LoadStats(len(docs), batch.n_facts, time.perf_counter() - started)


def _load_range(
    conn: sa.Connection, params: dict, first: int, stop: int, docs: pd.Series, *, dimensions: bool = False
) -> None:
    """One transaction for the range; if it fails, each half in turn, down to the culprit document.

    The whole batch's first attempt also upserts the dimensions, so a batch that loads costs one commit
    (on DuckDB each commit syncs the log and may checkpoint). If it fails, the dimensions are committed
    on their own before the halves are tried, since the documents that do load need them.
    """
    if first == stop:
        return
    try:
        with conn.begin():
            if dimensions:
                _upsert_dimensions(conn)
            _replace(conn, {**params, "p_first": first, "p_stop": stop})
    except sa.exc.SQLAlchemyError as error:
        if dimensions:
            with conn.begin():
                _upsert_dimensions(conn)
        if stop - first == 1:
            error.add_note(
                f"while loading document {docs.iloc[first]!r}; the documents before it were loaded"
            )
            raise
        middle = (first + stop) // 2
        _load_range(conn, params, first, middle, docs)
        _load_range(conn, params, middle, stop, docs)


def _replace(conn: sa.Connection, params: dict) -> None:
    """Replace the staged documents of one range: rows, texts, new facts in, previous facts out.

    Documents loaded for the first time have no previous facts, so the lookups of earlier readings and
    the deletes are left out unless the range holds a document the warehouse already had.
    """
    conn.execute(_UPSERT_DOCUMENTS, params)
    known = conn.scalar(_COUNT_KNOWN, params)
    conn.execute(_UPSERT_TEXTS if known else _INSERT_TEXTS, params)
    for statement in _INSERT_FACTS_AGAIN if known else _INSERT_NEW_FACTS:
        conn.execute(statement, params)
    if known:
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
    aliases = sa.select(stage_aliases.c.alias, dim_facility.c.facility_id).join_from(
        stage_aliases, dim_facility, dim_facility.c.facility_key == stage_aliases.c.facility_key
    )
    statement = upsert(facility_alias).from_select(["alias", "facility_id"], aliases)
    return statement.on_conflict_do_nothing(index_elements=["alias"])


def _in_range(stage: sa.Table) -> sa.ColumnElement[bool]:
    return sa.and_(stage.c.seq >= FIRST, stage.c.seq < STOP)


def _range_documents() -> sa.Subquery:
    """The range's documents with their warehouse ids (so run after the documents upsert)."""
    return (
        sa.select(stage_documents.c.seq, dim_document.c.document_id, dim_document.c.first_loaded_at)
        .join_from(stage_documents, dim_document, dim_document.c.doc == stage_documents.c.doc)
        .where(_in_range(stage_documents))
        .subquery("range_documents")
    )


def _build_count_known() -> sa.Executable:
    """Documents of the range the warehouse had before this load (the upsert keeps first_loaded_at)."""
    documents = _range_documents()
    return sa.select(sa.func.count()).select_from(documents).where(documents.c.first_loaded_at != NOW)


def _build_upsert_documents() -> sa.Executable:
    described = [c.name for c in stage_documents.columns if c.name not in ("seq", "text")]
    values = [sa.cast(stage_documents.c[c], dim_document.c[c].type) for c in described]
    select = sa.select(*values, NOW, NOW, RUN_ID, VERSION).where(_in_range(stage_documents))
    lineage = ["first_loaded_at", "last_loaded_at", "last_run_id", "extractor_version"]
    statement = upsert(dim_document).from_select(described + lineage, select)
    refreshed = [c for c in described + lineage if c not in ("doc", "first_loaded_at")]
    return statement.on_conflict_do_update(
        index_elements=["doc"], set_={c: statement.excluded[c] for c in refreshed}
    )


def _build_insert_texts(*, again: bool) -> sa.Executable:
    """The range's texts; `again` when some documents had one before, which is then replaced."""
    documents = _range_documents()
    select = sa.select(documents.c.document_id, stage_documents.c.text).join_from(
        stage_documents, documents, documents.c.seq == stage_documents.c.seq
    )
    if not again:
        return document_text.insert().from_select(["document_id", "text"], select)
    statement = upsert(document_text).from_select(["document_id", "text"], select)
    return statement.on_conflict_do_update(
        index_elements=["document_id"], set_={"text": statement.excluded.text}
    )


def _build_insert_facts(fact_type: str, *, again: bool) -> sa.Executable:
    """The range's staged facts of one type; `again` when some documents had facts before, each of
    which then keeps the first_seen_at of its earlier self."""
    table = FACT_TABLES[fact_type]
    s = stage_facts[fact_type]
    documents = _range_documents()
    first_seen: sa.ColumnElement = NOW
    if again:
        previous = table.alias("previous")
        earliest = (
            sa.select(sa.func.min(previous.c.first_seen_at))
            .where(
                previous.c.document_id == documents.c.document_id,
                previous.c.span_start == s.c.span_start,
                previous.c.span_end == s.c.span_end,
                *(previous.c[c].is_not_distinct_from(s.c[c]) for c in IDENTITY_COLUMNS[fact_type]),
            )
            .scalar_subquery()
        )
        first_seen = sa.func.coalesce(earliest, NOW)
    computed = {
        "document_id": documents.c.document_id,
        "extractor_version": VERSION,
        "run_id": RUN_ID,
        "loaded_at": NOW,
        "first_seen_at": first_seen,
    }
    source = s.join(documents, documents.c.seq == s.c.seq)
    if fact_type == "facility":
        source = source.outerjoin(dim_facility, dim_facility.c.facility_key == s.c.facility_key)
        computed["facility_id"] = dim_facility.c.facility_id
    columns = [c.name for c in table.columns if c.name != "fact_id"]
    select = sa.select(*(computed[c] if c in computed else s.c[c] for c in columns)).select_from(source)
    return table.insert().from_select(columns, select)


def _build_delete_previous(table: sa.Table) -> sa.Executable:
    documents = _range_documents()
    known = sa.select(documents.c.document_id).where(documents.c.first_loaded_at != NOW)
    return sa.delete(table).where(table.c.document_id.in_(known), table.c.loaded_at != NOW)


_UPSERT_DATES = _build_upsert_dates()
_INSERT_FACILITIES = _build_insert_facilities()
_INSERT_ALIASES = _build_insert_aliases()
_UPSERT_DOCUMENTS = _build_upsert_documents()
_INSERT_TEXTS = _build_insert_texts(again=False)
_UPSERT_TEXTS = _build_insert_texts(again=True)
_COUNT_KNOWN = _build_count_known()
_INSERT_NEW_FACTS = tuple(_build_insert_facts(fact_type, again=False) for fact_type in FACT_TYPES)
_INSERT_FACTS_AGAIN = tuple(_build_insert_facts(fact_type, again=True) for fact_type in FACT_TYPES)
_DELETE_PREVIOUS = tuple(_build_delete_previous(table) for table in FACT_TABLES.values())
