"""The warehouse for notebooks: one function per view, filters as keyword arguments, DataFrames out.

    from warehouse import facts, counts_by_unit
    facts(country="SA", fact_type="budget")
    counts_by_unit(unit=["bed", "hospital"], since="2025-01-01")

Every function takes `engine=` (an Engine, a URL, or nothing for `default_url()`); given a URL or
nothing, it opens the warehouse for this one call and closes it again, so a notebook never holds a
DuckDB file locked while the pipeline wants to write it. A filter given a list matches any of its
values. `since` always bounds the *publication* date of the releases, except in `changes_since`, where
it bounds when the warehouse first saw a reading.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime

import pandas as pd
import sqlalchemy as sa

from warehouse.engine import connect
from warehouse.read import read_sql

EngineLike = sa.Engine | str | None
Filter = str | Collection[str] | None


def facts(
    *,
    engine: EngineLike = None,
    document: Filter = None,
    fact_type: Filter = None,
    country: Filter = None,
    source: Filter = None,
    unit: Filter = None,
    currency: Filter = None,
    rule: Filter = None,
    since: str | date | None = None,
    limit: int | None = None,
) -> pd.DataFrame:
    """Facts with their evidence (surface, span, context, rule), in reading order per document."""
    view = sa.table("facts")
    query = _where(
        sa.select(sa.literal_column("*")).select_from(view),
        document=document,
        fact_type=fact_type,
        country=country,
        source=source,
        unit=unit,
        currency=currency,
        rule=rule,
    )
    if since is not None:
        query = query.where(sa.column("published") >= _as_date(since))
    query = query.order_by(sa.column("document"), sa.column("span_start"), sa.column("fact_type"))
    return _read(engine, query.limit(limit))


def counts_by_unit(
    *,
    engine: EngineLike = None,
    country: Filter = None,
    unit: Filter = None,
    since: str | date | None = None,
) -> pd.DataFrame:
    """Counts per country, publication month and unit (distinct readings per document, summed)."""
    query = _where(_view("counts_by_unit_country_month"), country=country, unit=unit)
    if since is not None:
        query = query.where(sa.column("month") >= _as_date(since).replace(day=1))
    return _read(engine, query.order_by(sa.column("month"), sa.column("country"), sa.column("unit")))


def budgets_by_currency(
    *,
    engine: EngineLike = None,
    country: Filter = None,
    currency: Filter = None,
    since: str | date | None = None,
) -> pd.DataFrame:
    """Budget totals per currency, publication year and country; never summed across currencies."""
    query = _where(_view("budgets_by_currency_year"), country=country, currency=currency)
    if since is not None:
        query = query.where(sa.column("year") >= _as_date(since).year)
    return _read(engine, query.order_by(sa.column("year"), sa.column("currency"), sa.column("country")))


def facility_leaderboard(
    *,
    engine: EngineLike = None,
    country: Filter = None,
    region: Filter = None,
    city: Filter = None,
    kind: Filter = None,
    limit: int | None = 20,
) -> pd.DataFrame:
    """The most mentioned facilities, spelling variants folded together.

    `region` and `city` are where the facility's own name places it (`dim_facility`), so narrowing by
    them ranks a province's or a city's facilities; a facility whose name gives no place matches neither.
    The filters narrow before `limit` counts, so the top of a region is its own top, not the country's.
    """
    query = _where(
        _view("facility_leaderboard"), country=country, region=region, city=city, kind=kind
    ).order_by(sa.column("n_mentions").desc(), sa.column("n_documents").desc(), sa.column("name"))
    return _read(engine, query.limit(limit))


def facts_per_source(*, engine: EngineLike = None, source: Filter = None) -> pd.DataFrame:
    """Documents and facts per source: where the pipeline finds something, and where it does not."""
    query = _where(_view("facts_per_source"), source=source)
    return _read(engine, query.order_by(sa.column("n_facts").desc(), sa.column("source")))


def changes_since(
    since: str | date | datetime,
    *,
    engine: EngineLike = None,
    country: Filter = None,
    fact_type: Filter = None,
    source: Filter = None,
) -> pd.DataFrame:
    """Readings the warehouse did not have before `since`, newest first.

    `change` says whether the whole document is new or a re-run read something new in a known one.
    Facts that a re-run no longer reads are gone from the warehouse and so are not listed.
    """
    moment = _as_datetime(since)
    fact = sa.table("facts", *(sa.column(c) for c in ("document_id", "first_seen_at", "document")))
    document = sa.table("dim_document", sa.column("document_id"), sa.column("first_loaded_at"))
    change = sa.case((document.c.first_loaded_at >= moment, "new document"), else_="new reading")
    query = _where(
        sa.select(change.label("change"), sa.literal_column("facts.*"))
        .join_from(fact, document, document.c.document_id == fact.c.document_id)
        .where(fact.c.first_seen_at >= moment),
        table="facts",
        country=country,
        fact_type=fact_type,
        source=source,
    )
    order = (fact.c.first_seen_at.desc(), fact.c.document, sa.column("span_start"))
    return _read(engine, query.order_by(*order))


def _view(name: str) -> sa.Select:
    return sa.select(sa.literal_column("*")).select_from(sa.table(name))


def _where(query: sa.Select, *, table: str | None = None, **filters: Filter) -> sa.Select:
    """`query` narrowed by every filter given; `table` qualifies the columns when a join makes them clash."""
    for name, value in filters.items():
        if value is None:
            continue
        column = sa.literal_column(f"{table}.{name}" if table else name)
        if isinstance(value, str):
            query = query.where(column == value)
        else:
            query = query.where(column.in_(list(value)))
    return query


def _as_date(value: str | date) -> date:
    return pd.Timestamp(value).date()


def _as_datetime(value: str | date | datetime) -> datetime:
    """A naive UTC datetime, the warehouse's convention for load times."""
    stamp = pd.Timestamp(value)
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp.to_pydatetime()


def _read(engine: EngineLike, query: sa.Select) -> pd.DataFrame:
    if isinstance(engine, sa.Engine):
        return read_sql(engine, query)
    opened = connect(engine)
    try:
        return read_sql(opened, query)
    finally:
        opened.dispose()
