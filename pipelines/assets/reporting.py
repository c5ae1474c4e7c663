"""Reporting: the HTML report analysts open, and gold-set quality researchers track over time."""

import json

import dagster as dg
import pandas as pd

import warehouse
from extractors import EXTRACTOR_VERSION
from nabd.evaluate import evaluate, read_gold, scores_frame
from nabd.records import records_by_doc
from pipelines.resources import GoldFile, ReportFolder, Warehouse


@dg.asset(
    group_name="reporting",
    kinds={"html", "plotly"},
    deps=["warehouse_facts"],
    description="A self-contained HTML report: facts by type, counts by unit, budgets by currency, "
    "the facility leaderboard.",
)
def fact_report(warehouse_db: Warehouse, report_folder: ReportFolder) -> dg.MaterializeResult:
    path = report_folder.folder() / "nabd_report.html"
    preview = warehouse.write_html_report(warehouse_db.engine(), path)
    return dg.MaterializeResult(
        metadata={"path": dg.MetadataValue.path(str(path.resolve())), "preview": dg.MetadataValue.md(preview)}
    )


@dg.asset(
    group_name="reporting",
    kinds={"python", "sql"},
    code_version=EXTRACTOR_VERSION,
    deps=["warehouse_facts"],
    description="Precision, recall and F1 per fact type against the gold annotations, stored per run.",
)
def gold_evaluation(
    context: dg.AssetExecutionContext,
    warehouse_db: Warehouse,
    gold_file: GoldFile,
    extracted_facts: pd.DataFrame,
) -> dg.MaterializeResult:
    gold = [doc for path in gold_file.files() for doc in read_gold(path)]
    scores = evaluate(gold, records_by_doc(extracted_facts))
    frame = scores_frame(scores, gold_file.path)
    warehouse.record_evaluation(warehouse_db.engine(), frame, run_id=context.run.run_id)
    misses = [m for s in scores.values() for m in s.misses + s.false_alarms]
    metadata: dict[str, dg.MetadataValue] = {
        f"{s.fact_type}_f1": dg.MetadataValue.float(round(s.f1, 4)) for s in scores.values()
    }
    metadata["scores"] = dg.MetadataValue.md(frame.to_markdown(index=False))
    metadata["misses_and_false_alarms"] = dg.MetadataValue.json(json.loads(json.dumps(misses, default=str)))
    return dg.MaterializeResult(metadata=metadata)
