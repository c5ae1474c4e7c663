"""Where the warehouse lives and how to open it: one URL, any SQLAlchemy backend the schema supports.

DuckDB gets three settings on every connection, the first two unless the URL sets them (e.g.
`duckdb:///nabd.duckdb?memory_limit=2GB`):

- its memory is capped at 512 MB: by default DuckDB caches up to 80% of the machine's RAM, so a
  loader's memory grew with the warehouse instead of staying flat;
- its checkpoints do not vacuum (`max_vacuum_tasks=0`): a checkpoint merges the small row groups each
  batch leaves (2,000 documents is far from DuckDB's 122,880-row groups) with their neighbours, which
  rewrites, recompressing it, a run of earlier batches that doubles in length every other time: loads
  went from 0.7 s to 4.5 s of checkpoint CPU every 16 batches and worse after. Without it every batch
  costs the same. Row groups a re-run deletes whole are still freed, so the file does not grow with
  re-runs;
- its progress bar is off: it cannot be set in a URL, and it would draw bars on the terminal for
  every long statement of a load.

One DuckDB file takes one process at a time: a second one gets `WarehouseBusy` at once.

A long load calls `release_cache` between batches: DuckDB keeps every block it writes cached until its
memory limit is reached, though a loader never reads them back, so without it the loader's memory grew
batch after batch (about 14 MB per 2,000 releases) up to the cap.
"""

from __future__ import annotations

import os
import re
from typing import Any

import sqlalchemy as sa

from warehouse.migrate import upgrade

URL_VARIABLE = "NABD_WAREHOUSE_URL"
DEFAULT_URL = "duckdb:///nabd.duckdb"
DUCKDB_DEFAULTS = {"memory_limit": "512MB", "max_vacuum_tasks": "0"}

# How DuckDB says another process has the file: 'IO Error: Could not set lock on file "…": Conflicting
# lock is held in /usr/bin/python3.11 (PID 4242). See also https://duckdb.org/docs/…'
_DUCKDB_LOCKED = re.compile(
    r'Could not set lock on file "(?P<path>[^"]+)".*?held in (?P<holder>.+?)\.?\s*(?:See|$)'
)


class WarehouseBusy(RuntimeError):
    """Another process holds the DuckDB warehouse file; nothing was read or written."""


def default_url() -> str:
    """$NABD_WAREHOUSE_URL, else a DuckDB file in the working folder: no server needed to start."""
    return os.environ.get(URL_VARIABLE) or DEFAULT_URL


def connect(url: str | None = None) -> sa.Engine:
    """An engine on a warehouse at the latest schema: created if empty, upgraded in place if older.

    Raises WarehouseBusy when the warehouse is a DuckDB file another process has open.
    """
    url = sa.make_url(url or default_url())
    if url.get_backend_name() == "duckdb":
        engine = sa.create_engine(url, connect_args={"config": dict(DUCKDB_DEFAULTS)})
        sa.event.listen(engine, "connect", _quiet_duckdb)
        sa.event.listen(engine, "handle_error", _busy_duckdb)
    else:
        engine = sa.create_engine(url)
    upgrade(engine)
    return engine


# DuckDB evicts cached blocks when its limit is lowered: for a moment it gets this much.
_EVICT_TO = "32MB"


def release_cache(engine: sa.Engine) -> None:
    """Drop the table blocks a DuckDB warehouse keeps cached (milliseconds); other backends have none."""
    if engine.dialect.name != "duckdb":
        return
    limit = engine.url.query.get("memory_limit", DUCKDB_DEFAULTS["memory_limit"])
    with engine.connect() as conn:
        try:
            conn.exec_driver_sql(f"SET memory_limit = '{_EVICT_TO}'")
        finally:
            conn.exec_driver_sql(f"SET memory_limit = '{limit}'")


def _quiet_duckdb(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("SET enable_progress_bar = false")
    cursor.close()


def _busy_duckdb(context: sa.engine.ExceptionContext) -> None:
    """Turn DuckDB's lock error into one line that says which file and who holds it."""
    match = _DUCKDB_LOCKED.search(str(context.original_exception))
    if match:
        raise WarehouseBusy(
            f"warehouse {match['path']} is locked: another process ({match['holder']}) holds it; "
            "load after it finishes, or use PostgreSQL for concurrent loaders"
        ) from context.original_exception
