"""The production profile end to end: Dagster storage on PostgreSQL, steps run by a real dagster-celery
worker over the broker in deploy/celery.yaml, facts loaded into a PostgreSQL warehouse.

Everything is started the way docs/operations.md tells an operator to, from the shipped deploy/ files;
only the databases are scratch ones, dropped afterwards. Skips, saying which, when a service is missing.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dagster as dg
import pytest
import redis
import sqlalchemy as sa
import yaml

import warehouse
from tests.conftest import ARTICLES, GOLD, ROOT
from warehouse.testing import BackendUnavailable, scratch_postgres

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

DEPLOY = ROOT / "deploy"
BIN = Path(sys.executable).parent
WORKER_READY_SECONDS = 90
RUN_SECONDS = 300
STOP_SECONDS = 30


def _reachable(url: str) -> bool:
    parts = urlsplit(url)
    if not parts.hostname:  # rpc:// rides on the broker
        return True
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=3):
            return True
    except OSError:
        return False


def _rabbitmqctl(*args: str) -> bool:
    try:
        return subprocess.run(["rabbitmqctl", *args], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@contextmanager
def _private_broker(kind: str, shipped: str) -> Iterator[str]:
    """A broker no other run shares. Steps go to the default `dagster` queue, served by whichever worker
    listens there: on a shared broker, a second test run (or a task left by an aborted one) crosses over.
    RabbitMQ gets a scratch virtual host (the shipped one when rabbitmqctl cannot make one); Redis a
    scratch database number, emptied afterwards."""
    if kind == "redis":
        url = f"redis://127.0.0.1:6379/{2 + uuid.uuid4().int % 14}"
        try:
            yield url
        finally:
            redis.Redis.from_url(url).flushdb()
        return
    vhost = f"nabd-test-{uuid.uuid4().hex[:8]}"
    if not _rabbitmqctl("add_vhost", vhost):
        yield shipped
        return
    try:
        _rabbitmqctl("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*")
        yield urlunsplit(urlsplit(shipped)._replace(path=f"/{vhost}"))
    finally:
        _rabbitmqctl("delete_vhost", vhost)


@pytest.fixture(scope="module", params=["rabbitmq", "redis"])
def celery_config(request, tmp_path_factory) -> Iterator[Path]:
    """Worker settings: deploy/celery.yaml's (RabbitMQ broker, Redis results), or with Redis as the broker
    too; skips when dagster-celery or a service is missing."""
    pytest.importorskip("dagster_celery", reason="dagster-celery is not installed")
    config = yaml.safe_load((DEPLOY / "celery.yaml").read_text())["execution"]["config"]
    if request.param == "redis":
        config["broker"] = "redis://127.0.0.1:6379/1"
    for role in ("broker", "backend"):
        if not _reachable(config[role]):
            pytest.skip(f"Celery {role} {config[role]} is not reachable")
    with _private_broker(request.param, config["broker"]) as broker:
        path = tmp_path_factory.mktemp(f"celery-{request.param}") / "celery.yaml"
        path.write_text(yaml.safe_dump({"execution": {"config": {**config, "broker": broker}}}))
        yield path


@contextmanager
def _databases() -> Iterator[tuple[str, str]]:
    """(Dagster storage URL, warehouse URL): two scratch PostgreSQL databases, skipping without a server."""
    try:
        with scratch_postgres() as storage_url, scratch_postgres() as warehouse_url:
            # dagster-postgres drives psycopg2 (see deploy/dagster.yaml); the warehouse uses psycopg 3.
            storage = sa.make_url(storage_url).set(drivername="postgresql+psycopg2")
            yield storage.render_as_string(hide_password=False), warehouse_url
    except BackendUnavailable as error:
        pytest.skip(str(error))


def _stop(worker: subprocess.Popen) -> None:
    """The worker and its pool processes share a process group: stop them all, then make sure."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(worker.pid, sig)
        except ProcessLookupError:
            return
        try:
            worker.wait(STOP_SECONDS)
            return
        except subprocess.TimeoutExpired:
            continue


def _wait_ready(worker: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + WORKER_READY_SECONDS
    while time.monotonic() < deadline:
        if " ready." in log.read_text(errors="replace"):
            return
        assert worker.poll() is None, f"the worker exited ({worker.returncode}):\n{log.read_text()[-3000:]}"
        time.sleep(0.5)
    pytest.fail(f"the worker was not ready after {WORKER_READY_SECONDS}s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def production_run(celery_config: Path):
    """One materialisation of the whole graph through a real worker: (job result, worker log, env)."""
    config = yaml.safe_load(celery_config.read_text())["execution"]["config"]
    tmp = celery_config.parent
    home = tmp / "dagster_home"
    home.mkdir()
    shutil.copy(DEPLOY / "dagster.yaml", home / "dagster.yaml")
    with _databases() as (storage_url, warehouse_url):
        env = {
            **os.environ,
            "DAGSTER_HOME": str(home),
            "NABD_DAGSTER_PG_URL": storage_url,
            "NABD_WAREHOUSE_URL": warehouse_url,
            "NABD_INPUT_DIR": str(ARTICLES),
            "NABD_GOLD_FILE": str(GOLD),
            "NABD_REPORT_DIR": str(tmp / "reports"),
            "NABD_INBOX_DIR": str(tmp / "inbox"),
            "NABD_CELERY_BROKER": config["broker"],
            "NABD_CELERY_BACKEND": config["backend"],
            "PYTHONPATH": str(ROOT),
            # dagster-celery starts `celery` by name: the venv's bin must be on PATH even when the
            # tests run as .venv/bin/pytest without an activated venv (as `make test` does).
            "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        }
        yield _run_through_worker(env, celery_config, tmp), env


def _run_through_worker(env: dict[str, str], celery_config: Path, tmp: Path):
    """Start a worker, execute the production job against it, stop the worker: (job result, worker log)."""
    log = tmp / "worker.log"
    start = [BIN / "dagster-celery", "worker", "start", "-A", "dagster_celery.app", "-y", celery_config]
    with log.open("w") as out:
        worker = subprocess.Popen(
            [*start, "-n", f"nabd-test-{uuid.uuid4().hex[:8]}"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_ready(worker, log)
        job = subprocess.run(
            [BIN / "dagster", "job", "execute", "-m", "pipelines.production", "-j", "nabd_all_assets"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=RUN_SECONDS,
        )
    finally:
        _stop(worker)
    return job, log.read_text(errors="replace")


def test_run_succeeds_and_is_recorded_in_postgres_storage(production_run, monkeypatch) -> None:
    (job, _), env = production_run
    assert job.returncode == 0, job.stdout[-3000:] + job.stderr[-3000:]
    monkeypatch.setenv("NABD_DAGSTER_PG_URL", env["NABD_DAGSTER_PG_URL"])
    with dg.DagsterInstance.from_config(env["DAGSTER_HOME"]) as instance:
        runs = instance.get_runs()
        assert [(r.job_name, r.status) for r in runs] == [("nabd_all_assets", dg.DagsterRunStatus.SUCCESS)]
        keys = {key.to_user_string() for key in instance.get_asset_keys()}
    assert {"raw_articles", "extracted_facts", "warehouse_facts", "fact_report"} <= keys


def test_worker_executed_the_steps(production_run) -> None:
    (_, worker_log), _ = production_run
    for step in ("raw_articles", "extracted_facts", "warehouse_facts", "fact_report"):
        assert f"Executing steps {step} in celery worker" in worker_log, (
            f"{step} not run:\n{worker_log[-3000:]}"
        )
    assert worker_log.count("Task execute_plan[") >= 2 * 4  # received and succeeded, per step
    assert "Traceback" not in worker_log, worker_log[-3000:]


def test_postgres_warehouse_holds_the_facts(production_run, article_texts) -> None:
    _, env = production_run
    engine = warehouse.connect(env["NABD_WAREHOUSE_URL"])
    documents = warehouse.read_sql(engine, "SELECT doc FROM dim_document")
    facts = warehouse.read_sql(engine, "SELECT document, fact_type, surface, span_start, span_end FROM facts")
    engine.dispose()
    assert set(documents["doc"]) == set(article_texts)
    assert {"count", "date", "budget", "facility"} <= set(facts["fact_type"])
    for row in facts.itertuples(index=False):
        assert article_texts[row.document][row.span_start : row.span_end] == row.surface
