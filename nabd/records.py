"""The tables that pass between stages: one row per document, one row per fact.

Both the Dagster assets and the plain-Python batch path build these frames, so the warehouse loads
exactly one shape whichever way the facts were made.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from extractors.facts import Fact

DOCUMENT_COLUMNS = (
    "doc",
    "source_path",
    "sha256",
    "title",
    "text",
    "country",
    "published",
    "source",
    "url",
    "encoding",
    "n_chars",
)

FACT_COLUMNS = (
    "doc",
    "fact_type",
    "surface",
    "span_start",
    "span_end",
    "rule",
    "note",
    "ambiguous",
    "confidence",
    "count_value",
    "unit",
    "qualifier",
    "date_value",
    "date_role",
    "hijri",
    "amount",
    "currency",
    "facility_name",
    "facility_kind",
)

_ATTR_COLUMNS = {
    "count": {"value": "count_value", "unit": "unit", "qualifier": "qualifier"},
    "date": {"value": "date_value", "role": "date_role", "hijri": "hijri"},
    "budget": {"amount": "amount", "currency": "currency", "qualifier": "qualifier"},
    "facility": {"name": "facility_name", "kind": "facility_kind"},
}

# How much text either side of a span a reader is shown with a fact (the warehouse's `facts` view cuts
# the same window from the stored text, in SQL).
CONTEXT_CHARS = 60
_TYPED_COLUMNS = tuple(dict.fromkeys(c for columns in _ATTR_COLUMNS.values() for c in columns.values()))


def fact_context(text: str, start: int, end: int) -> str:
    """The words around the span [start, end) of `text` that a reader needs to judge a fact."""
    return text[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS]


def fact_row(doc: str, fact: Fact) -> dict[str, Any]:
    """A warehouse row for `fact`; its context is not stored, the warehouse cuts it from the text."""
    row: dict[str, Any] = dict.fromkeys(FACT_COLUMNS)
    row.update(
        doc=doc,
        fact_type=fact.type,
        surface=fact.text,
        span_start=fact.start,
        span_end=fact.end,
        rule=fact.rule,
        note=fact.note or None,
        ambiguous=fact.ambiguous,
        confidence=fact.confidence,
    )
    for attr, column in _ATTR_COLUMNS[fact.type].items():
        if attr in fact.attrs:
            row[column] = fact.attrs[attr]
    return row


def facts_frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    return _typed_facts(pd.DataFrame(list(rows), columns=list(FACT_COLUMNS)))


def _typed_facts(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype({"span_start": "int64", "span_end": "int64", "ambiguous": "bool"})


def facts_table(facts: Iterable[tuple[str, Fact]]) -> pd.DataFrame:
    """`facts_frame` of the `fact_row`s of (doc, fact) pairs, built column by column.

    The batch path's fast way to the same frame: a dict of nineteen values per fact, then pandas reading
    the dicts back key by key, cost more than extracting some fact types, in the worker that should
    spend its time extracting.
    """
    items = list(facts)
    docs = [doc for doc, _ in items]
    found = [fact for _, fact in items]
    columns: dict[str, Any] = {
        "doc": docs,
        "fact_type": [f.type for f in found],
        "surface": [f.text for f in found],
        "span_start": [f.start for f in found],
        "span_end": [f.end for f in found],
        "rule": [f.rule for f in found],
        "note": [f.note or None for f in found],
        "ambiguous": [f.ambiguous for f in found],
        "confidence": [f.confidence for f in found],
    }
    # Each type's columns are read from its own facts only, then put in place: a pass over every fact
    # per typed column would mostly write Nones.
    typed = {column: np.full(len(found), None, dtype=object) for column in _TYPED_COLUMNS}
    types = np.array(columns["fact_type"], dtype=object)
    for fact_type, attr_columns in _ATTR_COLUMNS.items():
        where = np.flatnonzero(types == fact_type)
        attrs = [found[i].attrs for i in where]
        for attr, column in attr_columns.items():
            typed[column][where] = [a.get(attr) for a in attrs]
    # Lists, not object arrays, so pandas infers each column's dtype as it does from rows.
    columns.update((column, values.tolist()) for column, values in typed.items())
    return _typed_facts(pd.DataFrame(columns, columns=list(FACT_COLUMNS)))


def documents_frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(DOCUMENT_COLUMNS))


def fact_record(row: dict[str, Any]) -> dict[str, Any]:
    """A fact row back in the shape `nabd extract` prints (the shape the scorer reads)."""
    fact_type = row["fact_type"]
    record: dict[str, Any] = {
        "doc": row["doc"],
        "type": fact_type,
        "text": row["surface"],
        "start": row["span_start"],
        "end": row["span_end"],
    }
    for attr, column in _ATTR_COLUMNS[fact_type].items():
        if _present(row.get(column)):
            record[attr] = row[column]
    return record


def records_by_doc(facts: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in facts.to_dict("records"):
        grouped.setdefault(row["doc"], []).append(fact_record(row))
    return grouped


def row_fact(row: dict[str, Any]) -> Fact:
    """A fact row back as a `Fact`, for views that render facts (audit pages) from stored tables."""
    attrs = {
        attr: row[column]
        for attr, column in _ATTR_COLUMNS[row["fact_type"]].items()
        if _present(row.get(column))
    }
    return Fact(
        type=row["fact_type"],
        start=int(row["span_start"]),
        end=int(row["span_end"]),
        text=row["surface"],
        rule=row["rule"],
        attrs=attrs,
        note=row["note"] if _present(row.get("note")) else "",
        ambiguous=bool(row["ambiguous"]),
        confidence=float(row["confidence"]),
    )


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and value != value)


def loadable_documents(
    documents: pd.DataFrame, read_countries: Mapping[str, str | None], facts: pd.DataFrame
) -> pd.DataFrame:
    """The documents frame `warehouse.load_batch` is given, by the batch path and the Dagster graph alike:
    what the source said of each release, completed by what the release itself says.

    A release whose source gave no country takes the one the article reader settled on
    (`read_countries`, doc -> `Article.country`: the source's country, else the guess from its words),
    so reports can group it by country; one with no publication date takes its dateline's. Both paths
    call this one function, so the same releases make the same `dim_document` rows whichever loads them.
    """
    countries = documents["country"].fillna(documents["doc"].map(read_countries))
    return with_dateline(documents.assign(country=countries), facts)


def with_dateline(documents: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """Fill a document's missing publication date from its dateline (a date fact with role published),
    so plain-text releases still sort by month and year in the reports."""
    datelines = facts[(facts["fact_type"] == "date") & (facts["date_role"] == "published")]
    first = datelines.drop_duplicates("doc").set_index("doc")["date_value"]
    return documents.assign(published=documents["published"].fillna(documents["doc"].map(first)))
