"""Assets grouped by stage: ingest → normalise → extract → warehouse → reporting."""
