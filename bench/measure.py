"""The measurements: extraction on one core, dateparser beside it, and the full pipeline into DuckDB.

Each returns a plain dict (JSON-ready). Timings exclude the first document (regex compilation, lazy
language data), for our extractors and for dateparser alike, so the ratio compares steady states.
The pipeline runs in a fresh process so that its memory high-water mark is its own, not the
benchmark's (which holds a sample of texts in memory for the one-core measurement).
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from itertools import islice
from pathlib import Path
from typing import Any

import warehouse
from bench.memory import TreeSampler, cpu_seconds, rusage_peaks_mb
from extractors import EXTRACTOR_VERSION, READERS, extract_facts, read_article
from nabd.batch import iter_batches, process_batch
from nabd.sources import Rejection, scan_folder

MB = 1e6  # throughput in decimal megabytes of UTF-8, the unit disks and networks are quoted in


WARMUP = 50  # releases run before timing: enough to meet every country's conventions once


def _rate(count: float, seconds: float) -> float:
    return round(count / seconds, 1) if seconds > 0 else 0.0


def _warm(texts: list[str]) -> list[str]:
    """Run the first releases untimed (regexes compile per convention on first use); return the rest.
    A small sample keeps at least half of its releases for timing."""
    split = min(WARMUP, len(texts) // 2)
    for text in texts[:split]:
        extract_facts(text)
    return texts[split:]


def read_texts(paths: list[Path]) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in paths]


def extraction(texts: list[str]) -> dict[str, Any]:
    """`extract_facts` on one core over `texts`: documents/s, MB/s and what came out, by fact type.

    Rates are per CPU second of this process: on a shared machine wall time also counts the time other
    processes held the core. Wall time is reported beside them."""
    body = _warm(texts)
    by_type: Counter[str] = Counter()
    started, cpu_started = time.perf_counter(), time.process_time()
    for text in body:
        by_type.update(f.type for f in extract_facts(text))
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    size = sum(len(t.encode("utf-8")) for t in body)
    facts = sum(by_type.values())
    return {
        "documents": len(body),
        "megabytes": round(size / MB, 2),
        "cpu_seconds": round(cpu, 3),
        "wall_seconds": round(seconds, 3),
        "documents_per_second": _rate(len(body), cpu),
        "megabytes_per_second": round(size / MB / cpu, 2) if cpu else 0.0,
        "documents_per_wall_second": _rate(len(body), seconds),
        "facts": facts,
        "facts_per_document": round(facts / max(1, len(body)), 2),
        "facts_by_type": dict(sorted(by_type.items())),
    }


def stages(texts: list[str]) -> dict[str, float]:
    """CPU milliseconds per document in each stage of `extract_facts`: normalisation and country, then
    each fact reader, so a slow reader shows without a profiler."""
    body = _warm(texts)
    spent = Counter({"normalize": 0.0, **{r.__name__.rsplit(".", 1)[-1]: 0.0 for r in READERS}})
    clock = time.process_time
    for text in body:
        started = clock()
        article = read_article(text)
        spent["normalize"] += clock() - started
        for reader in READERS:
            started = clock()
            reader.extract(article)
            spent[reader.__name__.rsplit(".", 1)[-1]] += clock() - started
    n = max(1, len(body))
    return {stage: round(seconds * 1000 / n, 4) for stage, seconds in spent.items()}


def dateparser_search(texts: list[str], budget_seconds: float) -> dict[str, Any]:
    """dateparser's `search_dates(text, languages=["ar"])` and our `extract_facts` on the same releases
    (after the warm-up ones), until dateparser has used `budget_seconds` of CPU: it is much slower, so
    it gets a smaller sample, and the ratio is taken on exactly these releases."""
    from dateparser.search import search_dates

    search_dates(texts[0], languages=["ar"])
    done = found = ours = size = 0
    seconds = ours_seconds = 0.0
    for text in _warm(texts):
        started = time.process_time()
        result = search_dates(text, languages=["ar"]) or []
        seconds += time.process_time() - started
        started = time.process_time()
        ours += sum(1 for f in extract_facts(text) if f.type == "date")
        ours_seconds += time.process_time() - started
        done += 1
        found += len(result)
        size += len(text.encode("utf-8"))
        if seconds >= budget_seconds:
            break
    return {
        "documents": done,
        "megabytes": round(size / MB, 3),
        "cpu_seconds": round(seconds, 3),
        "documents_per_second": _rate(done, seconds),
        "megabytes_per_second": round(size / MB / seconds, 4) if seconds else 0.0,
        "dates_found": found,
        "nabd_documents_per_second": _rate(done, ours_seconds),
        "nabd_date_facts": ours,
        "nabd_speedup": round(ours_seconds and seconds / ours_seconds, 1),
    }


def load_alone(folder: Path, url: str, *, documents: int, batch_size: int) -> dict[str, Any]:
    """The warehouse load rate with nothing else running: the first `documents` releases extracted here,
    batch by batch, and each batch's `load_batch` timed on its own (wall and CPU).

    In the pipeline the loader shares two cores with two extraction workers, so its facts/s there
    measures the machine's contention as much as the load path; this is the load path's own rate."""
    engine = warehouse.connect(url)
    loaded = facts_loaded = 0
    wall = cpu = 0.0
    per_batch = []
    sources = (item for item in scan_folder(folder) if not isinstance(item, Rejection))
    for batch in iter_batches(islice(sources, documents), batch_size):
        docs_frame, facts = process_batch(batch)
        started, cpu_started = time.perf_counter(), time.process_time()
        warehouse.load_batch(
            engine, docs_frame, facts, run_id="bench-load", extractor_version=EXTRACTOR_VERSION
        )
        warehouse.release_cache(engine)
        per_batch.append(round(time.perf_counter() - started, 3))
        wall += per_batch[-1]
        cpu += time.process_time() - cpu_started
        loaded += len(docs_frame)
        facts_loaded += len(facts)
    engine.dispose()
    return {
        "documents": loaded,
        "facts": facts_loaded,
        "seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "facts_per_second": _rate(facts_loaded, wall),
        "facts_per_cpu_second": _rate(facts_loaded, cpu),
        "seconds_by_batch": per_batch,
    }


def _pipeline_child(
    conn: Any, folder: str, url: str, workers: int, batch_size: int, limit: int | None
) -> None:
    from nabd.batch import run_pipeline

    try:
        stats = run_pipeline(folder, url, workers=workers, batch_size=batch_size, limit=limit)
    except BaseException as err:
        conn.send({"error": f"{type(err).__name__}: {err}"})
        raise
    conn.send(
        {
            "run_id": stats.run_id,
            "documents": stats.documents,
            "facts": stats.facts,
            "rejected": stats.rejected,
            "batches": stats.batches,
            "seconds": round(stats.seconds, 2),
            "load_seconds": round(stats.load_seconds, 2),
            "wait_seconds": round(stats.wait_seconds, 2),
            "facts_by_type": dict(sorted(stats.facts_by_type.items())),
            "load_seconds_by_batch": [round(x, 2) for x in stats.batch_load_seconds],
            "extract_cpu_seconds": round(stats.extract_cpu_seconds, 1),
            "parent_cpu_seconds": round(cpu_seconds(), 1),
            "rusage": rusage_peaks_mb(),
        }
    )


def pipeline(
    folder: Path, url: str, *, workers: int, batch_size: int, limit: int | None = None
) -> dict[str, Any]:
    """`nabd.batch.run_pipeline` in a fresh process: wall time, load rate and peak memory of its tree."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(
        target=_pipeline_child,
        args=(send, str(folder), url, workers, batch_size, limit),
        name="nabd-bench-pipeline",
    )
    started = time.perf_counter()
    process.start()
    with TreeSampler(process.pid) as sampler:
        result = receive.recv()
        process.join()
    wall = time.perf_counter() - started
    if "error" in result:
        raise RuntimeError(f"pipeline failed: {result['error']}")
    rusage = result.pop("rusage")
    result.update(
        cpu_seconds=round(result["extract_cpu_seconds"] + result["parent_cpu_seconds"], 1),
        wall_seconds=round(wall, 2),
        documents_per_second=_rate(result["documents"], result["seconds"]),
        load_facts_per_second=_rate(result["facts"], result["load_seconds"]),
        peak_rss_mb={
            **rusage,
            "tree_rss_sampled_mb": round(sampler.peak_rss_mb, 1),
            "tree_pss_sampled_mb": round(sampler.peak_pss_mb, 1),
        },
    )
    return result


def profile(texts: list[str], html_path: Path | None = None) -> str:
    """pyinstrument's call tree of `extract_facts` over `texts`, as text (and HTML if asked)."""
    from pyinstrument import Profiler

    body = _warm(texts)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for text in body:
        extract_facts(text)
    profiler.stop()
    if html_path is not None:
        html_path.write_text(profiler.output_html(), encoding="utf-8")
    return profiler.output_text(unicode=True, color=False, show_all=False)
