"""Reading the warehouse into pandas, the same way on every backend."""

from __future__ import annotations

from typing import Any

import pandas as pd
import sqlalchemy as sa

from warehouse.schema import dim_document


def read_sql(
    engine: sa.Engine, sql: str | sa.Executable, params: dict[str, Any] | None = None
) -> pd.DataFrame:
    """Rows of `sql` (text with :named parameters, or a Core statement) as a DataFrame.

    Built from the cursor rather than `pd.read_sql` so that both backends give the same Python values
    (dates as `datetime.date`, no float coercion of integer columns with NULLs).
    """
    statement = sa.text(sql) if isinstance(sql, str) else sql
    with engine.connect() as conn:
        result = conn.execute(statement, params or {})
        return pd.DataFrame.from_records(result.fetchall(), columns=list(result.keys()))


def known_copies(engine: sa.Engine, documents: pd.DataFrame) -> dict[str, str]:
    """Documents of a batch whose text the warehouse already holds under another id: {doc: that id}.

    A release re-sent under a new file name would otherwise count its facts twice; a folder scan only
    sees duplicates within itself, so a later delivery is checked against what is already loaded.
    """
    hashes = documents["sha256"].dropna().unique().tolist()
    if not hashes:
        return {}
    query = sa.select(dim_document.c.sha256, dim_document.c.doc).where(dim_document.c.sha256.in_(hashes))
    with engine.connect() as conn:
        loaded: dict[str, set[str]] = {}
        for sha, doc in conn.execute(query):
            loaded.setdefault(sha, set()).add(doc)
    copies = {}
    for doc, sha in zip(documents["doc"], documents["sha256"], strict=True):
        others = loaded.get(sha, set()) - {doc}
        if others:
            copies[doc] = min(others)
    return copies
