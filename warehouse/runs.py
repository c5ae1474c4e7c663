"""What the pipeline records about itself: inputs it refused, and how well it scored against gold."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import sqlalchemy as sa

from warehouse.bulk import bulk_insert
from warehouse.schema import evaluation_runs, quarantine

SCORE_COLUMNS = ("fact_type", "precision", "recall", "f1", "tp", "fp", "fn", "gold_file")


def record_quarantine(engine: sa.Engine, rows: pd.DataFrame) -> int:
    """Append one row per refused input (source_path, reason, detected_at, optional run_id).

    Every detection is kept, so a file refused on each run shows its history; a missing
    detected_at means now.
    """
    if rows.empty:
        return 0
    missing = {"source_path", "reason"} - set(rows.columns)
    if missing:
        raise ValueError(f"quarantine rows lack columns {sorted(missing)}")
    now = _utc_now()
    detected = rows.get("detected_at", pd.Series(now, index=rows.index))
    frame = pd.DataFrame(
        {
            "source_path": rows["source_path"].astype(str),
            "reason": rows["reason"].astype(str),
            "detected_at": _naive_utc(detected).fillna(pd.Timestamp(now)),
            "run_id": rows.get("run_id"),
        }
    )
    with engine.begin() as conn:
        return bulk_insert(conn, quarantine, frame)


def record_evaluation(engine: sa.Engine, scores: pd.DataFrame, *, run_id: str) -> None:
    """Store a run's scores, replacing any recorded earlier under the same run_id."""
    missing = set(SCORE_COLUMNS) - set(scores.columns)
    if missing:
        raise ValueError(f"evaluation scores lack columns {sorted(missing)}")
    frame = scores[list(SCORE_COLUMNS)].assign(run_id=run_id, evaluated_at=_utc_now())
    with engine.begin() as conn:
        conn.execute(sa.delete(evaluation_runs).where(evaluation_runs.c.run_id == run_id))
        bulk_insert(conn, evaluation_runs, frame)


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _naive_utc(values: pd.Series) -> pd.Series:
    """Timestamps as naive UTC, the warehouse's convention, whatever zone (or none) they came in."""
    stamps = pd.to_datetime(values, utc=True, format="ISO8601")
    return stamps.dt.tz_localize(None)
