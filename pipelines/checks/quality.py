"""Quality checks a researcher relies on: evidence that matches its source, nothing dropped, gold F1 held."""

import dagster as dg
import pandas as pd

from nabd.sources import SUPPORTED_SUFFIXES
from pipelines.resources import InputFolder

# The F1 each fact type must keep on the gold fixtures; raise as the extractors improve, never lower.
F1_BARS = {"count": 0.95, "date": 0.95, "budget": 0.95, "facility": 0.95}


@dg.asset_check(
    asset="extracted_facts",
    additional_ins={"raw_articles": dg.AssetIn("raw_articles")},
    description="Every fact's surface text equals original[start:end].",
)
def spans_match_source(raw_articles: pd.DataFrame, extracted_facts: pd.DataFrame) -> dg.AssetCheckResult:
    originals = dict(zip(raw_articles["doc"], raw_articles["text"], strict=True))
    bad = [
        {"doc": r.doc, "surface": r.surface, "start": r.span_start, "end": r.span_end}
        for r in extracted_facts.itertuples(index=False)
        if originals[r.doc][r.span_start : r.span_end] != r.surface
    ]
    return dg.AssetCheckResult(
        passed=not bad,
        metadata={
            "facts_checked": len(extracted_facts),
            "mismatches": len(bad),
            "first_mismatches": bad[:10],
        },
    )


@dg.asset_check(
    asset="raw_articles",
    additional_ins={"quarantined_files": dg.AssetIn("quarantined_files")},
    description="Every supported file in the input folder is either an article or in quarantine with a reason.",
)
def no_document_dropped(
    input_folder: InputFolder, raw_articles: pd.DataFrame, quarantined_files: pd.DataFrame
) -> dg.AssetCheckResult:
    files = {
        str(p)
        for p in input_folder.folder().rglob("*")
        if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
    }
    accounted = set(raw_articles["source_path"]) | set(quarantined_files["source_path"])
    missing = sorted(files - accounted)
    return dg.AssetCheckResult(
        passed=not missing,
        metadata={
            "files": len(files),
            "articles": len(raw_articles),
            "quarantined": len(quarantined_files),
            "unaccounted": missing[:20],
        },
    )


@dg.asset_check(asset="gold_evaluation", description="Gold-set F1 per fact type stays at or above its bar.")
def gold_f1_at_bar(context: dg.AssetCheckExecutionContext) -> dg.AssetCheckResult:
    event = context.instance.get_latest_materialization_event(dg.AssetKey("gold_evaluation"))
    metadata = event.asset_materialization.metadata if event and event.asset_materialization else {}
    below = {}
    for fact_type, bar in F1_BARS.items():
        entry = metadata.get(f"{fact_type}_f1")
        f1 = entry.value if entry is not None else 0.0
        if f1 < bar:
            below[fact_type] = {"f1": f1, "bar": bar}
    return dg.AssetCheckResult(passed=not below, metadata={"bars": F1_BARS, "below_bar": below})
