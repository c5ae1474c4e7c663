"""Incremental loading: one partition per inbox delivery folder, processed in batches inside one step."""

from dataclasses import replace

import dagster as dg
import pandas as pd

import warehouse
from extractors import EXTRACTOR_VERSION
from nabd.batch import iter_batches, process_batch
from nabd.sources import Rejection, scan_folder
from pipelines.assets.load import RETRY_ON_WAREHOUSE_ERRORS, set_aside_known_copies
from pipelines.partitions import inbox_batches
from pipelines.resources import Inbox, Warehouse

BATCH_SIZE = 1000


@dg.asset(
    group_name="inbox",
    kinds={"python", "sql"},
    partitions_def=inbox_batches,
    code_version=EXTRACTOR_VERSION,
    retry_policy=RETRY_ON_WAREHOUSE_ERRORS,
    description="One inbox delivery (a folder under the inbox) read, extracted and loaded in batches. "
    "Re-materialising a partition replaces its documents' facts: idempotent.",
)
def inbox_batch_facts(
    context: dg.AssetExecutionContext, inbox: Inbox, warehouse_db: Warehouse
) -> dg.MaterializeResult:
    folder = inbox.folder() / context.partition_key
    engine = warehouse_db.engine()
    documents = facts = 0
    rejected: list[dict] = []
    # Ids carry the delivery folder: feeds reuse file names (bulletin.txt) from one delivery to the next.
    sources = (
        replace(item, doc=f"{context.partition_key}/{item.doc}")
        for item in scan_folder(folder)
        if not _quarantine(item, rejected, context)
    )
    for batch in iter_batches(sources, BATCH_SIZE):
        docs_frame, facts_frame, copies = set_aside_known_copies(engine, *process_batch(batch))
        rejected.extend(copies.to_dict("records"))
        stats = warehouse.load_batch(
            engine, docs_frame, facts_frame, run_id=context.run.run_id, extractor_version=EXTRACTOR_VERSION
        )
        documents += stats.documents
        facts += stats.facts
        context.log.info(f"{context.partition_key}: {documents} documents, {facts} facts loaded")
    quarantine = pd.DataFrame(rejected, columns=["source_path", "reason", "detected_at"])
    warehouse.record_quarantine(engine, quarantine.assign(run_id=context.run.run_id))
    return dg.MaterializeResult(
        metadata={
            "batch_folder": dg.MetadataValue.path(str(folder)),
            "documents_loaded": dg.MetadataValue.int(documents),
            "facts_loaded": dg.MetadataValue.int(facts),
            "quarantined_files": dg.MetadataValue.int(len(quarantine)),
            "quarantine": dg.MetadataValue.md(
                quarantine.to_markdown(index=False) if len(quarantine) else "_none_"
            ),
        }
    )


def _quarantine(item, rejected: list[dict], context: dg.AssetExecutionContext) -> bool:
    """Route a rejection to quarantine (and the run log); True when the item was one."""
    if not isinstance(item, Rejection):
        return False
    context.log.warning(f"quarantined {item.source_path}: {item.reason}")
    rejected.append(
        {"source_path": item.source_path, "reason": item.reason, "detected_at": pd.Timestamp.now(tz="UTC")}
    )
    return True
