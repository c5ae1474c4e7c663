"""The HTML report is one offline file that reads right to left, on either backend."""

from __future__ import annotations

from pathlib import Path

from plotly.offline import get_plotlyjs

import warehouse
from warehouse.report import write_html_report
from warehouse.testing import gold_batch, warehouse_fixtures

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

postgres_url, warehouse_engine = warehouse_fixtures()


def test_report_is_self_contained_arabic_and_right_to_left(warehouse_engine, tmp_path):
    documents, facts = gold_batch(FIXTURES)
    warehouse.load_batch(warehouse_engine, documents, facts, run_id="r1", extractor_version="1")
    path = tmp_path / "report.html"

    preview = write_html_report(warehouse_engine, path)

    page = path.read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page
    assert "Noto Naskh Arabic" in page
    assert "أكثر المنشآت ذكراً" in page
    assert "مجمع إرادة للصحة النفسية" in page
    assert "<mark>11,320 مليون درهم</mark>" in page
    assert page.count("Plotly.newPlot") == 4
    assert get_plotlyjs() in page
    assert "<script src=" not in page
    assert f"**5 documents, {len(facts)} facts**" in preview
    assert "budget 2" in preview


def test_report_on_an_empty_warehouse_says_there_is_nothing_yet(warehouse_engine, tmp_path):
    preview = write_html_report(warehouse_engine, tmp_path / "empty.html")

    page = (tmp_path / "empty.html").read_text(encoding="utf-8")
    assert "Plotly.newPlot" not in page
    assert "لا توجد بيانات بعد" in page
    assert preview.startswith("**0 documents, 0 facts**")
