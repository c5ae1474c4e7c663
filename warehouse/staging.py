"""Staging: a batch checked against the nabd.records contract and handed to the database in bulk.

The loader's set-based statements read the batch from the staging relations below. On DuckDB they are
the batch's own DataFrames, registered under those names: DuckDB scans them in place, so nothing is
copied before it lands in the warehouse. On PostgreSQL they are session-private tables, each filled by
one COPY. Facts are staged one relation per fact type, holding only that type's columns, so each fact
table's insert reads just its own rows and no value is converted twice.

Dimension rows the batch needs are worked out in pandas (a facility's first spelling and the place its
name gives, a date's calendar parts), since they need Python (the Arabic normaliser, the gazetteer, ISO
parsing) that SQL does not have.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
import sqlalchemy as sa

from extractors.facility_place import facility_place
from nabd.records import DOCUMENT_COLUMNS, FACT_COLUMNS
from warehouse.bulk import bulk_insert, create_temporary, drop_temporary, register
from warehouse.keys import date_parts, facility_key
from warehouse.schema import FACT_TABLES, FACT_TYPES

# Fact table columns the loader fills in itself rather than taking from the batch.
LINEAGE_COLUMNS = frozenset(
    ("fact_id", "document_id", "facility_id", "extractor_version", "run_id", "loaded_at", "first_seen_at")
)

_staging = sa.MetaData()


def _temporary(name: str, *columns: sa.Column) -> sa.Table:
    return sa.Table(name, _staging, *columns, prefixes=["TEMPORARY"])


stage_documents = _temporary(
    "nabd_stage_documents",
    sa.Column("seq", sa.Integer),
    *(sa.Column(c, sa.Text) for c in ("doc", "source", "source_path", "country", "sha256", "title")),
    *(sa.Column(c, sa.Text) for c in ("encoding", "url", "text")),
    sa.Column("published", sa.Date),
    sa.Column("n_chars", sa.Integer),
)


def _stage_facts(fact_type: str) -> sa.Table:
    """A fact table's columns less the lineage, plus the document's place in the batch (and, for
    facility mentions, the key that finds the facility)."""
    table = FACT_TABLES[fact_type]
    keys = [sa.Column("facility_key", sa.Text)] if fact_type == "facility" else []
    return _temporary(
        f"nabd_stage_{table.name}",
        sa.Column("seq", sa.Integer),
        *(sa.Column(c.name, c.type) for c in table.columns if c.name not in LINEAGE_COLUMNS),
        *keys,
    )


stage_facts = {fact_type: _stage_facts(fact_type) for fact_type in FACT_TYPES}
stage_facilities = _temporary(
    "nabd_stage_facilities",
    *(sa.Column(c, sa.Text) for c in ("facility_key", "name", "kind", "country", "city", "region")),
)
stage_aliases = _temporary(
    "nabd_stage_aliases", sa.Column("alias", sa.Text), sa.Column("facility_key", sa.Text)
)
stage_dates = _temporary(
    "nabd_stage_dates",
    sa.Column("date_key", sa.Integer),
    sa.Column("iso", sa.Text),
    sa.Column("year", sa.Integer),
    sa.Column("month", sa.Integer),
    sa.Column("day", sa.Integer),
    sa.Column("grain", sa.Text),
    sa.Column("hijri", sa.Text),
)


@dataclass(frozen=True, slots=True)
class Batch:
    """A checked batch, one frame per staging relation, documents numbered by `seq` in batch order."""

    frames: dict[str, pd.DataFrame]

    @property
    def documents(self) -> pd.DataFrame:
        return self.frames[stage_documents.name]

    @property
    def n_facts(self) -> int:
        return sum(len(self.frames[stage.name]) for stage in stage_facts.values())


def prepare(documents: pd.DataFrame, facts: pd.DataFrame) -> Batch:
    """Check the frames fit the contract of nabd.records and cut them into the staging relations.

    Text columns are passed on as they came: both DuckDB's scan and COPY read missing values right.
    """
    _require_columns("documents", documents, DOCUMENT_COLUMNS)
    _require_columns("facts", facts, FACT_COLUMNS)
    duplicated = documents["doc"][documents["doc"].duplicated()]
    if not duplicated.empty:
        raise ValueError(f"documents appear twice in the batch: {sorted(set(duplicated))[:5]}")
    seq = pd.Index(documents["doc"]).get_indexer(facts["doc"])
    if (seq < 0).any():
        orphans = facts["doc"][seq < 0].unique()
        raise ValueError(f"facts for documents missing from the batch: {sorted(orphans)[:5]}")
    unknown = set(facts["fact_type"].unique()) - set(FACT_TYPES)
    if unknown:
        raise ValueError(f"unknown fact types: {sorted(unknown)}")

    documents = documents.reset_index(drop=True)
    described = [c.name for c in stage_documents.columns if c.name not in ("seq", "published", "n_chars")]
    frames = {
        stage_documents.name: documents[described].assign(
            seq=documents.index,
            published=_map_distinct(documents["published"], _iso_date),
            n_chars=pd.to_numeric(documents["n_chars"]).astype("Int64"),
        )
    }
    facts = facts.assign(seq=seq)
    for fact_type, stage in stage_facts.items():
        frames[stage.name] = _typed_facts(facts[facts["fact_type"] == fact_type], stage)
    mentions = frames[stage_facts["facility"].name]
    frames[stage_facilities.name] = _facilities(mentions, documents)
    named = mentions[mentions["facility_key"].notna()].drop_duplicates("facility_name")
    frames[stage_aliases.name] = named[["facility_name", "facility_key"]].rename(
        columns={"facility_name": "alias"}
    )
    frames[stage_dates.name] = _dates(frames[stage_facts["date"].name])
    return Batch(frames)


def _typed_facts(facts: pd.DataFrame, stage: sa.Table) -> pd.DataFrame:
    """One fact type's rows with its staging columns; numbers made numbers, text left as it came."""
    numeric = {"count_value", "amount", "confidence"}
    columns = {}
    for column in stage.columns:
        name = column.name
        if name == "facility_key":
            columns[name] = _map_distinct(facts["facility_name"], facility_key)
        elif name == "date_key":
            columns[name] = pd.array(_map_distinct(facts["date_value"], _date_key), dtype="Int64")
        elif name in ("seq", "span_start", "span_end"):
            columns[name] = pd.to_numeric(facts[name]).astype("int64").to_numpy()
        elif name in numeric:
            columns[name] = pd.to_numeric(facts[name]).astype("float64").to_numpy()
        elif name == "ambiguous":
            columns[name] = facts[name].astype("bool").to_numpy()
        else:
            # The array itself, not a NumPy copy of it, which pandas would check string by string again.
            columns[name] = facts[name].array
    return pd.DataFrame(columns)


def _map_distinct(values: pd.Series, function: Callable[[str], object]) -> np.ndarray:
    """`function` applied once per distinct non-null value (facility names and dates repeat across a
    batch), None for missing values."""
    codes, distinct = pd.factorize(values)
    results = np.array([*map(function, distinct), None], dtype=object)
    return results[codes]


def _require_columns(name: str, frame: pd.DataFrame, columns: Iterable[str]) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{name} frame lacks columns {missing} (see nabd.records)")


def _iso_date(value: object) -> date | None:
    """Publication dates arrive as ISO strings; anything short of a full date is not one."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _date_key(value: str) -> int | None:
    parts = date_parts(value)
    return parts.key if parts else None


def _facilities(mentions: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per facility key, named as first seen in the batch, in that document's country, and in
    the city and region its name gives (read once per facility, not per mention; cached across
    batches, where the same facilities come back)."""
    first = mentions[mentions["facility_key"].notna()].drop_duplicates("facility_key")
    names = first["facility_name"].to_numpy()
    countries = documents["country"].to_numpy()[first["seq"].to_numpy()]
    places = [
        facility_place(name, country if isinstance(country, str) else None)
        for name, country in zip(names, countries, strict=True)
    ]
    return pd.DataFrame(
        {
            "facility_key": first["facility_key"].to_numpy(),
            "name": names,
            "kind": first["facility_kind"].to_numpy(),
            "country": countries,
            "city": [p.city for p in places],
            "region": [p.region for p in places],
        },
        columns=[c.name for c in stage_facilities.columns],
    )


def _dates(readings: pd.DataFrame) -> pd.DataFrame:
    """One row per calendar key, with the Hijri reading first seen for it, if any."""
    readings = readings[readings["date_key"].notna()]
    first = readings.drop_duplicates("date_key")
    hijri = readings.dropna(subset=["hijri"]).drop_duplicates("date_key")
    parts = [date_parts(value) for value in first["date_value"].tolist()]
    return pd.DataFrame(
        {
            "date_key": [p.key for p in parts],
            "iso": [p.iso for p in parts],
            "year": [p.year for p in parts],
            "month": pd.array([p.month for p in parts], dtype="Int64"),
            "day": pd.array([p.day for p in parts], dtype="Int64"),
            "grain": [p.grain for p in parts],
            "hijri": first["date_key"].map(hijri.set_index("date_key")["hijri"]).to_numpy(),
        },
        columns=[c.name for c in stage_dates.columns],
    )


STAGES = (stage_documents, *stage_facts.values(), stage_facilities, stage_aliases, stage_dates)


@contextmanager
def staged(conn: sa.Connection, batch: Batch) -> Iterator[None]:
    """The batch readable under the staging names for as long as the block runs.

    On PostgreSQL the tables are filled in their own transaction, so that they outlive the rollback of a
    load that fails and its documents can be retried from them.
    """
    if conn.dialect.name == "duckdb":
        with register(conn, {stage: batch.frames[stage.name] for stage in STAGES}):
            yield
        return
    try:
        with conn.begin():
            for stage in STAGES:
                create_temporary(conn, stage)
                bulk_insert(conn, stage, batch.frames[stage.name])
        yield
    finally:
        with conn.begin():
            for stage in STAGES:
                drop_temporary(conn, stage)
