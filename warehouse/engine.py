"""Where the warehouse lives and how to open it: one URL, any SQLAlchemy backend the schema supports."""

from __future__ import annotations

import os

import sqlalchemy as sa

from warehouse.migrate import upgrade

URL_VARIABLE = "NABD_WAREHOUSE_URL"
DEFAULT_URL = "duckdb:///nabd.duckdb"


def default_url() -> str:
    """$NABD_WAREHOUSE_URL, else a DuckDB file in the working folder: no server needed to start."""
    return os.environ.get(URL_VARIABLE) or DEFAULT_URL


def connect(url: str | None = None) -> sa.Engine:
    """An engine on a warehouse at the latest schema: created if empty, upgraded in place if older."""
    engine = sa.create_engine(url or default_url())
    upgrade(engine)
    return engine
