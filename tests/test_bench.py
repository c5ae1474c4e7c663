"""The benchmark's corpus is realistic and reproducible, the batch path loads what it extracts, and the
results file carries every figure issue #7 asks for. Nothing here is timed: speed is printed, not gated."""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from datetime import date
from itertools import count
from pathlib import Path

import pandas as pd
import pytest
from hijridate import Hijri

import warehouse
from bench import templates
from bench.corpus import MANIFEST, MAX_BYTES, MIN_BYTES, corpus_files, ensure_corpus, release
from bench.run import add_arguments, run
from extractors import extract_facts
from extractors.facts import Fact
from nabd.batch import iter_batches, process_batch, run_pipeline
from nabd.records import DOCUMENT_COLUMNS, FACT_COLUMNS, fact_row, facts_frame, facts_table
from nabd.sources import SourceDocument, scan_folder

SEED = 7
N = 40
_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
# A Hijri date with its Gregorian day beside it, as Saudi releases print them.
_HIJRI_WITH_GREGORIAN = re.compile(r"(\d{4})/(\d{2})/(\d{2}) ?هـ?ـ? الموافق (\d{2})/(\d{2})/(\d{4})م")


@pytest.fixture(scope="module")
def releases() -> list[tuple[str, str, str]]:
    return [release(SEED, i) for i in range(N)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    ensure_corpus(folder, 24, SEED, workers=1)
    return folder


def test_a_release_depends_only_on_seed_and_index() -> None:
    assert release(SEED, 3) == release(SEED, 3)
    assert release(SEED, 3)[1] != release(SEED, 4)[1]
    assert release(SEED, 3)[1] != release(SEED + 1, 3)[1]


def test_releases_span_every_region_and_the_size_range(releases: list[tuple[str, str, str]]) -> None:
    regions = {c.iso: c.region for c in templates.COUNTRIES}
    assert {regions[iso] for _, _, iso in releases} == set(templates.REGION_WEIGHTS)
    sizes = [len(text.encode("utf-8")) for _, text, _ in releases]
    assert all(MIN_BYTES <= size <= MAX_BYTES for size in sizes)
    assert max(sizes) - min(sizes) > 3000


def test_releases_write_numbers_and_dates_in_every_local_way(releases: list[tuple[str, str, str]]) -> None:
    texts = "\n".join(text for _, text, _ in releases)
    assert re.search("[٠-٩]", texts), "Arabic-Indic digits"
    assert re.search(r"\b(?:ثلاثة|أربعة|خمسة|ثلاث|أربع|خمس|عشرون|عشرين|مائة|مئة)\b", texts), (
        "numbers in words"
    )
    assert re.search(r"\d (?:مليون|مليار|ألف|آلاف)", texts), "scale words"
    assert re.search(r"\d,\d{3} مليون (?:درهم|دينار)", texts), "Maghrebi decimal comma"
    for names in (templates.MOROCCAN_MONTHS, templates.SYRIAC_MONTHS, templates.HIJRI_MONTHS):
        assert any(name in texts for name in names[:12]), names[0]
    assert "هـ" in texts


def test_hijri_dates_agree_with_their_gregorian_day(releases: list[tuple[str, str, str]]) -> None:
    pairs = [
        m.groups()
        for _, text, _ in [release(SEED, i) for i in range(N, 6 * N)]
        for m in _HIJRI_WITH_GREGORIAN.finditer(text.translate(_INDIC))
    ]
    assert pairs
    for hy, hm, hd, gd, gm, gy in pairs:
        assert Hijri(int(hy), int(hm), int(hd)).to_gregorian() == date(int(gy), int(gm), int(gd))


def test_the_extractors_find_facts_in_generated_releases(releases: list[tuple[str, str, str]]) -> None:
    found = Counter(f.type for _, text, _ in releases[:10] for f in extract_facts(text))
    assert found["count"] >= 20
    assert found["date"] >= 10


def test_corpus_is_reused_when_seed_and_size_match(corpus: Path) -> None:
    assert len(corpus_files(corpus)) == 24
    assert (corpus / MANIFEST).is_file()
    again = ensure_corpus(corpus, 24, SEED, workers=1)
    assert again.reused
    assert sum(again.by_country.values()) == 24


def test_corpus_is_rewritten_when_the_size_changes(tmp_path: Path) -> None:
    ensure_corpus(tmp_path, 6, SEED, workers=1)
    smaller = ensure_corpus(tmp_path, 4, SEED, workers=1)
    assert not smaller.reused
    assert [p.name for p in corpus_files(tmp_path)] == [release(SEED, i)[0] for i in range(4)]


def test_a_folder_that_is_not_a_corpus_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("مسودة", encoding="utf-8")
    with pytest.raises(FileExistsError):
        ensure_corpus(tmp_path, 3, SEED, workers=1)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "مسودة"


def test_the_corpus_scans_without_rejections(corpus: Path) -> None:
    items = list(scan_folder(corpus))
    assert len(items) == 24
    assert all(isinstance(item, SourceDocument) for item in items)


def test_iter_batches_pulls_one_batch_at_a_time() -> None:
    pulled = count()
    items = (next(pulled) for _ in range(10))
    batches = iter_batches(items, 4)
    assert next(batches) == [0, 1, 2, 3]
    assert next(pulled) == 4  # nothing beyond the first batch was read
    assert [len(b) for b in iter_batches(range(10), 4)] == [4, 4, 2]
    with pytest.raises(ValueError):
        next(iter_batches(range(3), 0))


def test_process_batch_frames_fit_the_warehouse_and_keep_spans(corpus: Path) -> None:
    docs = [item for item in scan_folder(corpus) if isinstance(item, SourceDocument)][:5]
    documents, facts = process_batch(docs)
    assert list(documents.columns) == list(DOCUMENT_COLUMNS)
    assert list(facts.columns) == list(FACT_COLUMNS)
    assert list(documents["doc"]) == [d.doc for d in docs]
    texts = {d.doc: d.text for d in docs}
    for row in facts.itertuples(index=False):
        assert texts[row.doc][row.span_start : row.span_end] == row.surface


def test_the_column_built_facts_frame_is_the_row_built_one(corpus: Path) -> None:
    docs = [item for item in scan_folder(corpus) if isinstance(item, SourceDocument)][:8]
    found = [(d.doc, f) for d in docs for f in extract_facts(d.text)]
    found.append((docs[0].doc, Fact("count", 0, 2, docs[0].text[:2], "test", {"unit": "bed"})))
    by_rows = facts_frame(fact_row(*item) for item in found)
    pd.testing.assert_frame_equal(facts_table(found), by_rows)
    assert set(by_rows["fact_type"]) == {"count", "date", "budget", "facility"}


def test_run_pipeline_loads_every_document_and_quarantines_bad_files(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for path in corpus_files(corpus, 9):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "scan.txt").write_bytes(b"%PDF-1.7 binary")
    url = f"duckdb:///{tmp_path / 'w.duckdb'}"
    stats = run_pipeline(folder, url, workers=2, batch_size=4)
    assert (stats.documents, stats.rejected, stats.batches) == (9, 1, 3)
    assert len(stats.batch_load_seconds) == 3
    engine = warehouse.connect(url)
    loaded = warehouse.read_sql(engine, "SELECT COUNT(*) AS n FROM dim_document")["n"].iloc[0]
    facts = warehouse.read_sql(engine, "SELECT COUNT(*) AS n FROM facts")["n"].iloc[0]
    quarantined = warehouse.read_sql(engine, "SELECT source_path, reason FROM quarantine")
    assert loaded == 9
    assert facts == stats.facts == sum(stats.facts_by_type.values()) > 0
    assert quarantined["source_path"].str.endswith("scan.txt").tolist() == [True]


def test_run_pipeline_stops_at_the_limit(corpus: Path, tmp_path: Path) -> None:
    stats = run_pipeline(corpus, f"duckdb:///{tmp_path / 'w.duckdb'}", workers=1, batch_size=5, limit=7)
    assert (stats.documents, stats.batches) == (7, 2)


def test_bench_writes_every_figure(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results.json"
    argv = ["--n", "24", "--corpus", str(corpus), "--out", str(out), "--sample", "12", "--workers", "1"]
    argv += ["--dateparser-seconds", "0.2", "--warehouses", str(tmp_path / "wh"), "--load-documents", "10"]
    argv += ["--batch-size", "4"]
    args = add_arguments(argparse.ArgumentParser()).parse_args(argv)
    assert run(args) == 0
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["corpus"]["reused"] and results["corpus"]["documents"] == 24
    extraction = results["extraction"]
    assert extraction["documents_per_second"] > 0 and extraction["megabytes_per_second"] > 0
    assert set(results["stages_ms_per_document"]) == {"normalize", "counts", "dates", "budgets", "facilities"}
    dateparser = results["dateparser"]
    assert (
        dateparser["documents"] >= 1 and dateparser["documents_per_second"] > 0 and dateparser["nabd_speedup"]
    )
    load = results["load"]
    assert load["documents"] == 10 and len(load["seconds_by_batch"]) == 3
    assert load["facts_per_second"] > 0 and load["facts_per_cpu_second"] > 0
    pipeline = results["pipeline"]
    assert pipeline["documents"] == 24 and pipeline["facts"] > 0
    assert pipeline["peak_mb"] > 0 and pipeline["load_facts_per_second"] > 0 and pipeline["cpu_seconds"] > 0
    assert [t["met"] in (True, False) for t in results["targets"]] == [True] * 4
    assert "warehouse load, alone (facts/s)" in capsys.readouterr().out
