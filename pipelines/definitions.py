"""Assembles Nabd's Dagster definitions; nothing else lives here."""

from __future__ import annotations

import os

import dagster as dg

from pipelines import assets, checks
from pipelines.jobs import all_assets_job, daily_schedule
from pipelines.resources import GoldFile, Inbox, InputFolder, ReportFolder, Warehouse
from pipelines.sensors import inbox_job, inbox_sensor, run_failure_report


def _from_env(field: str, var: str) -> dict:
    """Bind a resource field to an environment variable when it is set; otherwise keep its default."""
    return {field: dg.EnvVar(var)} if var in os.environ else {}


def build_defs(executor: dg.ExecutorDefinition | None = None) -> dg.Definitions:
    """One assembly for every profile; production swaps only the executor (see pipelines/production.py)."""
    return dg.Definitions(
        assets=dg.load_assets_from_package_module(assets),
        asset_checks=dg.load_asset_checks_from_package_module(checks),
        jobs=[all_assets_job, inbox_job],
        executor=executor,
        schedules=[daily_schedule],
        sensors=[inbox_sensor, run_failure_report],
        resources={
            "input_folder": InputFolder(**_from_env("path", "NABD_INPUT_DIR")),
            "warehouse_db": Warehouse(**_from_env("url", "NABD_WAREHOUSE_URL")),
            "gold_file": GoldFile(**_from_env("path", "NABD_GOLD_FILE")),
            "report_folder": ReportFolder(**_from_env("path", "NABD_REPORT_DIR")),
            "inbox": Inbox(**_from_env("path", "NABD_INBOX_DIR")),
        },
    )


defs = build_defs()
