"""Staging: a batch checked against the nabd.records contract and copied into session-private tables.

The loader's set-based statements read the batch from here, so the whole batch crosses to the database
in one bulk operation per table instead of a round trip per row. Dimension rows the batch needs are
worked out in pandas first (a facility's first spelling, a date's calendar parts), since both need
Python (the Arabic normaliser, ISO parsing) that SQL does not have.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

import pandas as pd
import sqlalchemy as sa

from nabd.records import DOCUMENT_COLUMNS, FACT_COLUMNS
from warehouse.bulk import bulk_insert, create_temporary, drop_temporary
from warehouse.keys import date_parts, facility_key
from warehouse.schema import FACT_TYPES

TEXT_FACT_COLUMNS = (
    "doc", "fact_type", "surface", "rule", "note", "context", "unit", "qualifier", "date_value",
    "date_role", "hijri", "currency", "facility_name", "facility_kind",
)  # fmt: skip

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
stage_facts = _temporary(
    "nabd_stage_facts",
    sa.Column("seq", sa.Integer),
    *(sa.Column(c, sa.Text) for c in TEXT_FACT_COLUMNS),
    sa.Column("span_start", sa.Integer),
    sa.Column("span_end", sa.Integer),
    sa.Column("ambiguous", sa.Boolean),
    sa.Column("confidence", sa.Double),
    sa.Column("count_value", sa.Double),
    sa.Column("amount", sa.Double),
    sa.Column("facility_key", sa.Text),
    sa.Column("date_key", sa.Integer),
)
stage_facilities = _temporary(
    "nabd_stage_facilities",
    *(sa.Column(c, sa.Text) for c in ("facility_key", "name", "kind", "country")),
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
STAGING = (stage_documents, stage_facts, stage_facilities, stage_dates)


def prepare(documents: pd.DataFrame, facts: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Check the frames fit the contract of nabd.records and give them the staging tables' shape."""
    _require_columns("documents", documents, DOCUMENT_COLUMNS)
    _require_columns("facts", facts, FACT_COLUMNS)
    duplicated = documents["doc"][documents["doc"].duplicated()]
    if not duplicated.empty:
        raise ValueError(f"documents appear twice in the batch: {sorted(set(duplicated))[:5]}")
    orphans = set(facts["doc"]) - set(documents["doc"])
    if orphans:
        raise ValueError(f"facts for documents missing from the batch: {sorted(orphans)[:5]}")
    unknown = set(facts["fact_type"]) - set(FACT_TYPES)
    if unknown:
        raise ValueError(f"unknown fact types: {sorted(unknown)}")

    documents = documents.reset_index(drop=True)
    seq = pd.Series(documents.index, index=documents["doc"])
    described = [c.name for c in stage_documents.columns if c.name not in ("seq", "published")]
    documents = documents[described].assign(
        seq=documents.index,
        published=documents["published"].map(_iso_date),
        n_chars=pd.to_numeric(documents["n_chars"]).astype("Int64"),
    )
    facts = facts.reset_index(drop=True)
    facts = pd.DataFrame(
        {
            "seq": facts["doc"].map(seq),
            **{c: facts[c].astype(object).where(facts[c].notna(), None) for c in TEXT_FACT_COLUMNS},
            "span_start": pd.to_numeric(facts["span_start"]).astype("Int64"),
            "span_end": pd.to_numeric(facts["span_end"]).astype("Int64"),
            "ambiguous": facts["ambiguous"].astype("boolean"),
            "confidence": pd.to_numeric(facts["confidence"]).astype("float64"),
            "count_value": pd.to_numeric(facts["count_value"]).astype("float64"),
            "amount": pd.to_numeric(facts["amount"]).astype("float64"),
            "facility_key": _map_distinct(facts["facility_name"], facility_key),
            "date_key": _map_distinct(facts["date_value"], _date_key).astype("Int64"),
        }
    )
    return documents, facts


def _map_distinct(values: pd.Series, function: Callable[[str], object]) -> pd.Series:
    """`function` applied once per distinct non-null value: facility names repeat across a batch."""
    distinct = values.dropna().unique()
    return values.map(dict(zip(distinct, map(function, distinct), strict=True)))


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


def stage(conn: sa.Connection, documents: pd.DataFrame, facts: pd.DataFrame) -> None:
    for table in STAGING:
        create_temporary(conn, table)
    bulk_insert(conn, stage_documents, documents)
    bulk_insert(conn, stage_facts, facts)
    bulk_insert(conn, stage_facilities, _facilities(documents, facts))
    bulk_insert(conn, stage_dates, _dates(facts))


def _facilities(documents: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """One row per facility key, named and placed as first seen in the batch."""
    mentions = facts[(facts["fact_type"] == "facility") & facts["facility_key"].notna()]
    first = mentions.drop_duplicates("facility_key")
    country = first["doc"].map(documents.set_index("doc")["country"])
    return pd.DataFrame(
        {
            "facility_key": first["facility_key"],
            "name": first["facility_name"],
            "kind": first["facility_kind"],
            "country": country.astype(object).where(country.notna(), None),
        }
    )


def _dates(facts: pd.DataFrame) -> pd.DataFrame:
    readings = facts[(facts["fact_type"] == "date") & facts["date_key"].notna()]
    hijri = readings.dropna(subset=["hijri"]).drop_duplicates("date_key").set_index("date_key")["hijri"]
    rows = []
    for key, value in readings.drop_duplicates("date_key")[["date_key", "date_value"]].itertuples(
        index=False
    ):
        parts = date_parts(value)
        rows.append(
            {
                "date_key": parts.key,
                "iso": parts.iso,
                "year": parts.year,
                "month": parts.month,
                "day": parts.day,
                "grain": parts.grain,
                "hijri": hijri.get(key),
            }
        )
    return pd.DataFrame(rows, columns=[c.name for c in stage_dates.columns]).astype(
        {"month": "Int64", "day": "Int64"}
    )


def drop(conn: sa.Connection) -> None:
    for table in STAGING:
        drop_temporary(conn, table)
