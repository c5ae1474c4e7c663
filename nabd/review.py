"""Researchers' judgements on extracted facts, and the precision and recall they imply.

A judgement is keyed by document, fact type and span, never by a fact row id: fact rows are replaced on
every run, but the same extractor reading the same words gives the same span, so a verdict keeps
applying after a reload. When a rule change moves or drops a fact, its old verdict no longer meets a
current fact and is reported as stale (or, if it said `correct`, as a fact the extractor now misses).

The verdicts are `correct` and `wrong` for facts the extractor made, and `missed` for a fact a
researcher found in the text that the extractor did not.
"""

from __future__ import annotations

import csv
import getpass
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from extractors.facts import Fact
from nabd.audit import reading
from nabd.records import fact_context, fact_record
from warehouse.schema import FACT_TABLES, FACT_TYPES, VERDICTS, dim_document, document_text, fact_reviews

CSV_COLUMNS = (
    "doc", "fact_type", "span_start", "span_end", "surface", "reading", "rule", "context", "verdict", "value", "note",
)  # fmt: skip
Z_95 = 1.959963984540054

# The typed reading of each fact table, under the column names `nabd.records.fact_record` reads.
_READING_COLUMNS = {
    "count": ("count_value", "unit", "qualifier"),
    "date": ("date_value", "date_role", "hijri"),
    "budget": ("amount", "currency", "qualifier"),
    "facility": ("facility_name", "facility_kind"),
}


class ReviewError(ValueError):
    """A judgement that cannot be stored as given; the message says what to fix."""


@dataclass(frozen=True, slots=True)
class Judgement:
    doc: str
    fact_type: str
    span_start: int
    span_end: int
    verdict: str
    note: str | None = None
    surface: str | None = None
    origin: str = ""  # where the researcher wrote it (file:line), for error messages

    @property
    def key(self) -> tuple[str, str, int, int]:
        return (self.doc, self.fact_type, self.span_start, self.span_end)


def default_reviewer() -> str:
    return os.environ.get("NABD_REVIEWER") or getpass.getuser()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _fact_query(fact_type: str, docs: Sequence[str] | None) -> sa.Select:
    table = FACT_TABLES[fact_type]
    columns = [table.c[name] for name in _READING_COLUMNS[fact_type]]
    query = (
        sa.select(
            dim_document.c.doc,
            sa.literal(fact_type).label("fact_type"),
            table.c.span_start,
            table.c.span_end,
            table.c.surface,
            table.c.rule,
            *columns,
        )
        .join(dim_document, dim_document.c.document_id == table.c.document_id)
        .order_by(dim_document.c.doc, table.c.span_start, table.c.span_end)
    )
    return query.where(dim_document.c.doc.in_(docs)) if docs is not None else query


def _facts(conn: sa.Connection, docs: Sequence[str] | None = None) -> list[dict[str, Any]]:
    rows = []
    for fact_type in FACT_TYPES:
        rows += [dict(r) for r in conn.execute(_fact_query(fact_type, docs)).mappings()]
    return rows


def _fact_keys(conn: sa.Connection, docs: Iterable[str] | None = None) -> set[tuple[str, str, int, int]]:
    keys = set()
    for fact_type, table in FACT_TABLES.items():
        query = sa.select(dim_document.c.doc, table.c.span_start, table.c.span_end).join(
            dim_document, dim_document.c.document_id == table.c.document_id
        )
        if docs is not None:
            query = query.where(dim_document.c.doc.in_(sorted(set(docs))))
        keys |= {(doc, fact_type, start, end) for doc, start, end in conn.execute(query)}
    return keys


def _texts(conn: sa.Connection, docs: Iterable[str]) -> dict[str, str]:
    query = (
        sa.select(dim_document.c.doc, document_text.c.text)
        .join(document_text, document_text.c.document_id == dim_document.c.document_id)
        .where(dim_document.c.doc.in_(sorted(set(docs))))
    )
    return dict(conn.execute(query).all())


def _reading(row: dict[str, Any]) -> str:
    record = fact_record(row)
    attrs = {k: v for k, v in record.items() if k not in ("doc", "type", "text", "start", "end")}
    return reading(Fact(row["fact_type"], row["span_start"], row["span_end"], row["surface"], "", attrs))


def _check(conn: sa.Connection, judgements: Sequence[Judgement]) -> list[Judgement]:
    """Judgements with their surface filled in from the text, or ReviewError listing every problem."""
    texts = _texts(conn, (j.doc for j in judgements))
    extracted = _fact_keys(conn, texts)
    problems, checked = [], []
    for j in judgements:
        where = f"{j.origin}: " if j.origin else ""
        where += f"{j.doc} {j.fact_type} {j.span_start}-{j.span_end}"
        text = texts.get(j.doc)
        if j.verdict not in VERDICTS:
            problems.append(f"{where}: verdict {j.verdict!r} is not one of {', '.join(VERDICTS)}")
        elif j.fact_type not in FACT_TYPES:
            problems.append(f"{where}: fact type {j.fact_type!r} is not one of {', '.join(FACT_TYPES)}")
        elif text is None:
            problems.append(f"{where}: no such document in the warehouse")
        elif not 0 <= j.span_start < j.span_end <= len(text):
            problems.append(f"{where}: span outside the text (0-{len(text)})")
        elif j.surface and text[j.span_start : j.span_end] != j.surface:
            problems.append(
                f"{where}: the text there is {text[j.span_start : j.span_end]!r}, not {j.surface!r}"
            )
        elif j.verdict != "missed" and j.key not in extracted:
            problems.append(f"{where}: no such fact was extracted; record a fact it missed as `missed`")
        elif j.verdict == "missed" and j.key in extracted:
            problems.append(f"{where}: this fact was extracted; judge it `correct` or `wrong`")
        else:
            checked.append(replace(j, surface=text[j.span_start : j.span_end]))
    if problems:
        raise ReviewError("\n".join(problems))
    return checked


def store(engine: sa.Engine, judgements: Sequence[Judgement], *, reviewer: str | None = None) -> int:
    """Check every judgement, then store them all or none; a later verdict on a span replaces an earlier one."""
    reviewer = reviewer or default_reviewer()
    at = _now()
    with engine.begin() as conn:
        checked = _check(conn, judgements)
        for j in checked:
            key = fact_reviews.c
            conn.execute(
                fact_reviews.delete().where(
                    key.doc == j.doc,
                    key.fact_type == j.fact_type,
                    key.span_start == j.span_start,
                    key.span_end == j.span_end,
                )
            )
            conn.execute(
                fact_reviews.insert().values(
                    doc=j.doc,
                    fact_type=j.fact_type,
                    span_start=j.span_start,
                    span_end=j.span_end,
                    surface=j.surface,
                    verdict=j.verdict,
                    note=j.note or None,
                    reviewer=reviewer,
                    reviewed_at=at,
                )
            )
    return len(checked)


def mark(
    engine: sa.Engine,
    doc: str,
    fact_type: str,
    start: int,
    end: int,
    verdict: str,
    *,
    note: str | None = None,
    reviewer: str | None = None,
) -> None:
    """Judge an extracted fact `correct` or `wrong`."""
    if verdict not in ("correct", "wrong"):
        raise ReviewError(f"verdict must be correct or wrong, not {verdict!r} (use `add` for a missed fact)")
    store(engine, [Judgement(doc, fact_type, start, end, verdict, note)], reviewer=reviewer)


def missed_note(value: str | None, note: str | None) -> str | None:
    """The note of a missed fact: the value it should have been read as, then the researcher's words."""
    parts = [f"value: {value}" if value else "", note or ""]
    return "; ".join(p for p in parts if p) or None


def add(
    engine: sa.Engine,
    doc: str,
    fact_type: str,
    start: int,
    end: int,
    *,
    value: str | None = None,
    note: str | None = None,
    reviewer: str | None = None,
) -> None:
    """Record a fact the extractor missed, at its span in the document's text."""
    store(
        engine, [Judgement(doc, fact_type, start, end, "missed", missed_note(value, note))], reviewer=reviewer
    )


def reviews(engine: sa.Engine) -> pd.DataFrame:
    with engine.connect() as conn:
        return pd.DataFrame(
            conn.execute(sa.select(fact_reviews)).mappings().all(), columns=fact_reviews.c.keys()
        )


def export_csv(engine: sa.Engine, docs: Sequence[str], out: Path) -> int:
    """Write the documents' facts for review, one row each, and return how many rows were written.

    The verdict column is empty except where a verdict is already stored (so a second pass shows what
    was judged). Missed facts already recorded come as rows of their own. The file is UTF-8 with a byte
    order mark because that is what spreadsheet programs need to show Arabic.
    """
    with engine.connect() as conn:
        texts = _texts(conn, docs)
        unknown = sorted(set(docs) - set(texts))
        if unknown:
            raise ReviewError(f"not in the warehouse: {', '.join(unknown)}")
        facts = _facts(conn, docs)
        stored = {
            (r.doc, r.fact_type, r.span_start, r.span_end): r
            for r in conn.execute(sa.select(fact_reviews).where(fact_reviews.c.doc.in_(docs)))
        }
    rows = []
    for fact in facts:
        key = (fact["doc"], fact["fact_type"], fact["span_start"], fact["span_end"])
        review = stored.pop(key, None)
        rows.append(
            {
                **{c: fact[c] for c in ("doc", "fact_type", "span_start", "span_end", "surface", "rule")},
                "context": fact_context(texts[fact["doc"]], fact["span_start"], fact["span_end"]),
                "reading": _reading(fact),
                "verdict": review.verdict if review else "",
                "note": review.note if review else "",
            }
        )
    for review in stored.values():
        text = texts[review.doc]
        rows.append(
            {
                "doc": review.doc,
                "fact_type": review.fact_type,
                "span_start": review.span_start,
                "span_end": review.span_end,
                "surface": review.surface,
                "context": fact_context(text, review.span_start, review.span_end),
                "verdict": review.verdict,
                "note": review.note or "",
            }
        )
    rows.sort(key=lambda r: (docs.index(r["doc"]), r["span_start"], r["span_end"], r["fact_type"]))
    with Path(out).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def _locate(text: str | None, surface: str, where: str) -> tuple[int, int]:
    """The span of a missed fact given only by its words, when they occur exactly once in the text."""
    if text is None:
        raise ReviewError(f"{where}: no such document in the warehouse")
    count = text.count(surface)
    if count != 1:
        found = "does not occur" if count == 0 else f"occurs {count} times"
        raise ReviewError(f"{where}: {surface!r} {found} in the text: give span_start and span_end")
    start = text.index(surface)
    return start, start + len(surface)


def _span(row: dict[str, str], where: str) -> tuple[int, int]:
    try:
        return int(row["span_start"]), int(row["span_end"])
    except (TypeError, ValueError) as exc:
        raise ReviewError(f"{where}: span_start and span_end must be whole numbers") from exc


def read_csv(engine: sa.Engine, path: Path) -> list[Judgement]:
    """The judgements in a review file: rows with a verdict; a missed fact may give its words without a span."""
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        rows = [
            (n, row) for n, row in enumerate(csv.DictReader(handle), 2) if (row.get("verdict") or "").strip()
        ]
    with engine.connect() as conn:
        texts = _texts(conn, (row["doc"] for _, row in rows))
    judgements = []
    for n, row in rows:
        where = f"{path}:{n}"
        verdict = row["verdict"].strip().lower()
        surface = row.get("surface") or None
        if (row.get("span_start") or "").strip() or surface is None:
            start, end = _span(row, where)
        else:
            start, end = _locate(texts.get(row.get("doc") or ""), surface, where)
        note = row.get("note") or None
        if verdict == "missed" and row.get("value"):
            note = missed_note(row["value"], note)
        fact_type = (row.get("fact_type") or "").strip()
        judgements.append(
            Judgement(row.get("doc") or "", fact_type, start, end, verdict, note, surface, origin=where)
        )
    return judgements


def import_csv(engine: sa.Engine, path: Path, *, reviewer: str | None = None) -> int:
    """Store the verdicts of a review file (all or none) and return how many were stored."""
    return store(engine, read_csv(engine, path), reviewer=reviewer)


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """Wilson score interval: unlike p ± z·se it stays inside [0, 1] and is honest for a few judgements."""
    if n == 0:
        return (math.nan, math.nan)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def precision_by_type(engine: sa.Engine) -> pd.DataFrame:
    """Per fact type: precision of the current facts from their verdicts, and what reviews say about recall.

    Only verdicts on facts the warehouse holds now count towards precision; verdicts whose fact a later
    run no longer produces are `stale`. `missed` counts the true facts (judged correct once, or added as
    missed) that the current facts lack, and `recall_hint` is the share of all such known true facts that
    are extracted now: an upper bound, since it only knows the misses researchers wrote down.
    """
    with engine.connect() as conn:
        current = _fact_keys(conn)
        loaded = set(conn.execute(sa.select(dim_document.c.doc)).scalars())
        judged = [r for r in conn.execute(sa.select(fact_reviews)) if r.doc in loaded]
    rows = []
    for fact_type in FACT_TYPES:
        verdicts = {
            (r.doc, r.fact_type, r.span_start, r.span_end): r.verdict
            for r in judged
            if r.fact_type == fact_type
        }
        live = {key: v for key, v in verdicts.items() if key in current}
        correct = sum(v == "correct" for v in live.values())
        wrong = sum(v == "wrong" for v in live.values())
        true_facts = [key for key, v in verdicts.items() if v in ("correct", "missed")]
        found = sum(key in live for key in true_facts)
        low, high = wilson_interval(correct, correct + wrong)
        rows.append(
            {
                "fact_type": fact_type,
                "extracted": sum(key[1] == fact_type for key in current),
                "judged": correct + wrong,
                "correct": correct,
                "wrong": wrong,
                "precision": correct / (correct + wrong) if correct + wrong else math.nan,
                "precision_low": low,
                "precision_high": high,
                "stale": sum(v != "missed" and key not in live for key, v in verdicts.items()),
                "missed": len(true_facts) - found,
                "recall_hint": found / len(true_facts) if true_facts else math.nan,
            }
        )
    return pd.DataFrame(rows)
