"""Ingestion: the press releases as read from the input folder, and the files that could not be read."""

import dagster as dg
import pandas as pd

from nabd.batch import document_row
from nabd.records import documents_frame
from nabd.sources import Rejection, scan_folder
from pipelines.assets._metadata import table_metadata
from pipelines.resources import InputFolder

QUARANTINE_COLUMNS = ["source_path", "reason", "detected_at"]


@dg.multi_asset(
    group_name="ingest",
    outs={
        "raw_articles": dg.AssetOut(
            description="One row per press release: id, path, content hash, title and the text as read.",
            kinds={"pandas"},
        ),
        "quarantined_files": dg.AssetOut(
            description="Files that could not be read, each with the reason; nothing is dropped silently.",
            kinds={"pandas"},
        ),
    },
)
def raw_articles(context: dg.AssetExecutionContext, input_folder: InputFolder):
    """Scan the input folder; one bad file never sinks the batch, it goes to quarantine with a reason."""
    documents = []
    rejections = []
    detected_at = pd.Timestamp.now(tz="UTC")
    for item in scan_folder(input_folder.folder()):
        if isinstance(item, Rejection):
            context.log.warning(f"{item.source_path}: {item.reason}")
            rejections.append(
                {"source_path": item.source_path, "reason": item.reason, "detected_at": detected_at}
            )
            continue
        documents.append(document_row(item))
    docs = documents_frame(documents)
    quarantine = pd.DataFrame(rejections, columns=QUARANTINE_COLUMNS)
    yield dg.Output(
        docs, output_name="raw_articles", metadata=table_metadata(docs, ["doc", "title", "encoding"])
    )
    yield dg.Output(quarantine, output_name="quarantined_files", metadata=table_metadata(quarantine))
