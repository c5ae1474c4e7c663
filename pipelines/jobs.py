"""Jobs, schedules and sensors: how the graph runs unattended."""

from __future__ import annotations

import dagster as dg

all_assets_job = dg.define_asset_job(
    "nabd_all_assets",
    selection=dg.AssetSelection.all(),
    description="Ingest, normalise, extract, load, report and evaluate everything in the input folder.",
)

daily_schedule = dg.ScheduleDefinition(
    name="nabd_daily",
    job=all_assets_job,
    cron_schedule="0 5 * * *",
    execution_timezone="Asia/Riyadh",
    description="Re-run the whole graph every morning before the news desks start.",
)
