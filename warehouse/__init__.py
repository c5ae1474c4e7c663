"""The Nabd warehouse: documents and their facts in SQL, on DuckDB (default) or PostgreSQL.

`connect()` opens (and creates or upgrades) the warehouse, `load_batch()` replaces documents and their
facts, `read_sql()` and the notebook functions from `warehouse.api` read it back, and
`write_html_report()` draws it. A DuckDB warehouse takes one process at a time: another one gets
`WarehouseBusy`. docs/warehouse.md draws the schema and shows example queries.
"""

from warehouse.api import (
    budgets_by_currency,
    changes_since,
    counts_by_unit,
    facility_leaderboard,
    facts,
    facts_per_source,
)
from warehouse.engine import WarehouseBusy, connect, default_url, release_cache
from warehouse.load import LoadStats, load_batch
from warehouse.read import known_copies, read_sql
from warehouse.report import write_html_report
from warehouse.runs import record_evaluation, record_quarantine

__all__ = [
    "LoadStats",
    "WarehouseBusy",
    "budgets_by_currency",
    "changes_since",
    "connect",
    "counts_by_unit",
    "default_url",
    "facility_leaderboard",
    "facts",
    "facts_per_source",
    "known_copies",
    "load_batch",
    "read_sql",
    "record_evaluation",
    "record_quarantine",
    "release_cache",
    "write_html_report",
]
