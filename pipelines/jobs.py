"""Jobs, schedules and sensors: how the graph runs unattended."""

from __future__ import annotations

import dagster as dg

# The whole graph over the input folder; the partitioned inbox assets run in their own job.
MAIN_GRAPH = dg.AssetSelection.all() - dg.AssetSelection.groups("inbox")

all_assets_job = dg.define_asset_job(
    "nabd_all_assets",
    selection=MAIN_GRAPH,
    description="Ingest, normalise, extract, load, report and evaluate everything in the input folder.",
)

daily_schedule = dg.ScheduleDefinition(
    name="nabd_daily",
    job=all_assets_job,
    cron_schedule="0 5 * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    execution_timezone="Asia/Riyadh",
    description="Re-run the whole graph every morning before the news desks start.",
)
