"""Audit pages: every article with its facts highlighted in place, for researchers checking evidence."""

import dagster as dg
import pandas as pd

from extractors import EXTRACTOR_VERSION
from nabd.audit import write_audit_pages
from nabd.records import row_fact
from pipelines.resources import ReportFolder


@dg.asset(
    group_name="reporting",
    kinds={"html"},
    code_version=EXTRACTOR_VERSION,
    deps=["warehouse_facts"],
    description="One right-to-left HTML page per article with every fact highlighted in place; hover a "
    "highlight for its reading, rule and provenance. Index at audit/index.html.",
)
def audit_pages(
    context: dg.AssetExecutionContext,
    raw_articles: pd.DataFrame,
    extracted_facts: pd.DataFrame,
    report_folder: ReportFolder,
) -> dg.MaterializeResult:
    facts_by_doc = {
        doc: [row_fact(r) for r in group.to_dict("records")] for doc, group in extracted_facts.groupby("doc")
    }
    documents = (
        (row.doc, row.text, facts_by_doc.get(row.doc, []), row.title)
        for row in raw_articles.itertuples(index=False)
    )
    out_dir = report_folder.folder() / "audit"
    provenance = {"extractor_version": EXTRACTOR_VERSION, "run_id": context.run.run_id}
    pages = write_audit_pages(documents, out_dir, provenance)
    return dg.MaterializeResult(
        metadata={
            "index": dg.MetadataValue.path(str((out_dir / "index.html").resolve())),
            "pages": dg.MetadataValue.int(len(pages)),
        }
    )
