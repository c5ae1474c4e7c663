"""Sensors: pick up deliveries dropped into the inbox, and report failed runs where operators look."""

import hashlib
import json
from datetime import UTC, datetime

import dagster as dg

from nabd.sources import SUPPORTED_SUFFIXES
from pipelines.assets.inbox import inbox_batch_facts
from pipelines.partitions import inbox_batches
from pipelines.resources import Inbox, ReportFolder

inbox_job = dg.define_asset_job(
    "nabd_inbox",
    selection=[inbox_batch_facts],
    description="Load one inbox delivery folder into the warehouse.",
)


def _signature(folder) -> str:
    """Changes when a file is added, removed or rewritten in the delivery folder."""
    entries = sorted(
        (str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
    )
    return hashlib.sha256(json.dumps(entries).encode()).hexdigest()[:16]


@dg.sensor(
    job=inbox_job,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="New or changed delivery folders in the inbox.",
)
def inbox_sensor(context: dg.SensorEvaluationContext, inbox: Inbox) -> dg.SensorResult | dg.SkipReason:
    root = inbox.folder()
    if not root.is_dir():
        return dg.SkipReason(f"inbox {root} does not exist")
    seen: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    # Hidden folders are deliveries still being written (copy to `.name`, then rename), as scan_folder skips them.
    current = {
        p.name: _signature(p) for p in sorted(root.iterdir()) if p.is_dir() and not p.name.startswith(".")
    }
    changed = [batch for batch, sig in current.items() if seen.get(batch) != sig]
    if not changed:
        return dg.SkipReason("no new or changed deliveries")
    known = set(context.instance.get_dynamic_partitions(inbox_batches.name))
    return dg.SensorResult(
        run_requests=[dg.RunRequest(partition_key=b, run_key=f"{b}:{current[b]}") for b in changed],
        dynamic_partitions_requests=[inbox_batches.build_add_request([b for b in changed if b not in known])],
        cursor=json.dumps(current),
    )


def _root_cause(error) -> str:
    """The innermost error: a step that used up its retries only says "Exceeded max_retries of 3"."""
    while error is not None and error.cause is not None:
        error = error.cause
    return error.message.strip() if error is not None else ""


@dg.run_failure_sensor(
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Write every failed run, its failing step and error to run_failures.jsonl.",
)
def run_failure_report(context: dg.RunFailureSensorContext, report_folder: ReportFolder) -> None:
    steps = [
        {
            "step": e.step_key,
            "error": _root_cause(e.event_specific_data.error),
        }
        for e in context.get_step_failure_events()
    ]
    entry = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "run_id": context.dagster_run.run_id,
        "job": context.dagster_run.job_name,
        "message": context.failure_event.message,
        "steps": steps,
    }
    with (report_folder.folder() / "run_failures.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
    context.log.error(f"run {entry['run_id']} of {entry['job']} failed: {entry['message']}")
