"""The streaming batch path: a folder of any size into the warehouse in flat memory, on every core.

Per-document orchestration (one Dagster step, one SQL transaction per release) costs more than reading
the release, so work moves in batches: the parent scans files and loads frames, worker processes extract.
At most a few batches are in flight at once, so memory depends on the batch size, never on the corpus.
The same `process_batch` serves the benchmark (`nabd bench`) and partitioned Dagster assets.
"""

from __future__ import annotations

import multiprocessing
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd

import warehouse
from extractors import EXTRACTOR_VERSION, extract_article, read_article
from nabd.records import documents_frame, facts_table, loadable_documents
from nabd.sources import Rejection, SourceDocument, scan_folder

T = TypeVar("T")
R = TypeVar("R")

QUARANTINE_COLUMNS = ["source_path", "reason", "detected_at"]


def iter_batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of `size` items (the last may be shorter), pulling only one batch at a time."""
    if size < 1:
        raise ValueError(f"batch size must be at least 1, not {size}")
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def document_row(doc: SourceDocument) -> dict[str, Any]:
    """The warehouse row of a source document (the shape of `nabd.records.DOCUMENT_COLUMNS`)."""
    return {
        "doc": doc.doc,
        "source_path": doc.source_path,
        "sha256": doc.sha256,
        "title": doc.title,
        "text": doc.text,
        "country": doc.country,
        "published": doc.published,
        "source": doc.source,
        "url": doc.url,
        "encoding": doc.encoding,
        "n_chars": len(doc.text),
    }


def process_batch(docs: list[SourceDocument]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Extract every fact of a batch: (documents frame, facts frame), ready for `warehouse.load_batch`."""
    found = []
    countries: dict[str, str | None] = {}
    for doc in docs:
        article = read_article(doc.text, doc.country)
        found.extend((doc.doc, fact) for fact in extract_article(article))
        countries[doc.doc] = article.country
    facts = facts_table(found)
    documents = documents_frame(document_row(doc) for doc in docs)
    return loadable_documents(documents, countries, facts), facts


@dataclass
class PipelineStats:
    """What a run did and where its time went; `seconds` is wall time from the first scan to the last load."""

    run_id: str
    documents: int = 0
    facts: int = 0
    rejected: int = 0
    batches: int = 0
    seconds: float = 0.0
    load_seconds: float = 0.0  # parent time inside warehouse.load_batch
    wait_seconds: float = 0.0  # parent time waiting for extraction results
    extract_cpu_seconds: float = 0.0  # CPU the workers spent in process_batch
    facts_by_type: Counter[str] = field(default_factory=Counter)
    batch_load_seconds: list[float] = field(
        default_factory=list
    )  # shows whether loads slow as the warehouse grows


def _timed_batch(docs: list[SourceDocument]) -> tuple[pd.DataFrame, pd.DataFrame, float]:
    """`process_batch` plus the CPU it took, measured in the worker where the time is spent.

    The documents come back without their texts: the parent still holds them, and sending them back
    would add a third to the bytes the parent, the pipeline's serial path, unpickles every batch."""
    started = time.process_time()
    documents, facts = process_batch(docs)
    return documents.drop(columns="text"), facts, time.process_time() - started


def _worker_context() -> multiprocessing.context.BaseContext:
    """Workers fork from a server process that has imported the extractors once: not a plain fork,
    since the parent may be a threaded Dagster process, and not spawn, where every worker would pay
    seconds of imports before its first batch."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


def _ordered_results(
    pool: Any, fn: Callable[[T], R], tasks: Iterable[T], window: int, stats: PipelineStats
) -> Iterator[tuple[T, R]]:
    """`pool.imap` with back-pressure, yielding each task with its result: imap would drain `tasks`
    (the whole corpus) into its queue at once; here at most `window` tasks are submitted and not yet collected. One more than the workers
    keeps every worker busy while the parent loads, and bounds the finished batches waiting in memory
    (a batch of 2,000 releases is ~80 MB of frames)."""
    pending: deque = deque()
    for task in tasks:
        pending.append((task, pool.apply_async(fn, (task,))))
        if len(pending) >= window:
            yield _collect(*pending.popleft(), stats)
    while pending:
        yield _collect(*pending.popleft(), stats)


def _collect(task: T, result: Any, stats: PipelineStats) -> tuple[T, Any]:
    started = time.perf_counter()
    value = result.get()
    stats.wait_seconds += time.perf_counter() - started
    return task, value


def run_pipeline(
    folder: Path | str,
    url: str,
    *,
    workers: int = 2,
    batch_size: int = 2000,
    limit: int | None = None,
    run_id: str | None = None,
) -> PipelineStats:
    """Scan `folder`, extract in `workers` processes, and load batch by batch into the warehouse at `url`.

    Unreadable files are quarantined as they are met. `limit` stops after that many documents (the
    benchmark uses it to show memory does not grow with the corpus).
    """
    started = time.perf_counter()
    engine = warehouse.connect(url)
    stats = PipelineStats(run_id=run_id or f"batch-{uuid.uuid4().hex[:12]}")
    rejections: list[dict[str, Any]] = []

    def documents() -> Iterator[SourceDocument]:
        for item in scan_folder(Path(folder)):
            if isinstance(item, Rejection):
                rejections.append(
                    {
                        "source_path": item.source_path,
                        "reason": item.reason,
                        "detected_at": pd.Timestamp.now(tz="UTC"),
                    }
                )
            else:
                yield item

    batches = iter_batches(islice(documents(), limit), batch_size)
    with _worker_context().Pool(workers) as pool:
        for docs, (docs_frame, facts, cpu) in _ordered_results(
            pool, _timed_batch, batches, workers + 1, stats
        ):
            stats.extract_cpu_seconds += cpu
            docs_frame["text"] = [doc.text for doc in docs]
            load_started = time.perf_counter()
            warehouse.load_batch(
                engine, docs_frame, facts, run_id=stats.run_id, extractor_version=EXTRACTOR_VERSION
            )
            _quarantine(engine, rejections, stats)
            warehouse.release_cache(engine)
            stats.batch_load_seconds.append(time.perf_counter() - load_started)
            stats.load_seconds += stats.batch_load_seconds[-1]
            stats.batches += 1
            stats.documents += len(docs_frame)
            stats.facts += len(facts)
            stats.facts_by_type.update(facts["fact_type"].value_counts().to_dict())
        pool.close()
        pool.join()
    _quarantine(engine, rejections, stats)
    engine.dispose()
    stats.seconds = time.perf_counter() - started
    return stats


def _quarantine(engine: Any, rejections: list[dict[str, Any]], stats: PipelineStats) -> None:
    """Record the files rejected since the last call, so none waits in memory for the end of the run."""
    if not rejections:
        return
    frame = pd.DataFrame(rejections, columns=QUARANTINE_COLUMNS).assign(run_id=stats.run_id)
    warehouse.record_quarantine(engine, frame)
    stats.rejected += len(rejections)
    rejections.clear()
