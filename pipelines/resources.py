"""Resources for everything outside the code, so tests and deployments swap them without edits."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import sqlalchemy as sa
from pydantic import Field

import warehouse

DEFAULT_INPUT = "fixtures/articles"
DEFAULT_GOLD = "fixtures/gold*.jsonl"


class InputFolder(dg.ConfigurableResource):
    """The folder press releases are dropped into (txt, html, json, jsonl)."""

    path: str = Field(default=DEFAULT_INPUT, description="Folder scanned for press releases.")

    def folder(self) -> Path:
        return Path(self.path)


class Warehouse(dg.ConfigurableResource):
    """The SQL warehouse; any SQLAlchemy URL (DuckDB file by default, PostgreSQL in production)."""

    url: str = Field(default_factory=warehouse.default_url, description="SQLAlchemy URL of the warehouse.")

    def engine(self) -> sa.Engine:
        return warehouse.connect(self.url)


class GoldFile(dg.ConfigurableResource):
    """Gold annotations (the format of fixtures/gold.jsonl) that extractions are scored against."""

    path: str = Field(default=DEFAULT_GOLD, description="JSON Lines gold file, or a glob of several.")

    def files(self) -> list[Path]:
        pattern = Path(self.path)
        return sorted(pattern.parent.glob(pattern.name))


class ReportFolder(dg.ConfigurableResource):
    """Where HTML reports and audit pages are written."""

    path: str = Field(default="reports", description="Output folder for reports and audit pages.")

    def folder(self) -> Path:
        out = Path(self.path)
        out.mkdir(parents=True, exist_ok=True)
        return out


class Inbox(dg.ConfigurableResource):
    """The folder feeds deliver into: each subfolder is one batch (one partition of `inbox_batch_facts`)."""

    path: str = Field(default="inbox", description="Inbox folder; one subfolder per delivery.")

    def folder(self) -> Path:
        return Path(self.path)
