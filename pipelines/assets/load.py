"""Loading: the warehouse tables analysts query, replaced per document so re-runs never double facts."""

import dagster as dg
import pandas as pd

import warehouse
from extractors import EXTRACTOR_VERSION
from nabd.records import loadable_documents
from pipelines.resources import Warehouse

RETRY_ON_WAREHOUSE_ERRORS = dg.RetryPolicy(max_retries=3, delay=2, backoff=dg.Backoff.EXPONENTIAL)


def set_aside_known_copies(
    engine, documents: pd.DataFrame, facts: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Keep releases the warehouse already holds under another name out of the load, and say so in
    quarantine: (documents, facts, quarantine rows)."""
    copies = warehouse.known_copies(engine, documents)
    is_copy = documents["doc"].isin(copies.keys())
    quarantine = pd.DataFrame(
        {
            "source_path": documents.loc[is_copy, "source_path"],
            "reason": [
                f"duplicate of {copies[d]} (same content hash, already in the warehouse)"
                for d in documents.loc[is_copy, "doc"]
            ],
            "detected_at": pd.Timestamp.now(tz="UTC"),
        }
    )
    return documents[~is_copy], facts[~facts["doc"].isin(copies.keys())], quarantine


@dg.asset(
    group_name="warehouse",
    kinds={"sql", "duckdb", "postgres"},
    retry_policy=RETRY_ON_WAREHOUSE_ERRORS,
    description="Documents, facts and quarantined files in the SQL warehouse (view `facts`, typed fact "
    "tables, dimensions). Each document's facts are replaced in one transaction.",
)
def warehouse_facts(
    context: dg.AssetExecutionContext,
    warehouse_db: Warehouse,
    raw_articles: pd.DataFrame,
    normalized_articles: pd.DataFrame,
    extracted_facts: pd.DataFrame,
    quarantined_files: pd.DataFrame,
) -> dg.MaterializeResult:
    engine = warehouse_db.engine()
    read_countries = dict(zip(normalized_articles["doc"], normalized_articles["country"], strict=True))
    documents = loadable_documents(raw_articles, read_countries, extracted_facts)
    documents, facts, copies = set_aside_known_copies(engine, documents, extracted_facts)
    stats = warehouse.load_batch(
        engine, documents, facts, run_id=context.run.run_id, extractor_version=EXTRACTOR_VERSION
    )
    quarantine = pd.concat([quarantined_files, copies], ignore_index=True)
    quarantined = warehouse.record_quarantine(engine, quarantine.assign(run_id=context.run.run_id))
    totals = warehouse.read_sql(
        engine, "SELECT fact_type, COUNT(*) AS facts FROM facts GROUP BY fact_type ORDER BY 1"
    )
    return dg.MaterializeResult(
        metadata={
            "warehouse": dg.MetadataValue.text(engine.url.render_as_string(hide_password=True)),
            "documents_loaded": dg.MetadataValue.int(stats.documents),
            "facts_loaded": dg.MetadataValue.int(stats.facts),
            "quarantined_files": dg.MetadataValue.int(quarantined),
            "load_seconds": dg.MetadataValue.float(round(stats.seconds, 3)),
            "facts_in_warehouse": dg.MetadataValue.md(
                totals.to_markdown(index=False) if len(totals) else "_empty_"
            ),
        }
    )
