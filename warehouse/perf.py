"""`python -m warehouse.perf`: how fast `load_batch` loads, batch after batch, as the warehouse grows.

The warehouse is the pipeline's serial critical path, so its rate must hold at 100,000 documents, not
just on an empty file: a cost that grows with the tables (an index rewritten at every checkpoint, a
join that scans every earlier fact) only shows after dozens of batches. This loads `--batches` batches
of synthetic releases into a new warehouse per backend and prints each batch's facts/s, then reloads
the first batch to time the replace path (every document known, every fact rewritten).

The releases are made here, not extracted: real-sized texts, 30 facts each in the fact-type mix the
benchmark corpus yields, facility names and dates drawn from pools so dimensions repeat across batches
as they do in the press. Nothing is asserted; wall and CPU time can differ on a shared machine.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from nabd.records import DOCUMENT_COLUMNS, FACT_COLUMNS
from warehouse.engine import connect
from warehouse.load import load_batch
from warehouse.testing import BackendUnavailable, scratch_postgres

# Shares of each fact type among the facts the extractors find in the benchmark corpus.
FACT_MIX = {"count": 0.45, "date": 0.22, "facility": 0.23, "budget": 0.10}
SENTENCES = (
    "أعلنت وزارة الصحة عن افتتاح مستشفى جديد بسعة 250 سريراً في المنطقة الشرقية.",
    "وأوضح المتحدث الرسمي أن عدد المراجعين بلغ أكثر من 12,500 مراجع خلال الربع الأول من العام.",
    "وخصصت الحكومة ميزانية قدرها 1.2 مليار ريال لتطوير مراكز الرعاية الصحية الأولية.",
    "وأشار المدير العام إلى أن الفرق الطبية المتنقلة زارت 48 قرية خلال الفترة الممتدة من يناير إلى مارس.",
    "ويأتي ذلك في إطار جهود الوزارة لتحسين جودة الخدمات الصحية المقدمة للمواطنين والمقيمين.",
    "وقد استقبلت أقسام الطوارئ في المستشفيات الحكومية نحو 3 آلاف حالة يومياً خلال موسم الشتاء.",
    "وفي سياق متصل، دشن الوزير مركز القلب التخصصي بحضور عدد من المسؤولين.",
)
FACILITY_POOL = 2_000
DATE_POOL_START, DATE_POOL_DAYS = date(2018, 1, 1), 3_000


@dataclass(frozen=True, slots=True)
class BatchRate:
    batch: int
    documents: int
    facts: int
    seconds: float
    cpu_seconds: float
    peak_rss_mb: float

    @property
    def facts_per_second(self) -> float:
        return self.facts / self.seconds


def synthetic_batch(
    number: int, documents: int, facts_per_document: int, seed: int = 7
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Batch `number` of a synthetic corpus: the same (seed, number) always gives the same frames."""
    rng = random.Random(seed * 1_000_003 + number)
    doc_rows, fact_rows = [], []
    types = rng.choices(list(FACT_MIX), weights=list(FACT_MIX.values()), k=documents * facts_per_document)
    for i in range(documents):
        doc = f"perf/{number:04d}/{i:05d}.txt"
        text = " ".join(rng.choices(SENTENCES, k=rng.randint(30, 70)))
        doc_rows.append(
            {
                "doc": doc,
                "source_path": f"inbox/{doc}",
                "sha256": f"{rng.getrandbits(256):064x}",
                "title": text[:80],
                "text": text,
                "country": rng.choice(("SA", "AE", "EG", "JO", "IQ", "MA")),
                "published": (DATE_POOL_START + timedelta(days=rng.randrange(DATE_POOL_DAYS))).isoformat(),
                "source": rng.choice(("spa", "wam", "mohp", "petra", "map")),
                "url": f"https://example.org/{doc}",
                "encoding": "utf-8",
                "n_chars": len(text),
            }
        )
        for fact_type in types[i * facts_per_document : (i + 1) * facts_per_document]:
            start = rng.randrange(len(text) - 40)
            end = start + rng.randint(4, 35)
            fact_rows.append(_fact(rng, doc, text, fact_type, start, end))
    return (
        pd.DataFrame(doc_rows, columns=list(DOCUMENT_COLUMNS)),
        pd.DataFrame(fact_rows, columns=list(FACT_COLUMNS)).astype(
            {"span_start": "int64", "span_end": "int64", "ambiguous": "bool"}
        ),
    )


def _fact(rng: random.Random, doc: str, text: str, fact_type: str, start: int, end: int) -> dict:
    row = dict.fromkeys(FACT_COLUMNS)
    row.update(
        doc=doc,
        fact_type=fact_type,
        surface=text[start:end],
        span_start=start,
        span_end=end,
        rule=f"{fact_type}_rule_{rng.randrange(12)}",
        ambiguous=rng.random() < 0.05,
        confidence=round(rng.uniform(0.5, 1.0), 2),
    )
    if fact_type == "count":
        row.update(count_value=float(rng.randrange(1, 50_000)), unit=rng.choice(("bed", "patient", "centre")))
    elif fact_type == "date":
        day = DATE_POOL_START + timedelta(days=rng.randrange(DATE_POOL_DAYS))
        row.update(date_value=day.isoformat(), date_role=rng.choice(("event", "published", None)))
    elif fact_type == "budget":
        row.update(amount=float(rng.randrange(10**5, 10**10)), currency=rng.choice(("SAR", "EGP", "MAD")))
    else:
        row.update(facility_name=f"مستشفى الحي رقم {rng.randrange(FACILITY_POOL)}", facility_kind="hospital")
    return row


def measure(
    engine: sa.Engine, batches: int, documents: int, facts_per_document: int, report=print
) -> list[BatchRate]:
    """Load `batches` new batches, then the first one again; one BatchRate each (the reload is last)."""
    rates = []
    for number in [*range(batches), 0]:
        docs, facts = synthetic_batch(number, documents, facts_per_document)
        wall, cpu = time.perf_counter(), time.process_time()
        stats = load_batch(engine, docs, facts, run_id=f"perf-{len(rates)}", extractor_version="perf")
        rate = BatchRate(
            len(rates),
            stats.documents,
            stats.facts,
            time.perf_counter() - wall,
            time.process_time() - cpu,
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        )
        rates.append(rate)
        report(_line(rate, "reload" if len(rates) > batches else "new"))
    return rates


def _line(rate: BatchRate, kind: str) -> str:
    return (
        f"{rate.batch:>5} {kind:>6} {rate.facts:>8,} {rate.seconds:>7.2f} {rate.cpu_seconds:>7.2f} "
        f"{rate.facts_per_second:>10,.0f} {rate.facts / max(rate.cpu_seconds, 1e-9):>10,.0f} "
        f"{rate.peak_rss_mb:>8,.0f}"
    )


HEADER = f"{'batch':>5} {'kind':>6} {'facts':>8} {'wall s':>7} {'cpu s':>7} {'facts/s':>10} {'per cpu s':>10} {'rss MB':>8}"


def _summary(rates: list[BatchRate]) -> str:
    new = rates[:-1]
    facts, seconds = sum(r.facts for r in new), sum(r.seconds for r in new)
    tail = new[-max(1, len(new) // 5) :]
    return (
        f"new batches: {facts:,} facts in {seconds:.1f} s = {facts / seconds:,.0f} facts/s; "
        f"last fifth {sum(r.facts for r in tail) / sum(r.seconds for r in tail):,.0f} facts/s; "
        f"reload {rates[-1].facts_per_second:,.0f} facts/s"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warehouse.perf", description=__doc__.split("\n\n")[0])
    parser.add_argument("--batches", type=int, default=30)
    parser.add_argument("--documents", type=int, default=2_000, help="documents per batch")
    parser.add_argument("--facts", type=int, default=30, help="facts per document")
    parser.add_argument(
        "--backend", choices=("duckdb", "postgresql", "both"), default="both", help="(default: both)"
    )
    parser.add_argument("--postgres-url", default=None, help="server for a scratch database")
    args = parser.parse_args(argv)

    backends = ("duckdb", "postgresql") if args.backend == "both" else (args.backend,)
    for backend in backends:
        with ExitStack() as stack:
            if backend == "duckdb":
                folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="nabd-perf-"))
                url = f"duckdb:///{Path(folder) / 'perf.duckdb'}"
            else:
                try:
                    url = stack.enter_context(scratch_postgres(args.postgres_url))
                except BackendUnavailable as error:
                    print(f"postgresql: skipped ({error})")
                    continue
            engine = connect(url)
            stack.callback(engine.dispose)
            print(f"\n{backend}: {args.batches} batches of {args.documents:,} documents × {args.facts} facts")
            print(HEADER)
            print(_summary(measure(engine, args.batches, args.documents, args.facts)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
