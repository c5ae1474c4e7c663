"""`nabd bench` / `python -m bench`: build (or reuse) the corpus, measure, print a table, write JSON.

The targets are issue #7's, for a 2-core machine. They are printed beside the figures, never asserted:
speed depends on the machine and its load, so CI reports it and does not gate on it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tabulate import tabulate

from bench import measure
from bench.corpus import corpus_files, ensure_corpus
from extractors import EXTRACTOR_VERSION, compiled

DEFAULT_N = 100_000
DEFAULT_SEED = 7
DEFAULT_CORPUS = Path("artifacts/bench-corpus")
DEFAULT_WAREHOUSES = Path("artifacts/bench")
STAGE_SAMPLE = 2000  # releases for the per-stage timing and the profile
# DuckDB caches the database in memory up to 80% of RAM by default, so the loader's memory would grow
# with the warehouse; a cap keeps it flat (see docs/performance.md).
DUCKDB_MEMORY_LIMIT = "512MB"

# (name, figure path in the results, comparison, target)
TARGETS = (
    ("extraction on one core (documents/s)", ("extraction", "documents_per_second"), ">=", 1500),
    ("end to end, 100,000 documents (s, scaled from N)", ("pipeline", "seconds_per_100k"), "<=", 180),
    ("peak memory, process tree (MB)", ("pipeline", "peak_mb"), "<=", 1536),
    ("warehouse load, alone (facts/s)", ("load", "facts_per_second"), ">=", 100_000),
)


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "--n", type=int, default=DEFAULT_N, help=f"releases in the corpus (default {DEFAULT_N:,})"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="corpus seed (default %(default)s)")
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder (default %(default)s)"
    )
    parser.add_argument(
        "--out", type=Path, default=Path("bench-results.json"), help="results JSON (default %(default)s)"
    )
    parser.add_argument("--sample", type=int, default=10_000, help="releases for the one-core measurement")
    parser.add_argument(
        "--dateparser-seconds", type=float, default=30.0, help="time given to dateparser (0 skips it)"
    )
    parser.add_argument(
        "--load-documents",
        type=int,
        default=10_000,
        help="releases whose load is timed alone, nothing else running (0 skips it; default %(default)s)",
    )
    parser.add_argument("--workers", type=int, default=2, help="extraction processes in the pipeline")
    parser.add_argument("--batch-size", type=int, default=2000, help="documents per pipeline batch")
    parser.add_argument(
        "--warehouses",
        type=Path,
        default=DEFAULT_WAREHOUSES,
        help="folder for the DuckDB files (default %(default)s)",
    )
    parser.add_argument(
        "--duckdb-memory-limit",
        default=DUCKDB_MEMORY_LIMIT,
        help="DuckDB's memory_limit for the pipeline's warehouse ('' for DuckDB's default of 80%% of RAM; "
        "default %(default)s)",
    )
    parser.add_argument("--no-pipeline", action="store_true", help="measure extraction only")
    parser.add_argument(
        "--profile", type=Path, help="also profile extraction (pyinstrument) into this HTML file"
    )
    return parser


def _machine() -> dict[str, Any]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "platform": platform.platform(),
        "python": platform.python_version(),
    }


def _fresh_duckdb(folder: Path, name: str, memory_limit: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.duckdb"
    for stale in (path, path.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)
    return f"duckdb:///{path}" + (f"?memory_limit={memory_limit}" if memory_limit else "")


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _measure(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "extractor_version": EXTRACTOR_VERSION,
        "machine": _machine(),
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
        "config": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items() if k != "handler"},
    }
    _say(f"corpus: {args.n:,} releases in {args.corpus} …")
    corpus = ensure_corpus(args.corpus, args.n, args.seed, workers=args.workers)
    results["corpus"] = {
        "folder": str(corpus.folder),
        "documents": corpus.n,
        "seed": corpus.seed,
        "megabytes": round(corpus.bytes / measure.MB, 1),
        "mean_kb": round(corpus.bytes / max(1, corpus.n) / 1000, 2),
        "by_country": corpus.by_country,
        "reused": corpus.reused,
        "generation_seconds": round(corpus.seconds, 1),
    }
    texts = measure.read_texts(corpus_files(args.corpus, measure.WARMUP + args.sample))
    _say(f"extraction on one core: {args.sample:,} releases after {measure.WARMUP} to warm up …")
    results["extraction"] = measure.extraction(texts)
    results["extraction"]["readers_compiled"] = compiled.compiled_modules()
    few = texts[: measure.WARMUP + STAGE_SAMPLE]
    results["stages_ms_per_document"] = measure.stages(few)
    if args.profile:
        _say(f"profile: {args.profile} …")
        args.profile.parent.mkdir(parents=True, exist_ok=True)
        text_tree = measure.profile(few, args.profile)
        args.profile.with_suffix(".txt").write_text(text_tree, encoding="utf-8")
    if args.dateparser_seconds > 0:
        _say(f"dateparser search_dates: {args.dateparser_seconds:.0f} s …")
        results["dateparser"] = measure.dateparser_search(texts, args.dateparser_seconds)
    del texts
    if args.load_documents > 0:
        _say(f"warehouse load alone: {args.load_documents:,} releases …")
        url = _fresh_duckdb(args.warehouses, "load-alone", args.duckdb_memory_limit)
        results["load"] = measure.load_alone(
            args.corpus, url, documents=args.load_documents, batch_size=args.batch_size
        )
    if not args.no_pipeline:
        if args.n >= 10_000:
            small = args.n // 10
            _say(f"pipeline on the first {small:,} releases (memory flatness) …")
            results["pipeline_tenth"] = _pipeline(args, small)
        _say(f"pipeline: {args.n:,} releases into DuckDB with {args.workers} workers …")
        results["pipeline"] = _pipeline(args, None)
    results["targets"] = _targets(results)
    return results


def _pipeline(args: argparse.Namespace, limit: int | None) -> dict[str, Any]:
    url = _fresh_duckdb(args.warehouses, f"pipeline-{limit or args.n}", args.duckdb_memory_limit)
    result = measure.pipeline(args.corpus, url, workers=args.workers, batch_size=args.batch_size, limit=limit)
    rss = result["peak_rss_mb"]
    result["peak_mb"] = max(rss["self_plus_children_mb"], rss["tree_pss_sampled_mb"])
    result["seconds_per_100k"] = round(result["seconds"] * 100_000 / max(1, result["documents"]), 1)
    result["warehouse"] = url
    return result


def _targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for name, (section, key), op, target in TARGETS:
        value = results.get(section, {}).get(key)
        met = None if value is None else value >= target if op == ">=" else value <= target
        rows.append({"target": name, "value": value, "wanted": f"{op} {target:,}", "met": met})
    return rows


def _build(readers_compiled: dict[str, bool]) -> str:
    """How the readers ran: a figure taken from sources is not comparable with a compiled one."""
    if readers_compiled and all(readers_compiled.values()):
        return "readers compiled"
    running = [name for name, on in readers_compiled.items() if not on]
    return "pure Python" if len(running) == len(readers_compiled) else f"from source: {', '.join(running)}"


def _table(results: dict[str, Any]) -> str:
    rows = []
    ext = results["extraction"]
    rows.append(
        (
            "extraction, one core",
            f"{ext['documents_per_second']:,.0f} docs/s, {ext['megabytes_per_second']} MB/s",
            f"per CPU second; {ext['documents_per_wall_second']:,.0f} docs/s wall; "
            f"{ext['documents']:,} docs, {ext['facts_per_document']} facts/doc; "
            f"{_build(ext['readers_compiled'])}",
        )
    )
    stages = ", ".join(f"{k} {v:.3f}" for k, v in results["stages_ms_per_document"].items())
    rows.append(("CPU ms per document", stages, "by stage"))
    if "dateparser" in results:
        dp = results["dateparser"]
        rows.append(
            (
                "dateparser search_dates",
                f"{dp['documents_per_second']:,.2f} docs/s",
                f"per CPU second on {dp['documents']} docs, where nabd (all four fact types) does "
                f"{dp['nabd_documents_per_second']:,.0f}/s: {dp['nabd_speedup']}x",
            )
        )
    if "load" in results:
        load = results["load"]
        rows.append(
            (
                "warehouse load, alone",
                f"{load['facts_per_second']:,.0f} facts/s",
                f"{load['facts']:,} facts of {load['documents']:,} docs in {load['seconds']:.1f} s; "
                f"{load['facts_per_cpu_second']:,.0f} facts per CPU second",
            )
        )
    for key, label in (("pipeline_tenth", "pipeline, N/10"), ("pipeline", "pipeline, N")):
        if key in results:
            p = results[key]
            rows.append(
                (
                    label,
                    f"{p['documents']:,} docs in {p['seconds']:.1f} s ({p['documents_per_second']:,.0f}/s)",
                    f"{p['cpu_seconds']:,.0f} CPU s; peak {p['peak_mb']:,.0f} MB "
                    f"(RSS sum {p['peak_rss_mb']['tree_rss_sampled_mb']:,.0f}); load "
                    f"{p['load_facts_per_second']:,.0f} facts/s ({p['facts']:,} facts in {p['load_seconds']:.1f} s)",
                )
            )
    load = results["load_average_before"]
    rows.append(
        (
            "load average at start",
            f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}",
            "other processes on the cores",
        )
    )
    figures = tabulate(rows, headers=("measure", "figure", "detail"), tablefmt="simple")
    checks = tabulate(
        [
            (t["target"], t["value"], t["wanted"], {True: "yes", False: "NO", None: "-"}[t["met"]])
            for t in results["targets"]
        ],
        headers=("target", "value", "wanted", "met"),
        tablefmt="simple",
    )
    return f"{figures}\n\n{checks}"


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    try:
        results = _measure(args)
    except FileExistsError as err:
        _say(f"nabd bench: {err}")
        return 2
    results["total_seconds"] = round(time.perf_counter() - started, 1)
    results["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(_table(results))
    print(f"\nresults: {args.out}")
    return 0
