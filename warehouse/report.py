"""A one-file HTML report of the warehouse, readable offline and in Arabic order.

The page is `dir="rtl"` with an Arabic-capable font stack, so headings, tables and prose read right to
left. Plotly computes its SVG layout for left-to-right text, so each chart sits in a left-to-right box
and is mirrored instead: categories run from the right, bars grow leftwards from a right-hand axis,
legends sit on the right. The browser still shapes and orders each Arabic label itself. plotly.js is
inlined once, so the file works without a network.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import sqlalchemy as sa
from plotly.offline import get_plotlyjs

from nabd.records import CONTEXT_CHARS
from warehouse import api
from warehouse.read import read_sql

FONT_STACK = (
    '"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Geeza Pro", "Segoe UI", Tahoma, "Arial Unicode MS", '
    "Arial, sans-serif"
)
FACT_TYPE_LABELS = {"count": "أعداد", "date": "تواريخ", "budget": "ميزانيات", "facility": "منشآت"}
# The facts_per_source column counting each fact type.
FACT_TYPE_COLUMNS = {
    "count": "n_counts",
    "date": "n_dates",
    "budget": "n_budgets",
    "facility": "n_facilities",
}
TOP = 15
RECENT_FACTS = 40

STYLE = f"""
body {{ font-family: {FONT_STACK}; margin: 2rem auto; max-width: 1100px; color: #1d2433; line-height: 1.6; }}
h1 {{ margin-bottom: 0; }} h2 {{ border-bottom: 2px solid #d6dbe6; padding-bottom: .2rem; margin-top: 2.5rem; }}
.meta {{ color: #5b6478; }}
.cards {{ display: flex; gap: 1rem; flex-wrap: wrap; }}
.card {{ background: #f3f5f9; border-radius: 8px; padding: .6rem 1.2rem; min-width: 8rem; }}
.card b {{ display: block; font-size: 1.6rem; }}
.chart {{ direction: ltr; }}
table {{ border-collapse: collapse; width: 100%; font-size: .92rem; }}
th, td {{ border-bottom: 1px solid #e3e7ef; padding: .35rem .5rem; text-align: right; vertical-align: top; }}
th {{ background: #f3f5f9; }}
td.num {{ direction: ltr; text-align: left; font-variant-numeric: tabular-nums; }}
mark {{ background: #ffe58a; }}
.empty {{ color: #8a93a6; font-style: italic; }}
"""


def write_html_report(engine: sa.Engine, path: str | Path) -> str:
    """Write the report to `path` and return a short markdown summary (for Dagster metadata)."""
    per_source = api.facts_per_source(engine=engine)
    leaderboard = api.facility_leaderboard(engine=engine, limit=TOP)
    counts = api.counts_by_unit(engine=engine)
    budgets = api.budgets_by_currency(engine=engine)
    recent = read_sql(
        engine,
        # The newest facts are picked before their columns are read: the view cuts each fact's context
        # from its document's text, which is worth doing for forty rows, not for the whole warehouse.
        "WITH recent AS (SELECT fact_id FROM facts ORDER BY first_seen_at DESC, document, span_start LIMIT :n) "
        "SELECT document, fact_type, surface, span_start, context, rule, count_value, unit, date_value, "
        "amount, currency, facility_name, first_seen_at FROM facts JOIN recent USING (fact_id) "
        "ORDER BY first_seen_at DESC, document, span_start",
        {"n": RECENT_FACTS},
    )
    quarantined = read_sql(
        engine,
        "SELECT source_path, reason, MAX(detected_at) AS detected_at, COUNT(*) AS times FROM quarantine "
        "GROUP BY source_path, reason ORDER BY MAX(detected_at) DESC, source_path LIMIT 50",
    )
    scores = read_sql(
        engine,
        "SELECT run_id, fact_type, precision, recall, f1, tp, fp, fn, gold_file, evaluated_at "
        "FROM evaluation_runs ORDER BY evaluated_at DESC, fact_type LIMIT 24",
    )
    totals = _totals(per_source)
    body = "\n".join(
        (
            "<h1>نبض: تقرير المستودع</h1>",
            f'<p class="meta">Nabd warehouse report · {datetime.now(UTC):%Y-%m-%d %H:%M} UTC</p>',
            _cards(totals),
            "<h2>الحقائق حسب المصدر</h2>",
            _chart(_facts_by_source_figure(per_source)),
            "<h2>الأعداد حسب الوحدة</h2>",
            _chart(_counts_figure(counts)),
            "<h2>الميزانيات حسب العملة والسنة</h2>",
            _chart(_budgets_figure(budgets)),
            "<h2>أكثر المنشآت ذكراً</h2>",
            _chart(_facilities_figure(leaderboard)),
            _table(
                leaderboard,
                {
                    "name": "المنشأة",
                    "kind": "النوع",
                    "country": "الدولة",
                    "n_mentions": "الإشارات",
                    "n_documents": "البيانات",
                    "n_spellings": "الصيغ",
                },
            ),
            "<h2>أحدث الحقائق مع سياقها</h2>",
            _facts_table(recent),
            "<h2>الملفات المعزولة</h2>",
            _table(
                quarantined,
                {"source_path": "الملف", "reason": "السبب", "detected_at": "آخر رصد", "times": "المرات"},
            ),
            "<h2>نتائج التقييم</h2>",
            _table(
                scores,
                {
                    "run_id": "التشغيل",
                    "fact_type": "النوع",
                    "precision": "الدقة",
                    "recall": "الاستدعاء",
                    "f1": "F1",
                    "tp": "TP",
                    "fp": "FP",
                    "fn": "FN",
                    "gold_file": "ملف المرجع",
                },
            ),
        )
    )
    page = (
        '<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>نبض: تقرير المستودع</title>\n<style>{STYLE}</style>\n"
        f'<script type="text/javascript">{get_plotlyjs()}</script>\n</head>\n<body>\n{body}\n</body>\n</html>\n'
    )
    Path(path).write_text(page, encoding="utf-8")
    return _markdown(totals, leaderboard)


def _totals(per_source: pd.DataFrame) -> dict[str, int]:
    columns = ("n_documents", "n_facts", *FACT_TYPE_COLUMNS.values())
    totals = {c: int(per_source[c].sum()) if not per_source.empty else 0 for c in columns}
    totals["n_sources"] = len(per_source)
    return totals


def _cards(totals: dict[str, int]) -> str:
    cards = (
        ("البيانات الصحفية", totals["n_documents"]),
        ("الحقائق", totals["n_facts"]),
        ("المصادر", totals["n_sources"]),
        ("أعداد", totals["n_counts"]),
        ("تواريخ", totals["n_dates"]),
        ("ميزانيات", totals["n_budgets"]),
        ("إشارات إلى منشآت", totals["n_facilities"]),
    )
    inner = "".join(f'<div class="card"><b>{value:,}</b>{label}</div>' for label, value in cards)
    return f'<div class="cards">{inner}</div>'


def _layout(figure: go.Figure, *, horizontal: bool = False) -> go.Figure:
    """Mirror a chart for right-to-left reading (see module doc)."""
    figure.update_layout(
        font={"family": FONT_STACK, "size": 14},
        legend={"orientation": "h", "x": 1, "xanchor": "right", "y": -0.12, "yanchor": "top"},
        margin={"l": 30, "r": 30, "t": 30, "b": 40},
        height=max(320, 28 * len(figure.data[0].y)) if horizontal else 380,
        template="plotly_white",
    )
    if horizontal:
        # Plotly's automargin does not grow the right margin for right-hand tick labels.
        longest = max(len(str(label)) for label in figure.data[0].y)
        figure.update_layout(margin={"r": 20 + 8 * longest})
        figure.update_xaxes(autorange="reversed")
        figure.update_yaxes(side="right", autorange="reversed")
    else:
        figure.update_xaxes(autorange="reversed", type="category")
        figure.update_yaxes(side="right")
    return figure


def _facts_by_source_figure(per_source: pd.DataFrame) -> go.Figure | None:
    if per_source.empty or per_source["n_facts"].sum() == 0:
        return None
    figure = go.Figure(
        [
            go.Bar(name=label, x=per_source["source"], y=per_source[FACT_TYPE_COLUMNS[fact_type]])
            for fact_type, label in FACT_TYPE_LABELS.items()
        ]
    )
    figure.update_layout(barmode="stack")
    return _layout(figure)


def _counts_figure(counts: pd.DataFrame) -> go.Figure | None:
    if counts.empty:
        return None
    per_unit = (
        counts.groupby("unit", dropna=False)["n_documents"].sum().sort_values(ascending=False).head(TOP)
    )
    figure = go.Figure(
        go.Bar(
            x=per_unit.index.fillna("؟"),
            y=per_unit.values,
            hovertemplate="%{x}: %{y} بيان<extra></extra>",
        )
    )
    figure.update_yaxes(title="عدد البيانات")
    return _layout(figure)


def _budgets_figure(budgets: pd.DataFrame) -> go.Figure | None:
    if budgets.empty:
        return None
    frame = budgets.assign(year=budgets["year"].astype("Int64").astype(str).replace("<NA>", "؟"))
    per_year = frame.groupby(["currency", "year"], dropna=False)["total_amount"].sum().reset_index()
    figure = go.Figure(
        [
            go.Bar(name=str(currency), x=rows["year"], y=rows["total_amount"])
            for currency, rows in per_year.groupby("currency", dropna=False)
        ]
    )
    figure.update_layout(barmode="group")
    return _layout(figure)


def _facilities_figure(leaderboard: pd.DataFrame) -> go.Figure | None:
    if leaderboard.empty:
        return None
    figure = go.Figure(
        go.Bar(
            x=leaderboard["n_mentions"],
            y=leaderboard["name"],
            orientation="h",
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    return _layout(figure, horizontal=True)


def _chart(figure: go.Figure | None) -> str:
    if figure is None:
        return '<p class="empty">لا توجد بيانات بعد.</p>'
    inner = pio.to_html(figure, full_html=False, include_plotlyjs=False, config={"displaylogo": False})
    return f'<div class="chart" dir="ltr">{inner}</div>'


def _number(value: float) -> str:
    """Thousands separated; whole numbers without decimals, scores with three."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.3f}"


def _cell(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "<td></td>"
    if isinstance(value, int | float):
        return f'<td class="num">{_number(value)}</td>'
    return f'<td dir="auto">{html.escape(str(value))}</td>'


def _table(frame: pd.DataFrame, headers: dict[str, str]) -> str:
    if frame.empty:
        return '<p class="empty">لا شيء.</p>'
    head = "".join(f"<th>{html.escape(label)}</th>" for label in headers.values())
    rows = "".join(
        "<tr>" + "".join(_cell(row[column]) for column in headers) + "</tr>"
        for row in frame[list(headers)].to_dict("records")
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _reading(row: dict) -> str:
    """The fact's value in one short string, whichever type it is."""
    if row["fact_type"] == "count":
        return f"{_number(row['count_value'])} {row['unit'] or ''}"
    if row["fact_type"] == "budget":
        return f"{_number(row['amount'])} {row['currency'] or ''}"
    if row["fact_type"] == "date":
        return str(row["date_value"])
    return str(row["facility_name"])


def _marked_context(row: dict) -> str:
    """The context with the fact's own words highlighted, placed by offset (the same words may recur)."""
    context, surface = row["context"] or "", row["surface"]
    at = min(row["span_start"], CONTEXT_CHARS)
    end = at + len(surface)
    if context[at:end] != surface:
        return html.escape(context)
    return f"{html.escape(context[:at])}<mark>{html.escape(surface)}</mark>{html.escape(context[end:])}"


def _facts_table(recent: pd.DataFrame) -> str:
    if recent.empty:
        return '<p class="empty">لا توجد حقائق بعد.</p>'
    head = "".join(f"<th>{h}</th>" for h in ("البيان", "النوع", "القراءة", "السياق", "القاعدة"))
    rows = "".join(
        "<tr>"
        f'<td dir="auto">{html.escape(row["document"])}</td>'
        f"<td>{FACT_TYPE_LABELS.get(row['fact_type'], row['fact_type'])}</td>"
        f'<td dir="auto">{html.escape(_reading(row))}</td>'
        f'<td dir="auto">{_marked_context(row)}</td>'
        f'<td dir="auto">{html.escape(row["rule"])}</td>'
        "</tr>"
        for row in recent.to_dict("records")
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _markdown(totals: dict[str, int], leaderboard: pd.DataFrame) -> str:
    by_type = ", ".join(f"{fact_type} {totals[column]}" for fact_type, column in FACT_TYPE_COLUMNS.items())
    lines = [
        f"**{totals['n_documents']} documents, {totals['n_facts']} facts** ({by_type}) "
        f"from {totals['n_sources']} source(s)."
    ]
    if not leaderboard.empty:
        top = ", ".join(f"{row.name} ({row.n_mentions})" for row in leaderboard.head(3).itertuples())
        lines.append(f"Most mentioned facilities: {top}.")
    return "\n\n".join(lines)
