"""Reading the warehouse into pandas, the same way on every backend."""

from __future__ import annotations

from typing import Any

import pandas as pd
import sqlalchemy as sa


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
