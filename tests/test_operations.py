"""Running unattended: the inbox sensor, partitioned loads, quarantine, the schedule, retries and the
failure report, each exercised on real folders, a real Dagster instance and a real DuckDB warehouse."""

import json
import shutil
from pathlib import Path

import dagster as dg
import pytest

import warehouse
from pipelines.assets.inbox import inbox_batch_facts
from pipelines.assets.load import warehouse_facts
from pipelines.definitions import defs
from pipelines.jobs import daily_schedule
from pipelines.partitions import inbox_batches
from pipelines.resources import Inbox, ReportFolder, Warehouse
from pipelines.sensors import inbox_sensor, run_failure_report
from tests.conftest import ARTICLES

SEEDS = sorted(ARTICLES.glob("*.txt"))
# A Gulf release as a Windows-1256 feed sends it: must be read (and its facts found), not quarantined.
CP1256_RELEASE = (
    "الرياض - أعلنت وزارة الصحة افتتاح مستشفى الملك سلمان التخصصي بسعة 300 سرير "
    "في 15 مارس 2024، بتكلفة 450 مليون ريال، ويخدم أكثر من 120 ألف مراجع سنويا."
)


def _deliver(inbox: Path, batch: str, *, bad_files: bool = False) -> Path:
    """A delivery as a feed drops it: a subfolder of releases, optionally with the usual broken files."""
    folder = inbox / batch
    folder.mkdir(parents=True)
    for path in SEEDS[:2]:
        shutil.copy(path, folder / path.name)
    (folder / "gulf_cp1256.txt").write_bytes(CP1256_RELEASE.encode("cp1256"))
    if bad_files:
        (folder / "empty.txt").write_bytes(b"")
        (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    return folder


def _tick(instance: dg.DagsterInstance, inbox: Path, cursor: str | None = None):
    context = dg.build_sensor_context(
        instance=instance, cursor=cursor, resources={"inbox": Inbox(path=str(inbox))}
    )
    return inbox_sensor(context)


def _apply(instance: dg.DagsterInstance, result: dg.SensorResult) -> list[str]:
    """What the daemon does with a tick's partition requests; returns the partitions added."""
    added = [key for request in result.dynamic_partitions_requests for key in request.partition_keys]
    instance.add_dynamic_partitions(inbox_batches.name, added)
    return added


@pytest.fixture
def instance():
    with dg.instance_for_test() as test_instance:
        yield test_instance


def test_sensor_skips_without_an_inbox(instance, tmp_path: Path) -> None:
    result = _tick(instance, tmp_path / "inbox")
    assert isinstance(result, dg.SkipReason)
    assert "does not exist" in result.skip_message


def test_sensor_requests_each_new_or_changed_delivery_once(instance, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    assert isinstance(_tick(instance, inbox), dg.SkipReason), "an empty inbox starts nothing"

    folder = _deliver(inbox, "2024-05-01")
    first = _tick(instance, inbox)
    assert [r.partition_key for r in first.run_requests] == ["2024-05-01"]
    assert _apply(instance, first) == ["2024-05-01"]

    again = _tick(instance, inbox, first.cursor)
    assert isinstance(again, dg.SkipReason), "an unchanged delivery must not run twice"

    (folder / "late_addition.txt").write_text(CP1256_RELEASE.replace("300", "350"), encoding="utf-8")
    changed = _tick(instance, inbox, first.cursor)
    assert [r.partition_key for r in changed.run_requests] == ["2024-05-01"]
    assert changed.run_requests[0].run_key != first.run_requests[0].run_key
    assert _apply(instance, changed) == [], "a known partition is not added twice"

    _deliver(inbox, "2024-05-02")
    (inbox / ".incoming-2024-05-03").mkdir()
    (inbox / "README.txt").write_text("not a delivery", encoding="utf-8")
    second = _tick(instance, inbox, changed.cursor)
    assert [r.partition_key for r in second.run_requests] == ["2024-05-02"]
    assert _apply(instance, second) == ["2024-05-02"]
    assert instance.get_dynamic_partitions(inbox_batches.name) == ["2024-05-01", "2024-05-02"]


def _materialize_batch(instance: dg.DagsterInstance, inbox: Path, url: str, batch: str):
    if not instance.has_dynamic_partition(inbox_batches.name, batch):
        instance.add_dynamic_partitions(inbox_batches.name, [batch])
    return dg.materialize(
        [inbox_batch_facts],
        partition_key=batch,
        instance=instance,
        resources={"inbox": Inbox(path=str(inbox)), "warehouse_db": Warehouse(url=url)},
    )


def test_partition_loads_its_documents_and_quarantines_bad_files(instance, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    _deliver(inbox, "2024-05-01", bad_files=True)
    url = f"duckdb:///{tmp_path / 'warehouse.duckdb'}"

    result = _materialize_batch(instance, inbox, url, "2024-05-01")
    assert result.success
    engine = warehouse.connect(url)
    quarantine = warehouse.read_sql(engine, "SELECT source_path, reason, run_id FROM quarantine")
    reasons = {
        Path(p).name: reason
        for p, reason in zip(quarantine["source_path"], quarantine["reason"], strict=True)
    }
    assert set(reasons) == {"empty.txt", "binary.txt"}
    assert all(reason.strip() for reason in reasons.values())
    assert set(quarantine["run_id"]) == {result.run_id}

    originals = {f"2024-05-01/{p.name}": p.read_text(encoding="utf-8") for p in SEEDS[:2]}
    originals["2024-05-01/gulf_cp1256.txt"] = CP1256_RELEASE
    documents = warehouse.read_sql(engine, "SELECT doc, encoding FROM dim_document")
    assert set(documents["doc"]) == set(originals)
    assert documents.set_index("doc")["encoding"]["2024-05-01/gulf_cp1256.txt"] == "cp1256"
    facts = warehouse.read_sql(engine, "SELECT document, surface, span_start, span_end FROM facts")
    assert "2024-05-01/gulf_cp1256.txt" in set(facts["document"]), "the Windows-1256 release lost its facts"
    for row in facts.itertuples(index=False):
        assert originals[row.document][row.span_start : row.span_end] == row.surface
    metadata = result.asset_materializations_for_node("inbox_batch_facts")[0].metadata
    assert metadata["documents_loaded"].value == 3
    assert metadata["quarantined_files"].value == 2
    assert metadata["facts_loaded"].value == len(facts)


def test_rematerialising_a_partition_is_idempotent(instance, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    _deliver(inbox, "2024-05-01")
    url = f"duckdb:///{tmp_path / 'warehouse.duckdb'}"
    count = "SELECT COUNT(*) AS n FROM facts"

    assert _materialize_batch(instance, inbox, url, "2024-05-01").success
    before = warehouse.read_sql(warehouse.connect(url), count)["n"][0]
    assert _materialize_batch(instance, inbox, url, "2024-05-01").success
    after = warehouse.read_sql(warehouse.connect(url), count)["n"][0]
    assert before == after > 0


def test_same_file_name_in_two_deliveries_stays_two_documents(instance, tmp_path: Path) -> None:
    """Feeds reuse names (bulletin.txt every day): each delivery's release must keep its own facts."""
    inbox = tmp_path / "inbox"
    url = f"duckdb:///{tmp_path / 'warehouse.duckdb'}"
    for day, beds in (("2024-05-01", "300"), ("2024-05-02", "500")):
        folder = inbox / day
        folder.mkdir(parents=True)
        (folder / "bulletin.txt").write_text(CP1256_RELEASE.replace("300", beds), encoding="utf-8")
        assert _materialize_batch(instance, inbox, url, day).success
    documents = warehouse.read_sql(
        warehouse.connect(url), "SELECT DISTINCT document FROM facts WHERE surface LIKE '%سرير%'"
    )
    assert len(documents) == 2


def test_daily_schedule_runs_the_main_graph_every_morning() -> None:
    schedule = defs.resolve_schedule_def("nabd_daily")
    assert schedule.job_name == "nabd_all_assets"
    assert schedule.cron_schedule == "0 5 * * *"
    assert schedule.execution_timezone == "Asia/Riyadh"
    tick = daily_schedule.evaluate_tick(dg.build_schedule_context())
    assert len(tick.run_requests) == 1
    job = defs.resolve_job_def("nabd_all_assets")
    keys = {key.to_user_string() for key in job.asset_layer.selected_asset_keys}
    assert {"raw_articles", "extracted_facts", "warehouse_facts", "fact_report"} <= keys
    assert "inbox_batch_facts" not in keys, "partitioned inbox loads run in their own job"


def test_warehouse_steps_retry_with_exponential_backoff() -> None:
    for asset in (warehouse_facts, inbox_batch_facts):
        policy = asset.op.retry_policy
        assert policy is not None
        assert policy.max_retries >= 2
        assert policy.delay and policy.delay > 0
        assert policy.backoff == dg.Backoff.EXPONENTIAL


@pytest.mark.slow
def test_unreachable_warehouse_is_retried_then_reported(instance, tmp_path: Path) -> None:
    """A real failing run (PostgreSQL on a closed port): retried per the policy, then written to
    run_failures.jsonl by the failure sensor with the failing step and its error."""
    inbox = tmp_path / "inbox"
    _deliver(inbox, "2024-05-01")
    unreachable = "postgresql+psycopg://nabd@127.0.0.1:9/nabd?connect_timeout=2"
    instance.add_dynamic_partitions(inbox_batches.name, ["2024-05-01"])
    result = dg.materialize(
        [inbox_batch_facts],
        partition_key="2024-05-01",
        instance=instance,
        resources={"inbox": Inbox(path=str(inbox)), "warehouse_db": Warehouse(url=unreachable)},
        raise_on_error=False,
    )
    assert not result.success
    retries = [e for e in result.all_events if e.event_type == dg.DagsterEventType.STEP_UP_FOR_RETRY]
    assert len(retries) == inbox_batch_facts.op.retry_policy.max_retries

    failure = next(e for e in result.all_events if e.event_type == dg.DagsterEventType.RUN_FAILURE)
    reports = tmp_path / "reports"
    context = dg.build_run_status_sensor_context(
        sensor_name=run_failure_report.name,
        dagster_instance=instance,
        dagster_run=result.dagster_run,
        dagster_event=failure,
        resources={"report_folder": ReportFolder(path=str(reports))},
    ).for_run_failure()
    run_failure_report(context)

    lines = (reports / "run_failures.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert entry["run_id"] == result.run_id
    assert entry["job"] == result.dagster_run.job_name
    assert [s["step"] for s in entry["steps"]] == ["inbox_batch_facts"]
    assert "connection refused" in entry["steps"][0]["error"].lower()
