"""Bulk inserts: a whole DataFrame in one round trip, by each backend's fastest path.

DuckDB scans a registered DataFrame in place; PostgreSQL streams rows through COPY. Any other backend
falls back to an executemany, which SQLAlchemy batches into multi-row INSERTs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pandas as pd
import sqlalchemy as sa


def bulk_insert(conn: sa.Connection, table: sa.Table, frame: pd.DataFrame) -> int:
    """Insert the rows of `frame` (columns named like `table`'s) into `table`; returns the row count."""
    if frame.empty:
        return 0
    columns = list(frame.columns)
    backend = conn.dialect.name
    if backend == "duckdb":
        _duckdb_scan(conn, table, frame, columns)
    elif backend == "postgresql":
        _postgres_copy(conn, table, frame, columns)
    else:
        conn.execute(table.insert(), _python_values(frame).to_dict("records"))
    return len(frame)


def create_temporary(conn: sa.Connection, table: sa.Table) -> None:
    """(Re)create a session-private table; it outlives transactions and dies with the connection."""
    drop_temporary(conn, table)
    table.create(conn)


def drop_temporary(conn: sa.Connection, table: sa.Table) -> None:
    conn.execute(sa.text(f"DROP TABLE IF EXISTS {table.name}"))


@contextmanager
def register(conn: sa.Connection, frames: dict[sa.Table, pd.DataFrame]) -> Iterator[None]:
    """DuckDB only: each frame readable under its table's name, scanned in place, while the block runs.

    Columns are cast to the table's types: DuckDB types a frame by its contents, so a text column
    that happens to hold only missing values would otherwise arrive as DOUBLE.
    """
    duck = conn.connection.driver_connection
    try:
        for table, frame in frames.items():
            casts = ", ".join(
                f'CAST("{c.name}" AS {c.type.compile(dialect=conn.dialect)}) AS "{c.name}"'
                for c in table.columns
            )
            duck.register(table.name, duck.from_df(frame).project(casts))
        yield
    finally:
        for table in frames:
            duck.unregister(table.name)


def _python_values(frame: pd.DataFrame) -> pd.DataFrame:
    """Plain Python objects with None for missing values: what DB-API drivers know how to send."""
    return frame.astype(object).where(frame.notna(), None)


def _duckdb_scan(conn: sa.Connection, table: sa.Table, frame: pd.DataFrame, columns: list[str]) -> None:
    duck = conn.connection.driver_connection
    view = f"_bulk_{table.name}"
    duck.register(view, frame)
    try:
        names = ", ".join(columns)
        conn.execute(sa.text(f"INSERT INTO {table.name} ({names}) SELECT {names} FROM {view}"))
    finally:
        duck.unregister(view)


def _postgres_copy(conn: sa.Connection, table: sa.Table, frame: pd.DataFrame, columns: list[str]) -> None:
    names = ", ".join(f'"{column}"' for column in columns)
    with (
        conn.connection.driver_connection.cursor() as cursor,
        cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy,
    ):
        for row in _python_values(frame).itertuples(index=False, name=None):
            copy.write_row(row)
