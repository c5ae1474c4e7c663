"""`nabd query` prints what an analyst asks for, and the documented example queries run everywhere."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pandas as pd
import pytest

import warehouse
from nabd.commands import query
from warehouse.examples import EXAMPLES
from warehouse.testing import gold_batch, warehouse_fixtures

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

postgres_url, warehouse_engine = warehouse_fixtures()


@pytest.fixture
def loaded(warehouse_engine) -> str:
    documents, facts = gold_batch(FIXTURES)
    warehouse.load_batch(warehouse_engine, documents, facts, run_id="r1", extractor_version="1")
    return warehouse_engine.url.render_as_string(hide_password=False)


def _nabd_query(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    query.add_parser(parser.add_subparsers())
    return query.run(parser.parse_args(["query", *argv]))


def test_query_prints_a_readable_table(loaded, capsys):
    sql = "SELECT name, n_mentions FROM facility_leaderboard WHERE kind = 'medical_city'"
    assert _nabd_query("--url", loaded, sql) == 0
    out = capsys.readouterr().out
    assert "name" in out and "n_mentions" in out
    assert "مدينة الملك سلمان بن عبدالعزيز الطبية" in out
    assert "(1 row)" in out


def test_query_csv_round_trips(loaded, capsys):
    assert _nabd_query("--url", loaded, "--csv", "SELECT * FROM budgets_by_currency_year") == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert frame[["currency", "n_readings", "total_amount"]].values.tolist() == [["MAD", 2, 13_902_000.0]]


def test_query_without_sql_lists_tables_and_views(loaded, capsys):
    assert _nabd_query("--url", loaded) == 0
    out = capsys.readouterr().out
    assert "facility_leaderboard" in out and "view" in out
    assert "fact_count" in out and "table" in out
    assert "alembic_version" not in out


def test_query_reads_sql_from_stdin_and_reports_errors(loaded, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("SELECT COUNT(*) AS n FROM dim_document"))
    assert _nabd_query("--url", loaded, "--csv", "-") == 0
    assert capsys.readouterr().out.split() == ["n", "5"]
    assert _nabd_query("--url", loaded, "SELECT no_such_column FROM facts") == 1
    assert "no_such_column" in capsys.readouterr().err


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.title)
def test_documented_examples_run(loaded, warehouse_engine, example):
    assert not warehouse.read_sql(warehouse_engine, example.sql).empty
