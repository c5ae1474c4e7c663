"""The metadata every asset shows in the UI: row count and a preview of the table."""

import dagster as dg
import pandas as pd

PREVIEW_ROWS = 10
PREVIEW_CHARS = 80


def table_metadata(frame: pd.DataFrame, columns: list[str] | None = None) -> dict[str, dg.MetadataValue]:
    preview = frame[columns] if columns else frame
    preview = preview.head(PREVIEW_ROWS).map(
        lambda v: v[:PREVIEW_CHARS] + "…" if isinstance(v, str) and len(v) > PREVIEW_CHARS else v
    )
    return {
        "row_count": dg.MetadataValue.int(len(frame)),
        "preview": dg.MetadataValue.md(preview.to_markdown(index=False) if len(preview) else "_empty_"),
    }
