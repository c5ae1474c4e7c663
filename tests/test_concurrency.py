"""Two processes loading into one warehouse at once, as two Dagster runs (two inbox deliveries, or a
re-run started while the schedule's run is still loading) do.

DuckDB lets one process at a time open a database file: the second loader must fail at once, saying the
file is locked and by whom, and leave nothing behind. PostgreSQL takes concurrent loaders: both must
succeed, and the totals must be exactly what each loaded, also when both replace the same documents.
"""

import multiprocessing
import os
import queue
import time
from dataclasses import replace
from pathlib import Path

import pytest

import warehouse
from extractors import EXTRACTOR_VERSION
from nabd.batch import process_batch
from nabd.sources import SourceDocument, scan_folder
from tests.conftest import ARTICLES
from warehouse.testing import BackendUnavailable, empty_tables, scratch_postgres

COPIES = 20  # of the seed articles per loader: enough rows that the loads really overlap
TIMEOUT = 120  # seconds any one wait may take before the test fails instead of hanging

SPAWN = multiprocessing.get_context("spawn")


def _batch(prefix: str) -> list[SourceDocument]:
    seeds = [item for item in scan_folder(ARTICLES) if isinstance(item, SourceDocument)]
    return [replace(doc, doc=f"{prefix}/{n:03d}/{doc.doc}") for n in range(COPIES) for doc in seeds]


def _load(url: str, prefix: str, connected, go, release, results) -> None:
    """One loader process: open the warehouse, say so, load its batch when told to go, then hold the
    warehouse open until told to let go; reports (pid, prefix, "ok", facts) or (..., "error", message)."""
    pid = os.getpid()
    try:
        engine = warehouse.connect(url)
        connected.set()
        go.wait(TIMEOUT)
        docs, facts = process_batch(_batch(prefix))
        stats = warehouse.load_batch(
            engine, docs, facts, run_id=f"run-{prefix}", extractor_version=EXTRACTOR_VERSION
        )
        results.put((pid, prefix, "ok", stats.facts))
        release.wait(TIMEOUT)
        engine.dispose()
    except Exception as error:
        results.put((pid, prefix, "error", str(error)))


class Loader:
    """A loader process and the events that steer it (held here: an event collected early breaks the child)."""

    def __init__(self, url: str, prefix: str, results, go) -> None:
        self.connected = SPAWN.Event()
        self.release = SPAWN.Event()
        self.process = SPAWN.Process(
            target=_load, args=(url, prefix, self.connected, go, self.release, results)
        )
        self.process.start()


def _collect(results, loaders: list[Loader]) -> list[tuple[str, str, object]]:
    """Every loader's (prefix, status, detail); fails, never hangs, when a loader died without a word."""
    reports = {}
    deadline = time.monotonic() + TIMEOUT
    while len(reports) < len(loaders):
        # A loader that exits flushes its report first: dead before the read and still silent is lost.
        dead = {loader.process.pid for loader in loaders if not loader.process.is_alive()} - set(reports)
        try:
            pid, *report = results.get(timeout=1)
            reports[pid] = tuple(report)
        except queue.Empty:
            assert not dead, f"loader processes {sorted(dead)} died without reporting"
            assert time.monotonic() < deadline, "loaders took too long"
    return sorted(reports.values())


def _wait_connected(loaders: list[Loader]) -> None:
    for loader in loaders:
        assert loader.connected.wait(TIMEOUT), "a loader never opened the warehouse"


def _stop(loaders: list[Loader]) -> None:
    for loader in loaders:
        loader.release.set()
    for loader in loaders:
        loader.process.join(TIMEOUT)
        if loader.process.is_alive():
            loader.process.kill()
            loader.process.join()


def _documents(url: str) -> set[str]:
    frame = warehouse.read_sql(warehouse.connect(url), "SELECT doc FROM dim_document")
    return set(frame["doc"])


def _expected_facts() -> int:
    return len(process_batch(_batch("count"))[1])


def test_duckdb_second_loader_fails_clearly_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "warehouse.duckdb"
    url = f"duckdb:///{path}"
    results, go = SPAWN.Queue(), SPAWN.Event()
    go.set()
    loaders = [Loader(url, "first", results, go)]
    try:
        _wait_connected(loaders)
        # The first loader holds the file until released: the second one runs into it.
        loaders.append(Loader(url, "second", results, go))
        loaders[1].process.join(TIMEOUT)
        loaders[0].release.set()
        outcome = {prefix: (status, detail) for prefix, status, detail in _collect(results, loaders)}
    finally:
        _stop(loaders)

    assert outcome["first"] == ("ok", _expected_facts())
    status, message = outcome["second"]
    assert status == "error", "DuckDB took a second writer process: this test's premise changed"
    assert str(path) in message and "lock" in message.lower(), message
    documents = _documents(url)
    assert documents and all(doc.startswith("first/") for doc in documents), "the failed loader left rows"


@pytest.fixture(scope="module")
def postgres_url():
    try:
        with scratch_postgres() as url:
            yield url
    except BackendUnavailable as error:
        pytest.skip(str(error))


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("prefixes", "documents"),
    [(("a", "b"), 2), (("same", "same"), 1)],
    ids=["different-documents", "same-documents"],
)
def test_postgres_concurrent_loaders_both_succeed(postgres_url: str, prefixes, documents: int) -> None:
    engine = warehouse.connect(postgres_url)
    empty_tables(engine)
    results, go = SPAWN.Queue(), SPAWN.Event()
    loaders = [Loader(postgres_url, prefix, results, go) for prefix in prefixes]
    try:
        _wait_connected(loaders)
        go.set()  # both are connected: their loads start together
        for loader in loaders:
            loader.release.set()
        outcome = _collect(results, loaders)
    finally:
        _stop(loaders)

    per_loader = _expected_facts()
    assert [(status, detail) for _, status, detail in outcome] == [("ok", per_loader)] * 2
    total = warehouse.read_sql(engine, "SELECT COUNT(*) AS n FROM facts")["n"][0]
    assert total == per_loader * documents
    assert len(_documents(postgres_url)) == len(_batch("count")) * documents
    engine.dispose()
