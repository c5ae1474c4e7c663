"""The Dagster graph materialised in-process on the fixtures into a temporary warehouse."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

import warehouse
from nabd.batch import process_batch, run_pipeline
from nabd.sources import SourceDocument
from pipelines.definitions import defs
from pipelines.jobs import MAIN_GRAPH
from pipelines.resources import GoldFile, Inbox, InputFolder, ReportFolder, Warehouse
from tests.conftest import ARTICLES, GOLD, ROOT
from warehouse.schema import dim_document


def _materialize(input_dir: Path, url: str, reports: Path) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [*defs.assets, *defs.asset_checks],
        resources={
            "input_folder": InputFolder(path=str(input_dir)),
            "warehouse_db": Warehouse(url=url),
            "gold_file": GoldFile(path=str(GOLD)),
            "report_folder": ReportFolder(path=str(reports)),
            "inbox": Inbox(),
        },
        selection=MAIN_GRAPH,
        instance=dg.DagsterInstance.ephemeral(),
    )


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dg.ExecuteInProcessResult, str, Path]:
    tmp = tmp_path_factory.mktemp("pipeline")
    url = f"duckdb:///{tmp / 'warehouse.duckdb'}"
    return _materialize(ARTICLES, url, tmp / "reports"), url, tmp


@pytest.fixture(scope="module")
def batch_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The same releases loaded by the batch path (`nabd run`), in batches, into a warehouse of its own."""
    url = f"duckdb:///{tmp_path_factory.mktemp('batch') / 'warehouse.duckdb'}"
    run_pipeline(ARTICLES, url, workers=1, batch_size=10)
    return url


def _table(url: str, query: str) -> list[tuple]:
    engine = warehouse.connect(url)
    frame = warehouse.read_sql(engine, query)
    engine.dispose()
    return sorted(frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None))


def test_definitions_load_with_every_stage() -> None:
    keys = {k.to_user_string() for k in defs.resolve_asset_graph().get_all_asset_keys()}
    assert {
        "raw_articles",
        "normalized_articles",
        "extracted_facts",
        "warehouse_facts",
        "fact_report",
    } <= keys


def test_graph_materialises_and_checks_pass(run) -> None:
    result, _, _ = run
    assert result.success
    evaluations = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
    assert evaluations["spans_match_source"]
    assert evaluations["no_document_dropped"]


def test_warehouse_holds_every_document_and_exact_spans(run, article_texts) -> None:
    _, url, _ = run
    engine = warehouse.connect(url)
    facts = warehouse.read_sql(engine, "SELECT document, fact_type, surface, span_start, span_end FROM facts")
    assert set(facts["document"]) <= set(article_texts)
    assert {"count", "date", "budget", "facility"} <= set(facts["fact_type"])
    for row in facts.itertuples(index=False):
        assert article_texts[row.document][row.span_start : row.span_end] == row.surface


def test_both_paths_place_each_facility_by_its_name(run, batch_url) -> None:
    """The Dagster graph and the batch path fill the same facility rows, each with the city and region
    its name gives (`مستشفى الملك فهد بالمدينةالمنورة` in a Medina release → المدينة المنورة)."""
    _, url, _ = run
    query = "SELECT facility_key, name, kind, country, city, region FROM dim_facility"
    facilities = _table(url, query)
    assert facilities == _table(batch_url, query)
    placed = {name: (city, region) for _, name, _, _, city, region in facilities}
    assert placed["مستشفى الملك فهد بالمدينة المنورة"] == ("المدينة المنورة", "المدينة المنورة")
    assert placed["تجمع القصيم الصحي"] == (None, "القصيم")
    assert placed["مستشفى البشير"] == (None, None)


def test_both_paths_load_the_same_documents(run, batch_url) -> None:
    """A release's missing country (and publication date) is filled in one place both paths call,
    nabd.records.loadable_documents: the documents tables agree row for row. The fixtures carry no
    country of their own, so each has the one the article reader read from its words."""
    _, url, _ = run
    columns = [c.name for c in dim_document.columns if not c.name.endswith(("_id", "_at"))]
    query = f"SELECT {', '.join(columns)} FROM dim_document"
    documents = _table(url, query)
    assert documents == _table(batch_url, query)
    counts = "SELECT doc, n_counts, n_dates, n_budgets, n_facilities FROM documents"
    assert _table(url, counts) == _table(batch_url, counts)
    countries = {row[0]: row[columns.index("country")] for row in documents}
    assert countries["116_ma_chu_upgrade.txt"] == "MA"
    assert countries["105_kw_jahra_hospital.txt"] == "KW"
    assert countries["002_4dcc3eee00311338.txt"] == "SA"


def test_a_country_the_source_gives_is_kept_and_a_missing_one_read_from_the_words() -> None:
    text = (ARTICLES / "100_sa_riyadh_two_hospitals.txt").read_text(encoding="utf-8")
    releases = [
        SourceDocument(
            doc=doc, source_path=doc, text=text, title="", sha256=doc, encoding="utf-8", country=country
        )
        for doc, country in (("feed.json#1", "KW"), ("release.txt", None))
    ]
    documents, _ = process_batch(releases)
    assert dict(zip(documents["doc"], documents["country"], strict=True)) == {
        "feed.json#1": "KW",
        "release.txt": "SA",
    }


def test_rerun_never_doubles_facts(run, tmp_path: Path) -> None:
    _, url, tmp = run
    engine = warehouse.connect(url)
    before = warehouse.read_sql(engine, "SELECT COUNT(*) AS n FROM facts")["n"][0]
    assert _materialize(ARTICLES, url, tmp / "reports").success
    after = warehouse.read_sql(engine, "SELECT COUNT(*) AS n FROM facts")["n"][0]
    assert before == after > 0


def test_bad_file_is_quarantined_and_the_rest_loads(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in sorted(ARTICLES.glob("*.txt"))[:2]:
        shutil.copy(path, inbox / path.name)
    (inbox / "broken.txt").write_bytes(b"\xff\xfe\x00garbage\x00\x00\x01")
    (inbox / "empty.txt").write_bytes(b"")
    url = f"duckdb:///{tmp_path / 'w.duckdb'}"
    result = _materialize(inbox, url, tmp_path / "reports")
    assert result.success
    quarantine = result.output_for_node("raw_articles", "quarantined_files")
    assert {Path(p).name for p in quarantine["source_path"]} == {"broken.txt", "empty.txt"}
    docs = warehouse.read_sql(warehouse.connect(url), "SELECT COUNT(DISTINCT document) AS n FROM facts")
    assert docs["n"][0] == 2


def test_a_release_resent_under_another_name_is_quarantined_not_doubled(tmp_path: Path) -> None:
    first, second = tmp_path / "monday", tmp_path / "tuesday"
    first.mkdir()
    second.mkdir()
    seed = ARTICLES / "004_f8f55f1d287d3445.txt"
    shutil.copy(seed, first / seed.name)
    shutil.copy(seed, second / "renamed_release.txt")
    url = f"duckdb:///{tmp_path / 'w.duckdb'}"
    assert _materialize(first, url, tmp_path / "reports").success
    result = _materialize(second, url, tmp_path / "reports")
    assert result.success
    engine = warehouse.connect(url)
    documents = warehouse.read_sql(engine, "SELECT DISTINCT document FROM facts")
    assert set(documents["document"]) == {seed.name}
    quarantine = warehouse.read_sql(engine, "SELECT source_path, reason FROM quarantine")
    assert len(quarantine) == 1
    assert quarantine["source_path"][0].endswith("renamed_release.txt")
    assert quarantine["reason"][0].startswith(f"duplicate of {seed.name}")


def test_dagster_cli_materialises_the_main_graph(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DAGSTER_HOME": str(tmp_path),
        "NABD_INPUT_DIR": str(ARTICLES),
        "NABD_WAREHOUSE_URL": f"duckdb:///{tmp_path / 'cli.duckdb'}",
        "NABD_GOLD_FILE": str(GOLD),
        "NABD_REPORT_DIR": str(tmp_path / "reports"),
        "PYTHONPATH": str(ROOT),
    }
    dagster = Path(sys.executable).parent / "dagster"
    command = [dagster, "asset", "materialize", "-m", "pipelines.definitions", "--select", "not group:inbox"]
    out = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "RUN_SUCCESS" in out.stderr + out.stdout
    assert (tmp_path / "reports" / "nabd_report.html").is_file()
