"""Two processes loading into one warehouse at once, as two Dagster runs (two inbox deliveries, or a
re-run started while the schedule's run is still loading) do.

DuckDB lets one process at a time open a database file: the second loader must fail at once, saying the
file is locked and by whom, and leave nothing behind. PostgreSQL takes concurrent loaders: both must
succeed, and the totals must be exactly what each loaded, also when both replace the same documents.
"""

import multiprocessing
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


def _load(url: str, prefix: str, connected, release, results) -> None:
    """One loader process: open the warehouse, say so, load its batch, then hold the warehouse open
    until told to let go; reports ("ok", facts) or ("error", message)."""
    try:
        engine = warehouse.connect(url)
        connected.set()
        docs, facts = process_batch(_batch(prefix))
        stats = warehouse.load_batch(
            engine, docs, facts, run_id=f"run-{prefix}", extractor_version=EXTRACTOR_VERSION
        )
        results.put((prefix, "ok", stats.facts))
        release.wait(TIMEOUT)
        engine.dispose()
    except Exception as error:
        results.put((prefix, "error", str(error)))


def _start(url: str, prefix: str, results, release=None):
    connected = SPAWN.Event()
    process = SPAWN.Process(target=_load, args=(url, prefix, connected, release or SPAWN.Event(), results))
    process.start()
    return process, connected


def _collect(results, count: int) -> list[tuple[str, str, object]]:
    return sorted(results.get(timeout=TIMEOUT) for _ in range(count))


def _stop(*processes) -> None:
    for process in processes:
        process.join(TIMEOUT)
        if process.is_alive():
            process.kill()
            process.join()


def _documents(url: str) -> set[str]:
    frame = warehouse.read_sql(warehouse.connect(url), "SELECT doc FROM dim_document")
    return set(frame["doc"])


def _expected_facts() -> int:
    return len(process_batch(_batch("count"))[1])


def test_duckdb_second_loader_fails_clearly_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "warehouse.duckdb"
    url = f"duckdb:///{path}"
    results, release = SPAWN.Queue(), SPAWN.Event()
    first, first_connected = _start(url, "first", results, release)
    second = None
    try:
        assert first_connected.wait(TIMEOUT), "the first loader never opened the warehouse"
        # The first loader holds the file from here until released: the second one runs into it.
        second, _ = _start(url, "second", results)
        second.join(TIMEOUT)
        release.set()
        outcome = {prefix: (status, detail) for prefix, status, detail in _collect(results, 2)}
    finally:
        release.set()
        _stop(first, *([second] if second else []))

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
    results, release = SPAWN.Queue(), SPAWN.Event()
    release.set()
    processes = [_start(postgres_url, prefix, results, release)[0] for prefix in prefixes]
    try:
        outcome = _collect(results, len(processes))
    finally:
        _stop(*processes)

    per_loader = _expected_facts()
    assert [(status, detail) for _, status, detail in outcome] == [("ok", per_loader)] * 2
    total = warehouse.read_sql(engine, "SELECT COUNT(*) AS n FROM facts")["n"][0]
    assert total == per_loader * documents
    assert len(_documents(postgres_url)) == len(_batch("count")) * documents
    engine.dispose()
